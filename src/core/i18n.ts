/**
 * UI strings of the widgets, German and English, and `t()` to look them up.
 *
 * - The catalogue here holds the strings every widget shows (states, frame, data table, flags,
 *   feed errors, downloads, linking). Strings of one widget only are in that widget's catalogue in
 *   `src/core/catalogues/` (`map.ts`, `trend.ts`, `sankey.ts`; `embed.ts` for the iframe page,
 *   `flags.ts` for the official wording of the flags), so a single widget's bundle carries its own
 *   strings and the shared ones — in both languages, so `lang` switches without a request.
 * - `t(lang, key, params)` fills `{name}` placeholders. Nothing is escaped: components render text
 *   nodes, never HTML. A placeholder without a matching param stays as it is (visible in tests).
 *   Each catalogue exports its own `t` (shared keys plus its own); the one here knows the shared
 *   keys, `catalogues/all.ts` every key (the `t` of `bildung-widgets/core`).
 * - Numbers passed as params are printed with `String()`; pass preformatted strings (see
 *   `formatNumber`) where grouping matters.
 * - The flag terms follow the official Zeichenerklärung of German statistical tables (Destatis /
 *   statistical offices of the Länder); `catalogues/flags.ts` holds the full official wording.
 *
 * Adding a string: put the key and its German text into `de` of the catalogue that uses it (here
 * when several widgets or the shared frame show it, else the widget's catalogue), the English
 * text under the same key into `en` (the type requires it), and use it with that catalogue's
 * `t`. Keys of widget catalogues start with the widget's prefix (`map.`, `trend.`, `sankey.`,
 * `embed.`); `test/unit/i18n.test.ts` checks every catalogue (same keys and placeholders in both
 * languages, no key in two catalogues).
 */
import type { Lang, RegionLevel, ValueFlag } from './feed/types';
import { FLAG_SYMBOLS } from './feed/types';

const de = {
  // States of a widget
  noData: 'keine Daten',
  loading: 'Daten werden geladen …',
  error: 'Fehler',
  errorTitle: 'Die Daten konnten nicht angezeigt werden.',
  noFeed: 'Keine Datenquelle angegeben.',
  unexpectedError: 'Unerwarteter Fehler beim Laden der Daten.',
  moreProblems: '… und {count} weitere Probleme.',
  retry: 'Erneut versuchen',
  // Frame: source line, table toggle
  source: 'Quelle',
  sampleData: 'Beispieldaten – keine amtlichen Zahlen',
  sampleShort: 'Beispieldaten',
  table: 'Tabelle',
  showTable: 'Tabelle anzeigen',
  hideTable: 'Tabelle ausblenden',
  legend: 'Legende',
  // Table headers and labels
  year: 'Jahr',
  years: 'Jahre',
  region: 'Region',
  regions: 'Regionen',
  value: 'Wert',
  unit: 'Einheit',
  indicator: 'Indikator',
  indicators: 'Indikatoren',
  flow: 'Übergang',
  flows: 'Übergänge',
  links: 'Verbindungen',
  publisher: 'Herausgeber',
  date: 'Stand',
  territorialDate: 'Gebietsstand',
  license: 'Lizenz',
  note: 'Hinweis',
  footnotes: 'Fußnoten',
  // Flags: short terms
  provisional: 'vorläufig',
  revised: 'berichtigt',
  estimated: 'geschätzt',
  limited: 'Aussagewert eingeschränkt',
  nil: 'nichts vorhanden',
  secret: 'unbekannt oder geheim',
  notApplicable: 'nicht sinnvoll',
  uncertain: 'nicht sicher genug',
  notYetAvailable: 'fällt später an',
  // Meaning of values
  higherIsBetter: 'Höhere Werte sind günstiger',
  lowerIsBetter: 'Niedrigere Werte sind günstiger',
  reference: 'Referenzwert',
  target: 'Zielwert',
  seriesBreak: 'Zeitreihenbruch',
  rank: 'Rang {rank} von {total}',
  // Feed loading and validation
  feedNotFound: 'Die Datendatei wurde nicht gefunden: {url}',
  feedTimeout: 'Die Datendatei hat nicht rechtzeitig geantwortet: {url}',
  feedInvalid: 'Die Datendatei ist fehlerhaft ({count} Probleme).',
  feedLoadFailed: 'Die Datendatei konnte nicht geladen werden: {url} (Status {status})',
  feedWarnings: 'Die Datendatei enthält {count} Warnungen.',
  feedInfoTitle: 'Datendatei',
  unknownIndicator: 'Unbekannter Indikator: {id}',
  unknownYear: 'Für dieses Jahr liegen keine Daten vor: {year}',
  unknownFlow: 'Unbekannter Übergang: {id}',
  // Region levels (plural, for overviews)
  'levelPlural.gemeinde': 'Gemeinden',
  'levelPlural.verband': 'Gemeindeverbände',
  'levelPlural.kreis': 'Kreise',
  'levelPlural.land': 'Länder',
  'levelPlural.bund': 'Bund',
  // Widget descriptions (aria labels)
  mapWidget: 'Karte',
  trendWidget: 'Zeitreihe',
  sankeyWidget: 'Übergangsdiagramm',
  trendDescription: 'Zeitreihe: {title}, {from} bis {to}',
  sortHint: 'Spaltenköpfe sortieren die Tabelle.',
  // Exports and print (issue #6: download menu, CSV header)
  'export.button': 'Herunterladen',
  'export.png': 'Bild (PNG, doppelte Auflösung)',
  'export.svg': 'Vektorgrafik (SVG)',
  'export.csv': 'Tabelle (CSV)',
  'export.failed': 'Der Download ist fehlgeschlagen.',
  'export.key': 'Schlüssel',
  // Linked widgets (issue #6 item 2: <bildung-feed>, link-group)
  'link.region': 'Verknüpfte Diagramme zeigen jetzt {name}.',
  'link.year': 'Verknüpfte Diagramme zeigen jetzt das Jahr {year}.',
} as const;

/** Every key of the shared catalogue. */
export type MessageKey = keyof typeof de;

const en: Record<MessageKey, string> = {
  noData: 'no data',
  loading: 'Loading data …',
  error: 'Error',
  errorTitle: 'The data could not be shown.',
  noFeed: 'No data source given.',
  unexpectedError: 'Unexpected error while loading the data.',
  moreProblems: '… and {count} more problems.',
  retry: 'Try again',
  source: 'Source',
  sampleData: 'Sample data – not official figures',
  sampleShort: 'Sample data',
  table: 'Table',
  showTable: 'Show table',
  hideTable: 'Hide table',
  legend: 'Legend',
  year: 'Year',
  years: 'Years',
  region: 'Region',
  regions: 'Regions',
  value: 'Value',
  unit: 'Unit',
  indicator: 'Indicator',
  indicators: 'Indicators',
  flow: 'Transition',
  flows: 'Transitions',
  links: 'Links',
  publisher: 'Publisher',
  date: 'As of',
  territorialDate: 'Territorial reference date',
  license: 'Licence',
  note: 'Note',
  footnotes: 'Footnotes',
  provisional: 'provisional',
  revised: 'revised',
  estimated: 'estimated',
  limited: 'limited reliability',
  nil: 'nil',
  secret: 'unknown or confidential',
  notApplicable: 'not applicable',
  uncertain: 'not reliable enough',
  notYetAvailable: 'not yet available',
  higherIsBetter: 'Higher values are better',
  lowerIsBetter: 'Lower values are better',
  reference: 'Reference value',
  target: 'Target',
  seriesBreak: 'Break in series',
  rank: 'Rank {rank} of {total}',
  feedNotFound: 'The data file was not found: {url}',
  feedTimeout: 'The data file did not respond in time: {url}',
  feedInvalid: 'The data file is invalid ({count} problems).',
  feedLoadFailed: 'The data file could not be loaded: {url} (status {status})',
  feedWarnings: 'The data file has {count} warnings.',
  feedInfoTitle: 'Data file',
  unknownIndicator: 'Unknown indicator: {id}',
  unknownYear: 'There are no data for this year: {year}',
  unknownFlow: 'Unknown transition: {id}',
  'levelPlural.gemeinde': 'Municipalities',
  'levelPlural.verband': 'Municipal associations',
  'levelPlural.kreis': 'Districts',
  'levelPlural.land': 'States',
  'levelPlural.bund': 'Federal level',
  mapWidget: 'Map',
  trendWidget: 'Time series',
  sankeyWidget: 'Transition diagram',
  trendDescription: 'Time series: {title}, {from} to {to}',
  sortHint: 'Column headers sort the table.',
  // Exports and print (issue #6: download menu, CSV header)
  'export.button': 'Download',
  'export.png': 'Image (PNG, double resolution)',
  'export.svg': 'Vector graphic (SVG)',
  'export.csv': 'Table (CSV)',
  'export.failed': 'The download failed.',
  'export.key': 'Key',
  // Linked widgets (issue #6 item 2: <bildung-feed>, link-group)
  'link.region': 'Linked charts now show {name}.',
  'link.year': 'Linked charts now show the year {year}.',
};

/** The shared catalogue, per language. Exported read-only for tests and tooling. */
export const MESSAGES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { de, en };

/** A catalogue of UI strings: the same keys in both languages. */
export type Catalogue<K extends string> = Readonly<Record<Lang, Readonly<Record<K, string>>>>;

/** Params for `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/** `template` with `{name}` placeholders replaced from `params`. */
function fill(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole: string, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    return value === undefined ? whole : String(value);
  });
}

/** The message `key` of the shared catalogue in `lang`, with `{name}` placeholders replaced from `params`. */
export function t(lang: Lang, key: MessageKey, params?: MessageParams): string {
  return fill(MESSAGES[lang][key] ?? MESSAGES.de[key], params);
}

/** A `t` for `catalogue`. */
export type Translate<K extends string> = (lang: Lang, key: K, params?: MessageParams) => string;

/**
 * The `t` of a widget catalogue: looks `key` up in `catalogue`, then in the shared catalogue
 * (German when a language lacks it), and fills the placeholders.
 */
export function translator<K extends string>(catalogue: Catalogue<K>): Translate<K | MessageKey> {
  return (lang, key, params) =>
    fill(
      (catalogue[lang] as Record<string, string>)[key] ??
        (catalogue.de as Record<string, string>)[key] ??
        t(lang, key as MessageKey),
      params,
    );
}

/** Placeholder names of a template, in order of appearance (duplicates removed). */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

/**
 * The widget language for a BCP 47 tag or an `lang` attribute: `de-AT` → `de`, `en-GB` → `en`;
 * empty, missing or any other language → `de` (the widgets' primary audience).
 */
export function resolveLang(candidate?: string | null): Lang {
  const primary = (candidate ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' ? 'en' : 'de';
}

/** Catalogue key of the short term of each flag. */
export const FLAG_KEYS = {
  provisional: 'provisional',
  revised: 'revised',
  estimated: 'estimated',
  limited: 'limited',
  nil: 'nil',
  secret: 'secret',
  'not-applicable': 'notApplicable',
  uncertain: 'uncertain',
  'not-yet-available': 'notYetAvailable',
} as const satisfies Record<ValueFlag, MessageKey>;

/** Short term for a value flag, e.g. `provisional` → `vorläufig`. */
export function flagLabel(flag: ValueFlag, lang: Lang): string {
  return t(lang, FLAG_KEYS[flag]);
}

/** Official table symbol of a flag (`p`, `r`, `s`, `()`, `-`, `.`, `x`, `/`, `...`). */
export function flagSymbol(flag: ValueFlag): string {
  for (const [symbol, f] of Object.entries(FLAG_SYMBOLS)) if (f === flag) return symbol;
  return '';
}

/** Plural name of a region level, e.g. `kreis` → `Kreise`. */
export function levelLabel(level: RegionLevel, lang: Lang): string {
  return t(lang, `levelPlural.${level}`);
}
