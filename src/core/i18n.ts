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
  'map.noValues': 'Für {year} liegen keine Werte für die Regionen der Karte vor.',
  'map.secret': 'geheim gehalten',
  'map.comparedTo': '{name}: {value} (Differenz {diff})',
  'map.summary': '{title}, {year}: {count} Regionen mit Werten von {min} ({minName}) bis {max} ({maxName}).',
  'map.summaryMissing': '{count} Regionen ohne Wert.',
  'map.roledescription': 'Karte',
  'map.keyboardHint':
    'Pfeiltasten wechseln die Region, Eingabetaste wählt sie aus, Escape hebt die Auswahl auf.',
  'map.geoNotFound': 'Die Geometrie wurde nicht gefunden: {url}',
  'map.geoFailed': 'Die Geometrie konnte nicht geladen werden: {url}',
  'map.geoInvalid': 'Die Geometrie ist keine gültige TopoJSON-Datei oder hat keine Ebene „{level}“.',
  'map.noGeo': 'Keine Geometrie angegeben und keine passende Geometrie zur Datendatei gefunden.',
  'map.noRegions': 'Die Geometrie enthält keine Regionen der Ebene „{level}“ im gewählten Gebiet {focus}.',
  'map.missingInGeometry': '{count} Regionen der Datendatei fehlen in der Geometrie: {keys}',
  'map.missingInFeed': '{count} Regionen der Karte fehlen in der Datendatei: {keys}',
  'map.secretNote': 'Gepunktet: Wert aus Gründen der Geheimhaltung nicht veröffentlicht.',
  'map.legendClass': '{label}: {count} Regionen',
  'map.selected': 'Ausgewählt: {name}',
  'map.rank': 'Rang',
  'map.rankOf': 'Rang {rank} von {total} (Rang 1 = höchster Wert)',
  'map.flag': 'Hinweis',
  'map.tableCaption': '{title}, {year}',
  'map.yearControl': 'Jahr',
  'map.previousYear': 'Vorheriges Jahr',
  'map.nextYear': 'Nächstes Jahr',
  'map.geometry': 'Geometrie',
  // <indicator-trend>
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
  // <transition-sankey>
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
  // iframe embed page (issue #6: embed.html parameters)
  'embed.missingWidget': 'Kein Widget angegeben. Parameter „widget“ erlaubt: {allowed}.',
  'embed.unknownWidget': 'Unbekanntes Widget „{value}“. Parameter „widget“ erlaubt: {allowed}.',
  'embed.missingFeed': 'Keine Datenquelle angegeben (Parameter „feed“).',
  'embed.invalidFeed': 'Ungültige Datenquelle „{value}“ (Parameter „feed“: Pfad oder http(s)-Adresse).',
  'embed.invalidParam': 'Parameter „{name}“ ignoriert: ungültiger Wert „{value}“.',
  'embed.unknownParam': 'Parameter „{name}“ ignoriert: unbekannt.',
  'embed.notForWidget': 'Parameter „{name}“ ignoriert: gilt nicht für dieses Widget.',
  'embed.duplicateParam': 'Parameter „{name}“ ignoriert: mehrfach angegeben.',
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
  'map.noValues': 'There are no values for the regions of the map in {year}.',
  'map.secret': 'confidential',
  'map.comparedTo': '{name}: {value} (difference {diff})',
  'map.summary': '{title}, {year}: {count} regions with values from {min} ({minName}) to {max} ({maxName}).',
  'map.summaryMissing': '{count} regions without a value.',
  'map.roledescription': 'map',
  'map.keyboardHint': 'Arrow keys move between regions, Enter selects one, Escape clears the selection.',
  'map.geoNotFound': 'The geometry was not found: {url}',
  'map.geoFailed': 'The geometry could not be loaded: {url}',
  'map.geoInvalid': 'The geometry is not a valid TopoJSON file or has no layer “{level}”.',
  'map.noGeo': 'No geometry given and no matching geometry found for the data file.',
  'map.noRegions': 'The geometry has no regions of level “{level}” in the chosen area {focus}.',
  'map.missingInGeometry': '{count} regions of the data file are missing from the geometry: {keys}',
  'map.missingInFeed': '{count} regions of the map are missing from the data file: {keys}',
  'map.secretNote': 'Dotted: value withheld for statistical confidentiality.',
  'map.legendClass': '{label}: {count} regions',
  'map.selected': 'Selected: {name}',
  'map.rank': 'Rank',
  'map.rankOf': 'Rank {rank} of {total} (rank 1 = highest value)',
  'map.flag': 'Note',
  'map.tableCaption': '{title}, {year}',
  'map.yearControl': 'Year',
  'map.previousYear': 'Previous year',
  'map.nextYear': 'Next year',
  'map.geometry': 'Geometry',
  // <indicator-trend>
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
  // <transition-sankey>
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
  // iframe embed page (issue #6: embed.html parameters)
  'embed.missingWidget': 'No widget given. Parameter "widget" allows: {allowed}.',
  'embed.unknownWidget': 'Unknown widget "{value}". Parameter "widget" allows: {allowed}.',
  'embed.missingFeed': 'No data source given (parameter "feed").',
  'embed.invalidFeed': 'Invalid data source "{value}" (parameter "feed": a path or an http(s) address).',
  'embed.invalidParam': 'Parameter "{name}" ignored: invalid value "{value}".',
  'embed.unknownParam': 'Parameter "{name}" ignored: unknown.',
  'embed.notForWidget': 'Parameter "{name}" ignored: does not apply to this widget.',
  'embed.duplicateParam': 'Parameter "{name}" ignored: given more than once.',
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
