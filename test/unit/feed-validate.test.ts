import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MESSAGES, describeValue, formatMessage, type IssueCode } from '../../src/core/feed/messages';
import { findJsonSyntaxProblem, lineAndColumn, parseFeed } from '../../src/core/feed/parse';
import type { Feed, FeedValidationResult } from '../../src/core/feed/types';
import { validateFeed } from '../../src/core/feed/validate';

const FIXTURES = fileURLToPath(new URL('../fixtures/feeds/', import.meta.url));

interface Expectation {
  code: string;
  path: string;
  schema: boolean;
}

const expected = JSON.parse(readFileSync(`${FIXTURES}invalid/expected.json`, 'utf8')) as Record<
  string,
  Expectation
>;
const validNames = readdirSync(`${FIXTURES}valid`).filter((f) => f.endsWith('.json'));

function fixtureText(dir: 'valid' | 'invalid', name: string): string {
  return readFileSync(`${FIXTURES}${dir}/${name}`, 'utf8');
}

/** Fixtures are edited freely below to build broken feeds; typing every edit would hide the intent. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

/** A fresh copy of a valid fixture as a JS object. */
function load(name: string): Loose {
  return JSON.parse(fixtureText('valid', name)) as Loose;
}

function codesAndPaths(r: FeedValidationResult, which: 'errors' | 'warnings' = 'errors'): [string, string][] {
  return r[which].map((i) => [i.code, i.path]);
}

describe('invalid fixtures', () => {
  it('expected.json covers exactly the fixture files (at least 24)', () => {
    const files = readdirSync(`${FIXTURES}invalid`)
      .filter((f) => f.endsWith('.json') && f !== 'expected.json')
      .sort();
    expect(Object.keys(expected).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(24);
  });

  it.each(Object.entries(expected))('%s → exactly its expected error', (name, e) => {
    const r = parseFeed(fixtureText('invalid', name));
    expect(r.ok).toBe(false);
    expect(r.feed).toBeUndefined();
    expect(codesAndPaths(r)).toEqual([[e.code, e.path]]);
    expect(r.warnings).toEqual([]);
    const { de, en } = r.errors[0]!.message;
    expect(de.length).toBeGreaterThan(10);
    expect(en.length).toBeGreaterThan(10);
    expect(de).not.toBe(en);
    expect(de).not.toMatch(/\{\w+\}/);
    expect(en).not.toMatch(/\{\w+\}/);
    expect(de.length).toBeLessThan(400);
  });
});

describe('valid fixtures', () => {
  it('there are at least three', () => {
    expect(validNames).toEqual(expect.arrayContaining(['minimal.json', 'full.json', 'ars-keyed.json']));
  });

  it.each(validNames)('%s passes without errors or warnings', (name) => {
    const r = parseFeed(fixtureText('valid', name));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.feed?.version).toBe(1);
  });

  it.each(validNames)('%s: parseFeed and validateFeed agree and the input is not mutated', (name) => {
    const input = load(name);
    const before = structuredClone(input);
    const fromObject = validateFeed(input);
    expect(input).toEqual(before);
    expect(fromObject.feed).toEqual(parseFeed(fixtureText('valid', name)).feed);
  });

  it('the normalised feed shares no arrays with the input', () => {
    const input = load('full.json');
    const feed = validateFeed(input).feed!;
    const ind = feed.indicators[0]!;
    expect(ind.values['03453']).toEqual([8.1, null, 8.3]);
    expect(ind.values['03453']).not.toBe(input.indicators[0].values['03453']);
    expect(ind.years).not.toBe(input.indicators[0].years);
    expect(ind.flags!['03453']).not.toBe(input.indicators[0].flags['03453']);
    ind.values['03453']![0] = 99;
    expect(input.indicators[0].values['03453'][0]).toBe(8.1);
  });

  it('maps official flag symbols to canonical names', () => {
    const feed = parseFeed(fixtureText('valid', 'full.json')).feed!;
    expect(feed.indicators[0]!.flags).toEqual({
      '03453': [null, 'secret', 'provisional'],
      '03453001': ['nil', 'revised', 'not-yet-available'],
      '03453002': ['limited', null, 'estimated'],
    });
    expect(feed.indicators[1]!.flags).toEqual({ '03453002': [null, 'not-applicable'] });
    expect(feed.flows![0]!.links.map((l) => l.flag)).toEqual([
      undefined,
      undefined,
      'estimated',
      undefined,
      'provisional',
    ]);
  });

  it('maps 12-digit ARS to the AGS everywhere and 00 to DG', () => {
    const feed = parseFeed(fixtureText('valid', 'ars-keyed.json')).feed!;
    expect(feed.regions.map((r) => [r.key, r.parent])).toEqual([
      ['DG', undefined],
      ['03', 'DG'],
      ['03459', '03'],
      ['034595401', '03459'],
      ['03459007', '034595401'],
      ['03459028', '034595401'],
    ]);
    const ind = feed.indicators[0]!;
    expect(ind.values).toEqual({ '034595401': [23324], '03459007': [4306], '03459028': [2871] });
    expect(ind.flags).toEqual({ '03459028': ['revised'] });
    expect(ind.targets).toEqual([{ region: '03459007', year: 2030, value: 4400 }]);
    expect(ind.footnotes).toEqual([{ text: 'Gebietsstand 15.05.2022', region: '03459028' }]);
    expect(feed.flows![0]!.region).toBe('03459007');
  });

  it('keeps every known member and drops unknown ones (with a warning)', () => {
    const input = load('minimal.json');
    input.meta.color = 'red';
    input.extra = { anything: true };
    const r = validateFeed(input);
    expect(r.ok).toBe(true);
    expect(codesAndPaths(r, 'warnings')).toEqual([
      ['unknown-property', '$.extra'],
      ['unknown-property', '$.meta.color'],
    ]);
    expect(r.warnings[0]!.message.de).toBe('Unbekannte Angabe „extra“ wird ignoriert.');
    expect(r.feed).toEqual({
      version: 1,
      meta: {
        title: 'Minimal',
        publisher: 'Landkreis Cloppenburg, Bildungsbüro',
        license: 'dl-de/by-2-0',
        attribution: '© Statistische Ämter des Bundes und der Länder, Deutschland, 2025',
        date: '2025-03-13',
      },
      regions: [{ key: '03453', name: 'Cloppenburg', level: 'kreis' }],
      indicators: [
        {
          id: 'schulen',
          title: 'Allgemeinbildende Schulen',
          unit: 'count',
          decimals: 0,
          polarity: 'neutral',
          source: 'Regionaldatenbank Deutschland',
          years: [2023],
          values: { '03453': [91] },
        },
      ],
    } satisfies Feed);
  });
});

describe('cases JSON cannot express', () => {
  it.each([
    ['NaN', Number.NaN, 'NaN (keine Zahl)'],
    ['Infinity', Number.POSITIVE_INFINITY, 'Zahl Infinity'],
    ['-Infinity', Number.NEGATIVE_INFINITY, 'Zahl -Infinity'],
  ])('a value of %s is not-finite', (_label, bad, shown) => {
    const input = load('minimal.json');
    input.indicators[0].values['03453'] = [bad];
    const r = validateFeed(input);
    expect(codesAndPaths(r)).toEqual([['not-finite', '$.indicators[0].values["03453"][0]']]);
    expect(r.errors[0]!.message.de).toBe(`Wert muss eine endliche Zahl sein, gefunden: ${shown}.`);
  });

  it('NaN in years, link values and references is not-finite too', () => {
    const input = load('full.json');
    input.indicators[0].years[0] = Number.NaN;
    input.indicators[0].reference = Number.POSITIVE_INFINITY;
    input.flows[0].links[0].value = Number.NaN;
    expect(codesAndPaths(validateFeed(input))).toEqual([
      ['not-finite', '$.indicators[0].reference'],
      ['not-finite', '$.indicators[0].years[0]'],
      ['not-finite', '$.flows[0].links[0].value'],
    ]);
  });

  it('a 50 MB string gives one short string-too-long error (object and text)', () => {
    const huge = 'x'.repeat(50 * 1024 * 1024);
    const input = load('minimal.json');
    input.meta.title = huge;
    for (const r of [validateFeed(input), parseFeed(JSON.stringify(input))]) {
      expect(codesAndPaths(r)).toEqual([['string-too-long', '$.meta.title']]);
      expect(r.errors[0]!.message.de).toBe(
        `Titel ist zu lang: ${huge.length} Zeichen, erlaubt sind höchstens 10000 (Anfang: „${'x'.repeat(40)}…“).`,
      );
      expect(r.errors[0]!.message.en.length).toBeLessThan(200);
    }
  });

  it('a 50 MB region key gives a short path and message', () => {
    const huge = '0'.repeat(50 * 1024 * 1024);
    const input = load('minimal.json');
    input.indicators[0].values[huge] = [1];
    const r = validateFeed(input);
    expect(codesAndPaths(r)).toEqual([['unknown-region', `$.indicators[0].values["${'0'.repeat(64)}…"]`]]);
    expect(r.errors[0]!.message.de).toBe(`Gebiet „${'0'.repeat(40)}…“ ist nicht in regions aufgeführt.`);
  });

  it('non-JSON text is a json-syntax error with line and column', () => {
    const r = parseFeed('{\n  "version": 1,\n  "meta": }\n');
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([
      {
        path: '$',
        code: 'json-syntax',
        message: {
          de: 'Die Datei ist kein gültiges JSON: unerwartetes Zeichen „}“ in Zeile 3, Spalte 11.',
          en: 'The file is not valid JSON: unexpected character "}" at line 3, column 11.',
        },
      },
    ]);
    expect(parseFeed('<html>').errors[0]!.message.en).toBe(
      'The file is not valid JSON: unexpected character "<" at line 1, column 1.',
    );
    expect(parseFeed('{"version": 1').errors[0]!.message.en).toBe(
      'The file is not valid JSON: unexpected end of file at line 1, column 14.',
    );
    expect(codesAndPaths(parseFeed(' \n '))).toEqual([['empty-file', '$']]);
  });

  it('a cyclic JS object in an unknown member is only warned about', () => {
    const input = load('minimal.json');
    input.meta.self = input.meta;
    const r = validateFeed(input);
    expect(r.ok).toBe(true);
    expect(codesAndPaths(r, 'warnings')).toEqual([['unknown-property', '$.meta.self']]);
    expect(r.feed!.meta).not.toHaveProperty('self');
  });

  it('a root that is not an object', () => {
    for (const root of [null, undefined, 42, 'feed', []]) {
      expect(codesAndPaths(validateFeed(root))).toEqual([['wrong-type', '$']]);
    }
  });
});

describe('parseFeed limits', () => {
  it('rejects text above maxBytes before parsing', () => {
    const text = fixtureText('valid', 'minimal.json');
    const r = parseFeed(text, { maxBytes: 100 });
    expect(codesAndPaths(r)).toEqual([['too-large', '$']]);
    expect(r.errors[0]!.message).toEqual({
      de: `Die Datei ist zu groß (${Buffer.byteLength(text)} Bytes); erlaubt sind höchstens 100 Bytes.`,
      en: `The file is too large (${Buffer.byteLength(text)} bytes); at most 100 bytes is accepted.`,
    });
    expect(parseFeed(text, { maxBytes: 2048 }).ok).toBe(true);
  });

  it('counts UTF-8 bytes, not characters', () => {
    const text = JSON.stringify({ s: 'ä'.repeat(60) }); // 68 characters, 128 bytes
    expect(codesAndPaths(parseFeed(text, { maxBytes: 100 }))).toEqual([['too-large', '$']]);
    expect(parseFeed(text, { maxBytes: 128 }).errors[0]!.code).toBe('required'); // not too large: validated
  });

  it('ignores a byte order mark', () => {
    expect(parseFeed('\uFEFF' + fixtureText('valid', 'minimal.json')).ok).toBe(true);
  });

  it('honours maxStringLength', () => {
    const r = parseFeed(fixtureText('valid', 'minimal.json'), { maxStringLength: 5 });
    expect(r.errors.map((e) => e.path)).toContain('$.meta.title');
    expect(r.errors.every((e) => e.code === 'string-too-long')).toBe(true);
  });
});

describe('validateFeed: every problem, precise paths', () => {
  it('reports several problems of one feed, in document order', () => {
    const input = load('full.json');
    delete input.meta.date;
    input.meta.url = 'javascript:alert(1)';
    input.regions[3].key = '0345300';
    input.indicators[0].years = [2021, '2022', 2023];
    input.indicators[0].values['03453002'] = [1, 2];
    input.indicators[1].id = 'abgang-ohne-hsa';
    input.flows[0].links[0].target = 'nowhere';
    const r = validateFeed(input);
    expect(codesAndPaths(r)).toEqual([
      ['required', '$.meta.date'],
      ['invalid-url', '$.meta.url'],
      ['invalid-region-key', '$.regions[3].key'],
      ['not-integer', '$.indicators[0].years[1]'],
      ['unknown-region', '$.indicators[0].values["03453001"]'],
      ['length-mismatch', '$.indicators[0].values["03453002"]'],
      ['unknown-region', '$.indicators[0].flags["03453001"]'],
      ['duplicate-id', '$.indicators[1].id'],
      ['unknown-region', '$.indicators[1].values["03453001"]'],
      ['unknown-node', '$.flows[0].links[0].target'],
    ]);
    expect(r.ok).toBe(false);
    expect(r.feed).toBeUndefined();
  });

  it('words the year message for monitoring staff', () => {
    const input = load('minimal.json');
    input.indicators[0].years = ['2021'];
    const r = validateFeed(input);
    expect(r.errors[0]!.message).toEqual({
      de: 'Jahr muss eine ganze Zahl sein, gefunden: Text „2021“.',
      en: 'Year must be a whole number, found: text "2021".',
    });
  });

  it('lists at most maxIssues errors and counts the rest', () => {
    const input = load('minimal.json');
    input.indicators[0].years = Array.from({ length: 50 }, (_, i) => 1950 + i);
    input.indicators[0].values['03453'] = Array.from({ length: 50 }, () => 'x');
    const r = validateFeed(input, { maxIssues: 10 });
    expect(r.errors).toHaveLength(11);
    expect(r.errors[10]!.code).toBe('too-many-issues');
    expect(r.errors[10]!.message.de).toBe('40 weitere Probleme werden nicht einzeln aufgeführt.');
  });

  it('warns about unlisted parents, misfitting flags, unbalanced nodes, stray series breaks', () => {
    const input = load('full.json');
    input.regions.shift(); // DG is now unlisted: parent of Niedersachsen
    input.indicators[0].flags['03'] = ['secret', null, null]; // number 6.5 flagged as missing
    input.indicators[0].flags['03453002'][1] = 'p'; // 7.5 provisional: fine
    input.indicators[0].values['03453001'][2] = null;
    input.indicators[0].flags['03453001'][2] = 'r'; // revised, but no value
    input.indicators[1].flags['03453'] = ['p', null]; // flags without values
    input.indicators[0].seriesBreaks[0].year = 2019;
    input.flows[0].links[3].value = 700; // os: in 900, out 800
    const r = validateFeed(input);
    expect(r.errors).toEqual([]);
    expect(r.ok).toBe(true);
    expect(codesAndPaths(r, 'warnings')).toEqual([
      ['parent-not-found', '$.regions[0].parent'],
      ['flag-without-value', '$.indicators[0].flags["03453001"][2]'],
      ['flag-on-value', '$.indicators[0].flags["03"][0]'],
      ['series-break-year', '$.indicators[0].seriesBreaks[0].year'],
      ['flags-without-values', '$.indicators[1].flags["03453"]'],
      ['unbalanced-node', '$.flows[0].nodes[1]'],
    ]);
    const messages = r.warnings.map((w) => w.message.de);
    expect(messages[2]).toBe(
      'Kennzeichen „secret“ erklärt einen fehlenden Wert, aber der Wert ist 6.5. Wert auf null setzen oder Kennzeichen ändern.',
    );
    expect(messages[5]).toBe(
      'Knoten „os“: Zufluss 900 ist ungleich Abfluss 800, obwohl „balanced“ gesetzt ist.',
    );
  });

  it('checks parents against the key prefix and level', () => {
    const input = load('ars-keyed.json');
    input.regions[4].parent = '034595402'; // another Verband
    input.regions[3].parent = '034595401'; // a Verband cannot enclose a Verband
    input.regions[2].parent = '04'; // wrong Land
    input.regions[1].parent = '03'; // itself
    input.regions[0].parent = 'DG'; // Germany has no parent
    expect(codesAndPaths(validateFeed(input))).toEqual([
      ['parent-inconsistent', '$.regions[0].parent'],
      ['parent-inconsistent', '$.regions[1].parent'],
      ['parent-inconsistent', '$.regions[2].parent'],
      ['parent-inconsistent', '$.regions[3].parent'],
      ['parent-inconsistent', '$.regions[4].parent'],
    ]);
  });

  it('reports a duplicate region given as AGS and as ARS', () => {
    const input = load('ars-keyed.json');
    input.regions.push({ key: '03459007', name: 'Badbergen', level: 'gemeinde' });
    const r = validateFeed(input);
    expect(codesAndPaths(r)).toEqual([['duplicate-region', '$.regions[6].key']]);
    expect(r.errors[0]!.message.de).toBe(
      'Gebiet „03459007“ ist mehrfach aufgeführt (zuerst bei $.regions[4]; nach Umrechnung des ARS in den AGS).',
    );
  });

  it('checks the text shapes', () => {
    const input = load('minimal.json');
    input.meta.title = { de: '', en: ' ' };
    input.meta.publisher = ['Landkreis'];
    input.meta.attribution = { de: 'ok', fr: 'non' };
    input.indicators[0].title = '';
    const r = validateFeed(input);
    expect(codesAndPaths(r)).toEqual([
      ['empty-text', '$.meta.title'],
      ['wrong-type', '$.meta.publisher'],
      ['empty', '$.indicators[0].title'],
    ]);
    expect(codesAndPaths(r, 'warnings')).toEqual([['unknown-property', '$.meta.attribution.fr']]);
  });

  it('accepts links with a flag symbol and rejects cycles through stage order', () => {
    const input = load('full.json');
    input.flows[1].nodes.push({ id: 'back', label: 'zurück', stage: 0 });
    input.flows[1].links.push({ source: 'ohne', target: 'back', value: 1 });
    expect(codesAndPaths(validateFeed(input))).toEqual([['link-direction', '$.flows[1].links[1]']]);
  });
});

describe('messages', () => {
  it('every code has non-empty German and English templates with the same placeholders', () => {
    for (const [code, t] of Object.entries(MESSAGES)) {
      expect(t.de.trim(), code).not.toBe('');
      expect(t.en.trim(), code).not.toBe('');
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(t.de), code).toEqual(names(t.en));
    }
  });

  it('formats params and field labels', () => {
    expect(
      formatMessage('not-integer' as IssueCode, { field: 'decimals', found: describeValue(1.5) }),
    ).toEqual({
      de: 'Nachkommastellen (decimals) muss eine ganze Zahl sein, gefunden: Zahl 1.5.',
      en: 'Decimals must be a whole number, found: number 1.5.',
    });
    expect(formatMessage('empty', { field: 'somethingNew' })).toEqual({
      de: '„somethingNew“ darf nicht leer sein.',
      en: '"somethingNew" must not be empty.',
    });
  });

  it('describes values briefly', () => {
    expect(describeValue('2021')).toEqual({ de: 'Text „2021“', en: 'text "2021"' });
    expect(describeValue('')).toEqual({ de: 'leerer Text', en: 'empty text' });
    expect(describeValue('y'.repeat(12345)).de).toBe(`Text „${'y'.repeat(40)}…“ (12.345 Zeichen)`);
    expect(describeValue(true)).toEqual({ de: 'Wahrheitswert true', en: 'boolean true' });
    expect(describeValue([1, 2, 3])).toEqual({ de: 'Liste mit 3 Einträgen', en: 'list with 3 items' });
    expect(describeValue({ a: 1 })).toEqual({ de: 'Objekt', en: 'object' });
    expect(describeValue(null)).toEqual({ de: 'null', en: 'null' });
    expect(describeValue(undefined)).toEqual({ de: 'nichts', en: 'nothing' });
  });
});

describe('findJsonSyntaxProblem', () => {
  it('accepts valid JSON, also deeply nested', () => {
    for (const text of [
      '{}',
      '[]',
      ' 0 ',
      '-0.5e+10',
      '"a\\u00e4\\n"',
      '{"a":[1,true,false,null,{"b":"c"}]}',
      '['.repeat(100_000) + ']'.repeat(100_000),
      fixtureText('valid', 'full.json'),
    ]) {
      expect(findJsonSyntaxProblem(text)).toBeNull();
    }
  });

  it.each([
    ['[1,]', 3, ']'],
    ['{"a":1,}', 7, '}'],
    ['{"a" 1}', 5, '1'],
    ['{a:1}', 1, 'a'],
    ['"abc', 4, undefined],
    ['"a\\x"', 3, 'x'],
    ['"a\u0001"', 2, '\u0001'],
    ['01', 1, '1'],
    ['1.', 2, undefined],
    ['-', 1, undefined],
    ['tru', 0, 't'],
    ['{} x', 3, 'x'],
    ["{'a':1}", 1, "'"],
    ['NaN', 0, 'N'],
  ])('%j fails at offset %i', (text, offset, char) => {
    expect(findJsonSyntaxProblem(text)).toEqual({ offset, char });
    expect(() => JSON.parse(text)).toThrow();
  });

  it('computes 1-based line and column', () => {
    expect(lineAndColumn('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab\ncd\nef', 6)).toEqual({ line: 3, column: 1 });
  });
});
