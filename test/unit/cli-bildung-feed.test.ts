/**
 * The `bildung-feed` CLI, called as a function with captured output: convert (one and several
 * inputs), validate, inspect, usage errors, and malformed inputs — each gives one clear error,
 * exit code 1 and no output file (nor a leftover temporary file).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { resolvePaths } from '../../scripts/paths';
import type { Feed } from '../../src/core/feed/types';

const data = resolvePaths([]).dataSource;
const src = (p: string): string => join(data, p);
const ABGAENGE = src('regionalstatistik/21111-02-06-4_abgaenge-abschlussart_kreise_2023.csv');
const OECD = src('jsonstat/jsonstat-org_oecd.json');
const FFCSV = src('ffcsv/12613-0013_gestorbene-monate-laender_de_flat.csv');
const dir = mkdtempSync(join(tmpdir(), 'bildung-feed-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(argv, {
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    env: {},
    today: () => '2025-06-01',
  });
  return { code, out, err };
}

function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

const readFeed = (p: string): Feed => JSON.parse(readFileSync(p, 'utf8')) as Feed;

describe('bildung-feed convert', () => {
  it('converts a Regionalstatistik table into a valid feed file', () => {
    const out = join(dir, 'abgaenge.json');
    const r = run(
      'convert',
      ABGAENGE,
      '--indicator-id',
      'abgang-ohne-hsa',
      '--column',
      'ohne Hauptschulabschluss / Insgesamt',
      '--title',
      'Abgänge ohne Hauptschulabschluss',
      '--title-en',
      'School leavers without a qualification',
      '--polarity',
      'lower-is-better',
      '--publisher',
      'Landkreis Cloppenburg, Bildungsbüro',
      '-o',
      out,
      '--lang',
      'en',
    );
    expect(r.err).toContain('Written: ');
    expect(r.code).toBe(0);
    const feed = readFeed(out);
    const ind = feed.indicators[0]!;
    expect(ind.values['03453']).toEqual([163]);
    expect(ind.title).toEqual({
      de: 'Abgänge ohne Hauptschulabschluss',
      en: 'School leavers without a qualification',
    });
    expect(ind.polarity).toBe('lower-is-better');
    expect(feed.meta.publisher).toBe('Landkreis Cloppenburg, Bildungsbüro');
    expect(feed.meta.territorialDate).toBeUndefined();
    expect(run('validate', out, '--lang', 'en').code).toBe(0);
  });

  it('records the territorial reference date (Gebietsstand) given with --territorial-date', () => {
    const out = join(dir, 'abgaenge-gebietsstand.json');
    const args = [
      'convert',
      ABGAENGE,
      '--indicator-id',
      'a',
      '--column',
      'ohne Hauptschulabschluss / Insgesamt',
    ];
    expect(run(...args, '--territorial-date', '2023-12-31', '-o', out).code).toBe(0);
    expect(readFeed(out).meta.territorialDate).toBe('2023-12-31');
    const bad = run(...args, '--territorial-date', '31.12.2023', '-o', join(dir, 'never.json'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--territorial-date erwartet JJJJ-MM-TT');
    expect(existsSync(join(dir, 'never.json'))).toBe(false);
  });

  it('merges several inputs into one indicator (2018 + 2021 population)', () => {
    const out = join(dir, 'einwohner.json');
    const r = run(
      'convert',
      src('regionalstatistik/12411-01-01-4_bevoelkerung-geschlecht_kreise_2018.csv'),
      src('regionalstatistik/12411-01-01-4_bevoelkerung-geschlecht_kreise_2021.csv'),
      '--indicator-id',
      'einwohner',
      '--column',
      'Insgesamt',
      '--publisher',
      'Test',
      '-o',
      out,
      '-q',
    );
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const ind = readFeed(out).indicators[0]!;
    expect(ind.years).toEqual([2018, 2021]);
    expect(ind.values['03453']![1]).toBe(173980);
    expect(readFeed(out).meta.date).toBe('2023-07-10'); // newest Stand
  });

  it('writes to standard output without -o and prints notes in German by default', () => {
    const r = run(
      'convert',
      src('genesis-online/12411-0010_bevoelkerung_laender_2009-2022.csv'),
      '--indicator-id',
      'bev',
    );
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as Feed).regions.length).toBe(16);
    expect(r.err).toContain('Hinweis: ');
    expect(r.err).toContain('16 Regionen über ihren Namen zugeordnet');
  });
});

describe('bildung-feed convert: region keys from names and crosswalks', () => {
  const geo = resolvePaths([]).geoSource;

  it('maps NUTS 3 codes with a crosswalk table (--region-map … --map-from NUTS3 --map-to AGS)', () => {
    const stat = file(
      'nuts3.json',
      JSON.stringify({
        version: '2.0',
        class: 'dataset',
        label: 'GDP',
        id: ['geo', 'time'],
        size: [2, 1],
        dimension: {
          geo: { category: { index: ['DE948', 'DE94E'] } },
          time: { category: { index: ['2021'] } },
        },
        value: [7.1, 12.5],
      }),
    );
    const out = join(dir, 'nuts3.feed.json');
    const map = src('gemeindeverzeichnis/kreise-ags-nuts3-flaeche-bevoelkerung_2018.csv');
    const r = run(
      'convert',
      stat,
      '--indicator-id',
      'bip',
      '--unit',
      'eur',
      '--region-map',
      map,
      '--map-from',
      'NUTS3',
      '--map-to',
      'AGS',
      '-o',
      out,
    );
    expect(r.code).toBe(0);
    expect(readFeed(out).indicators[0]!.values).toEqual({ '03453': [7.1], '03459': [12.5] });
    // Without the crosswalk, but with geometry that carries NUTS codes.
    const r2 = run(
      'convert',
      stat,
      '--indicator-id',
      'bip',
      '--regions',
      join(geo, 'deutschland-kreise.topojson'),
      '-q',
    );
    expect(r2.code).toBe(0);
    expect((JSON.parse(r2.out) as Feed).regions.map((x) => [x.key, x.name])).toEqual([
      ['03453', 'Cloppenburg'],
      ['03459', 'Osnabrück'],
    ]);
  });

  it('resolves Kreis names against geometry (--regions) and reports ambiguous names', () => {
    const csv = file(
      'namen.csv',
      'Kreis;Jahr;Quote\nCloppenburg, Landkreis;2023;8,3\nOsnabrück, Landkreis;2023;9,7\nOsnabrück, kreisfreie Stadt;2023;5,1\n',
    );
    const topo = join(geo, 'deutschland-kreise.topojson');
    const r = run('convert', csv, '--indicator-id', 'q', '--regions', topo, '--lang', 'en');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as Feed).indicators[0]!.values).toEqual({
      '03404': [5.1],
      '03453': [8.3],
      '03459': [9.7],
    });
    const amb = file('amb.csv', 'Kreis;Jahr;Quote\nOsnabrück;2023;9,7\nCloppenburg;2023;8,3\n');
    const e = run('convert', amb, '--indicator-id', 'q', '--regions', topo, '--lang', 'en');
    expect(e.code).toBe(1);
    expect(e.err).toContain(
      '1 region names are ambiguous: Osnabrück → 03404 Osnabrück (Kreisfreie Stadt) | 03459 Osnabrück (Landkreis)',
    );
  });
});

describe('bildung-feed validate', () => {
  it('lists every problem with its JSON path, in the language asked for, exit code 1', () => {
    const feed = readFeed(join(dir, 'abgaenge.json'));
    (feed.indicators[0]!.values as Record<string, unknown>)['03453'] = ['163'];
    (feed.indicators[0]!.values as Record<string, unknown>)['99999'] = [1];
    const bad = file('bad.json', JSON.stringify(feed));
    const en = run('validate', bad, '--lang', 'en');
    expect(en.code).toBe(1);
    expect(en.out).toMatch(/^Error \$\.indicators\[0\]\.values\["03453"\]\[0\]: /m);
    expect(en.out).toMatch(/^Error \$\.indicators\[0\]\.values\["99999"\]/m);
    expect(en.out).toContain('invalid – 2 errors');
    const de = run('validate', bad, '--lang', 'de');
    expect(de.out).toMatch(/^Fehler \$\.indicators\[0\]\.values\["03453"\]\[0\]: /m);
    expect(run('validate', file('trunc.json', '{"version": 1, "meta": {'), '--lang', 'en').out).toContain(
      'Error $: ',
    );
  });
});

describe('bildung-feed inspect', () => {
  it('shows dimensions, roles, years, keys and markers', () => {
    const r = run('inspect', OECD, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Format: jsonstat (utf-8)');
    expect(r.out).toContain('area (OECD countries, EU15 and total) [region]: 36 categories');
    expect(r.out).toContain('Years: 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014');
    expect(r.out).toContain('Markers / status: e ×72');
    const t = run('inspect', ABGAENGE, '--lang', 'en');
    expect(t.out).toContain('Official keys: 430 / 459 (bund 1, land 16, kreis 398, gemeinde 15)');
    expect(t.out).toMatch(/Markers \/ status: .*\. ×/);
  });
});

describe('usage errors (exit code 2, no stack trace)', () => {
  it.each([
    [[], 'Commands:'],
    [['convert', ABGAENGE], '--indicator-id is missing'],
    [['convert', '--bogus'], 'Invalid command line'],
    [['frobnicate'], 'Unknown command "frobnicate"'],
    [['convert', ABGAENGE, '--indicator-id', 'x', '--select', 'nope'], '--select expects DIMENSION=CATEGORY'],
  ])('%j', (argv, text) => {
    const r = run(...argv, '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.out + r.err).toContain(text);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe('malformed inputs: one clear error, exit code 1, no output file', () => {
  const table = readFileSync(ABGAENGE);
  const cut = table.indexOf('Cloppenburg, Landkreis;1967;93') + 'Cloppenburg, Landkreis;1967;93'.length;
  const oecd = readFileSync(OECD, 'utf8');
  const ff = readFileSync(FFCSV);
  const mid = ff.indexOf('\n', ff.length >> 1) + 40;
  let seed = 7;
  const garbage = Uint8Array.from(
    { length: 4000 },
    () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 16) & 0xff,
  );
  const cases: [string, string | Uint8Array, string[], string, string][] = [
    ['truncated table', table.subarray(0, cut), [], 'truncated', 'The last line'],
    [
      'truncated JSON',
      oecd.slice(0, oecd.length >> 1),
      [],
      'truncated',
      'The JSON file ends in the middle of the data',
    ],
    ['truncated flat file', ff.subarray(0, mid), [], 'truncated', 'has only'],
    ['UTF-16', Buffer.from('\ufeffAGS;Jahr;Wert\n03453;2023;1\n', 'utf16le'), [], 'wrong-encoding', 'UTF-16'],
    [
      'UTF-16 without BOM',
      Buffer.from('AGS;Jahr;Wert\n03453;2023;1\n', 'utf16le'),
      [],
      'wrong-encoding',
      'UTF-16',
    ],
    [
      'garbled umlauts',
      Buffer.from(
        Buffer.from('AGS;Name;Jahr;Wert\n03453001;Barßel;2023;1\n', 'utf8').toString('latin1'),
        'utf8',
      ),
      [],
      'wrong-encoding',
      'converted to UTF-8 twice',
    ],
    ['cp1252 read as UTF-8', table, ['--encoding', 'utf-8'], 'wrong-encoding', 'not valid UTF-8 (line 4)'],
    [
      'mixed separators',
      'AGS;Jahr;Wert\n03453;2023;1\n03459,2023,2\n03404;2023;3\n',
      [],
      'ragged',
      'Line 3 has 1 cells, 3 expected. The line contains "," instead of ";": separators are mixed.',
    ],
    [
      'duplicate JSON member',
      oecd.replace('"label"', '"label" : "x",\n\t"label"'),
      [],
      'duplicate',
      'The member "label" occurs twice in the same JSON object (line',
    ],
    [
      'duplicate region',
      'AGS;Jahr;Wert\n03453;2023;1\n03453;2023;2\n',
      [],
      'duplicate',
      'Two values for region 03453 in 2023 (lines 2 and 3). The region occurs twice in the file.',
    ],
    [
      'duplicate column',
      'AGS;Jahr;Wert;Wert\n03453;2023;1;2\n',
      [],
      'duplicate',
      'The column name "Wert" occurs twice in the header (columns 3 and 4).',
    ],
    [
      'text in a table cell',
      Buffer.from(table.toString('latin1').replace('1967;937;163;64', '1967;937;abc;64'), 'latin1'),
      ['--column', 'Insgesamt'],
      'text',
      '"abc" is neither a number nor an official marker',
    ],
    [
      'text in a CSV cell',
      'AGS;Jahr;Wert\n03453;2023;1\n03459;2023;viele\n',
      ['--column', 'Wert'],
      'text',
      'Line 3, column "Wert": "viele" is neither a number',
    ],
    ['empty file', '', [], 'empty', 'The file is empty.'],
    ['only whitespace', '\n \n', [], 'empty', 'only whitespace'],
    ['binary garbage', garbage, [], 'binary', 'binary data'],
    [
      'an Excel workbook',
      Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100, 1)]),
      [],
      'binary',
      'Excel workbook',
    ],
  ];

  it.each(cases)('%s', (name, content, extra, _kind, message) => {
    const input = file(`in-${name.replace(/\W+/g, '-')}.dat`, content);
    const out = join(dir, `out-${name.replace(/\W+/g, '-')}.json`);
    const r = run('convert', input, '--indicator-id', 'x', '-o', out, '--lang', 'en', ...extra);
    expect(r.err).toContain(message);
    expect(r.code).toBe(1);
    expect(r.err.match(/^Error: /gm)?.length).toBe(1);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a missing input file', () => {
    const r = run('convert', join(dir, 'nope.csv'), '--indicator-id', 'x', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.err).toBe(`Error: File not found: ${join(dir, 'nope.csv')}\n`);
  });

  it('an unwritable output leaves nothing behind', () => {
    const r = run(
      'convert',
      ABGAENGE,
      '--indicator-id',
      'x',
      '--column',
      'Insgesamt',
      '-o',
      join(dir, 'no-such-dir', 'f.json'),
      '--lang',
      'en',
      '-q',
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain('Could not write');
  });
});
