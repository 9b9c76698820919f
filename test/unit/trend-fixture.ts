/** A small feed for the trend core tests: Kreis, Land, Bund (no values), two Gemeinden. */
import type { Feed } from '../../src/core/feed/types';
import { buildTrendModel, type TrendModel, type TrendOptions } from '../../src/core/trend/model';

export const TREND_FEED: Feed = {
  version: 1,
  meta: {
    title: 'Test',
    publisher: 'Test',
    license: 'dl-de/by-2-0',
    attribution: 'Test',
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
      source: 'Test',
      years: [2019, 2020, 2021, 2022, 2023],
      values: {
        DG: [null, null, null, null, null],
        '03': [6.1, 6.3, null, 6.9, 7.4],
        '03453': [8.1, 8.0, 8.4, 8.2, 8.6],
        '03453001': [9, null, 9.5, 9.1, 10.2],
      },
      flags: {
        '03': [null, null, 'secret', null, 'provisional'],
        '03453001': [null, 'secret', null, null, 'estimated'],
      },
      targets: [
        { region: '03453', year: 2026, value: 6 },
        { region: '03453002', year: 2026, value: 5 },
      ],
      seriesBreaks: [{ year: 2021, note: { de: 'Neue Erhebung', en: 'New survey' } }],
      footnotes: [
        { text: { de: 'Alle Regionen', en: 'All regions' } },
        { text: 'Nur Barßel', region: '03453001' },
        { text: 'Nur 2015', year: 2015 },
      ],
    },
    {
      id: 'einwohner',
      title: 'Einwohner',
      unit: 'count',
      decimals: 0,
      polarity: 'neutral',
      source: 'Test',
      sample: true,
      years: [2021, 2022],
      values: { '03453': [1000, 1200], DG: [83000000, 83500000] },
    },
    {
      id: 'einkommen',
      title: 'Einkommen',
      unit: 'eur',
      decimals: 0,
      polarity: 'neutral',
      source: 'Test',
      years: [2020, 2021, 2022],
      values: { '03453': [31000, 32000, 33500] },
      targets: [{ year: 2022, min: 33000, max: 36000 }],
    },
    {
      id: 'quote-per-1000',
      title: 'Je 1.000',
      unit: 'per-1000',
      decimals: 1,
      polarity: 'higher-is-better',
      source: 'Test',
      years: [2022, 2023],
      values: { '03453': [3.2, 3.2] },
    },
  ],
};

/** The model for `opts`; throws when the settings have a problem. */
export function model(opts: TrendOptions): TrendModel {
  const r = buildTrendModel(TREND_FEED, opts);
  if (!r.ok) throw new Error(`unexpected problem ${r.problem.code}`);
  return r.model;
}
