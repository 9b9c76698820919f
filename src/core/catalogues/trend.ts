/**
 * Strings of `<indicator-trend>` (keys `trend.…`), German and English (see `src/core/i18n.ts`
 * for how to add a string).
 */
import { catalogue, translator, type Catalogue } from '../i18n';

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

/** `<indicator-trend>` strings, per language. */
export const TREND_MESSAGES: Catalogue<TrendMessageKey> = /* @__PURE__ */ catalogue(de, () =>
  import('./en/index').then((m) => m.TREND_EN),
);

/** The message `key` (of this catalogue or the shared one) in `lang`, placeholders filled. */
export const t = /* @__PURE__ */ translator(TREND_MESSAGES);
