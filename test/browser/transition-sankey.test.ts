import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/sankey/transition-sankey';
import type { TransitionSankey } from '../../src/components/sankey/transition-sankey';
import type { BildungErrorEvent, BildungSelectEvent } from '../../src/components/shared/events';
import type { Feed, Flow } from '../../src/core/feed/types';
import { clearFeedCache } from '../../src/core/load';
import { JG5_2023 as JG5 } from '../unit/sankey-fixtures';

function feedWith(flows: unknown[]): Feed {
  return {
    version: 1,
    meta: {
      title: 'Test',
      publisher: 'Test',
      license: 'dl-de/by-2-0',
      attribution: 'Testquelle',
      date: '2025-01-01',
    },
    regions: [
      { key: '03', name: 'Niedersachsen', level: 'land', parent: 'DG' },
      { key: '03453', name: 'Cloppenburg', level: 'kreis', parent: '03' },
      { key: '03453001', name: 'Barßel', level: 'gemeinde', parent: '03453' },
    ],
    indicators: [],
    flows: flows as Flow[],
  };
}

const FEED = feedWith([
  JG5,
  { ...JG5, year: 2021, links: JG5.links.map((l) => ({ ...l, value: l.value + 10 })) },
]);

/** Renders a sankey at `width` px and waits until its diagram (or error) is there. */
async function render(attrs: Partial<TransitionSankey> & { width?: number }, data: unknown = FEED) {
  const { width = 640, ...props } = attrs;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  const el = document.createElement('transition-sankey');
  Object.assign(el, props);
  el.data = data;
  wrapper.append(el);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
  return el;
}

const root = (el: TransitionSankey) => el.shadowRoot!;
const nbsp = (s: string | null | undefined) =>
  (s ?? '')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
/** Text of an element's children (tspans, cells) joined with spaces. */
const words = (el: Element | null) => nbsp([...(el?.children ?? [])].map((c) => c.textContent).join(' '));
/** Width of a ribbon at its source end, from its path `M x,top C … L x1,a L?…`. */
function ribbonWidth(path: SVGPathElement): number {
  const nums = (path.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)!.map(Number);
  // M x0,y0top C xm,y0top xm,y1top x1,y1top L x1,y1bottom C xm,y1bottom xm,y0bottom x0,y0bottom Z
  return nums[9]! - nums[7]!;
}

describe('<transition-sankey>', () => {
  beforeEach(() => clearFeedCache());

  it('draws one node per feed node and one ribbon per link, proportional to the values', async () => {
    const el = await render({ lang: 'de' });
    const nodes = root(el).querySelectorAll<SVGRectElement>('rect.node');
    const links = root(el).querySelectorAll<SVGPathElement>('path.link');
    expect(nodes.length).to.equal(5);
    expect(links.length).to.equal(4);
    const svg = root(el).querySelector('svg')!;
    expect(svg.getAttribute('viewBox')).to.equal(`0 0 640 ${svg.getAttribute('height')}`);
    const perUnit = ribbonWidth(links[0]!) / 412;
    expect(ribbonWidth(links[1]!)).to.be.closeTo(250 * perUnit, 1);
    expect(ribbonWidth(links[2]!)).to.be.closeTo(386 * perUnit, 1);
    expect(ribbonWidth(links[3]!)).to.equal(2); // 2 pupils: minimum width, true value in the note/table
    const gym = root(el).querySelector<SVGRectElement>('rect[data-node="gym"]')!;
    expect(Number(gym.getAttribute('height'))).to.be.closeTo(412 * perUnit, 1);
    expect(nbsp(root(el).querySelector('.notes')!.textContent)).to.contain('Mindestbreite');
    expect(root(el).querySelector('[role="heading"]')!.textContent!.trim()).to.equal(
      'Übergänge nach Klasse 4',
    );
    expect(nbsp(root(el).querySelector('.subtitle')!.textContent)).to.equal('Cloppenburg, 2023');
    await expect(el).to.be.accessible();
  });

  it('labels every node with name, count and share, inside the box at 320 and 1000 px', async () => {
    for (const width of [320, 1000]) {
      const el = await render({ lang: 'de', width });
      const svg = root(el).querySelector('svg')!;
      const w = Number(svg.getAttribute('width'));
      const h = Number(svg.getAttribute('height'));
      expect(w).to.equal(width);
      const boxes = [...root(el).querySelectorAll<SVGTextElement>('.labels text')].map((t) => t.getBBox());
      expect(boxes.length).to.be.greaterThan(3);
      for (const b of boxes) {
        expect(b.x).to.be.at.least(0);
        expect(b.y).to.be.at.least(0);
        expect(b.x + b.width).to.be.at.most(w + 0.5);
        expect(b.y + b.height).to.be.at.most(h + 0.5);
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          const overlap =
            a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
          expect(overlap, `labels ${i} and ${j} overlap at ${width}px`).to.equal(false);
        }
      }
      const gym = root(el).querySelector('[data-label="gym"] text')!;
      expect(words(gym)).to.equal('Gymnasium 412 (39,2 %)');
    }
  });

  it('shows the tooltip sentence on hover, in German and in English', async () => {
    for (const [lang, text] of [
      ['de', '412 von 1.050 (39,2 %): Grundschule → Gymnasium, 2023'],
      ['en', '412 of 1,050 (39.2%): Grundschule → Gymnasium, 2023'],
    ] as const) {
      const el = await render({ lang });
      const link = root(el).querySelector<SVGPathElement>('path[data-link="0"]')!;
      const r = link.getBoundingClientRect();
      link.dispatchEvent(
        new PointerEvent('pointermove', {
          bubbles: true,
          composed: true,
          clientX: r.left + 20,
          clientY: r.top + 20,
        }),
      );
      await el.updateComplete;
      expect(nbsp(root(el).querySelector('.tooltip')!.textContent)).to.equal(text);
      expect(link.classList.contains('on')).to.equal(true);
      expect(root(el).querySelector('path[data-link="1"]')!.classList.contains('off')).to.equal(true);
      expect(nbsp(link.getAttribute('aria-label'))).to.equal(text);
    }
  });

  it('one Tab stop; arrows walk node → ribbon → node; Enter selects; Escape closes and clears', async () => {
    const el = await render({ lang: 'de' });
    expect(root(el).querySelectorAll('.item[tabindex="0"]').length).to.equal(1);
    root(el).querySelector<HTMLButtonElement>('.export-button')!.focus(); // the last control before the chart
    expect(root(el).activeElement?.getAttribute('part')).to.equal('export-button');
    await sendKeys({ press: 'Tab' });
    const active = () => root(el).activeElement as SVGElement;
    expect(active().getAttribute('data-node')).to.equal('gs');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(active().getAttribute('data-link')).to.equal('0');
    expect(root(el).querySelectorAll('.item[tabindex="0"]').length).to.equal(1);
    expect(nbsp(root(el).querySelector('[role="status"]')!.textContent)).to.equal(
      '412 von 1.050 (39,2 %): Grundschule → Gymnasium, 2023',
    );
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(active().getAttribute('data-link')).to.equal('1');
    expect(active().classList.contains('current')).to.equal(true);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(active().getAttribute('data-node')).to.equal('rs');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(active().getAttribute('data-node')).to.equal('obs');
    expect(nbsp(root(el).querySelector('.tooltip')!.textContent)).to.equal(
      '386 von 1.050 (36,8 %): Oberschule, 2023',
    );
    await expect(el).to.be.accessible();

    const selected = oneEvent(el, 'bildung-select') as Promise<BildungSelectEvent>;
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    expect(event.detail).to.include({
      key: 'obs',
      type: 'node',
      value: 386,
      year: 2023,
      region: '03453',
      flow: 'uebergang',
    });
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    await expect(el).to.be.accessible(); // selected state

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root(el).querySelector('.tooltip')).to.equal(null);
    const cleared = oneEvent(el, 'bildung-select') as Promise<BildungSelectEvent>;
    await sendKeys({ press: 'Escape' });
    expect((await cleared).detail.key).to.equal(null);
  });

  it('fires bildung-select with link details on click', async () => {
    const el = await render({ lang: 'en' });
    const selected = oneEvent(el, 'bildung-select') as Promise<BildungSelectEvent>;
    const link = root(el).querySelector<SVGPathElement>('path[data-link="2"]')!;
    const r = link.getBoundingClientRect();
    link.dispatchEvent(
      new MouseEvent('click', {
        bubbles: true,
        composed: true,
        clientX: r.left + 30,
        clientY: r.top + r.height / 2,
      }),
    );
    const { detail } = await selected;
    expect(detail).to.include({ key: 'gs→obs', type: 'link', source: 'gs', target: 'obs', value: 386 });
    expect(detail.share).to.be.closeTo(386 / 1050, 1e-12);
    expect(nbsp(detail.name as string)).to.equal('386 of 1,050 (36.8%): Grundschule → Oberschule, 2023');
  });

  it('has an accessible name, a summary and a data table with every true value', async () => {
    const el = await render({ lang: 'de' });
    const svg = root(el).querySelector('svg')!;
    expect(svg.getAttribute('aria-label')).to.equal(
      'Übergangsdiagramm: Übergänge nach Klasse 4, Cloppenburg, 2023',
    );
    expect(nbsp(root(el).querySelector('#summary')!.textContent)).to.equal(
      '4 Übergänge in 2 Stufen. Größter Übergang: Grundschule → Gymnasium, 412 (39,2 %).',
    );
    const rows = [...root(el).querySelectorAll('table[part="table"] tbody tr')].map((tr) => words(tr));
    expect(rows).to.deep.equal([
      'Grundschule Gymnasium 412 39,2 %',
      'Grundschule Realschule 250 23,8 %',
      'Grundschule Oberschule 386 36,8 %',
      'Grundschule Förderschule 2 0,2 %',
    ]);
  });

  it('unit="share" leads with shares; node-order="value" sorts by size; highlight emphasises paths', async () => {
    const el = await render({ lang: 'de', unit: 'share', nodeOrder: 'value', highlight: 'rs' });
    expect(words(root(el).querySelector('[data-label="obs"] text'))).to.equal('Oberschule 36,8 % (386)');
    const y = (id: string) => Number(root(el).querySelector(`rect[data-node="${id}"]`)!.getAttribute('y'));
    expect(y('gym') < y('obs') && y('obs') < y('rs') && y('rs') < y('fs')).to.equal(true);
    expect(root(el).querySelector('path[data-link="1"]')!.classList.contains('on')).to.equal(true);
    expect(root(el).querySelector('path[data-link="0"]')!.classList.contains('off')).to.equal(true);
  });

  it('year and region controls update the chart without events', async () => {
    const land = { ...JG5, region: '03', links: JG5.links.map((l) => ({ ...l, value: l.value * 10 })) };
    const el = await render({ lang: 'de', controls: true }, feedWith([JG5, { ...JG5, year: 2021 }, land]));
    const [yearSel, regionSel] = [...root(el).querySelectorAll('select')];
    expect([...yearSel!.options].map((o) => o.textContent)).to.deep.equal(['2021', '2023']);
    expect(regionSel!.value).to.equal('03453');
    let events = 0;
    el.addEventListener('bildung-select', () => events++);
    regionSel!.value = '03';
    regionSel!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(nbsp(root(el).querySelector('.subtitle')!.textContent)).to.equal('Niedersachsen, 2023');
    expect(words(root(el).querySelector('[data-label="gym"] text'))).to.equal('Gymnasium 4.120 (39,2 %)');
    expect(events).to.equal(0);
  });

  it('reads the Cloppenburg demo feed: Kreis by default, real figures', async () => {
    const el = document.createElement('transition-sankey');
    el.lang = 'de';
    el.flow = 'schulabgaenge-abschluss';
    el.feed = '/generated/feeds/kreis-03453.feed.json';
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    for (let i = 0; i < 50 && !root(el).querySelector('svg'); i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(nbsp(root(el).querySelector('.subtitle')!.textContent)).to.equal('Landkreis Cloppenburg, 2023');
    expect(root(el).querySelectorAll('rect.node').length).to.equal(5);
    expect(words(root(el).querySelector('[data-label="msa"] text'))).to.contain('1.087 (55,3 %)');
    await expect(el).to.be.accessible();
  });

  it('shows the sample badge and the imbalance warning', async () => {
    const flow = {
      ...JG5,
      sample: true,
      balanced: true,
      nodes: [...JG5.nodes, { id: 'abi', label: 'Abitur', stage: 2 }],
      links: [...JG5.links, { source: 'gym', target: 'abi', value: 400 }],
    };
    const el = await render({ lang: 'de' }, feedWith([flow]));
    expect(root(el).querySelector('.sample')!.textContent).to.equal('Beispieldaten – keine amtlichen Zahlen');
    expect(nbsp(root(el).querySelector('.notes')!.textContent)).to.contain(
      '„Gymnasium“: Zugänge (412) und Abgänge (400) stimmen nicht überein.',
    );
    expect(root(el).querySelectorAll('rect.node').length).to.equal(6);
    await expect(el).to.be.accessible();
  });

  describe('bad input', () => {
    async function failing(data: unknown, props: Partial<TransitionSankey> = {}) {
      const el = document.createElement('transition-sankey');
      el.setAttribute('lang', 'de');
      Object.assign(el, props);
      const error = oneEvent(el, 'bildung-error') as Promise<BildungErrorEvent>;
      el.data = data;
      document.body.append(el);
      const event = await error;
      await el.updateComplete;
      return { el, event, alert: nbsp(root(el).querySelector('[role="alert"]')?.textContent) };
    }

    it('unknown flow id', async () => {
      const { el, event, alert } = await failing(FEED, { flow: 'gibt-es-nicht' });
      expect(event.detail.code).to.equal('unknown-flow');
      expect(event.detail.message.en).to.equal('Unknown transition: gibt-es-nicht');
      expect(alert).to.contain('Unbekannter Übergang: gibt-es-nicht');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('unknown year and region', async () => {
      const a = await failing(FEED, { year: 2019 });
      expect(a.event.detail.code).to.equal('unknown-year');
      expect(a.alert).to.contain('Den Übergang „uebergang“ gibt es für 2019 nicht (vorhanden: 2021, 2023).');
      a.el.remove();
      const b = await failing(FEED, { region: '03' });
      expect(b.event.detail.code).to.equal('unknown-region');
      expect(b.alert).to.contain('Den Übergang „uebergang“ gibt es für Niedersachsen nicht.');
      b.el.remove();
    });

    it('a flow of zeros has no data; a feed without flows too', async () => {
      const zeros = await failing(feedWith([{ ...JG5, links: JG5.links.map((l) => ({ ...l, value: 0 })) }]));
      expect(zeros.event.detail.code).to.equal('no-data');
      expect(zeros.alert).to.contain('Der Übergang „uebergang“ enthält keine Werte.');
      await expect(zeros.el).to.be.accessible();
      zeros.el.remove();
      const none = await failing(feedWith([]));
      expect(none.event.detail.code).to.equal('no-data');
      expect(none.alert).to.contain('Die Datendatei enthält keine Übergänge.');
      none.el.remove();
    });

    it('links to unknown nodes, negative and non-numeric values, cycles, empty links: the feed is rejected', async () => {
      const cases: [unknown[], string][] = [
        [[...JG5.links, { source: 'gs', target: 'igs', value: 3 }], '$.flows[0].links[4].target'],
        [[{ source: 'gs', target: 'gym', value: -5 }], '$.flows[0].links[0].value'],
        [[{ source: 'gs', target: 'gym', value: 'viele' }], '$.flows[0].links[0].value'],
        [[...JG5.links, { source: 'gym', target: 'gs', value: 3 }], '$.flows[0].links[4]'],
        [[], '$.flows[0].links'],
      ];
      for (const [links, path] of cases) {
        const { el, event, alert } = await failing(feedWith([{ ...JG5, links }]));
        expect(event.detail.code).to.equal('invalid');
        expect(alert).to.contain('Die Datendatei ist fehlerhaft');
        expect(alert).to.contain(path);
        el.remove();
      }
    });
  });

  it('renders feed strings as text, never as HTML', async () => {
    const evil = '<img src=x onerror="window.__sankeyPwned=1">';
    const flow = {
      ...JG5,
      title: evil,
      nodes: JG5.nodes.map((n) => (n.id === 'gym' ? { ...n, label: evil } : n)),
    };
    const el = await render({ lang: 'de' }, feedWith([flow]));
    expect(root(el).querySelector('img')).to.equal(null);
    expect(root(el).querySelector('[role="heading"]')!.textContent!.trim()).to.equal(evil);
    expect((window as unknown as { __sankeyPwned?: number }).__sankeyPwned).to.equal(undefined);
    expect(root(el).querySelector('[style]')).to.equal(null);
  });
});
