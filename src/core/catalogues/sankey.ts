/**
 * Strings of `<transition-sankey>` (keys `sankey.…`), German and English (see `src/core/i18n.ts`
 * for how to add a string).
 */
import { translator } from '../i18n';

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

const en: Record<SankeyMessageKey, string> = {
  'sankey.name': 'Transition diagram: {title}, {region}, {year}',
  'sankey.linkCount': '{value} of {total} ({share}): {from} → {to}, {year}',
  'sankey.linkShare': '{share} ({value} of {total}): {from} → {to}, {year}',
  'sankey.linkPercent': '{value}: {from} → {to}, {year}',
  'sankey.nodeCount': '{value} of {total} ({share}): {label}, {year}',
  'sankey.nodeShare': '{share} ({value} of {total}): {label}, {year}',
  'sankey.nodeSingle': '{value}: {label}, {year}',
  'sankey.summary': 'Largest flow: {from} → {to}, {value} ({share}).',
  'sankey.summaryPercent': 'Largest flow: {from} → {to}, {value}.',
  'sankey.overview': '{links} flows across {stages} stages.',
  'sankey.overviewOne': '1 flow across {stages} stages.',
  'sankey.keys':
    'Arrow keys up and down move within a stage, right and left follow the flows; Enter selects, Escape clears the selection.',
  'sankey.from': 'From',
  'sankey.to': 'To',
  'sankey.count': 'Count',
  'sankey.percent': 'Share',
  'sankey.shareOfSource': 'Share of "from"',
  'sankey.tableCaption': '{title}, {region}, {year}',
  'sankey.noFlows': 'The data file contains no transitions.',
  'sankey.unknownRegion': 'Transition "{id}" does not exist for {region}.',
  'sankey.unknownYear': 'Transition "{id}" does not exist for {year} (available: {years}).',
  'sankey.noData': 'Transition "{id}" contains no values.',
  'sankey.unknownNode': 'A link refers to an unknown node: "{node}".',
  'sankey.cycle': 'The links form a cycle: {path}.',
  'sankey.direction': 'The link {from} → {to} does not lead to a later stage.',
  'sankey.negative': 'Negative value in the link {from} → {to}: {value}.',
  'sankey.notNumber': 'No valid number in the link {from} → {to}.',
  'sankey.unbalanced': '"{node}": inflow ({inflow}) and outflow ({outflow}) differ.',
  'sankey.minWidth':
    'Very small flows are drawn with a minimum width; tooltip and table give the exact values.',
  'sankey.selected': 'Selected: {text}',
};

/** `<transition-sankey>` strings, per language. */
export const SANKEY_MESSAGES = { de, en } as const;

/** The message `key` (of this catalogue or the shared one) in `lang`, placeholders filled. */
export const t = /* @__PURE__ */ translator(SANKEY_MESSAGES);
