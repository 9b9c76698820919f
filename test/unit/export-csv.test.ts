import { describe, expect, it } from 'vitest';
import {
  BOM,
  csvNumber,
  exportFilename,
  mapCsv,
  sankeyCsv,
  toCsv,
  trendCsv,
} from '../../src/core/export/index';
import type { Feed } from '../../src/core/feed/types';
import { buildMapModel } from '../../src/core/map/model';
import { buildModel } from '../../src/core/sankey/model';
import { buildTrendModel } from '../../src/core/trend/model';
import { JG5_2023 } from './sankey-fixtures';

const FEED: Feed = {
  version: 1,
  meta: { title: 'T', publisher: 'P', license: 'dl-de/by-2-0', attribution: 'A', date: '2025-01-01' },
  regions: [
    { key: '03', name: 'Niedersachsen', level: 'land' },
    { key: '03453', name: 'Cloppenburg', level: 'kreis', parent: '03' },
    { key: '03453001', name: 'Barßel; "Nord"', level: 'gemeinde', parent: '03453' },
    { key: '03453002', name: 'Bösel', level: 'gemeinde', parent: '03453' },
  ],
  indicators: [
    {
      id: 'quote',
      title: { de: 'Quote', en: 'Rate' },
      unit: 'percent',
      decimals: 1,
      polarity: 'lower-is-better',
      source: 'Testquelle',
      years: [2022, 2023],
      values: { '03453001': [8.25, 9.5], '03453002': [null, 1234.5], '03453': [7, 7.5] },
      flags: { '03453002': ['secret', 'provisional'] },
      targets: [{ region: '03453', year: 2026, value: 6 }],
    },
  ],
};

describe('toCsv', () => {
  it('writes BOM, ; and decimal comma for German, quotes fields with separator, quote or line break', () => {
    const csv = toCsv(
      {
        header: ['Region', 'Wert'],
        rows: [
          ['Barßel; Nord', 8.25],
          ['Sage "Hallo"', -0.5],
          ['Zwei\nZeilen', null],
          [' Rand', 1234567.125],
        ],
      },
      'de',
    );
    expect(csv).toBe(
      '\uFEFFRegion;Wert\r\n"Barßel; Nord";8,25\r\n"Sage ""Hallo""";-0,5\r\n"Zwei\nZeilen";\r\n" Rand";1234567,125\r\n',
    );
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('writes , and decimal point for English; a comma in text is quoted, a semicolon is not', () => {
    expect(
      toCsv(
        {
          header: ['a', 'b'],
          rows: [
            ['x, y', 1.5],
            ['p;q', 2],
          ],
        },
        'en',
      ),
    ).toBe(`${BOM}a,b\r\n"x, y",1.5\r\np;q,2\r\n`);
  });

  it('keeps text that a spreadsheet would run as a formula as text; negative numbers stay numbers', () => {
    expect(
      toCsv({ header: ['a'], rows: [['=HYPERLINK("x")'], ['+1'], ['@SUM(A1)'], ['-2'], [-2]] }, 'en'),
    ).toBe(`${BOM}a\r\n"'=HYPERLINK(""x"")"\r\n'+1\r\n'@SUM(A1)\r\n'-2\r\n-2\r\n`);
  });

  it('prints numbers without exponent', () => {
    expect(csvNumber(1e-7, 'de')).toBe('0,0000001');
    expect(csvNumber(1e21, 'en')).toBe('1000000000000000000000');
    expect(csvNumber(Number.NaN, 'en')).toBe('');
  });
});

describe('mapCsv', () => {
  it('has one row per drawn region with key, name, year, value, unit and flag, localized header', () => {
    const model = buildMapModel({
      feed: FEED,
      indicator: 'quote',
      year: 2022,
      keys: ['03453001', '03453002'],
      lang: 'de',
      classes: 2,
    });
    expect(toCsv(mapCsv(model, 'de'), 'de')).toBe(
      `${BOM}Schlüssel;Region;Jahr;Wert;Einheit;Hinweis\r\n` +
        '03453001;"Barßel; ""Nord""";2022;8,25;%;\r\n' +
        '03453002;Bösel;2022;;%;unbekannt oder geheim\r\n',
    );
    expect(toCsv(mapCsv(model, 'en'), 'en').split('\r\n')[0]).toBe(`${BOM}Key,Region,Year,Value,Unit,Note`);
  });
});

describe('trendCsv', () => {
  it('has one row per line and year, then the targets', () => {
    const r = buildTrendModel(FEED, { indicator: 'quote', regions: '03453002 03453' });
    if (!r.ok) throw new Error('no model');
    expect(toCsv(trendCsv(r.model, 'en'), 'en')).toBe(
      `${BOM}Key,Region,Year,Value,Unit,Note\r\n` +
        '03453002,Bösel,2022,,%,unknown or confidential\r\n' +
        '03453002,Bösel,2023,1234.5,%,provisional\r\n' +
        '03453,Cloppenburg,2022,7,%,\r\n' +
        '03453,Cloppenburg,2023,7.5,%,\r\n' +
        '03453,Cloppenburg,2026,6,%,Target\r\n',
    );
  });
});

describe('sankeyCsv', () => {
  it('has one row per link with region, year, from, to, value, unit and share of the source', () => {
    const model = buildModel(JG5_2023, { lang: 'de' });
    const csv = toCsv(sankeyCsv(model, 'Cloppenburg', 'de'), 'de');
    expect(csv).toBe(
      `${BOM}Schlüssel;Region;Jahr;Von;Nach;Wert;Einheit;Anteil an „Von“;Hinweis\r\n` +
        '03453;Cloppenburg;2023;Grundschule;Gymnasium;412;Anzahl;0,3924;\r\n' +
        '03453;Cloppenburg;2023;Grundschule;Realschule;250;Anzahl;0,2381;\r\n' +
        '03453;Cloppenburg;2023;Grundschule;Oberschule;386;Anzahl;0,3676;\r\n' +
        '03453;Cloppenburg;2023;Grundschule;Förderschule;2;Anzahl;0,0019;\r\n',
    );
  });
});

describe('exportFilename', () => {
  it('builds a safe file name from ids and year', () => {
    expect(exportFilename(['abgang-ohne-hsa', 2023], 'csv')).toBe('abgang-ohne-hsa-2023.csv');
    expect(exportFilename(['Übergänge/Größe <x>', '03453', undefined, 2021], 'png')).toBe(
      'ubergange-grosse-x-03453-2021.png',
    );
    expect(exportFilename(['../..', ''], 'svg')).toBe('export.svg');
  });
});
