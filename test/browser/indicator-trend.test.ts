import { expect, oneEvent } from '@open-wc/testing';
import '../../src/components/trend/indicator-trend';
import type { IndicatorTrend } from '../../src/components/trend/indicator-trend';
import type { BildungErrorEvent, BildungSelectEvent } from '../../src/components/shared/events';
import type { Feed } from '../../src/core/feed/types';
import { clearFeedCache } from '../../src/core/load';

const NB = '\u00a0';

const FEED: Feed = {
  version: 1,
  meta: {
    title: 'Test',
    publisher: 'Landkreis Cloppenburg',
    license: 'dl-de/by-2-0',
    attribution: 'Statistische Ämter',
    date: '2025-03-13',
  },
  regions: [
    { key: 'DG', name: 'Deutschland', level: 'bund' },
    { key: '03', name: 'Niedersachsen', level: 'land', parent: 'DG' },
    { key: '03453', name: 'Landkreis Cloppenburg', level: 'kreis', parent: '03' },
    { key: '03453001', name: 'Barßel', level: 'gemeinde', parent: '03453' },
    { key: '03453002', name: 'Bösel', level: 'gemeinde', parent: '03453' },
  ],
  indicators: [
    {
      id: 'quote',
      title: { de: 'Abgänge ohne Abschluss', en: 'Leavers without a qualification' },
      unit: 'percent',
      decimals: 1,
      polarity: 'lower-is-better',
      source: 'Testquelle',
      sample: true,
      years: [2019, 2020, 2021, 2022, 2023],
      values: {
        '03': [6.1, 6.3, null, 6.9, 7.4],
        '03453': [8.1, 8.0, 8.4, 8.2, 8.6],
        '03453001': [9, null, 9.5, 9.1, 10.2],
      },
      flags: {
        '03': [null, null, 'secret', null, 'provisional'],
        '03453001': [null, 'secret', null, null, 'estimated'],
      },
      targets: [{ region: '03453', year: 2026, value: 6 }],
      seriesBreaks: [{ year: 2021, note: 'Neue Erhebung' }],
      footnotes: [{ text: 'Eine Fußnote' }],
    },
    {
      id: 'einkommen',
      title: 'Einkommen',
      unit: 'eur',
      decimals: 0,
      polarity: 'neutral',
      source: 'Test',
      years: [2020, 2021, 2022],
      values: { '03453': [31000, 32000, 33500], '03': [33000, 34100, 35200] },
    },
  ],
};

const THREE = '03453 03 03453001';

interface Setup {
  indicator?: string;
  regions?: string;
  lang?: string;
  width?: number;
  data?: unknown;
  feed?: string;
  attrs?: Record<string, string>;
}

/** Mounts an element in a container of `width` px (set through CSSOM, no style attribute). */
async function mount(opts: Setup = {}): Promise<IndicatorTrend> {
  const box = document.createElement('div');
  box.style.width = `${opts.width ?? 800}px`;
  const el = document.createElement('indicator-trend');
  el.setAttribute('lang', opts.lang ?? 'de');
  if (opts.indicator !== undefined) el.setAttribute('indicator', opts.indicator);
  if (opts.regions !== undefined) el.setAttribute('regions', opts.regions);
  for (const [k, v] of Object.entries(opts.attrs ?? {})) el.setAttribute(k, v);
  if (opts.feed) el.feed = opts.feed;
  else el.data = opts.data ?? FEED;
  box.append(el);
  document.body.append(box);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  return el;
}

function $(el: IndicatorTrend, sel: string): Element | null {
  return el.shadowRoot!.querySelector(sel);
}
function $$(el: IndicatorTrend, sel: string): Element[] {
  return [...el.shadowRoot!.querySelectorAll(sel)];
}
function texts(el: IndicatorTrend, sel: string): string[] {
  return $$(el, sel).map((n) => (n.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim());
}
const plot = (el: IndicatorTrend) => $(el, '.plot') as HTMLElement;

async function key(el: IndicatorTrend, k: string): Promise<void> {
  plot(el).dispatchEvent(
    new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }),
  );
  await el.updateComplete;
}

afterEach(() => {
  for (const n of [...document.body.children]) if (n.tagName === 'DIV') n.remove();
  clearFeedCache();
});

describe('<indicator-trend> rendering', () => {
  it('draws one line group per region, split at gaps, with markers, end labels and the target', async () => {
    const el = await mount({ indicator: 'quote', regions: THREE });
    expect($$(el, '.lines .series').length).to.equal(3);
    const paths = (key: string) => $$(el, `.lines .series[data-key="${key}"] path.line`).length;
    expect(paths('03453')).to.equal(1);
    expect(paths('03')).to.equal(2); // gap in 2021
    expect(paths('03453001')).to.equal(1); // 2019 alone: a marker only
    expect($$(el, '.lines .series[data-key="03453001"] .marker').length).to.equal(4);
    expect($$(el, '.lines .marker.hollow').length).to.equal(2);
    // the emphasised line is thicker and solid, the others dashed
    const first = $(el, '.series[data-key="03453"] path.line')!;
    expect(first.getAttribute('stroke-width')).to.equal('3');
    expect(first.hasAttribute('stroke-dasharray')).to.equal(false);
    expect($(el, '.series[data-key="03"] path.line')!.getAttribute('stroke-dasharray')).to.equal('7 4');
    expect(texts(el, '.end-labels .label-text')).to.deep.equal([
      `Landkreis Cloppenburg 8,6${NB}%`,
      `Niedersachsen 7,4${NB}%`,
      `Barßel 10,2${NB}%`,
    ]);
    expect($$(el, '.target-line').length).to.equal(1);
    expect($$(el, '.target-point').length).to.equal(1);
    expect(texts(el, '.target-label')).to.deep.equal([`Zielwert 2026: 6,0${NB}%`]);
    expect($$(el, '.break-line').length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('labels years as integers and values the German way', async () => {
    const el = await mount({ indicator: 'quote', regions: THREE });
    expect(texts(el, '.tick-label.x')).to.deep.equal([
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
    ]);
    expect(texts(el, '.tick-label.y')).to.deep.equal(['0', '2', '4', '6', '8', '10', `12${NB}%`]);
    const svg = $(el, 'svg.svg')!;
    expect(svg.getAttribute('viewBox')).to.equal('0 0 800 400');
    expect(svg.getAttribute('width')).to.equal('800');
  });

  it('formats English ticks and euro values', async () => {
    const el = await mount({ indicator: 'einkommen', lang: 'en', width: 1000 });
    const y = texts(el, '.tick-label.y');
    expect(y[y.length - 1]).to.match(/^€\d{2},\d{3}$/);
    expect(texts(el, '.tick-label.x')).to.deep.equal(['2020', '2021', '2022']);
    expect($(el, '[role="heading"]')!.textContent!.trim()).to.equal('Einkommen');
    expect(texts(el, '.end-labels .label-text')[0]).to.equal('Landkreis Cloppenburg €33,500');
  });

  it('defaults to the focus region and its parents with values, and y-zero off fits the data', async () => {
    const el = await mount({ indicator: 'einkommen', attrs: { 'y-zero': 'off' } });
    expect($$(el, '.end-labels .end-label').map((g) => g.getAttribute('data-key'))).to.deep.equal([
      '03453',
      '03',
    ]);
    expect(texts(el, '.tick-label.y')[0]).to.not.equal('0');
    const zero = await mount({ indicator: 'einkommen', attrs: { 'y-zero': 'on' } });
    expect(texts(zero, '.tick-label.y')[0]).to.equal('0');
  });

  it('hides targets with no-targets and clamps years with from/to', async () => {
    const el = await mount({
      indicator: 'quote',
      regions: THREE,
      attrs: { 'no-targets': '', from: '2020', to: '2022' },
    });
    expect($$(el, '.target-line').length).to.equal(0);
    expect(texts(el, '.tick-label.x')).to.deep.equal(['2020', '2021', '2022']);
  });

  it('switches to a legend with line samples on a phone', async () => {
    const el = await mount({ indicator: 'quote', regions: THREE, width: 320 });
    expect($$(el, '.end-labels .label-text').length).to.equal(0);
    const legend = $(el, '[part="legend"]')!;
    expect(texts(el, '[part="legend"] li')).to.deep.equal([
      'Landkreis Cloppenburg',
      'Niedersachsen',
      'Barßel',
    ]);
    expect(legend.querySelectorAll('svg.swatch path.marker').length).to.equal(3);
    expect($(el, 'svg.svg')!.getAttribute('viewBox')).to.equal('0 0 320 240');
    await expect(el).to.be.accessible();
  });

  it('explains hollow markers, gaps, breaks and sample data in the footer; footnotes collapsed', async () => {
    const el = await mount({ indicator: 'quote', regions: THREE });
    const notes = texts(el, '.footer .notes li');
    expect(notes).to.include('Hohle Punkte: vorläufige oder geschätzte Werte.');
    expect(
      notes.some((n) => n.startsWith('Lücken in den Linien: kein Wert für Niedersachsen 2021')),
    ).to.equal(true);
    expect(notes).to.include('Zeitreihenbruch 2021: Neue Erhebung');
    expect($(el, '.footer .sample')!.textContent).to.equal('Beispieldaten – keine amtlichen Zahlen');
    expect($(el, '.footer .source')!.textContent).to.contain('Testquelle');
    expect(texts(el, 'details.footnotes summary')).to.deep.equal(['Fußnoten (1)']);
  });

  it('has a data table with every value and the target', async () => {
    const el = await mount({ indicator: 'quote', regions: THREE });
    expect(texts(el, '.data-table thead th')).to.deep.equal([
      'Jahr',
      'Landkreis Cloppenburg',
      'Niedersachsen',
      'Barßel',
    ]);
    const rows = $$(el, '.data-table tbody tr');
    expect(rows.length).to.equal(6);
    expect(rows[4]!.textContent).to.contain(`7,4${NB}% (vorläufig)`);
    expect(rows[1]!.textContent).to.contain('unbekannt oder geheim');
    expect(rows[5]!.textContent).to.contain('2026 (Zielwert)');
    (($(el, '.table-toggle') as HTMLButtonElement) ?? null).click();
    await el.updateComplete;
    expect($(el, '.data-table.open')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('has one Tab stop for the chart, an accessible name and a summary', async () => {
    const el = await mount({ indicator: 'quote', regions: THREE });
    const focusable = $$(el, '.plot [tabindex], .plot');
    expect(focusable.filter((n) => n.getAttribute('tabindex') === '0').length).to.equal(1);
    const p = plot(el);
    expect(p.getAttribute('role')).to.equal('group');
    expect(p.getAttribute('aria-label')).to.equal('Zeitreihe: Abgänge ohne Abschluss, 2019 bis 2023');
    const desc = el.shadowRoot!.getElementById(p.getAttribute('aria-describedby')!)!;
    expect(desc.textContent).to.contain(
      `Landkreis Cloppenburg stieg von 8,1${NB}% (2019) auf 8,6${NB}% (2023).`,
    );
    expect(desc.textContent).to.contain(`Zielwert 2026 (Landkreis Cloppenburg): 6,0${NB}%.`);
  });

  it('uses no style attributes and renders feed strings as text', async () => {
    const evil = '<img src=x onerror="window.__trendPwned=1">';
    const data = { ...FEED, regions: FEED.regions.map((r) => (r.key === '03' ? { ...r, name: evil } : r)) };
    const el = await mount({ indicator: 'quote', regions: THREE, data });
    expect($$(el, '[style]').length).to.equal(0);
    expect($(el, 'img')).to.equal(null);
    expect(texts(el, '.data-table thead th')).to.include(evil);
    expect((window as unknown as { __trendPwned?: number }).__trendPwned).to.equal(undefined);
  });
});

describe('<indicator-trend> read-out and keyboard', () => {
  it('focus opens the read-out for the emphasised line in its last year and announces it', async () => {
    const el = await mount({ indicator: 'quote', regions: THREE });
    plot(el).focus();
    await el.updateComplete;
    expect($(el, '.live')!.textContent).to.equal(
      `2023: Barßel 10,2${NB}% (geschätzt), Landkreis Cloppenburg 8,6${NB}%, Niedersachsen 7,4${NB}% (vorläufig)`,
    );
    expect($$(el, '.readout .guide').length).to.equal(1);
    const tip = $(el, '[part="tooltip"]')!;
    expect(tip.querySelector('.tt-title')!.textContent).to.equal('2023');
    expect(texts(el, '[part="tooltip"] .tt-name')).to.deep.equal([
      'Barßel',
      'Landkreis Cloppenburg',
      'Niedersachsen',
    ]);
    expect(texts(el, '[part="tooltip"] .tt-change')).to.deep.equal([
      `+1,1${NB}%-Punkte`,
      `+0,4${NB}%-Punkte`,
      `+0,5${NB}%-Punkte`,
    ]);
    expect(tip.querySelector('.tt-name.active')!.textContent).to.equal('Landkreis Cloppenburg');
    await expect(el).to.be.accessible();
  });

  it('Left/Right/Home/End move the year, Up/Down the series', async () => {
    const el = await mount({ indicator: 'quote', regions: THREE });
    plot(el).focus();
    await el.updateComplete;
    await key(el, 'ArrowLeft');
    expect($(el, '.live')!.textContent).to.match(/^2022: /);
    const guideX = () => Number($(el, '.readout .guide')!.getAttribute('x1'));
    const x2022 = guideX();
    await key(el, 'Home');
    expect($(el, '.live')!.textContent).to.match(/^2019: /);
    expect(guideX()).to.be.lessThan(x2022);
    await key(el, 'End');
    expect($(el, '.live')!.textContent).to.match(/^2023: /);
    const ringY = () => Number($(el, '.readout .active-ring')!.getAttribute('cy'));
    await key(el, 'ArrowUp'); // Barßel is above the Landkreis in 2023
    expect($(el, '[part="tooltip"] .tt-name.active')!.textContent).to.equal('Barßel');
    const top = ringY();
    await key(el, 'ArrowDown');
    await key(el, 'ArrowDown');
    expect($(el, '[part="tooltip"] .tt-name.active')!.textContent).to.equal('Niedersachsen');
    expect(ringY()).to.be.greaterThan(top);
  });

  it('Enter selects the focused line (bildung-select), Escape closes the read-out', async () => {
    const el = await mount({ indicator: 'quote', regions: THREE });
    plot(el).focus();
    await el.updateComplete;
    await key(el, 'ArrowDown');
    const selected = oneEvent(el, 'bildung-select') as Promise<BildungSelectEvent>;
    await key(el, 'Enter');
    const event = await selected;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.include({
      key: '03',
      name: 'Niedersachsen',
      level: 'land',
      value: 7.4,
      year: 2023,
      indicator: 'quote',
    });
    await key(el, 'Escape');
    expect($(el, '[part="tooltip"]')).to.equal(null);
    expect($(el, '.readout')).to.equal(null);
    await key(el, 'ArrowLeft');
    expect($(el, '[part="tooltip"]')).to.exist;
  });

  it('does not fire bildung-select without a user action', async () => {
    let fired = 0;
    const el = await mount({ indicator: 'quote', regions: THREE });
    el.addEventListener('bildung-select', () => fired++);
    el.setAttribute('regions', '03453 03');
    el.highlight = '03';
    await el.updateComplete;
    expect(fired).to.equal(0);
    expect($$(el, '.lines .series').length).to.equal(2);
    expect($(el, '.series[data-key="03"] path.line')!.getAttribute('stroke-width')).to.equal('3');
  });

  it('hovering shows the read-out of the year under the pointer; a click selects the nearest line', async () => {
    const el = await mount({ indicator: 'quote', regions: THREE });
    const svg = $(el, 'svg.svg')!;
    const rect = svg.getBoundingClientRect();
    const marker = $$(el, '.series[data-key="03453"] .marker')[1]!; // 2020
    const box = (marker as SVGGraphicsElement).getBBox();
    const clientX = rect.left + box.x + box.width / 2;
    const clientY = rect.top + box.y + box.height / 2;
    plot(el).dispatchEvent(new PointerEvent('pointermove', { clientX, clientY, bubbles: true }));
    await el.updateComplete;
    expect($(el, '[part="tooltip"] .tt-title')!.textContent).to.equal('2020');
    expect($(el, '[part="tooltip"] .tt-name.active')!.textContent).to.equal('Landkreis Cloppenburg');
    const selected = oneEvent(el, 'bildung-select') as Promise<BildungSelectEvent>;
    plot(el).dispatchEvent(new MouseEvent('click', { clientX, clientY, bubbles: true }));
    expect((await selected).detail).to.deep.include({ key: '03453', year: 2020, value: 8 });
    plot(el).dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect($(el, '[part="tooltip"]')).to.equal(null);
  });
});

describe('<indicator-trend> bad input', () => {
  async function failing(opts: Setup): Promise<{ el: IndicatorTrend; event: BildungErrorEvent }> {
    const el = document.createElement('indicator-trend');
    const box = document.createElement('div');
    el.setAttribute('lang', opts.lang ?? 'de');
    if (opts.indicator) el.setAttribute('indicator', opts.indicator);
    if (opts.regions) el.setAttribute('regions', opts.regions);
    const pending = oneEvent(el, 'bildung-error') as Promise<BildungErrorEvent>;
    if (opts.feed) el.feed = opts.feed;
    else el.data = opts.data ?? FEED;
    box.append(el);
    document.body.append(box);
    const event = await pending;
    await el.updateComplete;
    return { el, event };
  }

  it('unknown indicator: error box and bildung-error', async () => {
    const { el, event } = await failing({ indicator: 'nope' });
    expect(event.detail.code).to.equal('unknown-indicator');
    expect(event.detail.message).to.deep.equal({
      de: 'Unbekannter Indikator: nope',
      en: 'Unknown indicator: nope',
    });
    expect($(el, '[role="alert"]')!.textContent).to.contain('Unbekannter Indikator: nope');
    expect($(el, 'svg.svg')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('only unknown regions: error unknown-region naming them (en)', async () => {
    const { el, event } = await failing({ indicator: 'quote', regions: '99999 12345678', lang: 'en' });
    expect(event.detail.code).to.equal('unknown-region');
    expect($(el, '[role="alert"]')!.textContent).to.contain('Unknown region: 99999, 12345678');
  });

  it('some unknown regions: draws the known ones and lists the others in a note', async () => {
    const el = await mount({ indicator: 'quote', regions: '03453 99999' });
    expect($$(el, '.lines .series').length).to.equal(1);
    expect(texts(el, '.footer .notes li')).to.include('Unbekannte Regionen, nicht dargestellt: 99999');
  });

  it('no values for the regions: error no-data', async () => {
    const { el, event } = await failing({ indicator: 'quote', regions: 'DG 03453002' });
    expect(event.detail.code).to.equal('no-data');
    expect($(el, '[role="alert"]')!.textContent).to.contain('keine Werte');
    await expect(el).to.be.accessible();
  });

  it('invalid feed: the feed problems in the widget', async () => {
    const bad = {
      ...FEED,
      indicators: [{ ...FEED.indicators[0]!, years: ['2019', 2020, 2021, 2022, 2023] }],
    };
    const { el, event } = await failing({ indicator: 'quote', data: bad });
    expect(event.detail.code).to.equal('invalid');
    expect($(el, '[role="alert"]')!.textContent).to.contain('$.indicators[0].years[0]');
  });

  it('missing feed file (404)', async () => {
    const { el, event } = await failing({
      indicator: 'quote',
      feed: '/does-not-exist/trend.json',
      lang: 'en',
    });
    expect(event.detail.code).to.equal('not-found');
    expect($(el, '[role="alert"]')!.textContent).to.contain('/does-not-exist/trend.json');
  });
});

describe('<indicator-trend> with the Cloppenburg demo feed', () => {
  it('shows the sample indicator with its target and the sample badge', async () => {
    const el = await mount({
      feed: '/generated/feeds/kreis-03453.feed.json',
      indicator: 'betreuungsquote-u3',
      regions: '03453 03453004',
      width: 1000,
    });
    for (let i = 0; i < 50 && !$(el, 'svg.svg'); i++) {
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
    }
    expect($$(el, '.lines .series').length).to.equal(2);
    expect(texts(el, '.target-label')).to.deep.equal([`Zielwert 2026: 40,0${NB}%`]);
    expect($(el, '.footer .sample')).to.exist;
    await expect(el).to.be.accessible();
  });
});
