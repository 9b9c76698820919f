import { describe, expect, it } from 'vitest';
import { slugId, tableKind, tableToFeed, type TableModel } from '../../src/core/table-source';

const TODAY = { today: '2026-01-15' };

function indicatorTable(over: Partial<TableModel> = {}): TableModel {
  return {
    caption: 'Abgänge ohne Hauptschulabschluss',
    dataset: {
      indicator: 'abgang-ohne-hsa',
      unit: 'percent',
      polarity: 'lower-is-better',
      source: 'LSN',
    },
    head: ['Region', '2022', '2023'],
    rows: [
      { key: '03453001', cells: ['Barßel', '8,1', '7,4'] },
      { cells: ['03453002', '.', '6,9'] },
      { cells: ['034530013013', '', '1.234,5'] },
    ],
    ...over,
  };
}

const flowTable = (rows: string[][], over: Partial<TableModel> = {}): TableModel => ({
  caption: 'Übergänge nach Klasse 4',
  dataset: { flow: 'uebergang', year: '2023', region: '03453' },
  head: ['Von', 'Nach', 'Anzahl'],
  rows: rows.map((cells) => ({ cells })),
  ...over,
});

describe('tableToFeed: indicator tables', () => {
  it('builds a feed with regions, values, flags, meta and defaults', () => {
    const res = tableToFeed(indicatorTable(), 'indicator', TODAY);
    expect(res.errors).toEqual([]);
    expect(res.ok).toBe(true);
    expect(res.feed).toEqual({
      version: 1,
      meta: {
        title: 'Abgänge ohne Hauptschulabschluss',
        publisher: 'LSN',
        license: '–',
        attribution: 'LSN',
        date: '2026-01-15',
      },
      regions: [
        { key: '03453001', name: 'Barßel', level: 'gemeinde' },
        { key: '03453002', name: '03453002', level: 'gemeinde' },
        { key: '03453013', name: '03453013', level: 'gemeinde' },
      ],
      indicators: [
        {
          id: 'abgang-ohne-hsa',
          title: 'Abgänge ohne Hauptschulabschluss',
          unit: 'percent',
          decimals: 1,
          polarity: 'lower-is-better',
          source: 'LSN',
          years: [2022, 2023],
          values: { '03453001': [8.1, 7.4], '03453002': [null, 6.9], '03453013': [null, 1234.5] },
          flags: { '03453002': ['secret', null] },
        },
      ],
    });
  });

  it('reads English decimals, sorts years, takes meta from data attributes and unit labels', () => {
    const res = tableToFeed(
      {
        caption: 'Kita-Plätze',
        dataset: {
          unit: 'Plätze',
          publisher: 'Kreis',
          license: 'dl-de/by-2-0',
          attribution: 'Kreis CLP',
          date: '2024-05-01',
        },
        head: ['Gemeinde', '2023', '2021'],
        rows: [{ cells: ['03453', '12.5', '1,234.25'] }],
      },
      'indicator',
      TODAY,
    );
    expect(res.ok).toBe(true);
    expect(res.feed!.meta).toEqual({
      title: 'Kita-Plätze',
      publisher: 'Kreis',
      license: 'dl-de/by-2-0',
      attribution: 'Kreis CLP',
      date: '2024-05-01',
    });
    const ind = res.feed!.indicators[0]!;
    expect(ind.id).toBe('kita-plaetze');
    expect(ind.unit).toEqual({ de: 'Plätze', en: 'Plätze' });
    expect(ind.decimals).toBe(2);
    expect(ind.polarity).toBe('neutral');
    expect(ind.years).toEqual([2021, 2023]);
    expect(ind.values).toEqual({ '03453': [1234.25, 12.5] });
    expect(res.feed!.regions).toEqual([{ key: '03453', name: '03453', level: 'kreis' }]);
  });

  it('reports a missing caption, a non-year header, an unknown key and text in a number cell', () => {
    const res = tableToFeed(
      indicatorTable({
        caption: '  ',
        head: ['Region', '2022', 'Anteil'],
        rows: [
          { key: '03453001', cells: ['Barßel', '8,1', '7'] },
          { cells: ['Bösel', '3', '4'] },
          { cells: ['03453003', 'viel', '4'] },
        ],
      }),
      'indicator',
      TODAY,
    );
    expect(res.ok).toBe(false);
    expect(res.feed).toBeUndefined();
    expect(res.errors.map((e) => [e.path, e.code])).toEqual([
      ['table caption', 'table-no-caption'],
      ['table row 1, column 3', 'table-bad-year'],
      ['table row 3, column 1', 'table-unknown-region'],
      ['table row 4, column 2', 'table-text-in-number'],
    ]);
    expect(res.errors[1]!.message).toEqual({
      de: 'Tabelle Zeile 1, Spalte 3: „Anteil“ ist keine Jahreszahl zwischen 1900 und 2100.',
      en: 'Table row 1, column 3: "Anteil" is not a year between 1900 and 2100.',
    });
    expect(res.errors[2]!.message.en).toBe(
      'Table row 3, column 1: "Bösel" is not a region key (AGS/ARS); write the key into the cell or into data-key.',
    );
    expect(res.errors[3]!.message.de).toBe(
      'Tabelle Zeile 4, Spalte 2: „viel“ ist weder eine Zahl noch ein Zeichen der Zeichenerklärung (- . x / ...).',
    );
  });

  it('reports duplicate years and regions, extra cells and an empty table', () => {
    const res = tableToFeed(
      indicatorTable({
        head: ['Region', '2022', '2022'],
        rows: [
          { cells: ['03453001', '1', '2'] },
          { cells: ['03453001', '1', '2'] },
          { cells: ['03453002', '1', '2', '3'] },
        ],
      }),
      'indicator',
      TODAY,
    );
    expect(res.errors.map((e) => [e.path, e.code])).toEqual([
      ['table row 1, column 3', 'table-duplicate-year'],
      ['table row 3', 'table-duplicate-region'],
      ['table row 4', 'table-extra-cells'],
    ]);
    const empty = tableToFeed(indicatorTable({ head: ['Region'], rows: [] }), 'indicator', TODAY);
    expect(empty.errors.map((e) => e.code)).toEqual(['table-no-rows', 'table-no-years']);
  });

  it('passes problems of the built feed on from validateFeed', () => {
    const res = tableToFeed(
      indicatorTable({ dataset: { indicator: 'Bad Id', decimals: 'eins' } }),
      'indicator',
      TODAY,
    );
    expect(res.ok).toBe(false);
    expect(res.errors.map((e) => e.path)).toEqual(['$.indicators[0].id', '$.indicators[0].decimals']);
  });
});

describe('tableToFeed: flow tables', () => {
  it('infers stages from the from → to order and skips marker values', () => {
    const res = tableToFeed(
      flowTable([
        ['Grundschule', 'Gymnasium', '412'],
        ['Grundschule', 'Oberschule', '1.021'],
        ['Oberschule', 'Ausbildung', '600'],
        ['Gymnasium', 'Studium', '.'],
        ['Grundschule', 'Förderschule', '12p'],
      ]),
      'flow',
      TODAY,
    );
    expect(res.errors).toEqual([]);
    expect(res.feed!.indicators).toEqual([]);
    expect(res.feed!.regions).toEqual([{ key: '03453', name: '03453', level: 'kreis' }]);
    expect(res.feed!.flows).toEqual([
      {
        id: 'uebergang',
        title: 'Übergänge nach Klasse 4',
        year: 2023,
        region: '03453',
        unit: 'count',
        nodes: [
          { id: 'Grundschule', label: 'Grundschule', stage: 0 },
          { id: 'Gymnasium', label: 'Gymnasium', stage: 1 },
          { id: 'Oberschule', label: 'Oberschule', stage: 1 },
          { id: 'Ausbildung', label: 'Ausbildung', stage: 2 },
          { id: 'Studium', label: 'Studium', stage: 2 },
          { id: 'Förderschule', label: 'Förderschule', stage: 1 },
        ],
        links: [
          { source: 'Grundschule', target: 'Gymnasium', value: 412 },
          { source: 'Grundschule', target: 'Oberschule', value: 1021 },
          { source: 'Oberschule', target: 'Ausbildung', value: 600 },
          { source: 'Grundschule', target: 'Förderschule', value: 12, flag: 'provisional' },
        ],
      },
    ]);
  });

  it('reports a cycle, a self loop, empty node cells, text values and bad attributes', () => {
    const res = tableToFeed(
      flowTable(
        [
          ['A', 'B', '1'],
          ['B', 'C', '2'],
          ['C', 'A', '3'],
          ['D', 'D', '4'],
          ['', 'B', '5'],
          ['A', 'C', 'viele'],
        ],
        { dataset: { flow: 'f', year: '23', region: 'Cloppenburg' } },
      ),
      'flow',
      TODAY,
    );
    expect(res.errors.map((e) => [e.path, e.code])).toEqual([
      ['table data-year', 'table-flow-year'],
      ['table data-region', 'table-flow-region'],
      ['table row 4', 'table-flow-cycle'],
      ['table row 5', 'table-flow-cycle'],
      ['table row 6, column 1', 'table-flow-empty'],
      ['table row 7, column 3', 'table-text-in-number'],
    ]);
    expect(res.errors[2]!.message).toEqual({
      de: 'Tabelle Zeile 4: der Übergang „C“ → „A“ führt im Kreis; Übergänge führen von einer Stufe zu einer späteren.',
      en: 'Table row 4: the flow "C" → "A" goes round in a circle; flows lead from one stage to a later one.',
    });
  });

  it('needs exactly three columns', () => {
    const res = tableToFeed(flowTable([['A', 'B', '1']], { head: ['Von', 'Nach'] }), 'flow', TODAY);
    expect(res.errors.map((e) => [e.path, e.code])).toEqual([['table row 1', 'table-flow-columns']]);
  });
});

describe('tableKind and slugId', () => {
  it('tells flow tables by data-flow and makes ids from captions', () => {
    expect(tableKind({ flow: '' })).toBe('flow');
    expect(tableKind({ indicator: 'x' })).toBe('indicator');
    expect(slugId('  Übergänge: Größe 2023 ')).toBe('uebergaenge-groesse-2023');
    expect(slugId('!!!')).toBe('tabelle');
  });
});
