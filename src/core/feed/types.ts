/**
 * Indicator feed v1 — the one data format every bildung-widget reads.
 *
 * Design notes
 * - Region keys are official German keys as strings (leading zeros kept): AGS 8 digits for a
 *   Gemeinde, the 9-digit ARS prefix for a Gemeindeverband (Samtgemeinde), AGS 5 for a Kreis,
 *   2 digits for a Land, `DG` for Germany. A 12-digit Gemeinde ARS is accepted on input and
 *   mapped to the AGS (ARS[0:5] + ARS[9:12]).
 * - Values are compact: per indicator one `years` array and, per region, one array aligned with
 *   it (`null` = no value). Flags are a parallel, optional array per region.
 * - Text shown to people is `LocalizedText`: a plain string (same in every language) or an
 *   object with `de` and/or `en`.
 *
 * The JSON Schema in `schema/feed-v1.schema.json` describes the same format; a test keeps the two
 * in agreement.
 */

export const FEED_VERSION = 1 as const;

export type Lang = 'de' | 'en';

/** Text for people: the same string for every language, or one per language. */
export type LocalizedText = string | { de?: string; en?: string };

export type RegionLevel = 'gemeinde' | 'verband' | 'kreis' | 'land' | 'bund';

export type Polarity = 'higher-is-better' | 'lower-is-better' | 'neutral';

/**
 * Per-value flags. Canonical names; the official German table symbols are accepted on input and
 * mapped (see `FLAG_SYMBOLS`).
 * - provisional (p), revised (r), estimated (s), limited (`()` Aussagewert eingeschränkt) may
 *   accompany a number;
 * - nil (`-` nichts vorhanden), secret (`.` unbekannt oder geheim), not-applicable (`x`),
 *   uncertain (`/` nicht sicher genug), not-yet-available (`...`) go with a `null` value.
 */
export type ValueFlag =
  | 'provisional'
  | 'revised'
  | 'estimated'
  | 'limited'
  | 'nil'
  | 'secret'
  | 'not-applicable'
  | 'uncertain'
  | 'not-yet-available';

/** Flags that qualify a number that is present. */
export const QUALIFYING_FLAGS: readonly ValueFlag[] = ['provisional', 'revised', 'estimated', 'limited'];
/** Flags that explain why a value is absent (`null`). */
export const MISSING_FLAGS: readonly ValueFlag[] = [
  'nil',
  'secret',
  'not-applicable',
  'uncertain',
  'not-yet-available',
];
export const VALUE_FLAGS: readonly ValueFlag[] = [...QUALIFYING_FLAGS, ...MISSING_FLAGS];

/** Official symbols of German statistical tables (Zeichenerklärung) → canonical flag. */
export const FLAG_SYMBOLS: Readonly<Record<string, ValueFlag>> = {
  p: 'provisional',
  r: 'revised',
  s: 'estimated',
  '()': 'limited',
  '-': 'nil',
  '.': 'secret',
  x: 'not-applicable',
  '/': 'uncertain',
  '...': 'not-yet-available',
  '…': 'not-yet-available',
};

/** Units with built-in formatting; anything else is a localized label printed after the number. */
export type UnitKind =
  'percent' | 'count' | 'per-100' | 'per-1000' | 'per-100000' | 'eur' | 'years' | 'km2' | 'per-km2' | 'index';

export type Unit = UnitKind | { de?: string; en?: string };

export interface FeedMeta {
  title: LocalizedText;
  subtitle?: LocalizedText;
  description?: LocalizedText;
  /** Who publishes the feed, e.g. "Landkreis Cloppenburg, Bildungsbüro". */
  publisher: LocalizedText;
  /** Licence identifier or name, e.g. "dl-de/by-2-0". */
  license: string;
  licenseUrl?: string;
  /** Source note to show next to every chart of this feed. */
  attribution: LocalizedText;
  /** Date of this feed edition, ISO 8601 (YYYY-MM-DD). */
  date: string;
  /** Territorial reference date (Gebietsstand) of the region keys, ISO 8601. */
  territorialDate?: string;
  /** Web page of the publisher or report. http(s) only. */
  url?: string;
  /** True when the feed holds invented sample data; widgets then say so in the source line. */
  sample?: boolean;
}

export interface Region {
  key: string;
  name: string;
  level: RegionLevel;
  /** Key of the region this one belongs to (Gemeinde → Verband or Kreis → Land → DG). */
  parent?: string;
}

export interface Footnote {
  text: LocalizedText;
  /** Restrict the note to one region and/or year. */
  region?: string;
  year?: number;
}

export interface Target {
  /** Region the target applies to; omitted = every region of the indicator. */
  region?: string;
  year: number;
  /** A point target … */
  value?: number;
  /** … or a band (both ends or one). */
  min?: number;
  max?: number;
  label?: LocalizedText;
}

export interface SeriesBreak {
  /** First year of the new series. */
  year: number;
  note: LocalizedText;
}

export interface Indicator {
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  unit: Unit;
  /** Decimals to show (0–6). */
  decimals: number;
  polarity: Polarity;
  source: LocalizedText;
  definition?: LocalizedText;
  /** Reference value (e.g. the Land average or 100 for an index): maps use a diverging scheme. */
  reference?: number;
  /** True when the values are invented sample data, never official figures. */
  sample?: boolean;
  /** Years the value arrays are aligned with: integers, strictly increasing. */
  years: number[];
  /** Region key → one value per year (`null` = no value). */
  values: Record<string, (number | null)[]>;
  /** Region key → one flag per year (`null` = none). Optional. */
  flags?: Record<string, (ValueFlag | null)[]>;
  targets?: Target[];
  seriesBreaks?: SeriesBreak[];
  footnotes?: Footnote[];
}

export interface FlowNode {
  id: string;
  label: LocalizedText;
  /** Column, 0-based: 0 = first stage (e.g. Grundschule). */
  stage: number;
}

export interface FlowLink {
  source: string;
  target: string;
  value: number;
  flag?: ValueFlag;
}

export interface Flow {
  /** Flow id; (id, year, region) is unique within a feed, so one id can have several years. */
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  year: number;
  region: string;
  unit: 'count' | 'percent';
  decimals?: number;
  source?: LocalizedText;
  sample?: boolean;
  /** Labels of the stages (columns), index = stage. */
  stages?: LocalizedText[];
  /** When true, every node between first and last stage must have inflow = outflow. */
  balanced?: boolean;
  nodes: FlowNode[];
  links: FlowLink[];
  footnotes?: Footnote[];
}

export interface Feed {
  /** Format version: 1. */
  version: 1;
  $schema?: string;
  meta: FeedMeta;
  regions: Region[];
  indicators: Indicator[];
  flows?: Flow[];
}

/** One validation problem, with a JSON path and a message in both languages. */
export interface FeedIssue {
  /** JSON path of the offending value, e.g. `$.indicators[0].values["03453001"][2]`. */
  path: string;
  /** Stable machine code, e.g. `unknown-region`. */
  code: string;
  message: { de: string; en: string };
}

export interface FeedValidationResult {
  ok: boolean;
  /** The normalised feed (ARS mapped to AGS, flag symbols mapped) when `ok`. */
  feed?: Feed;
  errors: FeedIssue[];
  warnings: FeedIssue[];
}
