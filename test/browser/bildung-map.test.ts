import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/map/bildung-map';
import type { BildungMap } from '../../src/components/map/bildung-map';
import type { Feed } from '../../src/core/feed/types';
import { classColors } from '../../src/core/colors';

const GEO = '/generated/geo/kreis-03453.topo.json';
const GEMEINDEN: [string, string][] = [
  ['03453001', 'Barßel'],
  ['03453002', 'Bösel'],
  ['03453003', 'Cappeln (Oldenburg)'],
  ['03453004', 'Cloppenburg'],
  ['03453005', 'Emstek'],
  ['03453006', 'Essen (Oldenburg)'],
  ['03453007', 'Friesoythe'],
  ['03453008', 'Garrel'],
  ['03453009', 'Lastrup'],
  ['03453010', 'Lindern (Oldenburg)'],
  ['03453011', 'Löningen'],
  ['03453012', 'Molbergen'],
  ['03453013', 'Saterland'],
];

/** Values 1..13 in 2022 and 13..1 in 2023; Saterland has no value in 2023, Lindern is secret. */
function makeFeed(): Feed {
  const values: Record<string, (number | null)[]> = {};
  GEMEINDEN.forEach(([key], i) => {
    values[key] = [i + 1, 13 - i];
  });
  values['03453013'] = [13, null];
  values['03453010'] = [10, null];
  values['03453'] = [7, 7.5];
  return {
    version: 1,
    meta: {
      title: 'Testfeed',
      publisher: 'Test',
      license: 'dl-de/by-2-0',
      attribution: 'Testdaten',
      date: '2025-01-01',
    },
    regions: [
      { key: '03', name: 'Niedersachsen', level: 'land' },
      { key: '03453', name: 'Landkreis Cloppenburg', level: 'kreis', parent: '03' },
      ...GEMEINDEN.map(([key, name]) => ({ key, name, level: 'gemeinde' as const, parent: '03453' })),
    ],
    indicators: [
      {
        id: 'quote',
        title: { de: 'Testquote', en: 'Test rate' },
        unit: 'percent',
        decimals: 1,
        polarity: 'lower-is-better',
        source: 'Testquelle',
        years: [2022, 2023],
        values,
        flags: { '03453010': [null, 'secret'], '03453004': [null, 'provisional'] },
      },
    ],
  };
}

async function renderMap(tpl: ReturnType<typeof html>): Promise<BildungMap> {
  const el = await fixture<BildungMap>(tpl);
  await waitUntil(
    () =>
      el.shadowRoot!.querySelectorAll('g.regions path').length > 0 ||
      el.shadowRoot!.querySelector('[role="alert"]'),
    'map did not render',
    { timeout: 8000 },
  );
  await el.updateComplete;
  return el;
}

const paths = (el: BildungMap) => [...el.shadowRoot!.querySelectorAll<SVGPathElement>('g.regions path')];
const pathByKey = (el: BildungMap, key: string) =>
  el.shadowRoot!.querySelector<SVGPathElement>(`g.regions path[data-key="${key}"]`)!;

describe('<bildung-map>', () => {
  it('draws the 13 Gemeinden of Landkreis Cloppenburg from the real geometry, with borders and attribution', async () => {
    const el = await renderMap(
      html`<bildung-map lang="de" geo=${GEO} .data=${makeFeed()} indicator="quote"></bildung-map>`,
    );
    expect(paths(el).length).to.equal(13);
    expect(el.shadowRoot!.querySelector('.outline')!.getAttribute('d')!.length).to.be.greaterThan(100);
    expect(el.shadowRoot!.querySelector('.attribution')!.textContent).to.contain('© GeoBasis-DE / BKG');
    expect(el.shadowRoot!.querySelector('[role="heading"]')!.textContent).to.equal('Testquote');
    // the svg scales to the element's width
    const svg = el.shadowRoot!.querySelector('svg.map-svg')!;
    expect(Number(svg.getAttribute('width'))).to.equal(el.getBoundingClientRect().width);
    await expect(el).to.be.accessible();
  });

  it('draws the 34 Gemeinden of Landkreis Osnabrück from the geometry index next to the feed', async () => {
    const el = await renderMap(
      html`<bildung-map
        feed="/generated/feeds/kreis-03459.feed.json"
        indicator="einwohner-zensus-2022"
      ></bildung-map>`,
    );
    expect(paths(el).length).to.equal(34);
  });

  it('colours a region with its class colour, hatches missing and dots secret values, and recolours on a year change without new paths', async () => {
    const el = await renderMap(
      html`<bildung-map
        geo=${GEO}
        .data=${makeFeed()}
        indicator="quote"
        year="2022"
        classification="manual"
        breaks="5, 10"
      ></bildung-map>`,
    );
    const colors = classColors('ylgnbu', 3);
    const before = paths(el);
    const fills2022 = before.map((p) => p.getAttribute('fill'));
    // 2022: value = position in GEMEINDEN (1..13); breaks 5, 10 → classes [<5, 5–10, ≥10]
    GEMEINDEN.forEach(([key], i) => {
      const p = pathByKey(el, key);
      const value = i + 1;
      expect(p.getAttribute('fill'), key).to.equal(colors[value < 5 ? 0 : value < 10 ? 1 : 2]);
    });
    el.year = 2023;
    await el.updateComplete;
    const after = paths(el);
    expect(after.length).to.equal(13);
    after.forEach((p, i) => expect(p).to.equal(before[i])); // same elements: only recoloured
    expect(after.map((p) => p.getAttribute('fill'))).not.to.deep.equal(fills2022);
    const saterland = pathByKey(el, '03453013');
    expect(saterland.getAttribute('fill')).to.match(/^url\(#.*-hatch\)$/);
    expect(pathByKey(el, '03453010').getAttribute('fill')).to.match(/^url\(#.*-secret\)$/);
    const legend = el.shadowRoot!.querySelector('[part="legend"]')!.textContent!;
    expect(legend).to.contain('keine Daten');
    expect(legend).to.contain('geheim gehalten');
    expect(legend).to.contain('Niedrigere Werte sind günstiger');
    await expect(el).to.be.accessible();
  });

  it('classification="jenks" loads natural breaks on demand: first paint and a later switch use the clusters', async () => {
    // three clear clusters in 2022; quantile thirds would split the third cluster (50 | 51 …)
    const CLUSTERED = [1, 1, 2, 2, 20, 21, 22, 50, 51, 52, 53, 54, 55];
    const jenksFeed = (): Feed => {
      const f = makeFeed();
      GEMEINDEN.forEach(([key], i) => (f.indicators[0]!.values[key] = [CLUSTERED[i]!, 1]));
      delete f.indicators[0]!.flags;
      return f;
    };
    const expected = CLUSTERED.map((v) => (v < 10 ? 0 : v < 40 ? 1 : 2));
    const colors = classColors('ylgnbu', 3);
    const fills = (el: BildungMap) => GEMEINDEN.map(([key]) => pathByKey(el, key).getAttribute('fill'));
    const el = await renderMap(
      html`<bildung-map
        geo=${GEO}
        .data=${jenksFeed()}
        indicator="quote"
        year="2022"
        classification="jenks"
        classes="3"
      ></bildung-map>`,
    );
    expect(fills(el)).to.deep.equal(expected.map((c) => colors[c]));
    // switching from quantile to jenks recolours once the clusterer is there
    const other = await renderMap(
      html`<bildung-map
        geo=${GEO}
        .data=${jenksFeed()}
        indicator="quote"
        year="2022"
        classes="3"
      ></bildung-map>`,
    );
    expect(fills(other)[7]).to.equal(colors[1]); // quantile: 50 is in the middle class
    other.classification = 'jenks';
    await waitUntil(() => fills(other)[7] === colors[2], 'jenks classes not applied', { timeout: 4000 });
    expect(fills(other)).to.deep.equal(expected.map((c) => colors[c]));
  });

  it('has one Tab stop; arrow keys move between neighbouring regions; Enter selects; Escape clears', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.append(before);
    const el = await renderMap(
      html`<bildung-map geo=${GEO} .data=${makeFeed()} indicator="quote" lang="de"></bildung-map>`,
    );
    expect(el.shadowRoot!.querySelectorAll('g.regions [tabindex]').length).to.equal(1);
    before.focus();
    await sendKeys({ press: 'Tab' }); // the table toggle in the toolbar
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('table-toggle');
    await sendKeys({ press: 'Tab' }); // the download menu button beside it
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('export-button');
    await sendKeys({ press: 'Tab' }); // into the map: one stop for all regions
    const focused = () => el.shadowRoot!.activeElement as SVGPathElement | null;
    expect(focused()?.tagName).to.equal('path');
    const first = focused()!;
    expect(first.getAttribute('aria-label')).to.match(/: /);
    // focus ring drawn
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.focus-ring')).to.exist;
    // moving east changes the focused region and keeps a single tab stop
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const second = focused()!;
    expect(second).not.to.equal(first);
    expect(second.getBoundingClientRect().x + second.getBoundingClientRect().width / 2).to.be.greaterThan(
      first.getBoundingClientRect().x + first.getBoundingClientRect().width / 2,
    );
    expect(el.shadowRoot!.querySelectorAll('g.regions [tabindex]').length).to.equal(1);
    // the tooltip follows keyboard focus and names the region
    const tip = () => el.shadowRoot!.querySelector('[part="tooltip"]');
    expect(tip()!.textContent).to.contain(second.getAttribute('aria-label')!.split(':')[0]!);
    // Escape closes the tooltip first (WCAG 1.4.13)
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tip()).to.equal(null);
    const selected = oneEvent(el, 'bildung-select');
    await sendKeys({ press: 'Enter' });
    const ev = await selected;
    expect(ev.detail.key).to.match(/^03453\d{3}$/);
    expect(ev.detail.year).to.equal(2023);
    expect(ev.detail.indicator).to.equal('quote');
    expect(el.selected).to.equal(ev.detail.key);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.selection')).to.exist;
    await expect(el).to.be.accessible();
    const cleared = oneEvent(el, 'bildung-select');
    await sendKeys({ press: 'Escape' });
    expect((await cleared).detail.key).to.equal(null);
    before.remove();
  });

  it('shows a tooltip on hover with value, rank and the Kreis comparison, in German and English', async () => {
    for (const [lang, value, rank, diff] of [
      ['de', '13,0 %', 'Rang 1 von 11', '+5,5 %-Punkte'],
      ['en', '13.0%', 'Rank 1 of 11', '+5.5 pp'],
    ] as const) {
      const el = await renderMap(
        html`<bildung-map lang=${lang} geo=${GEO} .data=${makeFeed()} indicator="quote"></bildung-map>`,
      );
      const barssel = pathByKey(el, '03453001');
      const r = barssel.getBoundingClientRect();
      barssel.dispatchEvent(
        new PointerEvent('pointermove', {
          bubbles: true,
          composed: true,
          clientX: r.x + r.width / 2,
          clientY: r.y + r.height / 2,
        }),
      );
      await el.updateComplete;
      const tip = el.shadowRoot!.querySelector('[part="tooltip"]')!;
      const text = tip.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Barßel');
      expect(text).to.contain(value);
      expect(text).to.contain(rank);
      expect(text).to.contain(diff);
      await waitUntil(() => tip.classList.contains('placed'));
      const tr = tip.getBoundingClientRect();
      expect(tr.left).to.be.at.least(0);
      expect(tr.right).to.be.at.most(window.innerWidth);
    }
  });

  it('has a data table with every region and a toggle that shows it', async () => {
    const el = await renderMap(
      html`<bildung-map geo=${GEO} .data=${makeFeed()} indicator="quote" lang="de"></bildung-map>`,
    );
    const rows = el.shadowRoot!.querySelectorAll('[part="table"] tbody tr');
    expect(rows.length).to.equal(13);
    const table = el.shadowRoot!.querySelector('.data-table')!;
    expect(table.classList.contains('sr-only')).to.equal(true);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(table.classList.contains('open')).to.equal(true);
    const text = table.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Barßel');
    expect(text).to.contain('13,0 %');
    expect(text).to.contain('unbekannt oder geheim');
    await expect(el).to.be.accessible();
  });

  it('reports regions of the feed missing from the geometry instead of dropping them silently', async () => {
    const feed = makeFeed();
    feed.regions.push({ key: '03453099', name: 'Phantomdorf', level: 'gemeinde', parent: '03453' });
    feed.indicators[0]!.values['03453099'] = [1, 2];
    const errors: CustomEvent[] = [];
    const listener = (e: Event) => errors.push(e as CustomEvent);
    document.addEventListener('bildung-error', listener);
    const el = await renderMap(
      html`<bildung-map geo=${GEO} .data=${feed} indicator="quote" lang="de"></bildung-map>`,
    );
    document.removeEventListener('bildung-error', listener);
    expect(paths(el).length).to.equal(13);
    const notes = el.shadowRoot!.querySelector('.notes')!.textContent!.replace(/\s+/g, ' ');
    expect(notes).to.contain('1 Region der Datendatei ist nicht auf der Karte');
    expect(notes).to.contain('Phantomdorf (03453099)');
    // the feed states no Gebietsstand: the map's is named, with where to put the feed's
    expect(notes).to.contain('Gebietsstand der Karte: 31.12.2023; die Datendatei nennt keinen');
    expect(errors.map((e) => e.detail.code)).to.include('unmatched-regions');
    // every value stays in the data table, after the drawn regions
    const rows = [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('[part="table"] tbody tr')].map(
      (r) => [...r.cells].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()),
    );
    expect(rows.length).to.equal(14);
    expect(JSON.stringify(rows[13])).to.equal(
      JSON.stringify(['Phantomdorf (nicht auf der Karte)', '2,0 %', '–', '']),
    );
  });

  it('names both territorial reference dates when keys do not match (Gemeinde mergers)', async () => {
    const feed = makeFeed();
    feed.meta.territorialDate = '2025-01-01';
    // a merger after the geometry's date: two Gemeinden became one new key
    feed.regions.push({ key: '03453099', name: 'Neustadt (fusioniert)', level: 'gemeinde', parent: '03453' });
    feed.indicators[0]!.values['03453099'] = [4, 5];
    delete feed.indicators[0]!.values['03453001'];
    const el = await renderMap(
      html`<bildung-map geo=${GEO} .data=${feed} indicator="quote" lang="en"></bildung-map>`,
    );
    const notes = el.shadowRoot!.querySelector('.notes')!.textContent!.replace(/\s+/g, ' ');
    expect(notes).to.contain('Neustadt (fusioniert) (03453099)');
    expect(notes).to.contain(
      'Territorial reference date of the data: 1 Jan 2025, of the map: 31 Dec 2023. After boundary changes (e.g. municipal mergers) region keys no longer match.',
    );
    const last = el.shadowRoot!.querySelector<HTMLTableRowElement>('[part="table"] tbody tr:last-child')!;
    expect([...last.cells].map((c) => c.textContent!.trim())).to.deep.equal([
      'Neustadt (fusioniert) (not on the map)',
      '5.0%',
      '–',
      '',
    ]);
    await expect(el).to.be.accessible();
  });

  for (const [name, attrs, expected] of [
    ['unknown indicator', { indicator: 'gibt-es-nicht' }, 'Unbekannter Indikator: gibt-es-nicht'],
    ['unknown year', { indicator: 'quote', year: '1999' }, 'Für dieses Jahr liegen keine Daten vor'],
    [
      'missing geometry',
      { indicator: 'quote', geo: '/does-not-exist.topo.json' },
      'Die Geometrie wurde nicht gefunden',
    ],
    [
      'wrong layer',
      { indicator: 'quote', level: 'verband', geo: '/generated/geo/deutschland-kreise.topo.json' },
      'keine gültige TopoJSON-Datei',
    ],
  ] as const) {
    it(`shows a localized error for ${name} and fires bildung-error`, async () => {
      const el = document.createElement('bildung-map');
      el.lang = 'de';
      el.geo = GEO;
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      el.data = makeFeed();
      const err = oneEvent(el, 'bildung-error');
      document.body.append(el);
      const ev = await err;
      expect(ev.detail.message.de).to.contain(expected);
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(expected);
      await expect(el).to.be.accessible();
      el.remove();
    });
  }

  it('shows validation problems of an invalid feed inside the widget', async () => {
    const feed = makeFeed() as unknown as { indicators: { years: unknown[] }[] };
    feed.indicators[0]!.years = ['2022', 2023];
    const el = await renderMap(html`<bildung-map lang="en" geo=${GEO} .data=${feed}></bildung-map>`);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('$.indicators[0].years[0]');
    await expect(el).to.be.accessible();
  });

  it('renders feed strings as text, never as HTML', async () => {
    const feed = makeFeed();
    feed.regions.find((r) => r.key === '03453001')!.name = '<img src=x onerror=alert(1)>';
    const el = await renderMap(html`<bildung-map geo=${GEO} .data=${feed} indicator="quote"></bildung-map>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="table"]')!.textContent).to.contain(
      '<img src=x onerror=alert(1)>',
    );
  });

  it('draws large maps on a canvas: pixels carry the class colour of the region under them, keyboard uses one proxy', async () => {
    const el = await fixture<BildungMap>(
      html`<bildung-map
        lang="de"
        renderer="canvas"
        geo=${GEO}
        .data=${makeFeed()}
        indicator="quote"
        year="2022"
        classification="manual"
        breaks="5, 10"
      ></bildung-map>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('canvas.fills'), 'no canvas', { timeout: 8000 });
    await el.updateComplete;
    expect(paths(el).length).to.equal(0);
    const canvas = el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.fills')!;
    const rect = canvas.getBoundingClientRect();
    const dpr = canvas.width / rect.width;
    const ctx = canvas.getContext('2d')!;
    const colors = classColors('ylgnbu', 3);
    let checked = 0;
    for (const [fx, fy] of [
      [0.3, 0.3],
      [0.5, 0.5],
      [0.6, 0.7],
      [0.4, 0.85],
    ] as const) {
      const x = rect.left + rect.width * fx;
      const y = rect.top + rect.height * fy;
      const [r, g, b] = ctx.getImageData(
        Math.round((x - rect.left) * dpr),
        Math.round((y - rect.top) * dpr),
        1,
        1,
      ).data;
      const pixel = `#${[r, g, b].map((v) => v!.toString(16).padStart(2, '0')).join('')}`;
      if (pixel === '#ffffff' || pixel === '#000000') continue; // a border or outside
      el.shadowRoot!.querySelector('svg.map-svg')!.dispatchEvent(
        new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: x, clientY: y }),
      );
      await el.updateComplete;
      const text = el.shadowRoot!.querySelector('[part="tooltip"]')!.textContent!.replace(/\s+/g, ' ');
      const value = Number(/(\d+),0 %/.exec(text)![1]);
      expect(pixel, text).to.equal(colors[value < 5 ? 0 : value < 10 ? 1 : 2]);
      checked++;
    }
    expect(checked).to.be.greaterThan(1);
    // one focusable proxy path carries the active region's name
    const proxy = el.shadowRoot!.querySelector<SVGPathElement>('path.proxy')!;
    expect(proxy.getAttribute('tabindex')).to.equal('0');
    proxy.focus();
    const name = proxy.getAttribute('aria-label');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('path.proxy'));
    expect(el.shadowRoot!.querySelector('path.proxy')!.getAttribute('aria-label')).not.to.equal(name);
    // the tooltip follows the keyboard to the new region (anchored at the proxy's box)
    await el.updateComplete;
    const moved = el.shadowRoot!.querySelector('path.proxy')!.getAttribute('aria-label')!.split(':')[0]!;
    expect(el.shadowRoot!.querySelector('[part="tooltip"]')!.textContent).to.contain(moved);
    await expect(el).to.be.accessible();
  });

  it('draws all 10,997 German Gemeinden on a canvas and builds their table when focus enters', async () => {
    const keys: string[] = [];
    const topo = (await (await fetch('/generated/geo/deutschland-gemeinden.topo.json')).json()) as {
      objects: { gemeinde: { geometries: { id: string }[] } };
    };
    for (const g of topo.objects.gemeinde.geometries) keys.push(g.id);
    const feed: Feed = {
      version: 1,
      meta: { title: 'DE', publisher: 'T', license: 'L', attribution: 'A', date: '2025-01-01' },
      regions: keys.map((key) => ({ key, name: key, level: 'gemeinde' as const })),
      indicators: [
        {
          id: 'x',
          title: 'x',
          unit: 'count',
          decimals: 0,
          polarity: 'neutral',
          source: 's',
          years: [2024],
          values: Object.fromEntries(keys.map((k, i) => [k, [i % 100]])),
        },
      ],
    };
    const el = await fixture<BildungMap>(
      html`<bildung-map
        geo="/generated/geo/deutschland-gemeinden.topo.json"
        focus="DG"
        .data=${feed}
      ></bildung-map>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('canvas.fills'), 'no canvas', { timeout: 15000 });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="table"] tbody tr').length).to.equal(0);
    el.shadowRoot!.querySelector<HTMLElement>('[part="table-toggle"]')!.focus();
    // built right after the next paint
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part="table"] tbody tr').length > 0, 'no table', {
      timeout: 5000,
    });
    expect(el.shadowRoot!.querySelectorAll('[part="table"] tbody tr').length).to.equal(10997);
  });

  it("draws a user's own longitude/latitude TopoJSON (projected on the fly) with keys from its properties", async () => {
    const topo = {
      type: 'Topology',
      bbox: [7.8, 52.8, 8.2, 53.0],
      objects: {
        orte: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', properties: { AGS: '03453001', GEN: 'West' }, arcs: [[0, 1]] },
            { type: 'Polygon', properties: { AGS: '03453002', GEN: 'Ost' }, arcs: [[-1, 2]] },
          ],
        },
      },
      arcs: [
        [
          [8.0, 52.8],
          [8.0, 53.0],
        ],
        [
          [8.0, 53.0],
          [7.8, 53.0],
          [7.8, 52.8],
          [8.0, 52.8],
        ],
        [
          [8.0, 52.8],
          [8.2, 52.8],
          [8.2, 53.0],
          [8.0, 53.0],
        ],
      ],
    };
    const url = URL.createObjectURL(new Blob([JSON.stringify(topo)], { type: 'application/json' }));
    const el = await renderMap(
      html`<bildung-map
        geo=${url}
        level="orte"
        focus="03453"
        .data=${makeFeed()}
        indicator="quote"
      ></bildung-map>`,
    );
    URL.revokeObjectURL(url);
    expect(paths(el).length).to.equal(2);
    const [w, o] = [
      pathByKey(el, '03453001').getBoundingClientRect(),
      pathByKey(el, '03453002').getBoundingClientRect(),
    ];
    expect(w.x + w.width / 2).to.be.lessThan(o.x + o.width / 2); // west is drawn west of east
    expect(Math.abs(w.width - o.width)).to.be.lessThan(w.width * 0.1);
  });
});
