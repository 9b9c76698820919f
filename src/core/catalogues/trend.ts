/**
 * Strings of `<indicator-trend>` (keys `trend.…`), German and English (see `src/core/i18n.ts`
 * for how to add a string).
 */
import { translator } from '../i18n';

const de = {
  'trend.target': 'Zielwert {year}',
  'trend.targetRow': '{year} (Zielwert)',
  'trend.subtitle': 'Einheit: {unit} · {from}–{to}',
  'trend.sentenceRose': '{name} stieg von {from} ({fromYear}) auf {to} ({toYear}).',
  'trend.sentenceFell': '{name} sank von {from} ({fromYear}) auf {to} ({toYear}).',
  'trend.sentenceSame': '{name} lag {fromYear} und {toYear} bei {to}.',
  'trend.sentenceSingle': '{name}: {value} ({year}).',
  'trend.sentenceNone': '{name}: keine Daten.',
  'trend.hollowNote': 'Hohle Punkte: vorläufige oder geschätzte Werte.',
  'trend.gapNote': 'Lücken in den Linien: kein Wert für {items}.',
  'trend.breakNote': 'Zeitreihenbruch {year}: {note}',
  'trend.unknownRegionsNote': 'Unbekannte Regionen, nicht dargestellt: {keys}',
  'trend.emptyRegionsNote': 'Keine Werte im gezeigten Zeitraum, nicht dargestellt: {names}',
  'trend.unknownHighlightNote': 'Die hervorzuhebende Region ist nicht im Diagramm: {key}',
  'trend.noIndicator': 'Kein Indikator angegeben (Attribut „indicator“).',
  'trend.unknownRegion': 'Unbekannte Region: {keys}',
  'trend.noData': 'Für „{indicator}“ gibt es in den gewählten Regionen und Jahren keine Werte.',
  'trend.roleDescription': 'Liniendiagramm',
  'trend.keyboardHint':
    'Pfeiltasten links und rechts wechseln das Jahr, auf und ab die Region; Eingabetaste wählt die Region aus, Escape schließt die Anzeige.',
  'trend.comparedTo': 'ggü. {year}',
  'trend.tableCaption': '{title}: Werte nach Jahr und Region',
} as const;

/** Keys of this catalogue. */
export type TrendMessageKey = keyof typeof de;

const en: Record<TrendMessageKey, string> = {
  'trend.target': 'Target {year}',
  'trend.targetRow': '{year} (target)',
  'trend.subtitle': 'Unit: {unit} · {from}–{to}',
  'trend.sentenceRose': '{name} rose from {from} in {fromYear} to {to} in {toYear}.',
  'trend.sentenceFell': '{name} fell from {from} in {fromYear} to {to} in {toYear}.',
  'trend.sentenceSame': '{name} was {to} in both {fromYear} and {toYear}.',
  'trend.sentenceSingle': '{name}: {value} in {year}.',
  'trend.sentenceNone': '{name}: no data.',
  'trend.hollowNote': 'Hollow markers: provisional or estimated values.',
  'trend.gapNote': 'Gaps in the lines: no value for {items}.',
  'trend.breakNote': 'Break in series {year}: {note}',
  'trend.unknownRegionsNote': 'Unknown regions, not shown: {keys}',
  'trend.emptyRegionsNote': 'No values in the period shown, not shown: {names}',
  'trend.unknownHighlightNote': 'The region to highlight is not in the chart: {key}',
  'trend.noIndicator': 'No indicator given (attribute "indicator").',
  'trend.unknownRegion': 'Unknown region: {keys}',
  'trend.noData': 'There are no values for "{indicator}" in the selected regions and years.',
  'trend.roleDescription': 'line chart',
  'trend.keyboardHint':
    'Left and right arrow keys change the year, up and down the region; Enter selects the region, Escape closes the read-out.',
  'trend.comparedTo': 'vs {year}',
  'trend.tableCaption': '{title}: values by year and region',
};

/** `<indicator-trend>` strings, per language. */
export const TREND_MESSAGES = { de, en } as const;

/** The message `key` (of this catalogue or the shared one) in `lang`, placeholders filled. */
export const t = /* @__PURE__ */ translator(TREND_MESSAGES);
