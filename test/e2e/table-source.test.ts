/**
 * Issue #9 item 1: a plain `<table>` inside each widget is its data source. Without JavaScript the
 * page shows the tables with their values; with JavaScript the production build draws the charts
 * from them, with exactly the values the same data gives through the feed path.
 *
 * The tables are written from the demo feed (Landkreis Cloppenburg: the 13 Gemeinden of
 * `abgang-ohne-hsa-gemeinden`, the flow `schulabgaenge-abschluss`) the way an editor types them:
 * German decimal commas, `p` for provisional, `.` for withheld values, thousands with a dot.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, monitor, newPage, resultPath, settle } from './support/browser.ts';
import { DIST, STRICT_CSP, startServer, type TestServer } from './support/server.ts';

type Text = string | { de?: string; en?: string };
interface DemoFeed {
  regions: { key: string; name: string; level: string }[];
  indicators: {
    id: string;
    years: number[];
    decimals: number;
    values: Record<string, (number | null)[]>;
    flags?: Record<string, (string | null)[]>;
  }[];
  flows: {
    id: string;
    nodes: { id: string; label: Text }[];
    links: { source: string; target: string; value: number }[];
  }[];
}

const de = (t: Text): string => (typeof t === 'string' ? t : (t.de ?? ''));
const demo = JSON.parse(readFileSync(join(DIST, 'feeds', 'kreis-03453.feed.json'), 'utf8')) as DemoFeed;
const ind = demo.indicators.find((i) => i.id === 'abgang-ohne-hsa-gemeinden')!;
const flow = demo.flows.find((f) => f.id === 'schulabgaenge-abschluss')!;
const gemeinden = demo.regions.filter((r) => r.level === 'gemeinde' && r.key.startsWith('03453'));
const label = (id: string) => de(flow.nodes.find((n) => n.id === id)!.label);

/** A value as an editor writes it: `8,6`, `9,5p`, `.` */
function cell(v: number | null, flag: string | null | undefined): string {
  if (v === null) return flag === 'secret' ? '.' : '';
  return String(v).replace('.', ',') + (flag === 'provisional' ? 'p' : '');
}

const INDICATOR_ATTRS =
  'data-indicator="abgang-ohne-hsa-gemeinden" data-unit="percent" data-decimals="1" data-polarity="lower-is-better" data-source="Beispieldaten" data-date="2025-03-13"';
const CAPTION = 'Abgänge ohne Hauptschulabschluss nach Gemeinden';

const indicatorTable = `<table ${INDICATOR_ATTRS}>
  <caption>${CAPTION}</caption>
  <thead><tr><th scope="col">Gemeinde</th>${ind.years.map((y) => `<th scope="col">${y}</th>`).join('')}</tr></thead>
  <tbody>
${gemeinden
  .map(
    (g) =>
      `    <tr><th scope="row" data-key="${g.key}">${g.name}</th>${ind.values[g.key]!.map(
        (v, i) => `<td>${cell(v, ind.flags?.[g.key]?.[i])}</td>`,
      ).join('')}</tr>`,
  )
  .join('\n')}
  </tbody>
</table>`;

const flowTable = `<table data-flow="schulabgaenge-abschluss" data-year="2023" data-region="03" data-region-name="Niedersachsen" data-date="2025-03-13" data-source="Regionaldatenbank">
  <caption>Schulabgänge nach Abschluss</caption>
  <thead><tr><th scope="col">Von</th><th scope="col">Nach</th><th scope="col">Anzahl</th></tr></thead>
  <tbody>
${flow.links.map((l) => `    <tr><td>${label(l.source)}</td><td>${label(l.target)}</td><td>${l.value.toLocaleString('de-DE')}</td></tr>`).join('\n')}
  </tbody>
</table>`;

/** The same data as a JSON feed (the feed path). */
const twinFeed = {
  version: 1,
  meta: {
    title: CAPTION,
    publisher: 'Beispieldaten',
    license: '–',
    attribution: 'Beispieldaten',
    date: '2025-03-13',
  },
  regions: [
    ...gemeinden.map((g) => ({ key: g.key, name: g.name, level: 'gemeinde' })),
    { key: '03', name: 'Niedersachsen', level: 'land' },
  ],
  indicators: [
    {
      id: ind.id,
      title: CAPTION,
      unit: 'percent',
      decimals: 1,
      polarity: 'lower-is-better',
      source: 'Beispieldaten',
      years: ind.years,
      values: Object.fromEntries(gemeinden.map((g) => [g.key, ind.values[g.key]])),
      flags: Object.fromEntries(
        gemeinden.filter((g) => ind.flags?.[g.key]).map((g) => [g.key, ind.flags![g.key]]),
      ),
    },
  ],
  flows: [
    {
      id: flow.id,
      title: 'Schulabgänge nach Abschluss',
      year: 2023,
      region: '03',
      unit: 'count',
      source: 'Regionaldatenbank',
      nodes: flow.nodes.map((n, i) => ({ id: de(n.label), label: de(n.label), stage: i === 0 ? 0 : 1 })),
      links: flow.links.map((l) => ({ source: label(l.source), target: label(l.target), value: l.value })),
    },
  ],
};

/** The four widgets; `inner(kind)` is what goes inside each (a table, or nothing with `feed`). */
function widgets(attr: string, inner: (kind: 'indicator' | 'flow') => string): string {
  return `<main>
<h1>Bildung im Landkreis Cloppenburg</h1>
<bildung-map id="map" geo="/geo/kreis-03453.topo.json" indicator="abgang-ohne-hsa-gemeinden"${attr}>${inner('indicator')}</bildung-map>
<indicator-trend id="trend" indicator="abgang-ohne-hsa-gemeinden" regions="03453004 03453001 03453007"${attr}>${inner('indicator')}</indicator-trend>
<transition-sankey id="sankey" flow="schulabgaenge-abschluss"${attr}>${inner('flow')}</transition-sankey>
<bildung-feed-info id="info"${attr}>${inner('indicator')}</bildung-feed-info>
</main>`;
}

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  const headers = { 'content-security-policy': STRICT_CSP };
  server.addPage('/tables.html', {
    body: widgets('', (k) => (k === 'flow' ? flowTable : indicatorTable)),
    headers,
  });
  server.setJson('/twin.feed.json', twinFeed);
  server.addPage('/twin.html', { body: widgets(' feed="/twin.feed.json"', () => ''), headers });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Rows of each widget's own data table (shadow DOM), whitespace collapsed. */
function dataTables(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const id of ['map', 'trend', 'sankey', 'info']) {
      const root = document.getElementById(id)!.shadowRoot!;
      out[id] = [...root.querySelectorAll('[part="table"] tr')].map((r) =>
        (r.textContent ?? '').replace(/\s+/g, ' ').trim(),
      );
    }
    return out;
  });
}

describe('a <table> as the data source (issue #9 item 1)', () => {
  it('without JavaScript the page shows the plain tables with their values', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 900, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(`${server.origin}/tables.html`);
    for (const id of ['map', 'trend', 'sankey', 'info']) {
      expect(await page.locator(`#${id} > table`).isVisible(), id).toBe(true);
      expect(await page.locator(`#${id}`).evaluate((el) => el.shadowRoot)).toBe(null);
    }
    const map = await page.locator('#map > table').innerText();
    expect(map).toContain(CAPTION);
    expect(map).toContain('Barßel');
    expect(map).toContain(cell(ind.values['03453001']![8]!, null));
    expect(map).toContain(cell(ind.values['03453006']![8]!, 'provisional'));
    const sankey = await page.locator('#sankey > table').innerText();
    expect(sankey).toContain('Allgemeine Hochschulreife');
    expect(sankey).toContain(flow.links[3]!.value.toLocaleString('de-DE'));
    await page.screenshot({ path: resultPath('table-source-no-js.png'), fullPage: true });
    await context.close();
  });

  it('with JavaScript the widgets draw the charts from the tables, with the values of the feed path', async () => {
    const [context, page] = await newPage(browser, 900, 900);
    const mon = await monitor(page);
    await page.addInitScript(() => {
      const w = window as unknown as { __codes: string[] };
      w.__codes = [];
      document.addEventListener('bildung-error', (e) =>
        w.__codes.push((e as CustomEvent<{ code: string }>).detail.code),
      );
    });
    await page.goto(`${server.origin}/tables.html`);
    expect(await settle(page)).toEqual({ map: 'chart', trend: 'chart', sankey: 'chart', info: 'chart' });
    const counts = await page.evaluate(() => ({
      paths: document.getElementById('map')!.shadowRoot!.querySelectorAll('g.regions path').length,
      lines: document.getElementById('trend')!.shadowRoot!.querySelectorAll('g.lines .series').length,
      nodes: document.getElementById('sankey')!.shadowRoot!.querySelectorAll('g.nodes rect').length,
      links: document.getElementById('sankey')!.shadowRoot!.querySelectorAll('g.links path').length,
      tableShown: document.querySelector<HTMLElement>('#map > table')!.getClientRects().length,
    }));
    expect(counts).toEqual({ paths: 13, lines: 3, nodes: 5, links: 4, tableShown: 0 });
    const fromTables = await dataTables(page);
    expect(fromTables.map!.length).toBe(14); // header + 13 Gemeinden
    expect(fromTables.map!.join('|')).toContain('Barßel');
    const fills = () =>
      page.evaluate(() =>
        [...document.getElementById('map')!.shadowRoot!.querySelectorAll('g.regions path')].map(
          (p) => `${p.getAttribute('data-key')}:${(p.getAttribute('fill') ?? '').replace(/-\d+-/, '-N-')}`,
        ),
      );
    const tableFills = await fills();
    await page.screenshot({ path: resultPath('table-source-js.png'), fullPage: true });
    expect(await page.evaluate(() => (window as unknown as { __codes: string[] }).__codes)).toEqual([]);
    expect(mon.problems).toEqual([]);
    expect(await mon.violations()).toEqual([]);

    await page.goto(`${server.origin}/twin.html`);
    expect(await settle(page)).toEqual({ map: 'chart', trend: 'chart', sankey: 'chart', info: 'chart' });
    expect(await dataTables(page)).toEqual(fromTables);
    expect(await fills()).toEqual(tableFills);
    await context.close();
  });
});
