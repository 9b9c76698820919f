/**
 * Format details the real samples do not cover: the Regionalstatistik flavour of the GENESIS flat
 * file (cp1252, no value_q, Kreis keys, value_unit multipliers), the measure-column layout, JSON-stat
 * 2.0 sparse/dense/status/string sizes/embedded collections, SDMX-JSON observations with OBS_STATUS,
 * plain CSV separators and decimals, and a 300,000-value JSON-stat file (time printed).
 */
import { describe, expect, it } from 'vitest';
import { convertToFeed, type AnyInputOptions } from '../../src/core/adapters/convert';
import { readInput } from '../../src/core/adapters/convert';
import { AdapterError } from '../../src/core/adapters/errors';
import { jsonStatToFeed } from '../../src/core/adapters/jsonstat';
import { sdmxToFeed } from '../../src/core/adapters/sdmx';
import { yearOfPeriod } from '../../src/core/adapters/cube';
import { syntheticJsonStat } from '../../scripts/synthetic-jsonstat';

const BASE: AnyInputOptions = { today: '2025-06-01', indicatorId: 'x', meta: { publisher: 'Test' } };

function cp1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
}

function err(fn: () => unknown): AdapterError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AdapterError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('GENESIS flat file', () => {
  const head =
    'statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;1_variable_attribute_code;1_variable_attribute_label;2_variable_code;2_variable_label;2_variable_attribute_code;2_variable_attribute_label;value;value_unit;value_variable_code;value_variable_label';

  it('reads the Regionalstatistik flavour: cp1252, no value_q, Kreis keys, "1000" multiplier, markers', () => {
    const text = [
      head,
      '82411;VGR der Länder;JAHR;Jahr;2021;KREISE;Kreise;03453;Cloppenburg, Landkreis;;;;;4567,8;1000;EKM012;Verfügbares Einkommen',
      '82411;VGR der Länder;JAHR;Jahr;2021;KREISE;Kreise;03459;Osnabrück, Landkreis;;;;;.;1000;EKM012;Verfügbares Einkommen',
      '82411;VGR der Länder;JAHR;Jahr;2020;KREISE;Kreise;03453;Cloppenburg, Landkreis;;;;;4400;1000;EKM012;Verfügbares Einkommen',
    ].join('\r\n');
    const { feed, format, warnings } = convertToFeed(cp1252(text), BASE);
    expect(format).toBe('ffcsv');
    const ind = feed.indicators[0]!;
    expect(ind.years).toEqual([2020, 2021]);
    expect(ind.values['03453']).toEqual([4400000, 4567800]);
    expect(ind.values['03459']).toEqual([null, null]);
    expect(ind.flags?.['03459']).toEqual([null, 'secret']);
    expect(feed.regions.find((r) => r.key === '03459')?.name).toBe('Osnabrück, Landkreis');
    expect(warnings.some((w) => w.en.includes('multiplied by 1,000'))).toBe(true);
  });

  it('maps value_q to flags and reads the measure-column layout', () => {
    const text = [
      'statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;1_variable_attribute_code;1_variable_attribute_label;BEV002__Gestorbene__Anzahl;BEV002__Gestorbene__q',
      '12613;Sterbefälle;JAHR;Jahr;2023;DLAND;Bundesländer;03;Niedersachsen;90000;p',
      '12613;Sterbefälle;JAHR;Jahr;2022;DLAND;Bundesländer;03;Niedersachsen;91000;e',
    ].join('\n');
    const { feed } = convertToFeed(text, BASE);
    expect(feed.indicators[0]!.values['03']).toEqual([91000, 90000]);
    expect(feed.indicators[0]!.flags?.['03']).toEqual([null, 'provisional']);
    expect(feed.indicators[0]!.title).toBe('Sterbefälle');
  });
});

describe('JSON-stat 2.0', () => {
  const ds = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
    version: '2.0',
    class: 'dataset',
    label: 'Quote',
    id: ['geo', 'time', 'metric'],
    size: ['3', '2', '1'],
    role: { geo: ['geo'], time: ['time'], metric: ['metric'] },
    dimension: {
      geo: { category: { index: { '03453': 0, '03459': 1, DE9: 2 }, label: { '03453': 'Cloppenburg' } } },
      time: { category: { index: ['2022', '2023'] } },
      metric: { category: { index: ['q'], unit: { q: { label: 'Prozent', decimals: 1 } } } },
    },
    value: [8.1, null, 7.5, 7.7, 6.0, 6.1],
    status: { 1: '.', 3: 'p' },
    ...over,
  });

  it('reads sizes given as strings, dense values, status → flags, NUTS 1 → Land, units from the metric', () => {
    const { feed } = jsonStatToFeed(ds(), BASE);
    const ind = feed.indicators[0]!;
    expect(ind.unit).toBe('percent');
    expect(ind.decimals).toBe(1);
    expect(ind.values).toEqual({ '03': [6.0, 6.1], '03453': [8.1, null], '03459': [7.5, 7.7] });
    expect(ind.flags).toEqual({ '03453': [null, 'secret'], '03459': [null, 'provisional'] });
    expect(feed.regions.find((r) => r.key === '03453')).toEqual({
      key: '03453',
      name: 'Cloppenburg',
      level: 'kreis',
      parent: '03',
    });
  });

  it('reads a sparse value object (row-major index → coordinates)', () => {
    const { feed } = jsonStatToFeed(ds({ value: { 0: 1, 5: 2 }, status: 'e' }), BASE);
    expect(feed.indicators[0]!.values).toEqual({ '03453': [1, null], '03': [null, 2] });
    expect(feed.indicators[0]!.flags).toEqual({ '03453': ['estimated', null], '03': [null, 'estimated'] });
  });

  it('converts datasets embedded in a collection and asks which one when there are several', () => {
    const coll = { version: '2.0', class: 'collection', link: { item: [ds(), ds({ label: 'Zweite' })] } };
    expect(err(() => jsonStatToFeed(coll, BASE)).format('en')).toContain(
      'contains 2 datasets; choose one with --dataset',
    );
    expect(jsonStatToFeed(coll, { ...BASE, dataset: 'Zweite' }).feed.indicators[0]!.title).toBe('Zweite');
  });

  it('rejects broken structures precisely', () => {
    expect(err(() => jsonStatToFeed(ds({ value: [1, 2, 3] }), BASE)).format('en')).toBe(
      'JSON-stat: "value" has 3 entries; "size" (3 × 2 × 1) requires 6.',
    );
    expect(err(() => jsonStatToFeed(ds({ size: [3, 'x', 1] }), BASE)).format('en')).toContain(
      '"size"[1] is not a count',
    );
    expect(err(() => jsonStatToFeed({ ...ds(), version: '3.0' }, BASE)).code).toBe('unsupported-format');
  });

  it('converts 300,000 values (time printed, not asserted)', () => {
    const { doc, geo } = syntheticJsonStat();
    const text = JSON.stringify(doc);
    const t0 = performance.now();
    const { feed } = convertToFeed(text, { ...BASE, indicatorDim: 'metric', unit: 'percent' });
    const ms = performance.now() - t0;
    console.log(
      `JSON-stat 300,000 values (${(text.length / 1e6).toFixed(1)} MB) → feed: ${ms.toFixed(0)} ms`,
    );
    expect(feed.indicators.length).toBe(10);
    expect(Object.keys(feed.indicators[0]!.values).length).toBe(1000);
    expect(feed.indicators[3]!.values[geo[2]!]![5]).toBe(((2 * 300 + 5 * 10 + 3) % 997) / 10);
  });
});

describe('SDMX-JSON', () => {
  it('reads observation-level dimensions and OBS_STATUS', () => {
    const msg = {
      data: {
        structures: [
          {
            name: 'Test',
            dimensions: {
              series: [],
              observation: [
                { id: 'REF_AREA', values: [{ id: 'DE9', name: 'Niedersachsen' }, { id: 'DEA' }] },
                { id: 'TIME_PERIOD', values: [{ id: '2022' }, { id: '2023' }] },
              ],
            },
            attributes: { observation: [{ id: 'OBS_STATUS', values: [{ id: 'A' }, { id: 'P' }] }] },
          },
        ],
        dataSets: [{ structure: 0, observations: { '0:0': [1.5, 0], '0:1': [1.6, 1], '1:1': ['2.5'] } }],
      },
    };
    const { feed } = sdmxToFeed(msg, BASE);
    expect(feed.indicators[0]!.values).toEqual({ '03': [1.5, 1.6], '05': [null, 2.5] });
    expect(feed.indicators[0]!.flags).toEqual({ '03': [null, 'provisional'] });
  });
});

describe('plain CSV', () => {
  it('reads "," with decimal point and ";" with decimal comma and quoted cells', () => {
    const a = convertToFeed('ags,jahr,quote\n03453,2023,8.3\n03459,2023,9.7\n', BASE).feed.indicators[0]!;
    const b = convertToFeed('AGS;Jahr;Quote\n03453;2023;8,3\n"03459";2023;"9,7"\n', BASE).feed.indicators[0]!;
    expect(a.values).toEqual({ '03453': [8.3], '03459': [9.7] });
    expect(b.values).toEqual(a.values);
    expect(a.unit).toBe('percent');
  });

  it('resolves names against known regions and reports unknown ones', () => {
    const regions = [
      { key: '03453', name: 'Cloppenburg', kind: 'Landkreis' },
      { key: '03459', name: 'Osnabrück', kind: 'Landkreis' },
      { key: '03404', name: 'Osnabrück', kind: 'Kreisfreie Stadt' },
    ];
    const text = 'Kreis;Jahr;Wert\nLandkreis Cloppenburg;2023;1\nOsnabrück, Stadt;2023;2\n';
    expect(convertToFeed(text, { ...BASE, regions }).feed.indicators[0]!.values).toEqual({
      '03404': [2],
      '03453': [1],
    });
    const e = err(() => convertToFeed('Kreis;Jahr;Wert\nOsnabrück;2023;2\n', { ...BASE, regions }));
    expect(e.code).toBe('ambiguous-region');
    expect(e.format('en')).toContain(
      'Osnabrück → 03459 Osnabrück (Landkreis) | 03404 Osnabrück (Kreisfreie Stadt)',
    );
  });

  it('reads periods', () => {
    expect(
      ['2023', '31.12.2018', '2022/23', '2023-05-15', '20220515', '2023-Q2', '2023M04', 'x'].map(
        yearOfPeriod,
      ),
    ).toEqual([2023, 2018, 2023, 2023, 2022, 2023, 2023, undefined]);
    expect(readInput('AGS;Jahr;Wert\n03453;2023;1\n').format).toBe('csv');
  });
});
