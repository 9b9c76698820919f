/**
 * Shared UI strings of the widgets, German and English.
 *
 * - `t(lang, key, params)` fills `{name}` placeholders. Nothing is escaped: components render text
 *   nodes, never HTML. A placeholder without a matching param stays as it is (visible in tests).
 * - Numbers passed as params are printed with `String()`; pass preformatted strings (see
 *   `formatNumber`) where grouping matters.
 * - The flag terms follow the official Zeichenerklärung of German statistical tables (Destatis /
 *   statistical offices of the Länder); `*Description` keys hold the full official wording.
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
  // Flags: official wording of the Zeichenerklärung
  provisionalDescription: 'vorläufige Zahl',
  revisedDescription: 'berichtigte Zahl',
  estimatedDescription: 'geschätzte Zahl',
  limitedDescription: 'Aussagewert eingeschränkt, da der Zahlenwert statistisch relativ unsicher ist',
  nilDescription: 'nichts vorhanden',
  secretDescription: 'Zahlenwert unbekannt oder geheim zu halten',
  notApplicableDescription: 'Tabellenfach gesperrt, weil Aussage nicht sinnvoll',
  uncertainDescription: 'keine Angaben, da Zahlenwert nicht sicher genug',
  notYetAvailableDescription: 'Angabe fällt später an',
  // Meaning of values
  higherIsBetter: 'Höhere Werte sind günstiger',
  lowerIsBetter: 'Niedrigere Werte sind günstiger',
  reference: 'Referenzwert',
  referenceValue: 'Referenzwert: {value}',
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
  mapDescription: 'Karte: {title}, {year}',
  trendDescription: 'Zeitreihe: {title}, {from} bis {to}',
  sankeyDescription: 'Übergangsdiagramm: {title}, {year}',
  sortHint: 'Spaltenköpfe sortieren die Tabelle.',
  // <bildung-map>
  // <indicator-trend>
  // <transition-sankey>
} as const;

/** Every message key of the catalogue. */
export type MessageKey = keyof typeof de;

const en: Record<MessageKey, string> = {
  noData: 'no data',
  loading: 'Loading data …',
  error: 'Error',
  errorTitle: 'The data could not be shown.',
  noFeed: 'No data source given.',
  unexpectedError: 'Unexpected error while loading the data.',
  moreProblems: '… and {count} more problems.',
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
  provisionalDescription: 'provisional figure',
  revisedDescription: 'revised figure',
  estimatedDescription: 'estimated figure',
  limitedDescription: 'limited informational value because the figure is statistically relatively uncertain',
  nilDescription: 'nil (nothing to report)',
  secretDescription: 'figure unknown or to be kept confidential',
  notApplicableDescription: 'cell blocked because a statement is not meaningful',
  uncertainDescription: 'no figure because it is not reliable enough',
  notYetAvailableDescription: 'figure will be available later',
  higherIsBetter: 'Higher values are better',
  lowerIsBetter: 'Lower values are better',
  reference: 'Reference value',
  referenceValue: 'Reference value: {value}',
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
  mapDescription: 'Map: {title}, {year}',
  trendDescription: 'Time series: {title}, {from} to {to}',
  sankeyDescription: 'Transition diagram: {title}, {year}',
  sortHint: 'Column headers sort the table.',
  // <bildung-map>
  // <indicator-trend>
  // <transition-sankey>
};

/** The catalogue, per language. Exported read-only for tests and tooling. */
export const MESSAGES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { de, en };

/** Params for `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/** The message `key` in `lang`, with `{name}` placeholders replaced from `params`. */
export function t(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const template = MESSAGES[lang][key] ?? MESSAGES.de[key];
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole: string, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    return value === undefined ? whole : String(value);
  });
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

const FLAG_KEYS: Readonly<Record<ValueFlag, MessageKey>> = {
  provisional: 'provisional',
  revised: 'revised',
  estimated: 'estimated',
  limited: 'limited',
  nil: 'nil',
  secret: 'secret',
  'not-applicable': 'notApplicable',
  uncertain: 'uncertain',
  'not-yet-available': 'notYetAvailable',
};

/** Short term for a value flag, e.g. `provisional` → `vorläufig`. */
export function flagLabel(flag: ValueFlag, lang: Lang): string {
  return t(lang, FLAG_KEYS[flag]);
}

/** Official wording of the Zeichenerklärung for a flag, e.g. `secret` → `Zahlenwert unbekannt …`. */
export function flagDescription(flag: ValueFlag, lang: Lang): string {
  return t(lang, `${FLAG_KEYS[flag]}Description` as MessageKey);
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
