/**
 * The trend feed of the English-on-demand browser tests (english-switch, english-errors): one
 * indicator, a Kreis and its Land. Importing it loads no strings.
 */
import type { Feed } from '../../src/core/feed/types';

export const TREND_FEED: Feed = {
  version: 1,
  meta: {
    title: 'Test',
    publisher: 'Landkreis Cloppenburg',
    license: 'dl-de/by-2-0',
    attribution: 'Statistische Ämter',
    date: '2025-03-13',
  },
  regions: [
    { key: '03', name: 'Niedersachsen', level: 'land' },
    { key: '03453', name: 'Landkreis Cloppenburg', level: 'kreis', parent: '03' },
  ],
  indicators: [
    {
      id: 'quote',
      title: { de: 'Abgänge ohne Abschluss', en: 'Leavers without a qualification' },
      unit: 'percent',
      decimals: 1,
      polarity: 'lower-is-better',
      source: 'Testquelle',
      years: [2021, 2022, 2023],
      values: { '03': [6.1, 6.3, 6.9], '03453': [8.1, 8.0, 8.4] },
    },
  ],
};
