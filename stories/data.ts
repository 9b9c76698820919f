/**
 * Where stories find their data, and the few small feeds written inline.
 *
 * The demo feeds and geometry are generated into `generated/` (`npm start` / `scripts/generate.ts`).
 * Storybook serves that folder at its root (`staticDirs` in `.storybook/main.ts`), next to
 * `iframe.html`; web-test-runner serves the project root, so the same files are at `/generated/…`.
 * `.storybook/preview.ts` sets `BILDUNG_STORY_DATA` to `./` — a relative base, so a static
 * Storybook deployed under a sub-path finds its data too. Without it (tests) the base is
 * `/generated/`.
 */
import type { Feed, ValueFlag } from '../src/core/feed/types';

declare global {
  /** Base URL of the generated data for stories (set by `.storybook/preview.ts`). */
  var BILDUNG_STORY_DATA: string | undefined;
}

/** `./` inside Storybook, `/generated/` elsewhere (web-test-runner). */
export function dataBase(): string {
  const configured = globalThis.BILDUNG_STORY_DATA;
  if (typeof configured === 'string') return configured;
  return /\/iframe\.html$/.test(globalThis.location?.pathname ?? '') ? './' : '/generated/';
}

/** URL of a generated demo feed, e.g. `feedUrl('kreis-03453')`. */
export const feedUrl = (name: string): string => `${dataBase()}feeds/${name}.feed.json`;

/** URL of a generated TopoJSON file, e.g. `geoUrl('kreis-03453')`. */
export const geoUrl = (name: string): string => `${dataBase()}geo/${name}.topo.json`;

/** Landkreis Cloppenburg: the county the demo is built around (13 Gemeinden). */
export const CLOPPENBURG = 'kreis-03453';
/** Niedersachsen: 45 Kreise, 964 Gemeinden. */
export const NIEDERSACHSEN = 'niedersachsen';

const GEMEINDEN: readonly [string, string][] = [
  ['03453001', 'Barßel'],
  ['03453002', 'Bösel'],
  ['03453003', 'Cappeln (Oldenburg)'],
  ['03453004', 'Cloppenburg'],
  ['03453005', 'Emstek'],
  ['03453006', 'Essen (Oldenburg)'],
  ['03453007', 'Friesoythe'],
  ['03453008', 'Garrel'],
  ['03453009', 'Lastrup'],
  ['03453010', 'Lindern (Oldenburg)'],
  ['03453011', 'Löningen'],
  ['03453012', 'Molbergen'],
  ['03453013', 'Saterland'],
];

const YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023];

/**
 * A small invented feed for Landkreis Cloppenburg (marked as sample data) with the awkward cases
 * real feeds have: missing values (gaps, hatched regions), values withheld for statistical
 * secrecy, provisional values, a target (Zielwert), and a transition flow whose middle stage does
 * not balance although the feed says it must.
 */
export function sampleFeed(): Feed {
  const values: Record<string, (number | null)[]> = {};
  const flags: Record<string, (ValueFlag | null)[]> = {};
  GEMEINDEN.forEach(([key], i) => {
    // a slow decline from a level between 5.5 and 10 %, with a little year-to-year wobble
    values[key] = YEARS.map(
      (_, y) => Math.round((5.5 + ((i * 7) % 13) * 0.35 - y * 0.15 + ((i + y) % 3) * 0.2) * 10) / 10,
    );
  });
  // Bösel: not reported; Lindern: withheld (too few pupils); Saterland: gaps in 2018 and 2019
  values['03453002'] = YEARS.map(() => null);
  values['03453010'] = YEARS.map(() => null);
  flags['03453010'] = YEARS.map(() => 'secret');
  values['03453013'] = values['03453013']!.map((v, y) => (y === 2 || y === 3 ? null : v));
  flags['03453013'] = YEARS.map((_, y) => (y === 2 ? 'secret' : null));
  values['03453'] = [8.4, 8.1, null, 7.9, 7.6, 7.7, 7.3, 7.1];
  flags['03453'] = YEARS.map((_, y) => (y === 7 ? 'provisional' : null));
  values['03'] = [7.2, 7.0, 6.9, 6.8, null, 6.9, 6.7, 6.6];
  return {
    version: 1,
    meta: {
      title: { de: 'Beispiel: Landkreis Cloppenburg', en: 'Example: Landkreis Cloppenburg' },
      publisher: 'bildung-widgets (Storybook)',
      license: 'CC0-1.0',
      attribution: { de: 'Erfundene Werte', en: 'Invented values' },
      date: '2025-03-13',
      sample: true,
    },
    regions: [
      { key: '03', name: 'Niedersachsen', level: 'land' },
      { key: '03453', name: 'Landkreis Cloppenburg', level: 'kreis', parent: '03' },
      ...GEMEINDEN.map(([key, name]) => ({ key, name, level: 'gemeinde' as const, parent: '03453' })),
    ],
    indicators: [
      {
        id: 'abgang-ohne-abschluss',
        title: {
          de: 'Abgänge ohne Hauptschulabschluss (Beispiel)',
          en: 'School leavers without a qualification (example)',
        },
        unit: 'percent',
        decimals: 1,
        polarity: 'lower-is-better',
        source: { de: 'Erfundene Beispielwerte', en: 'Invented example values' },
        sample: true,
        years: YEARS,
        values,
        flags,
        targets: [{ region: '03453', year: 2026, value: 6, label: { de: 'Ziel 2026', en: 'Target 2026' } }],
      },
    ],
    flows: [
      {
        id: 'uebergaenge-beispiel',
        title: { de: 'Grundschule → Sekundarstufe → Abschluss', en: 'Primary → secondary → qualification' },
        year: 2023,
        region: '03453',
        unit: 'count',
        sample: true,
        balanced: true,
        stages: [
          { de: 'Grundschule', en: 'Primary school' },
          { de: 'Schulform', en: 'School type' },
          { de: 'Abschluss', en: 'Qualification' },
        ],
        nodes: [
          { id: 'gs', label: 'Grundschule', stage: 0 },
          { id: 'gym', label: 'Gymnasium', stage: 1 },
          { id: 'obs', label: 'Oberschule', stage: 1 },
          { id: 'abi', label: { de: 'Abitur', en: 'Abitur (university entrance)' }, stage: 2 },
          { id: 'msa', label: { de: 'Mittlerer Abschluss', en: 'Intermediate qualification' }, stage: 2 },
        ],
        links: [
          { source: 'gs', target: 'gym', value: 520 },
          { source: 'gs', target: 'obs', value: 880 },
          { source: 'gym', target: 'abi', value: 470 },
          { source: 'gym', target: 'msa', value: 50 },
          // 880 went to the Oberschule, but only 790 leave it: the widget warns
          { source: 'obs', target: 'msa', value: 640 },
          { source: 'obs', target: 'abi', value: 150 },
        ],
      },
    ],
  };
}

/** A feed that fails validation: the widgets list every problem with its JSON path. */
export function invalidFeed(): unknown {
  return {
    version: 1,
    meta: { title: 'Kaputter Feed', publisher: 'Test', license: 'dl-de/by-2-0', date: '13.03.2025' },
    regions: [{ key: '0345', name: 'Cloppenburg', level: 'kreis' }],
    indicators: [
      {
        id: 'quote',
        title: 'Quote',
        unit: 'percent',
        source: 'Test',
        years: [2022, 2023],
        values: { '0345': [1.5] },
      },
    ],
    flows: [
      {
        id: 'kaputt',
        title: 'Übergänge',
        year: 2023,
        region: '0345',
        unit: 'count',
        nodes: [
          { id: 'a', label: 'A', stage: 0 },
          { id: 'b', label: 'B', stage: 1 },
        ],
        links: [{ source: 'a', target: 'b', value: -5 }],
      },
    ],
  };
}
