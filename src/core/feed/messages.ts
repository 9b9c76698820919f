/**
 * Messages of feed validation, German and English, for monitoring staff and webmasters.
 *
 * - Each issue code has one template per language with `{name}` placeholders.
 * - `{field}` is filled with a readable name of the offending field (`Jahr`, `Nachkommastellen
 *   (decimals)`); unknown fields fall back to the quoted property name. `{expected}` may name a
 *   kind of value (`object`, `number-or-null`, see `EXPECTED`), which is made readable the same way.
 * - Offending values are described briefly by `describeValue` (`Text „2021“`, `Zahl 3.5`,
 *   `Liste mit 3 Einträgen`); long strings are cut to `MAX_QUOTED` characters, so a message stays
 *   short whatever the input.
 *
 * The widgets check a feed with `checkFeed` (`check.ts`), which records each issue's code and
 * params only; this module — the bulk of the text — is loaded on demand to word the issues of a
 * feed that has any (`withMessagesLoaded`). `validateFeed` and `parseFeed` word them at once.
 */
import type { FeedCheckResult, PendingIssue } from './check-feed';
import { shorten, type Bilingual, type MessageParams } from './describe';
import type { FeedIssue, FeedValidationResult, Lang } from './types';
import { fillTemplate } from '../i18n';

export {
  MAX_QUOTED,
  describeValue,
  formatBytes,
  shorten,
  type Bilingual,
  type MessageParam,
  type MessageParams,
} from './describe';

export const MESSAGES = {
  'json-syntax': {
    de: 'Die Datei ist kein gültiges JSON: {problem} in Zeile {line}, Spalte {column}.',
    en: 'The file is not valid JSON: {problem} at line {line}, column {column}.',
  },
  'empty-file': {
    de: 'Die Datei ist leer.',
    en: 'The file is empty.',
  },
  'too-large': {
    de: 'Die Datei ist zu groß ({size}); erlaubt sind höchstens {max}.',
    en: 'The file is too large ({size}); at most {max} is accepted.',
  },
  'unsupported-version': {
    de: 'Version muss 1 sein, gefunden: {found}.',
    en: 'Version must be 1, found: {found}.',
  },
  required: {
    de: 'Pflichtangabe „{name}“ fehlt.',
    en: 'Required property "{name}" is missing.',
  },
  'wrong-type': {
    de: '{field} muss {expected} sein, gefunden: {found}.',
    en: '{field} must be {expected}, found: {found}.',
  },
  'not-integer': {
    de: '{field} muss eine ganze Zahl sein, gefunden: {found}.',
    en: '{field} must be a whole number, found: {found}.',
  },
  'not-finite': {
    de: '{field} muss eine endliche Zahl sein, gefunden: {found}.',
    en: '{field} must be a finite number, found: {found}.',
  },
  'out-of-range': {
    de: '{field} muss zwischen {min} und {max} liegen, gefunden: {found}.',
    en: '{field} must be between {min} and {max}, found: {found}.',
  },
  'negative-value': {
    de: '{field} darf nicht negativ sein, gefunden: {found}.',
    en: '{field} must not be negative, found: {found}.',
  },
  'string-too-long': {
    de: '{field} ist zu lang: {length} Zeichen, erlaubt sind höchstens {max} (Anfang: {found}).',
    en: '{field} is too long: {length} characters, at most {max} are allowed (start: {found}).',
  },
  empty: {
    de: '{field} darf nicht leer sein.',
    en: '{field} must not be empty.',
  },
  'empty-text': {
    de: '{field} braucht einen Text in „de“ oder „en“.',
    en: '{field} needs a text in "de" or "en".',
  },
  'invalid-enum': {
    de: '{field} hat einen unbekannten Wert: {found}. Erlaubt: {allowed}.',
    en: '{field} has an unknown value: {found}. Allowed: {allowed}.',
  },
  'invalid-date': {
    de: '{field} muss ein gültiges Datum im Format JJJJ-MM-TT sein, gefunden: {found}.',
    en: '{field} must be a valid date written YYYY-MM-DD, found: {found}.',
  },
  'invalid-url': {
    de: '{field} muss mit http:// oder https:// beginnen, gefunden: {found}.',
    en: '{field} must start with http:// or https://, found: {found}.',
  },
  'invalid-id': {
    de: '{field} ist ungültig: {found}. Erlaubt sind 1–64 Zeichen aus a–z, 0–9, „-“, „_“ und „.“, am Anfang ein Buchstabe oder eine Ziffer.',
    en: '{field} is invalid: {found}. Use 1–64 characters from a–z, 0–9, "-", "_" and ".", starting with a letter or digit.',
  },
  'invalid-region-key': {
    de: 'Kein gültiger Gebietsschlüssel: {found}. Erwartet: DG, Land (01–16), Kreis (5 Ziffern), Gemeinde (8 Ziffern AGS oder 12 Ziffern ARS), Verband (9 Ziffern).',
    en: 'Not a valid region key: {found}. Expected: DG, Land (01–16), district (5 digits), municipality (8-digit AGS or 12-digit ARS), association (9 digits).',
  },
  'key-level-mismatch': {
    de: 'Gebietsschlüssel „{key}“ bezeichnet die Ebene „{keyLevel}“, angegeben ist „{level}“.',
    en: 'Region key "{key}" denotes level "{keyLevel}", but the level given is "{level}".',
  },
  'duplicate-region': {
    de: 'Gebiet „{key}“ ist mehrfach aufgeführt (zuerst bei {first}{note}).',
    en: 'Region "{key}" is listed more than once (first at {first}{note}).',
  },
  'parent-inconsistent': {
    de: '„{parent}“ kann nicht das übergeordnete Gebiet von „{key}“ sein: es muss eine höhere Ebene sein und der Schlüssel muss damit beginnen.',
    en: '"{parent}" cannot be the parent of "{key}": it must be a higher level and the key must start with it.',
  },
  'parent-not-found': {
    de: 'Übergeordnetes Gebiet „{parent}“ ist nicht in regions aufgeführt.',
    en: 'Parent region "{parent}" is not listed in regions.',
  },
  'duplicate-id': {
    de: 'Kennung „{id}“ kommt mehrfach vor (zuerst bei {first}).',
    en: 'Id "{id}" occurs more than once (first at {first}).',
  },
  'duplicate-year': {
    de: 'Jahr {year} kommt mehrfach vor.',
    en: 'Year {year} occurs more than once.',
  },
  'years-not-increasing': {
    de: 'Jahre müssen aufsteigend sortiert sein: {year} folgt auf {previous}.',
    en: 'Years must be in increasing order: {year} follows {previous}.',
  },
  'unknown-region': {
    de: 'Gebiet „{key}“ ist nicht in regions aufgeführt.',
    en: 'Region "{key}" is not listed in regions.',
  },
  'duplicate-key': {
    de: 'Gebiet „{key}“ hat zwei Einträge: {found} und „{other}“ bezeichnen dieselbe Gemeinde (ARS → AGS).',
    en: 'Region "{key}" has two entries: {found} and "{other}" denote the same municipality (ARS → AGS).',
  },
  'length-mismatch': {
    de: '{field} hat die falsche Länge: {found} statt {expected} Einträge (einer je Jahr in years).',
    en: '{field} has the wrong length: {found} instead of {expected} entries (one per year in years).',
  },
  'unknown-flag': {
    de: 'Unbekanntes Kennzeichen: {found}. Erlaubt: {allowed}.',
    en: 'Unknown flag: {found}. Allowed: {allowed}.',
  },
  'flag-on-value': {
    de: 'Kennzeichen „{flag}“ erklärt einen fehlenden Wert, aber der Wert ist {value}. Wert auf null setzen oder Kennzeichen ändern.',
    en: 'Flag "{flag}" explains a missing value, but the value is {value}. Set the value to null or change the flag.',
  },
  'flag-without-value': {
    de: 'Kennzeichen „{flag}“ ergänzt eine Zahl, aber der Wert fehlt (null).',
    en: 'Flag "{flag}" qualifies a number, but the value is missing (null).',
  },
  'flags-without-values': {
    de: 'Für Gebiet „{key}“ gibt es Kennzeichen, aber keine Werte.',
    en: 'Region "{key}" has flags but no values.',
  },
  'target-empty': {
    de: 'Ein Zielwert braucht „value“ oder „min“/„max“.',
    en: 'A target needs "value" or "min"/"max".',
  },
  'min-greater-than-max': {
    de: 'Untergrenze {min} ist größer als Obergrenze {max}.',
    en: 'Lower bound {min} is greater than upper bound {max}.',
  },
  'series-break-year': {
    de: 'Zeitreihenbruch {year} ist keines der Jahre des Indikators.',
    en: 'Series break {year} is not one of the years of the indicator.',
  },
  'duplicate-flow': {
    de: 'Übergang „{id}“ für {year} und Gebiet „{region}“ kommt mehrfach vor (zuerst bei {first}).',
    en: 'Flow "{id}" for {year} and region "{region}" occurs more than once (first at {first}).',
  },
  'unknown-node': {
    de: '{field} verweist auf einen unbekannten Knoten: „{node}“.',
    en: '{field} refers to an unknown node: "{node}".',
  },
  'link-direction': {
    de: 'Verbindung von „{source}“ (Stufe {sourceStage}) nach „{target}“ (Stufe {targetStage}) muss zu einer späteren Stufe führen.',
    en: 'Link from "{source}" (stage {sourceStage}) to "{target}" (stage {targetStage}) must lead to a later stage.',
  },
  'unbalanced-node': {
    de: 'Knoten „{node}“: Zufluss {inflow} ist ungleich Abfluss {outflow}, obwohl „balanced“ gesetzt ist.',
    en: 'Node "{node}": inflow {inflow} differs from outflow {outflow}, although "balanced" is set.',
  },
  'unknown-property': {
    de: 'Unbekannte Angabe „{name}“ wird ignoriert.',
    en: 'Unknown property "{name}" is ignored.',
  },
  'too-many-issues': {
    de: '{count} {count|weiteres Problem wird|weitere Probleme werden} nicht einzeln aufgeführt.',
    en: '{count} more {count|problem is|problems are} not listed one by one.',
  },
} as const satisfies Record<string, Bilingual>;

export type IssueCode = keyof typeof MESSAGES;

/** Readable names of fields, used for `{field}`. */
export const FIELD_LABELS: Readonly<Record<string, Bilingual>> = {
  feed: { de: 'Feed', en: 'Feed' },
  version: { de: 'Version', en: 'Version' },
  $schema: { de: '$schema', en: '$schema' },
  meta: { de: 'Metadaten (meta)', en: 'Metadata (meta)' },
  regions: { de: 'Gebietsliste (regions)', en: 'Region list (regions)' },
  region: { de: 'Gebiet', en: 'Region' },
  indicators: { de: 'Indikatorenliste (indicators)', en: 'Indicator list (indicators)' },
  indicator: { de: 'Indikator', en: 'Indicator' },
  flows: { de: 'Übergangsliste (flows)', en: 'Flow list (flows)' },
  flow: { de: 'Übergang', en: 'Flow' },
  title: { de: 'Titel', en: 'Title' },
  subtitle: { de: 'Untertitel', en: 'Subtitle' },
  description: { de: 'Beschreibung', en: 'Description' },
  publisher: { de: 'Herausgeber', en: 'Publisher' },
  license: { de: 'Lizenz', en: 'Licence' },
  licenseUrl: { de: 'Lizenz-Adresse (licenseUrl)', en: 'Licence address (licenseUrl)' },
  attribution: { de: 'Quellenangabe (attribution)', en: 'Attribution' },
  date: { de: 'Datum (date)', en: 'Date' },
  territorialDate: { de: 'Gebietsstand (territorialDate)', en: 'Territorial date' },
  url: { de: 'Web-Adresse (url)', en: 'Web address (url)' },
  sample: { de: 'Beispieldaten-Angabe (sample)', en: 'Sample marker (sample)' },
  key: { de: 'Gebietsschlüssel', en: 'Region key' },
  name: { de: 'Name', en: 'Name' },
  level: { de: 'Ebene (level)', en: 'Level' },
  parent: { de: 'Übergeordnetes Gebiet (parent)', en: 'Parent region' },
  id: { de: 'Kennung (id)', en: 'Id' },
  unit: { de: 'Einheit (unit)', en: 'Unit' },
  decimals: { de: 'Nachkommastellen (decimals)', en: 'Decimals' },
  polarity: { de: 'Polarität (polarity)', en: 'Polarity' },
  source: { de: 'Quelle', en: 'Source' },
  definition: { de: 'Definition', en: 'Definition' },
  reference: { de: 'Referenzwert (reference)', en: 'Reference value' },
  years: { de: 'Jahresliste (years)', en: 'Year list (years)' },
  year: { de: 'Jahr', en: 'Year' },
  values: { de: 'Werte (values)', en: 'Values' },
  valueRow: { de: 'Wertereihe', en: 'Value row' },
  value: { de: 'Wert', en: 'Value' },
  flags: { de: 'Kennzeichen (flags)', en: 'Flags' },
  flagRow: { de: 'Kennzeichenreihe', en: 'Flag row' },
  flag: { de: 'Kennzeichen', en: 'Flag' },
  targets: { de: 'Zielwerte (targets)', en: 'Targets' },
  target: { de: 'Zielwert', en: 'Target' },
  min: { de: 'Untergrenze (min)', en: 'Lower bound (min)' },
  max: { de: 'Obergrenze (max)', en: 'Upper bound (max)' },
  label: { de: 'Beschriftung (label)', en: 'Label' },
  seriesBreaks: { de: 'Zeitreihenbrüche (seriesBreaks)', en: 'Series breaks' },
  seriesBreak: { de: 'Zeitreihenbruch', en: 'Series break' },
  note: { de: 'Hinweis (note)', en: 'Note' },
  footnotes: { de: 'Fußnoten (footnotes)', en: 'Footnotes' },
  footnote: { de: 'Fußnote', en: 'Footnote' },
  text: { de: 'Text', en: 'Text' },
  stages: { de: 'Stufenliste (stages)', en: 'Stage list (stages)' },
  stageLabel: { de: 'Stufenbeschriftung', en: 'Stage label' },
  stage: { de: 'Stufe (stage)', en: 'Stage' },
  balanced: { de: 'balanced', en: 'balanced' },
  nodes: { de: 'Knotenliste (nodes)', en: 'Node list (nodes)' },
  node: { de: 'Knoten', en: 'Node' },
  links: { de: 'Verbindungsliste (links)', en: 'Link list (links)' },
  link: { de: 'Verbindung', en: 'Link' },
  linkSource: { de: 'Startknoten (source)', en: 'Source node' },
  linkTarget: { de: 'Zielknoten (target)', en: 'Target node' },
  de: { de: 'Deutscher Text (de)', en: 'German text (de)' },
  en: { de: 'Englischer Text (en)', en: 'English text (en)' },
};

/** Expected kinds of value, for `{expected}`. */
export const EXPECTED: Readonly<Record<string, Bilingual>> = {
  object: { de: 'ein Objekt', en: 'an object' },
  array: { de: 'eine Liste', en: 'a list' },
  string: { de: 'ein Text', en: 'a text' },
  number: { de: 'eine Zahl', en: 'a number' },
  boolean: { de: 'true oder false', en: 'true or false' },
  'number-or-null': { de: 'eine Zahl oder null', en: 'a number or null' },
  'flag-or-null': { de: 'ein Kennzeichen (Text) oder null', en: 'a flag (text) or null' },
  text: {
    de: 'ein Text oder ein Objekt mit „de“ und/oder „en“',
    en: 'a text or an object with "de" and/or "en"',
  },
  unit: {
    de: 'eine Einheit (Text) oder ein Objekt mit „de“ und/oder „en“',
    en: 'a unit (text) or an object with "de" and/or "en"',
  },
};

const hasOwn = Object.prototype.hasOwnProperty;

/** Label of a field for `{field}`: a readable name, or the property name in quotes. */
export function fieldLabel(field: string): Bilingual {
  const known = hasOwn.call(FIELD_LABELS, field) ? FIELD_LABELS[field] : undefined;
  if (known) return known;
  const q = shorten(field);
  return { de: `„${q}“`, en: `"${q}"` };
}

function fill(template: string, params: MessageParams, lang: Lang): string {
  return fillTemplate(template, (name) => {
    const p = params[name];
    return p === undefined ? undefined : typeof p === 'object' ? p[lang] : String(p);
  });
}

/**
 * Both languages of the message of `code`. A `field` param naming a field, and an `expected` param
 * naming a kind of value (a key of `EXPECTED`), are made readable.
 */
export function formatMessage(code: IssueCode, params: MessageParams = {}): Bilingual {
  const t = MESSAGES[code];
  const { field, expected } = params;
  const filled = { ...params };
  if (typeof field === 'string') filled.field = fieldLabel(field);
  if (typeof expected === 'string' && hasOwn.call(EXPECTED, expected)) filled.expected = EXPECTED[expected]!;
  return { de: fill(t.de, filled, 'de'), en: fill(t.en, filled, 'en') };
}

/** An issue of `checkFeed` with its message. */
export function withMessage(issue: PendingIssue): FeedIssue {
  return { path: issue.path, code: issue.code, message: formatMessage(issue.code, issue.params) };
}

/** The result of `checkFeed` / `checkFeedText` with every issue's message. */
export function withMessages(result: FeedCheckResult): FeedValidationResult {
  const errors = result.errors.map(withMessage);
  const warnings = result.warnings.map(withMessage);
  return result.feed
    ? { ok: result.ok, feed: result.feed, errors, warnings }
    : { ok: result.ok, errors, warnings };
}
