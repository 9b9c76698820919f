import { describe, expect, it } from 'vitest';
import type { Feed, FeedMeta, Indicator } from '../../src/core/feed/types';
import {
  flowTableHtml,
  indicatorTableHtml,
  prefixSvgIds,
  staticFragment,
  tableCell,
  tableNumber,
} from '../../src/core/static/index';
import { tableKind, tableToFeed, type TableModel } from '../../src/core/table-source';
import { renderMain } from '../../src/cli/render';

const META: FeedMeta = {
  title: 'Bildungsbericht',
  publisher: { de: 'Landkreis Cloppenburg', en: 'County of Cloppenburg' },
  license: 'dl-de/by-2-0',
  attribution: 'LSN & Landkreis',
  date: '2025-03-13',
  territorialDate: '2023-12-31',
};

const INDICATOR: Indicator = {
  id: 'abgang-ohne-hsa',
  title: { de: 'Abgänge ohne Hauptschulabschluss', en: 'Leavers without a qualification' },
  unit: 'percent',
  decimals: 1,
  polarity: 'lower-is-better',
  source: 'LSN "Schulstatistik" <2023>',
  years: [2022, 2023],
  values: {},
};

const unescape = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * What the browser's `readTableModel` reads from the markup, for the regular tables written here
 * (caption, data-* attributes, header row, body rows with the first cell's data-key).
 */
function readBack(html: string): TableModel {
  const open = /^<table([^>]*)>/.exec(html)![1]!;
  const dataset: Record<string, string> = {};
  for (const m of open.matchAll(/\sdata-([a-z-]+)(?:="([^"]*)")?/g))
    dataset[m[1]!.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = unescape(m[2] ?? '');
  const cells = (row: string) => [...row.matchAll(/<(t[hd])([^>]*)>([\s\S]*?)<\/\1>/g)];
  const head = cells(/<thead>([\s\S]*?)<\/thead>/.exec(html)![1]!).map((c) => unescape(c[3]!));
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)![1]!;
  const rows = [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => {
    const list = cells(r[1]!);
    const key = /data-key="([^"]*)"/.exec(list[0]![2]!)?.[1];
    return key !== undefined
      ? { key, cells: list.map((c) => unescape(c[3]!)) }
      : { cells: list.map((c) => unescape(c[3]!)) };
  });
  const foot = [
    ...(/<tfoot>([\s\S]*?)<\/tfoot>/.exec(html)?.[1] ?? '').matchAll(/<tr([^>]*)>([\s\S]*?)<\/tr>/g),
  ].map((r) => {
    const ds: Record<string, string> = {};
    for (const m of r[1]!.matchAll(/\sdata-([a-z-]+)="([^"]*)"/g))
      ds[m[1]!.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = unescape(m[2]!);
    return { dataset: ds, text: unescape(r[2]!) };
  });
  return { caption: unescape(/<caption>([\s\S]*?)<\/caption>/.exec(html)![1]!), dataset, head, rows, foot };
}

describe('table numbers', () => {
  it('writes decimals for the language and groups with a narrow no-break space', () => {
    expect(tableNumber(12345.678, 1, 'de')).toBe('12\u202f345,7');
    expect(tableNumber(12345.678, 1, 'en')).toBe('12\u202f345.7');
    expect(tableNumber(1234, 0, 'de')).toBe('1\u202f234');
    expect(tableNumber(-0.04, 1, 'de')).toBe('0,0');
    expect(tableNumber(-3.25, 2, 'de')).toBe('-3,25');
    expect(tableNumber(999, 0, 'en')).toBe('999');
  });

  it('writes markers for missing values and keeps qualifying flags', () => {
    expect(tableCell(null, 'secret', 1, 'de')).toBe('.');
    expect(tableCell(null, 'nil', 1, 'de')).toBe('-');
    expect(tableCell(null, 'not-yet-available', 1, 'de')).toBe('...');
    expect(tableCell(null, null, 1, 'de')).toBe('');
    expect(tableCell(7.4, 'provisional', 1, 'de')).toBe('7,4 p');
    expect(tableCell(7.4, 'limited', 1, 'en')).toBe('(7.4)');
    expect(tableCell(7.4, 'revised', 1, 'de')).toBe('7,4 r');
  });
});

describe('indicator table', () => {
  const rows = [
    { key: '03453001', name: 'Barßel', values: [8.14, 7.4], flags: [null, 'provisional' as const] },
    { key: '03453002', name: 'Bösel <b>', values: [null, 12345.6], flags: ['secret' as const, null] },
    { key: '03453003', name: 'Cappeln', values: [0, null] },
  ];

  for (const lang of ['de', 'en'] as const) {
    it(`reads back into the same values (${lang})`, () => {
      const html = indicatorTableHtml({ indicator: INDICATOR, years: [2022, 2023], rows, meta: META, lang });
      const model = readBack(html);
      expect(tableKind(model.dataset)).toBe('indicator');
      const result = tableToFeed(model, 'indicator', { today: '2026-01-01' });
      expect(result.ok, JSON.stringify(result.errors)).toBe(true);
      const feed = result.feed as Feed;
      const ind = feed.indicators[0]!;
      expect(ind.id).toBe('abgang-ohne-hsa');
      expect(ind.title).toBe(
        lang === 'de' ? 'Abgänge ohne Hauptschulabschluss' : 'Leavers without a qualification',
      );
      expect(ind.decimals).toBe(1);
      expect(ind.polarity).toBe('lower-is-better');
      expect(ind.unit).toBe('percent');
      expect(ind.years).toEqual([2022, 2023]);
      expect(ind.values).toEqual({
        '03453001': [8.1, 7.4],
        '03453002': [null, 12345.6],
        '03453003': [0, null],
      });
      expect(ind.flags).toEqual({ '03453001': [null, 'provisional'], '03453002': ['secret', null] });
      expect(feed.regions.map((r) => r.name)).toEqual(['Barßel', 'Bösel <b>', 'Cappeln']);
      expect(feed.meta.publisher).toBe(lang === 'de' ? 'Landkreis Cloppenburg' : 'County of Cloppenburg');
      expect(feed.meta.date).toBe('2025-03-13');
      expect(feed.meta.territorialDate).toBe('2023-12-31');
      expect(ind.source).toBe('LSN "Schulstatistik" <2023>');
    });
  }

  it('escapes every text and writes no style or script', () => {
    const html = indicatorTableHtml({
      indicator: INDICATOR,
      years: [2022, 2023],
      rows,
      meta: META,
      lang: 'de',
    });
    expect(html).toContain('Bösel &lt;b&gt;');
    expect(html).toContain('data-source="LSN &quot;Schulstatistik&quot; &lt;2023&gt;"');
    expect(html).not.toMatch(/<b>|style=|<script/);
    expect(html).toContain('<th scope="row" data-key="03453001">Barßel</th><td>8,1</td><td>7,4 p</td>');
  });

  it('marks sample data and writes notes into the footer', () => {
    const html = indicatorTableHtml({
      indicator: { ...INDICATOR, sample: true },
      years: [2023],
      rows: [{ key: '03453', name: 'Landkreis', values: [5] }],
      meta: META,
      lang: 'de',
      notes: [
        {
          text: 'Zielwert 2026: 4,0',
          data: { 'target-year': 2026, 'target-value': 4, 'target-region': '03453' },
        },
        {
          text: 'Korridor 2030: 3,0–3,5',
          data: {
            'target-year': 2030,
            'target-min': 3,
            'target-max': 3.5,
            'target-label': 'Korridor <2030>',
          },
        },
        { text: 'nur ein Hinweis' },
      ],
    });
    expect(html).toContain(' data-sample ');
    expect(html).toContain(
      '<tfoot><tr data-target-year="2026" data-target-value="4" data-target-region="03453"><td colspan="2">Zielwert 2026: 4,0</td></tr>',
    );
    expect(html).toContain('data-target-label="Korridor &lt;2030&gt;"');
    const result = tableToFeed(readBack(html), 'indicator');
    expect(result.ok, JSON.stringify(result.errors)).toBe(true);
    const ind = result.feed!.indicators[0]!;
    expect(ind.sample).toBe(true);
    expect(ind.targets).toEqual([
      { year: 2026, region: '03453', value: 4 },
      { year: 2030, min: 3, max: 3.5, label: 'Korridor <2030>' },
    ]);
  });
});

describe('flow table', () => {
  it('reads back into the same links, with the region name', () => {
    const flow = {
      id: 'uebergang',
      title: 'Übergänge nach Klasse 4',
      year: 2023,
      region: '03453',
      unit: 'count' as const,
      nodes: [
        { id: 'gs', label: 'Grundschule', stage: 0 },
        { id: 'gym', label: { de: 'Gymnasium', en: 'Grammar school' }, stage: 1 },
        { id: 'obs', label: 'Oberschule', stage: 1 },
      ],
      links: [
        { source: 'gs', target: 'gym', value: 1412 },
        { source: 'gs', target: 'obs', value: 980, flag: 'provisional' as const },
      ],
    };
    const html = flowTableHtml(flow, 'Landkreis Cloppenburg', META, 'de');
    expect(html).toContain('<td>Grundschule</td><td>Gymnasium</td><td>1\u202f412</td>');
    const model = readBack(html);
    expect(tableKind(model.dataset)).toBe('flow');
    const result = tableToFeed(model, 'flow');
    expect(result.ok, JSON.stringify(result.errors)).toBe(true);
    const f = result.feed!.flows![0]!;
    expect(f.id).toBe('uebergang');
    expect(f.year).toBe(2023);
    expect(f.links).toEqual([
      { source: 'Grundschule', target: 'Gymnasium', value: 1412 },
      { source: 'Grundschule', target: 'Oberschule', value: 980, flag: 'provisional' },
    ]);
    expect(result.feed!.regions).toEqual([{ key: '03453', name: 'Landkreis Cloppenburg', level: 'kreis' }]);
  });
});

describe('static fragment', () => {
  const svg =
    '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="672" height="500" viewBox="0 0 672 500"><title>Karte &amp; mehr</title><defs><pattern id="bx-hatch"/></defs><rect fill="url(#bx-hatch)"/><use href="#bx-hatch"/></svg>';

  it('wraps picture and table in the element, with escaped attributes and without fixed size', () => {
    const html = staticFragment({
      tag: 'bildung-map',
      attrs: { indicator: 'a"b', year: 2023, lang: 'de', 'bad name': 'x', geo: undefined, region: '' },
      svg,
      table: '<table><caption>T</caption></table>',
      lang: 'de',
      idPrefix: 'p1-',
    });
    expect(
      html.startsWith(
        '<bildung-map indicator="a&quot;b" year="2023" lang="de">\n<figure class="bildung-static">\n<svg',
      ),
    ).toBe(true);
    expect(html).not.toContain('bad name');
    expect(html).not.toContain('geo=');
    expect(html).not.toMatch(/<\?xml|width="672"|height="500"|style=|<script/);
    expect(html).toContain('viewBox="0 0 672 500"');
    expect(html).toContain(
      'role="img" aria-label="Karte &amp; mehr – Alle Werte stehen in der Tabelle unter dem Diagramm."',
    );
    expect(html).toContain('<pattern id="p1-bx-hatch"/>');
    expect(html).toContain('fill="url(#p1-bx-hatch)"');
    expect(html).toContain('<use href="#p1-bx-hatch"/>');
    expect(html).toMatch(/<\/figure>\n<table><caption>T<\/caption><\/table>\n<\/bildung-map>\n$/);
  });

  it('uses an <img> with alt text and size when an image address is given', () => {
    const html = staticFragment({
      tag: 'indicator-trend',
      attrs: { lang: 'en' },
      svg,
      table: '<table></table>',
      lang: 'en',
      imgSrc: 'charts/trend.svg?v=1&x="',
    });
    expect(html).toContain(
      '<img src="charts/trend.svg?v=1&amp;x=&quot;" alt="Karte &amp; mehr – All values are in the table below the chart." width="672" height="500">',
    );
    expect(html).not.toContain('<svg');
  });

  it('prefixes only ids that exist', () => {
    expect(prefixSvgIds('<g id="a"><rect fill="url(#a)"/><rect fill="url(#other)"/></g>', 'x-')).toBe(
      '<g id="x-a"><rect fill="url(#x-a)"/><rect fill="url(#other)"/></g>',
    );
  });

  it('derives different id prefixes for different charts', () => {
    const a = staticFragment({ tag: 'bildung-map', attrs: {}, svg, table: '', lang: 'de' });
    const b = staticFragment({
      tag: 'bildung-map',
      attrs: {},
      svg: svg.replace('Karte', 'Plan'),
      table: '',
      lang: 'de',
    });
    const id = (s: string) => /<pattern id="([^"]+)"/.exec(s)![1];
    expect(id(a)).not.toBe(id(b));
    expect(id(a)).toMatch(/^bs[0-9a-z]+-bx-hatch$/);
  });
});

describe('render command line', () => {
  const run = async (argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await renderMain(argv, {
      stdout: (s) => void out.push(s),
      stderr: (s) => void err.push(s),
      writeFile: () => {
        throw new Error('no file may be written');
      },
      env: {},
      here: '/nonexistent',
    });
    return { code, out: out.join(''), err: err.join('') };
  };

  it('prints help', async () => {
    const r = await run(['--help', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('bildung-widgets render');
    expect(r.out).toContain('--img-src');
  });

  it('refuses a missing or unknown widget, a missing feed, no target and event attributes', async () => {
    expect(await run(['--feed', 'x.json', '--svg', 'a.svg'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--widget') as string,
    });
    expect((await run(['--widget', 'pie', '--feed', 'x.json'])).err).toContain(
      'bildung-map, indicator-trend',
    );
    expect(
      await run(['--widget', 'map', '--feed', '/nonexistent/feed.json', '--svg', 'a.svg']),
    ).toMatchObject({
      code: 1,
      err: expect.stringContaining('Feed nicht gefunden') as string,
    });
    const feed = new URL('../../package.json', import.meta.url).pathname;
    expect((await run(['--widget', 'map', '--feed', feed])).err).toContain('--svg');
    expect(
      (await run(['--widget', 'map', '--feed', feed, '--svg', 'a.svg', '--attr', 'onclick=alert(1)'])).code,
    ).toBe(2);
    expect((await run(['--widget', 'map', '--feed', feed, '--svg', 'a.svg', '--width', '50'])).err).toContain(
      '--width',
    );
    expect((await run(['--widget', 'map', '--feed', feed, '--svg', 'a.svg', '--bogus'])).code).toBe(2);
  });

  it('says where the script bundle is missing', async () => {
    const feed = new URL('../../package.json', import.meta.url).pathname;
    const r = await run(['--widget', 'map', '--feed', feed, '--svg', 'a.svg', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Script bundle not found');
    expect(r.err).toContain('npm run build:cdn');
  });
});
