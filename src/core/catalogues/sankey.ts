/**
 * Strings of `<transition-sankey>` (keys `sankey.…`), German and English (see `src/core/i18n.ts`
 * for how to add a string).
 */
import { catalogue, translator, type Catalogue } from '../i18n';

const de = {
  'sankey.name': 'Übergangsdiagramm: {title}, {region}, {year}',
  'sankey.linkCount': '{value} von {total} ({share}): {from} → {to}, {year}',
  'sankey.linkShare': '{share} ({value} von {total}): {from} → {to}, {year}',
  'sankey.linkPercent': '{value}: {from} → {to}, {year}',
  'sankey.nodeCount': '{value} von {total} ({share}): {label}, {year}',
  'sankey.nodeShare': '{share} ({value} von {total}): {label}, {year}',
  'sankey.nodeSingle': '{value}: {label}, {year}',
  'sankey.summary': 'Größter Übergang: {from} → {to}, {value} ({share}).',
  'sankey.summaryPercent': 'Größter Übergang: {from} → {to}, {value}.',
  'sankey.overview': '{links} Übergänge in {stages} Stufen.',
  'sankey.overviewOne': '1 Übergang in {stages} Stufen.',
  'sankey.keys':
    'Pfeiltasten auf und ab wechseln innerhalb einer Stufe, rechts und links folgen den Übergängen; Eingabe wählt aus, Escape hebt die Auswahl auf.',
  'sankey.from': 'Von',
  'sankey.to': 'Nach',
  'sankey.count': 'Anzahl',
  'sankey.percent': 'Anteil',
  'sankey.shareOfSource': 'Anteil an „Von“',
  'sankey.tableCaption': '{title}, {region}, {year}',
  'sankey.noFlows': 'Die Datendatei enthält keine Übergänge.',
  'sankey.unknownRegion': 'Den Übergang „{id}“ gibt es für {region} nicht.',
  'sankey.unknownYear': 'Den Übergang „{id}“ gibt es für {year} nicht (vorhanden: {years}).',
  'sankey.noData': 'Der Übergang „{id}“ enthält keine Werte.',
  'sankey.unknownNode': 'Eine Verbindung verweist auf einen unbekannten Knoten: „{node}“.',
  'sankey.cycle': 'Die Verbindungen bilden einen Kreis: {path}.',
  'sankey.direction': 'Die Verbindung {from} → {to} führt nicht in eine spätere Stufe.',
  'sankey.negative': 'Negativer Wert in der Verbindung {from} → {to}: {value}.',
  'sankey.notNumber': 'Kein gültiger Zahlenwert in der Verbindung {from} → {to}.',
  'sankey.unbalanced': '„{node}“: Zugänge ({inflow}) und Abgänge ({outflow}) stimmen nicht überein.',
  'sankey.minWidth':
    'Sehr kleine Übergänge sind mit Mindestbreite gezeichnet; die genauen Werte nennen Tooltip und Tabelle.',
  'sankey.selected': 'Ausgewählt: {text}',
} as const;

/** Keys of this catalogue. */
export type SankeyMessageKey = keyof typeof de;

/** `<transition-sankey>` strings, per language. */
export const SANKEY_MESSAGES: Catalogue<SankeyMessageKey> = /* @__PURE__ */ catalogue(de, () =>
  import('./en/index').then((m) => m.SANKEY_EN),
);

/** The message `key` (of this catalogue or the shared one) in `lang`, placeholders filled. */
export const t = /* @__PURE__ */ translator(SANKEY_MESSAGES);
