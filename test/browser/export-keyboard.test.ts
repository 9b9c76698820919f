/**
 * The download menu's first open from the keyboard. The menu's items, keys and styles load on the
 * first open (src/components/shared/export-popup.ts): this file has a page of its own, so the
 * first test opens the menu before that code is there, as the very first interaction.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/map/bildung-map';
import '../../src/components/trend/indicator-trend';

const FEED = '/generated/feeds/kreis-03453.feed.json';
const GEO = '/generated/geo/kreis-03453.topo.json';
const IND = 'betreuungsquote-u3';

async function drawn<T extends HTMLElement & { updateComplete: Promise<boolean> }>(el: T): Promise<T> {
  await waitUntil(() => el.shadowRoot!.querySelector('.export-button'), `${el.localName} did not render`, {
    timeout: 10000,
  });
  await el.updateComplete;
  return el;
}

const parts = (el: Element) => {
  const root = el.shadowRoot!;
  return {
    button: root.querySelector<HTMLButtonElement>('.export-button')!,
    menu: root.querySelector<HTMLElement>('[role="menu"]')!,
    focused: () => root.activeElement as HTMLElement | null,
  };
};

describe('download menu: first open from the keyboard', () => {
  it('Enter on the button as the first interaction opens the menu, focus on the first item; Escape returns', async function () {
    this.timeout(20000);
    const el = await drawn(
      await fixture<HTMLElementTagNameMap['bildung-map']>(
        html`<bildung-map lang="de" renderer="svg" feed=${FEED} geo=${GEO} indicator=${IND}></bildung-map>`,
      ),
    );
    const { button, menu, focused } = parts(el);
    expect(button.getAttribute('aria-haspopup')).to.equal('menu');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal(menu.id);
    expect(menu.hidden).to.equal(true);
    expect(menu.querySelectorAll('[role="menuitem"]').length, 'no items before the first open').to.equal(0);

    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete; // waits for the menu's code and the open
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(menu.hidden).to.equal(false);
    expect(
      [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')].map((i) => i.dataset['kind']),
    ).to.deep.equal(['png', 'svg', 'csv']);
    expect(focused()?.dataset['kind']).to.equal('png');
    // the menu's own styles came with its code (a popup below the button, not in the flow)
    expect(getComputedStyle(menu).position).to.equal('absolute');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'ArrowDown' });
    expect(focused()?.dataset['kind']).to.equal('svg');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(menu.hidden).to.equal(true);
    expect(focused()).to.equal(button);
  });

  it('ArrowUp on the button of another widget opens its menu on the last item', async function () {
    this.timeout(20000);
    const el = await drawn(
      await fixture<HTMLElementTagNameMap['indicator-trend']>(
        html`<indicator-trend lang="en" feed=${FEED} indicator=${IND}></indicator-trend>`,
      ),
    );
    const { button, menu, focused } = parts(el);
    button.focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(menu.hidden).to.equal(false);
    expect(focused()?.dataset['kind']).to.equal('csv');
    expect(getComputedStyle(menu).position).to.equal('absolute');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(menu.hidden, 'Tab closes').to.equal(true);
  });
});
