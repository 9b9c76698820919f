/**
 * The shared tooltip (src/components/shared/tooltip.ts) in a real browser: inside the shadow root,
 * above its anchor, below it near the top of the viewport, moved sideways at the edges, placed
 * right in a widget that is the containing block of fixed elements (a transform on the page), and
 * dismissed with Escape.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import { TooltipController, tooltipStyles, type TooltipAnchor } from '../../src/components/shared/tooltip';

class TooltipHarness extends LitElement {
  static override styles = [
    css`
      :host {
        display: block;
        container-type: inline-size;
        /* makes the widget the containing block of its fixed tooltip, as a transform on the page would */
        transform: translateX(0);
        margin: 37px 0 0 23px;
        width: 500px;
        height: 200px;
      }
    `,
    tooltipStyles,
  ];
  readonly tip = new TooltipController(this);
  override render() {
    return this.tip.render();
  }
}
customElements.define('tooltip-harness', TooltipHarness);

async function showAt(el: TooltipHarness, anchor: TooltipAnchor, token = 'key'): Promise<DOMRect> {
  el.tip.show(html`<p>Barßel: 7,4 %</p>`, anchor, token);
  await el.updateComplete;
  const tip = el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
  expect(tip.classList.contains('placed'), 'placed').to.equal(true);
  return tip.getBoundingClientRect();
}

describe('tooltip', () => {
  it('sits centred above the anchor, 10 px away, inside the shadow root (the widget is the containing block)', async () => {
    const el = await fixture<TooltipHarness>(html`<tooltip-harness></tooltip-harness>`);
    const host = el.getBoundingClientRect();
    const anchor = { x: host.x + 200, y: host.y + 150, width: 40, height: 20 };
    const r = await showAt(el, anchor);
    expect(el.shadowRoot!.querySelector('[part="tooltip"]')!.getAttribute('aria-hidden')).to.equal('true');
    expect(Math.abs(r.bottom - (anchor.y - 10))).to.be.lessThan(1);
    expect(Math.abs(r.x + r.width / 2 - (anchor.x + 20))).to.be.lessThan(1);
  });

  it('flips below the anchor when there is no room above, and moves sideways at the viewport edges', async () => {
    const el = await fixture<TooltipHarness>(html`<tooltip-harness></tooltip-harness>`);
    const below = await showAt(el, { x: 300, y: 5, width: 10, height: 10 });
    expect(Math.abs(below.top - 25)).to.be.lessThan(1);
    const left = await showAt(el, { x: 2, y: 150, width: 0, height: 0 });
    expect(Math.abs(left.left - 8)).to.be.lessThan(1);
    const vw = document.documentElement.clientWidth;
    const right = await showAt(el, { x: vw - 2, y: 150, width: 0, height: 0 });
    expect(Math.abs(right.right - (vw - 8))).to.be.lessThan(1);
  });

  it('Escape dismisses it until another item is shown', async () => {
    const el = await fixture<TooltipHarness>(html`<tooltip-harness></tooltip-harness>`);
    await showAt(el, { x: 100, y: 150 });
    expect(el.tip.handleKeydown(new KeyboardEvent('keydown', { key: 'Escape' }))).to.equal(true);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="tooltip"]')).to.equal(null);
    // the same item again: stays hidden; another one: shown
    el.tip.show(html`<p>again</p>`, { x: 100, y: 150 }, 'key');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="tooltip"]')).to.equal(null);
    await showAt(el, { x: 100, y: 150 }, 'other');
  });
});
