/**
 * The common shape every adapter reads its input into (DOM-free): a data cube of observations,
 * each with one category per dimension, a value (NaN = none) and an optional flag.
 *
 * `cubeToFeed` turns a cube into an indicator feed v1 using the user's options: which dimension is
 * the region, the time and (optionally) the indicator, which category of every other dimension to
 * keep. Region categories become official keys (key as given, 12-digit ARS → AGS, NUTS, a mapping,
 * or names resolved against known regions); time categories become years. Anything that would make
 * the result wrong (a dimension left open, two values for one region and year, a region that cannot
 * be identified) is an `AdapterError` with a precise message, never a guess.
 */
import { LAND_NAMES, parentKeys, parseRegionKey } from '../ags';
import { validateFeed } from '../feed/validate';
import {
  MISSING_FLAGS,
  QUALIFYING_FLAGS,
  type Feed,
  type FeedMeta,
  type Footnote,
  type Indicator,
  type LocalizedText,
  type Polarity,
  type Region,
  type Unit,
  type UnitKind,
  type ValueFlag,
} from '../feed/types';
import { UNIT_KINDS, POLARITIES, ID_PATTERN } from '../feed/constants';
import { AdapterError, fail, listSome, quote, type AdapterText } from './errors';
import type { InputFormat } from './input';
import { RegionNameIndex, builtInRegions, nutsToKey, type KnownRegion } from './regions';
import { yearOfTime } from './regionalstatistik';

export type DimensionRole = 'geo' | 'time' | 'metric';

export interface CubeDimension {
  id: string;
  label: string;
  role?: DimensionRole;
  /** Category codes, unique. */
  codes: string[];
  /** Category labels, aligned with `codes`. */
  labels: string[];
  /** Unit per category (metric dimensions), aligned with `codes`. */
  units?: (string | undefined)[];
  /** Decimals per category, when the source says. */
  decimals?: (number | undefined)[];
}

export interface Cube {
  format: InputFormat;
  /** Title of the dataset/table. */
  label?: string;
  /** Source line (`Regionaldatenbank Deutschland, Tabelle 21111-02-06-4`). */
  source?: string;
  /** `© …` line of the source. */
  copyright?: string;
  /** Licence id (`dl-de/by-2-0`) or name, when the source states it. */
  license?: string;
  /** Date of the source's data (ISO), e.g. the `Stand` of a table. */
  date?: string;
  /** Footnotes of the source. */
  notes: Footnote[];
  /** Unit of every value when not per category. */
  unit?: string;
  dimensions: CubeDimension[];
  /** Number of observations. */
  length: number;
  /** Per dimension: the category index of each observation. */
  coords: Uint32Array[];
  /** Values; NaN = no value. */
  values: Float64Array;
  /** Flags per observation (sparse). */
  flags: (ValueFlag | undefined)[];
  /** Source line of each observation, when the input has lines. */
  lines?: Uint32Array;
  /** Count of each marker/status seen (`.` → 12), for `inspect`. */
  markers: Record<string, number>;
  warnings: AdapterText[];
}

/** Builds a cube row by row, interning categories. */
export class CubeBuilder {
  private readonly dims: CubeDimension[] = [];
  private readonly index: Map<string, number>[] = [];
  private readonly coordLists: number[][] = [];
  private readonly valueList: number[] = [];
  private readonly flagList: (ValueFlag | undefined)[] = [];
  private readonly lineList: number[] = [];
  readonly markers: Record<string, number> = {};

  addDimension(id: string, label: string, role?: DimensionRole): number {
    const d: CubeDimension = { id, label, codes: [], labels: [] };
    if (role) d.role = role;
    this.dims.push(d);
    this.index.push(new Map());
    this.coordLists.push([]);
    return this.dims.length - 1;
  }

  dimension(i: number): CubeDimension {
    return this.dims[i]!;
  }

  category(dim: number, code: string, label = code, unit?: string): number {
    const m = this.index[dim]!;
    let c = m.get(code);
    if (c === undefined) {
      const d = this.dims[dim]!;
      c = d.codes.length;
      m.set(code, c);
      d.codes.push(code);
      d.labels.push(label);
      if (unit !== undefined) {
        d.units ??= [];
        d.units[c] = unit;
      }
    }
    return c;
  }

  marker(raw: string): void {
    this.markers[raw] = (this.markers[raw] ?? 0) + 1;
  }

  push(coords: readonly number[], value: number | null, flag?: ValueFlag, line?: number): void {
    for (let d = 0; d < coords.length; d++) this.coordLists[d]!.push(coords[d]!);
    this.valueList.push(value === null ? NaN : value);
    if (flag) this.flagList[this.valueList.length - 1] = flag;
    if (line !== undefined) this.lineList[this.valueList.length - 1] = line;
  }

  get size(): number {
    return this.valueList.length;
  }

  build(
    format: InputFormat,
    meta: Partial<Omit<Cube, 'dimensions' | 'coords' | 'values' | 'length'>> = {},
  ): Cube {
    const n = this.valueList.length;
    const cube: Cube = {
      format,
      notes: [],
      warnings: [],
      ...meta,
      markers: { ...this.markers, ...(meta.markers ?? {}) },
      dimensions: this.dims,
      length: n,
      coords: this.coordLists.map((l) => Uint32Array.from(l)),
      values: Float64Array.from(this.valueList),
      flags: this.flagList,
    };
    if (this.lineList.length) cube.lines = Uint32Array.from(this.lineList, (v) => v ?? 0);
    return cube;
  }
}

export interface FeedMetaOptions {
  title?: LocalizedText;
  publisher?: LocalizedText;
  license?: string;
  licenseUrl?: string;
  attribution?: LocalizedText;
  /** ISO date of the feed edition; default: the source's date, else today. */
  date?: string;
  /** Gebietsstand of the region keys (ISO date), e.g. `2023-12-31`. */
  territorialDate?: string;
  url?: string;
}

/** Options of every adapter's `…ToFeed` function and of `cubeToFeed`. */
export interface ConvertOptions {
  /** Indicator id (`a-z0-9._-`); with `indicatorDim`, the prefix of one id per category. */
  indicatorId?: string;
  title?: LocalizedText;
  description?: LocalizedText;
  /** A unit kind (`percent`, `count`, `eur` …) or a label (`Schulen`). Default: from the source. */
  unit?: string;
  decimals?: number;
  polarity?: Polarity;
  /** Source line; default: from the file (table code, office). */
  source?: LocalizedText;
  /** Marks the indicator as invented sample data. */
  sample?: boolean;
  /** Dimension (or CSV column) that holds the regions; default: detected. */
  regionDim?: string;
  /** Dimension (or CSV column) that holds the time; default: detected. */
  timeDim?: string;
  /** Dimension whose categories become one indicator each. */
  indicatorDim?: string;
  /** The measure: a table column, a CSV value column, a flat file's value variable, a JSON-stat metric. */
  column?: string;
  /** Category (code or label) to keep per dimension: `{ Geschlecht: 'Insgesamt' }`. */
  select?: Record<string, string>;
  /** Categories (code or label) to drop per dimension (CSV: values of a column). */
  exclude?: Readonly<Record<string, readonly string[]>>;
  /** Region key for data without a region dimension (`DG`, `03`). */
  region?: string;
  /** Year for data without a time dimension. */
  year?: number;
  /** Known regions: names are resolved against them, and keys are checked against their names. */
  regions?: readonly KnownRegion[];
  /** Source code or name → official key (a crosswalk, e.g. NUTS 3 → AGS). */
  regionMap?: Readonly<Record<string, string>>;
  /** Regions that cannot be identified are left out with a warning instead of failing. */
  dropUnknownRegions?: boolean;
  /** Apply unit multipliers (`Tsd. EUR` → × 1000, `EUR`); default true. */
  scale?: boolean;
  /** Which dataset of a collection/bundle/message: index (0-based) or id/label. */
  dataset?: string | number;
  meta?: FeedMetaOptions;
  /** Today (ISO date) for a feed without any date; default: the current date. */
  today?: string;
  /** Called now and then while large inputs are processed. */
  onProgress?: (done: number, total: number) => void;
}

export interface FeedResult {
  feed: Feed;
  warnings: AdapterText[];
}

/** Finds a dimension by id or label (case-insensitive). */
export function findDimension(cube: Cube, query: string): number {
  const q = query.trim().toLowerCase();
  let i = cube.dimensions.findIndex((d) => d.id === query);
  if (i < 0) i = cube.dimensions.findIndex((d) => d.id.toLowerCase() === q);
  if (i < 0) i = cube.dimensions.findIndex((d) => d.label.trim().toLowerCase() === q);
  if (i < 0) {
    const list = cube.dimensions.map((d) => (d.label && d.label !== d.id ? `${d.id} (${d.label})` : d.id));
    fail(
      'unknown-dimension',
      `Die Dimension „${quote(query)}“ gibt es nicht. Vorhanden: ${listSome(list).de}.`,
      `There is no dimension "${quote(query)}". Available: ${listSome(list).en}.`,
    );
  }
  return i;
}

function describeCategories(d: CubeDimension, max = 10): AdapterText {
  return listSome(
    d.codes.map((c, i) => (d.labels[i] && d.labels[i] !== c ? `${c} (${d.labels[i]})` : c)),
    max,
  );
}

/**
 * Finds a category of a dimension by code or label: exactly, ignoring case, by its labels after
 * the part all categories share (`ohne Hauptschulabschluss / Insgesamt` for
 * `Absolvierende … / ohne Hauptschulabschluss / Insgesamt`), else by the query's parts appearing in
 * order. Throws when nothing or several fit.
 */
export function findCategory(d: CubeDimension, query: string): number {
  const q = query.trim();
  let i = d.codes.indexOf(q);
  if (i >= 0) return i;
  const lq = q.toLowerCase();
  const unique = (hits: number[]): number | undefined => (hits.length === 1 ? hits[0] : undefined);
  const all = d.codes.map((_, k) => k);
  const byCode = unique(all.filter((k) => d.codes[k]!.toLowerCase() === lq));
  if (byCode !== undefined) return byCode;
  const byLabel = unique(all.filter((k) => d.labels[k]!.trim().toLowerCase() === lq));
  if (byLabel !== undefined) return byLabel;
  const parts = all.map((k) => d.labels[k]!.split(' / ').map((s) => s.trim().toLowerCase()));
  let common = 0;
  if (parts.length > 1) {
    const first = parts[0]!;
    while (common < first.length && parts.every((p) => p.length > common + 1 && p[common] === first[common]))
      common++;
  }
  const qp = lq.split(' / ').map((s) => s.trim());
  const eq = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x, k) => x === b[k]);
  const rest = unique(all.filter((k) => eq(parts[k]!.slice(common), qp)));
  if (rest !== undefined) return rest;
  const subseq = all.filter((k) => {
    let m = 0;
    for (const p of parts[k]!) if (m < qp.length && p === qp[m]) m++;
    return m === qp.length;
  });
  i = unique(subseq) ?? -1;
  if (i >= 0) return i;
  if (subseq.length > 1) {
    const list = listSome(subseq.map((k) => d.labels[k]!));
    fail(
      'ambiguous-category',
      `„${quote(q)}“ passt in der Dimension „${d.id}“ zu ${subseq.length} Kategorien: ${list.de}. Bitte genauer angeben.`,
      `"${quote(q)}" fits ${subseq.length} categories of dimension "${d.id}": ${list.en}. Please be more specific.`,
    );
  }
  const avail = describeCategories(d);
  fail(
    'unknown-category',
    `Die Dimension „${d.id}“ hat keine Kategorie „${quote(q)}“. Vorhanden: ${avail.de}.`,
    `Dimension "${d.id}" has no category "${quote(q)}". Available: ${avail.en}.`,
  );
}

/**
 * Year of a time code: `2023`, `31.12.2018`, `2022/23` (→ 2023), `2023-05-15`, `20220515`,
 * `2023-Q2`, `2023Q2`, `2023M04`, `2023-04`, `2023-W05`, `2023-S1`, `2013-01-18T00:00:00Z`.
 * `undefined` when no year can be read.
 */
export function yearOfPeriod(code: string): number | undefined {
  const s = code.trim();
  const y = yearOfTime(s);
  if (y !== undefined) return y;
  let m = /^(\d{4})(?:-?(?:[QSTWMH]\d{1,2}|\d{2}(?:-?\d{2})?))?(?:T[\d:.]+Z?)?$/i.exec(s);
  if (m) return Number(m[1]);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return Number(m[1]);
  return undefined;
}

/** True when the time code names a part of a year (month, quarter, day …), not the year itself. */
function isSubAnnual(code: string): boolean {
  const s = code.trim();
  return !/^\d{4}$/.test(s) && !/^\d{4}\s*\/\s*\d{2,4}$/.test(s) && !/^31\.12\.\d{4}$/.test(s);
}

/** Multiplier and remaining unit of a unit label: `Tsd. EUR` → 1000, `EUR`; `1000` → 1000, ``. */
export function unitScale(unit: string | undefined): { factor: number; unit: string | undefined } {
  if (!unit) return { factor: 1, unit };
  const u = unit.trim();
  const m =
    /^(Tsd\.?|Tausend|1\s?000|Mio\.?|Mill\.?|Millionen|Mrd\.?|Milliarden|1\s?000\s?000)(?:\s+(.*))?$/i.exec(
      u,
    );
  if (!m) return { factor: 1, unit: u };
  const w = m[1]!.toLowerCase().replace(/\s/g, '');
  const factor = /^(tsd|tausend|1000)/.test(w) ? 1e3 : /^(mrd|milliarden)/.test(w) ? 1e9 : 1e6;
  return { factor, unit: m[2]?.trim() || undefined };
}

/** Feed unit of a unit label from a source (`Anzahl` → `count`, `Prozent` → `percent`). */
export function mapUnit(unit: string | undefined): Unit | undefined {
  if (unit === undefined || unit.trim() === '') return undefined;
  const u = unit.trim();
  if ((UNIT_KINDS as readonly string[]).includes(u)) return u as UnitKind;
  const l = u.toLowerCase();
  if (/^(anzahl|anz\.?|personen|number|persons|antal|count|einwohner|schüler|fälle)$/.test(l)) return 'count';
  if (/^(prozent|%|percent|pct|percentage|anteil in %)$/.test(l)) return 'percent';
  if (/^(eur|euro|€)$/.test(l)) return 'eur';
  if (/^(qkm|km²|km2|quadratkilometer)$/.test(l)) return 'km2';
  if (/^(ew\.?|einwohner) je (qkm|km²|km2)$/.test(l)) return 'per-km2';
  if (/^(jahre|years)$/.test(l)) return 'years';
  if (/^(index|messzahl)$/.test(l)) return 'index';
  if (/^(‰|promille|je 1\s?000( einwohner)?)$/.test(l)) return 'per-1000';
  if (/^je 100( einwohner)?$/.test(l)) return 'per-100';
  if (/^je 100\s?000( einwohner)?$/.test(l)) return 'per-100000';
  return { de: u, en: u };
}

/** Indicator id from free text: `Abgänge ohne HSA` → `abgaenge-ohne-hsa`. */
export function slugify(text: string): string {
  const s = text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return (s || 'indicator').slice(0, 64).replace(/-+$/, '');
}

function decimalsOf(v: number): number {
  if (!Number.isFinite(v) || Number.isInteger(v)) return 0;
  const s = String(v);
  const e = /e-(\d+)$/.exec(s);
  if (e) return Number(e[1]);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

interface RegionPlan {
  /** Key per category, undefined = dropped. */
  keys: (string | undefined)[];
  names: Map<string, string>;
  /** Verband of a Gemeinde given by its 12-digit ARS. */
  verbands: Map<string, string>;
}

const QUALIFYING = new Set<ValueFlag>(QUALIFYING_FLAGS);
const MISSING = new Set<ValueFlag>(MISSING_FLAGS);

function detectRole(cube: Cube, role: DimensionRole, exclude: number[]): number[] {
  return cube.dimensions.flatMap((d, i) => (d.role === role && !exclude.includes(i) ? [i] : []));
}

function keyOfCode(code: string, regions: readonly KnownRegion[]): string | undefined {
  const c = code.trim();
  const p = parseRegionKey(c);
  if (p) return p.key;
  return nutsToKey(c, regions);
}

/** Share of a dimension's categories that read as region keys. */
function keyShare(d: CubeDimension, regions: readonly KnownRegion[]): number {
  if (!d.codes.length) return 0;
  let n = 0;
  for (const c of d.codes) if (keyOfCode(c, regions) !== undefined || /^\d{3}$/.test(c.trim())) n++;
  return n / d.codes.length;
}

function timeShare(d: CubeDimension): number {
  if (!d.codes.length) return 0;
  let n = 0;
  for (let i = 0; i < d.codes.length; i++)
    if (yearOfPeriod(d.codes[i]!) !== undefined || yearOfPeriod(d.labels[i]!) !== undefined) n++;
  return n / d.codes.length;
}

function pickRegionDim(
  cube: Cube,
  opts: ConvertOptions,
  regions: readonly KnownRegion[],
): number | undefined {
  if (opts.regionDim) return findDimension(cube, opts.regionDim);
  if (opts.region) return undefined;
  const geo = detectRole(cube, 'geo', []);
  if (geo.length === 1) return geo[0];
  const names = cube.dimensions.map((d) => d.id);
  if (geo.length > 1) {
    const list = geo.map((i) => cube.dimensions[i]!.id).join(', ');
    fail(
      'ambiguous-dimension',
      `Mehrere Dimensionen enthalten Regionen (${list}). Bitte die Regionsdimension angeben (--region-dim).`,
      `Several dimensions hold regions (${list}). Say which one is the region (--region-dim).`,
    );
  }
  const byKeys = cube.dimensions.flatMap((d, i) =>
    keyShare(d, regions) >= 0.8 && d.role !== 'time' && timeShare(d) < 0.5 ? [i] : [],
  );
  if (byKeys.length === 1) return byKeys[0];
  fail(
    'no-region-dimension',
    `Keine Dimension enthält amtliche Regionsschlüssel (Dimensionen: ${names.join(', ')}). Mit --region-dim die Regionsdimension angeben, oder mit --region einen festen Schlüssel (z. B. DG) für Daten ohne Regionen.`,
    `No dimension holds official German region keys (dimensions: ${names.join(', ')}). Name the region dimension with --region-dim, or give a fixed key with --region (e.g. DG) for data without regions.`,
  );
}

function pickTimeDim(cube: Cube, opts: ConvertOptions, exclude: number[]): number | undefined {
  if (opts.timeDim) return findDimension(cube, opts.timeDim);
  if (opts.year !== undefined) return undefined;
  const time = detectRole(cube, 'time', exclude);
  if (time.length === 1) return time[0];
  const byId = cube.dimensions.flatMap((d, i) =>
    !exclude.includes(i) && /^(time|time_period|jahr|year|tid|zeit|periode?)$/i.test(d.id) ? [i] : [],
  );
  if (byId.length === 1) return byId[0];
  const byValues = cube.dimensions.flatMap((d, i) =>
    !exclude.includes(i) && d.role !== 'metric' && timeShare(d) === 1 ? [i] : [],
  );
  if (byValues.length === 1) return byValues[0];
  const names = cube.dimensions.map((d) => d.id).join(', ');
  fail(
    'no-time-dimension',
    `Keine eindeutige Zeitdimension gefunden (Dimensionen: ${names}). Mit --time-dim angeben, oder mit --year ein festes Jahr setzen.`,
    `No unambiguous time dimension found (dimensions: ${names}). Name it with --time-dim, or give a fixed year with --year.`,
  );
}

function planRegions(
  cube: Cube,
  dim: number,
  opts: ConvertOptions,
  warnings: AdapterText[],
  used: Set<number>,
): RegionPlan {
  const d = cube.dimensions[dim]!;
  const known = opts.regions && opts.regions.length ? opts.regions : undefined;
  const index = new RegionNameIndex(known ?? builtInRegions());
  const map = opts.regionMap ?? {};
  const keys: (string | undefined)[] = [];
  const names = new Map<string, string>();
  const verbands = new Map<string, string>();
  const unmatched: string[] = [];
  const ambiguous: string[] = [];
  const mismatched: string[] = [];
  let bezirke = 0;
  let byName = 0;
  let keyed = 0;
  const levelCount = new Map<string, number>();
  const pending: number[] = [];
  for (let c = 0; c < d.codes.length; c++) {
    const code = d.codes[c]!.trim();
    const label = (d.labels[c] ?? code).trim();
    let key: string | undefined;
    const mapped = map[code] ?? map[label];
    if (mapped !== undefined) {
      const p = parseRegionKey(mapped.trim());
      if (!p)
        fail(
          'bad-option',
          `Die Zuordnung ${quote(code)} → ${quote(mapped)} nennt keinen gültigen Regionsschlüssel.`,
          `The mapping ${quote(code)} → ${quote(mapped)} does not give a valid region key.`,
        );
      key = p.key;
    } else {
      key = keyOfCode(code, known ?? []);
      if (key !== undefined) {
        keyed++;
        const p = parseRegionKey(code);
        if (p?.fromArs && p.verband) verbands.set(key, p.verband);
        if (label && label !== code && !index.nameFits(key, label) && used.has(c))
          mismatched.push(`${code} „${label}“ ≠ ${index.get(key)?.name ?? ''}`);
      } else if (/^\d{3}$/.test(code)) {
        if (used.has(c)) bezirke++;
        keys.push(undefined);
        continue;
      }
    }
    if (key === undefined) {
      pending.push(c);
      keys.push(undefined);
      continue;
    }
    keys.push(key);
    const lv = parseRegionKey(key)?.level;
    if (lv) levelCount.set(lv, (levelCount.get(lv) ?? 0) + 1);
    if (label && label !== code) names.set(key, label);
  }
  const dominant = [...levelCount.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] as
    Region['level'] | undefined;
  for (const c of pending) {
    const label = (d.labels[c] ?? d.codes[c]!).trim();
    const r = index.resolve(label, dominant);
    const r2 = r.key || r.candidates ? r : index.resolve(d.codes[c]!, dominant);
    if (r2.key) {
      keys[c] = r2.key;
      byName++;
      names.set(r2.key, label);
    } else if (!used.has(c)) {
      continue;
    } else if (r2.candidates) {
      ambiguous.push(
        `${label} → ${r2.candidates.map((k) => `${k.key} ${k.name}${k.kind ? ` (${k.kind})` : ''}`).join(' | ')}`,
      );
    } else {
      unmatched.push(label !== d.codes[c] ? `${d.codes[c]} (${label})` : label);
    }
  }
  if (bezirke)
    warnings.push({
      de: `${bezirke} Regionen mit dreistelligem Schlüssel (Regierungsbezirke, Statistische Regionen) ausgelassen: der Feed hat keine Ebene dafür.`,
      en: `${bezirke} regions with 3-digit keys (Regierungsbezirke, statistical regions) left out: the feed has no level for them.`,
    });
  if (byName)
    warnings.push({
      de: `${byName} Regionen über ihren Namen zugeordnet${known ? '' : ' (Länder und Deutschland)'}.`,
      en: `${byName} regions identified by their name${known ? '' : ' (Länder and Germany)'}.`,
    });
  if (ambiguous.length) {
    const list = listSome(ambiguous, 10);
    fail(
      'ambiguous-region',
      `${ambiguous.length} Regionsnamen sind mehrdeutig: ${list.de}. Bitte einen Schlüssel über eine Zuordnungstabelle (--region-map) angeben.`,
      `${ambiguous.length} region names are ambiguous: ${list.en}. Give their keys with a mapping table (--region-map).`,
    );
  }
  if (unmatched.length) {
    if (opts.dropUnknownRegions) {
      warnings.push({
        de: `${unmatched.length} Regionen ohne amtlichen Schlüssel ausgelassen: ${listSome(unmatched).de}.`,
        en: `${unmatched.length} regions without an official key left out: ${listSome(unmatched).en}.`,
      });
    } else {
      const list = listSome(unmatched, 10);
      const usedCount = d.codes.filter((_, c) => used.has(c)).length;
      fail(
        'unknown-region',
        `${unmatched.length} von ${usedCount} Regionen der Dimension „${d.id}“ haben weder einen amtlichen deutschen Schlüssel noch einen bekannten Namen: ${list.de}. Mit --regions eine Geometrie- oder Feed-Datei zum Abgleich der Namen angeben, mit --region-map eine Zuordnungstabelle, oder mit --drop-unknown-regions diese Regionen auslassen.`,
        `${unmatched.length} of ${usedCount} regions of dimension "${d.id}" have neither an official German key nor a known name: ${list.en}. Give a geometry or feed file to match names with --regions, a mapping table with --region-map, or leave them out with --drop-unknown-regions.`,
      );
    }
  }
  if (keyed > 0 && mismatched.length > keyed / 2)
    fail(
      'unknown-region',
      `Die Codes der Dimension „${d.id}“ sehen aus wie deutsche Schlüssel, aber die Namen passen nicht (${listSome(mismatched, 5).de}). Es sind vermutlich keine deutschen Regionen.`,
      `The codes of dimension "${d.id}" look like German keys, but the names do not fit (${listSome(mismatched, 5).en}). They are probably not German regions.`,
    );
  if (mismatched.length)
    warnings.push({
      de: `${mismatched.length} Regionsnamen weichen von den bekannten Namen ab: ${listSome(mismatched, 5).de}.`,
      en: `${mismatched.length} region names differ from the known names: ${listSome(mismatched, 5).en}.`,
    });
  return { keys, names, verbands };
}

interface IndicatorAcc {
  code?: string;
  label?: string;
  unitLabel?: string;
  factor: number;
  values: Map<string, Map<number, number | null>>;
  flags: Map<string, Map<number, ValueFlag>>;
  /** Observation index per region/year, to report duplicates. */
  seen: Map<string, Map<number, number>>;
  maxDecimals: number;
  srcDecimals?: number;
}

function toLocalized(t: LocalizedText | undefined): LocalizedText | undefined {
  if (t === undefined) return undefined;
  if (typeof t === 'string') return t.trim() || undefined;
  return t;
}

function describeObservation(cube: Cube, i: number, skip: number[]): string {
  const parts: string[] = [];
  cube.dimensions.forEach((d, k) => {
    if (skip.includes(k) || d.codes.length < 2) return;
    parts.push(`${d.id}=${d.codes[cube.coords[k]![i]!]}`);
  });
  return parts.join(', ');
}

/**
 * Turns a cube into a validated feed v1 with one indicator (or one per category of
 * `indicatorDim`). Throws an `AdapterError` for every problem a user has to decide.
 */
export function cubeToFeed(cube: Cube, opts: ConvertOptions = {}): FeedResult {
  const warnings: AdapterText[] = [...cube.warnings];
  const known = opts.regions ?? [];
  if (cube.length === 0) fail('no-data', 'Die Datei enthält keine Werte.', 'The file contains no values.');
  const regionDim = pickRegionDim(cube, opts, known);
  const timeDim = pickTimeDim(cube, opts, regionDim === undefined ? [] : [regionDim]);
  if (regionDim !== undefined && regionDim === timeDim)
    fail(
      'bad-option',
      'Region und Zeit können nicht dieselbe Dimension sein.',
      'Region and time cannot be the same dimension.',
    );
  const indicatorDim = opts.indicatorDim ? findDimension(cube, opts.indicatorDim) : undefined;
  if (indicatorDim !== undefined && (indicatorDim === regionDim || indicatorDim === timeDim))
    fail(
      'bad-option',
      'Die Indikatordimension muss sich von Region und Zeit unterscheiden.',
      'The indicator dimension must differ from region and time.',
    );
  if (opts.region !== undefined && regionDim === undefined && !parseRegionKey(opts.region))
    fail(
      'bad-option',
      `„${quote(opts.region)}“ ist kein gültiger Regionsschlüssel.`,
      `"${quote(opts.region)}" is not a valid region key.`,
    );

  // Every other dimension: one category, chosen or the only one.
  const select = new Map<number, number>();
  const selectEntries = Object.entries(opts.select ?? {});
  if (opts.column !== undefined) {
    const metric = cube.dimensions.flatMap((d, i) => (d.role === 'metric' ? [i] : []));
    if (metric.length !== 1)
      fail(
        'bad-option',
        '--column passt hier nicht: die Daten haben keine eindeutige Spalten- oder Messgrößendimension; --select DIMENSION=KATEGORIE verwenden.',
        '--column does not apply: the data have no single column or measure dimension; use --select DIMENSION=CATEGORY.',
      );
    selectEntries.push([cube.dimensions[metric[0]!]!.id, opts.column]);
  }
  for (const [dimQuery, catQuery] of selectEntries) {
    const di = findDimension(cube, dimQuery);
    if (di === indicatorDim)
      fail(
        'bad-option',
        `Die Dimension „${cube.dimensions[di]!.id}“ ist die Indikatordimension und kann nicht auf eine Kategorie festgelegt werden.`,
        `Dimension "${cube.dimensions[di]!.id}" is the indicator dimension and cannot be fixed to one category.`,
      );
    select.set(di, findCategory(cube.dimensions[di]!, catQuery));
  }
  const excluded = new Map<number, Set<number>>();
  for (const [dimQuery, cats] of Object.entries(opts.exclude ?? {})) {
    const di = findDimension(cube, dimQuery);
    const set = excluded.get(di) ?? new Set<number>();
    for (const c of cats) set.add(findCategory(cube.dimensions[di]!, c));
    excluded.set(di, set);
  }
  const open: AdapterText[] = [];
  cube.dimensions.forEach((d, i) => {
    if (i === regionDim || i === timeDim || i === indicatorDim || select.has(i)) return;
    const ex = excluded.get(i);
    const remaining = d.codes.map((_, c) => c).filter((c) => !ex?.has(c));
    if (remaining.length === 1) select.set(i, remaining[0]!);
    else if (remaining.length > 1) {
      const cats = describeCategories(d, 6);
      const lbl = d.label && d.label !== d.id ? ` (${d.label})` : '';
      open.push({ de: `„${d.id}“${lbl}: ${cats.de}`, en: `"${d.id}"${lbl}: ${cats.en}` });
    }
  });
  if (open.length) {
    const first = cube.dimensions.find(
      (d, i) =>
        i !== regionDim && i !== timeDim && i !== indicatorDim && !select.has(i) && d.codes.length > 1,
    )!;
    const metric =
      first.role === 'metric' &&
      (cube.format === 'regionalstatistik' || cube.format === 'csv' || cube.format === 'ffcsv');
    const how = metric
      ? { de: `--column "${first.labels[0]}"`, en: `--column "${first.labels[0]}"` }
      : { de: `--select "${first.id}=${first.codes[0]}"`, en: `--select "${first.id}=${first.codes[0]}"` };
    fail(
      'ambiguous-dimension',
      `Die Daten haben mehr als einen Wert je Region und Jahr. Für jede dieser Dimensionen eine Kategorie wählen (z. B. ${how.de}) Kategorien mit --exclude auslassen oder eine Dimension mit --indicator-dim zur Indikatordimension machen:`,
      `The data have more than one value per region and year. Choose one category of each of these dimensions (e.g. ${how.en}) leave categories out with --exclude, or make one the indicator dimension with --indicator-dim:`,
      open,
    );
  }

  // Observations that survive the selection.
  const keep = new Uint8Array(cube.length);
  const selDims = [...select.entries()];
  const exDims = [...excluded.entries()];
  for (let i = 0; i < cube.length; i++) {
    let ok = 1;
    for (const [d, c] of selDims) {
      if (cube.coords[d]![i] !== c) {
        ok = 0;
        break;
      }
    }
    if (ok) for (const [d, set] of exDims) if (set.has(cube.coords[d]![i]!)) ok = 0;
    keep[i] = ok;
  }
  const usedRegionCats = new Set<number>();
  if (regionDim !== undefined)
    for (let i = 0; i < cube.length; i++) if (keep[i]) usedRegionCats.add(cube.coords[regionDim]![i]!);

  const plan: RegionPlan =
    regionDim !== undefined
      ? planRegions(cube, regionDim, opts, warnings, usedRegionCats)
      : { keys: [parseRegionKey(opts.region ?? 'DG')!.key], names: new Map(), verbands: new Map() };

  // Years.
  let years: (number | undefined)[] = [opts.year];
  if (timeDim !== undefined) {
    const td = cube.dimensions[timeDim]!;
    years = td.codes.map((c, k) => yearOfPeriod(c) ?? yearOfPeriod(td.labels[k] ?? ''));
    const bad = td.codes.filter((_, k) => years[k] === undefined);
    if (bad.length)
      fail(
        'unknown-time',
        `In der Zeitdimension „${td.id}“ lässt sich aus ${bad.length} Angaben kein Jahr lesen: ${listSome(bad).de}.`,
        `No year can be read from ${bad.length} entries of the time dimension "${td.id}": ${listSome(bad).en}.`,
      );
  } else if (opts.year === undefined || !Number.isInteger(opts.year)) {
    fail(
      'no-time-dimension',
      'Die Daten haben keine Zeitangabe: mit --year das Jahr angeben.',
      'The data have no time: give the year with --year.',
    );
  }

  // Indicators.
  const unitOf = (i: number): string | undefined => {
    const dimsWithUnits = cube.dimensions
      .map((d, k) => ({ d, k }))
      .filter(({ d }) => d.units && d.units.some((u) => u !== undefined));
    for (const { d, k } of dimsWithUnits) {
      const u = d.units![cube.coords[k]![i]!];
      if (u !== undefined) return u;
    }
    return cube.unit;
  };
  const decimalsOfObs = (i: number): number | undefined => {
    for (let k = 0; k < cube.dimensions.length; k++) {
      const dec = cube.dimensions[k]!.decimals;
      if (dec) {
        const v = dec[cube.coords[k]![i]!];
        if (v !== undefined) return v;
      }
    }
    return undefined;
  };
  const scale = opts.scale !== false;
  const accs = new Map<number, IndicatorAcc>();
  const total = cube.length;
  const progressEvery = 200_000;
  let droppedFlags = 0;
  for (let i = 0; i < total; i++) {
    if (opts.onProgress && i > 0 && i % progressEvery === 0) opts.onProgress(i, total);
    if (!keep[i]) continue;
    const key = regionDim === undefined ? plan.keys[0] : plan.keys[cube.coords[regionDim]![i]!];
    if (key === undefined) continue;
    const year = timeDim === undefined ? opts.year! : years[cube.coords[timeDim]![i]!]!;
    const ind = indicatorDim === undefined ? 0 : cube.coords[indicatorDim]![i]!;
    let acc = accs.get(ind);
    if (!acc) {
      const unitLabel = unitOf(i);
      const s = scale ? unitScale(unitLabel) : { factor: 1, unit: unitLabel };
      acc = { factor: s.factor, values: new Map(), flags: new Map(), seen: new Map(), maxDecimals: 0 };
      if (s.unit !== undefined) acc.unitLabel = s.unit;
      const dec = decimalsOfObs(i);
      if (dec !== undefined) acc.srcDecimals = dec;
      if (s.factor !== 1)
        warnings.push({
          de: `Werte mit ${s.factor.toLocaleString('de-DE')} multipliziert (Einheit „${unitLabel}“).`,
          en: `Values multiplied by ${s.factor.toLocaleString('en-GB')} (unit "${unitLabel}").`,
        });
      if (indicatorDim !== undefined) {
        const d = cube.dimensions[indicatorDim]!;
        acc.code = d.codes[ind]!;
        acc.label = d.labels[ind]!;
      }
      accs.set(ind, acc);
    }
    let seen = acc.seen.get(key);
    if (!seen) acc.seen.set(key, (seen = new Map()));
    const prev = seen.get(year);
    if (prev !== undefined) {
      const skip = [regionDim ?? -1, indicatorDim ?? -1, ...select.keys()];
      const a = describeObservation(cube, prev, skip);
      const b = describeObservation(cube, i, skip);
      const where =
        cube.lines && cube.lines[prev] && cube.lines[i]
          ? {
              de: ` (Zeilen ${cube.lines[prev]} und ${cube.lines[i]})`,
              en: ` (lines ${cube.lines[prev]} and ${cube.lines[i]})`,
            }
          : { de: '', en: '' };
      const sub =
        timeDim !== undefined &&
        a !== b &&
        isSubAnnual(cube.dimensions[timeDim]!.codes[cube.coords[timeDim]![i]!]!);
      const hint = sub
        ? {
            de: ` Die Zeitangaben sind unterjährig (${a} / ${b}); der Feed hat einen Wert je Jahr: einen Zeitpunkt mit --select wählen.`,
            en: ` The time entries are sub-annual (${a} / ${b}); the feed holds one value per year: choose one period with --select.`,
          }
        : a !== b
          ? { de: ` Sie unterscheiden sich in: ${a} / ${b}.`, en: ` They differ in: ${a} / ${b}.` }
          : { de: ' Die Region steht doppelt in der Datei.', en: ' The region occurs twice in the file.' };
      fail(
        'duplicate-value',
        `Zwei Werte für Region ${key}${plan.names.get(key) ? ` (${plan.names.get(key)})` : ''} im Jahr ${year}${where.de}.${hint.de}`,
        `Two values for region ${key}${plan.names.get(key) ? ` (${plan.names.get(key)})` : ''} in ${year}${where.en}.${hint.en}`,
      );
    }
    seen.set(year, i);
    const raw = cube.values[i]!;
    let value: number | null = Number.isNaN(raw) ? null : raw * acc.factor;
    if (value !== null && acc.factor !== 1) value = Number(value.toPrecision(15));
    if (value !== null && value === 0) value = 0;
    let flag = cube.flags[i];
    if (flag && ((value === null && QUALIFYING.has(flag)) || (value !== null && MISSING.has(flag)))) {
      flag = undefined;
      droppedFlags++;
    }
    let vals = acc.values.get(key);
    if (!vals) acc.values.set(key, (vals = new Map()));
    vals.set(year, value);
    if (value !== null) acc.maxDecimals = Math.max(acc.maxDecimals, decimalsOf(raw));
    if (flag) {
      let fl = acc.flags.get(key);
      if (!fl) acc.flags.set(key, (fl = new Map()));
      fl.set(year, flag);
    }
  }
  if (droppedFlags)
    warnings.push({
      de: `${droppedFlags} Kennzeichen passten nicht zum Wert (z. B. „geheim“ bei vorhandener Zahl) und wurden weggelassen.`,
      en: `${droppedFlags} flags did not fit their value (e.g. "secret" with a number present) and were left out.`,
    });
  if (!accs.size || [...accs.values()].every((a) => a.values.size === 0))
    fail('no-data', 'Nach der Auswahl bleiben keine Werte übrig.', 'No values are left after the selection.');

  // Regions of the feed.
  const regionKeys = new Set<string>();
  for (const acc of accs.values()) for (const k of acc.values.keys()) regionKeys.add(k);
  const index = new RegionNameIndex(known.length ? known : builtInRegions());
  const regions: Region[] = [...regionKeys]
    .sort((a, b) => (a === 'DG' ? -1 : b === 'DG' ? 1 : a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)))
    .map((key) => {
      const p = parseRegionKey(key)!;
      const name =
        plan.names.get(key) ??
        index.get(key)?.name ??
        LAND_NAMES[key] ??
        (key === 'DG' ? 'Deutschland' : key);
      const r: Region = { key, name, level: p.level };
      const verband = plan.verbands.get(key);
      const parent =
        verband && regionKeys.has(verband) ? verband : parentKeys(key).find((k) => regionKeys.has(k));
      if (parent) r.parent = parent;
      return r;
    });

  // Indicator metadata.
  const baseId =
    opts.indicatorId ?? slugify(typeof opts.title === 'string' ? opts.title : (cube.label ?? 'indicator'));
  if (!ID_PATTERN.test(baseId))
    fail(
      'bad-option',
      `Die Indikator-ID „${quote(baseId)}“ ist ungültig: erlaubt sind Kleinbuchstaben a–z, Ziffern, „-“, „_“ und „.“ (höchstens 64 Zeichen).`,
      `The indicator id "${quote(baseId)}" is invalid: use lower-case a–z, digits, "-", "_" and "." (at most 64 characters).`,
    );
  if (opts.polarity !== undefined && !POLARITIES.includes(opts.polarity))
    fail(
      'bad-option',
      `Unbekannte Polarität „${quote(opts.polarity)}“.`,
      `Unknown polarity "${quote(opts.polarity)}".`,
    );
  if (
    opts.decimals !== undefined &&
    (!Number.isInteger(opts.decimals) || opts.decimals < 0 || opts.decimals > 6)
  )
    fail('bad-option', 'Nachkommastellen müssen 0 bis 6 sein.', 'Decimals must be 0 to 6.');
  const selectedText = [...select.entries()]
    .filter(([d]) => cube.dimensions[d]!.codes.length > 1)
    .map(([d, c]) => cube.dimensions[d]!.labels[c]!)
    .join(', ');
  const source: LocalizedText =
    toLocalized(opts.source) ??
    ([cube.source ?? cube.label, cube.copyright].filter((s): s is string => !!s).join('. ') || 'unknown');
  const indicators: Indicator[] = [...accs.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, acc]) => {
      const yearsUsed = new Set<number>();
      for (const m of acc.values.values()) for (const y of m.keys()) yearsUsed.add(y);
      const ys = [...yearsUsed].sort((a, b) => a - b);
      const pos = new Map(ys.map((y, k) => [y, k]));
      const values: Record<string, (number | null)[]> = {};
      const flags: Record<string, (ValueFlag | null)[]> = {};
      for (const r of regions) {
        const m = acc.values.get(r.key);
        if (!m) continue;
        const arr: (number | null)[] = ys.map(() => null);
        for (const [y, v] of m) arr[pos.get(y)!] = v;
        values[r.key] = arr;
        const fm = acc.flags.get(r.key);
        if (fm) {
          const fa: (ValueFlag | null)[] = ys.map(() => null);
          for (const [y, f] of fm) fa[pos.get(y)!] = f;
          flags[r.key] = fa;
        }
      }
      const id =
        acc.code !== undefined ? `${baseId}-${slugify(acc.code)}`.slice(0, 64).replace(/-+$/, '') : baseId;
      const baseTitle =
        toLocalized(opts.title) ??
        (selectedText ? `${cube.label ?? baseId}: ${selectedText}` : (cube.label ?? baseId));
      const title: LocalizedText =
        acc.label === undefined
          ? baseTitle
          : typeof baseTitle === 'string'
            ? `${baseTitle}: ${acc.label}`
            : {
                de: `${baseTitle.de ?? baseTitle.en ?? ''}: ${acc.label}`,
                en: `${baseTitle.en ?? baseTitle.de ?? ''}: ${acc.label}`,
              };
      let unit: Unit | undefined = opts.unit !== undefined ? mapUnit(opts.unit) : mapUnit(acc.unitLabel);
      if (unit === undefined) {
        unit = 'count';
        warnings.push({
          de: `Keine Einheit in der Datei für ${id}: „count“ (Anzahl) angenommen; mit --unit angeben.`,
          en: `No unit in the file for ${id}: assumed "count"; set it with --unit.`,
        });
      }
      const ind: Indicator = {
        id,
        title,
        unit,
        decimals: opts.decimals ?? acc.srcDecimals ?? Math.min(acc.factor === 1 ? acc.maxDecimals : 0, 2),
        polarity: opts.polarity ?? 'neutral',
        source,
        years: ys,
        values,
      };
      if (Object.keys(flags).length) ind.flags = flags;
      const description = toLocalized(opts.description);
      if (description !== undefined) ind.description = description;
      if (opts.sample) ind.sample = true;
      const notes = cube.notes.filter(
        (n) =>
          (n.region === undefined || regionKeys.has(n.region)) &&
          (n.year === undefined || yearsUsed.has(n.year)),
      );
      if (notes.length) ind.footnotes = notes.slice(0, 50);
      return ind;
    });
  const ids = new Set<string>();
  for (const ind of indicators) {
    if (ids.has(ind.id))
      fail(
        'bad-option',
        `Zwei Indikatoren hätten die ID „${ind.id}“; die Kategorien der Indikatordimension ergeben gleiche IDs.`,
        `Two indicators would have the id "${ind.id}"; categories of the indicator dimension give equal ids.`,
      );
    ids.add(ind.id);
  }

  const m = opts.meta ?? {};
  const firstTitle = indicators[0]!.title;
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const license = m.license ?? cube.license;
  if (!license)
    warnings.push({
      de: 'Keine Lizenz in der Datei gefunden: „unbekannt“ eingetragen; mit --license angeben.',
      en: 'No licence found in the file: "unknown" entered; set it with --license.',
    });
  const meta: FeedMeta = {
    title: toLocalized(m.title) ?? firstTitle,
    publisher: toLocalized(m.publisher) ?? 'unknown',
    license: license ?? 'unknown',
    attribution:
      toLocalized(m.attribution) ?? cube.copyright ?? (typeof source === 'string' ? source : 'unknown'),
    date: m.date ?? cube.date ?? today,
  };
  if (m.licenseUrl) meta.licenseUrl = m.licenseUrl;
  if (m.territorialDate) meta.territorialDate = m.territorialDate;
  if (m.url) meta.url = m.url;
  if (opts.sample) meta.sample = true;
  if (!m.publisher)
    warnings.push({
      de: 'Kein Herausgeber angegeben: „unknown“ eingetragen; mit --publisher angeben.',
      en: 'No publisher given: "unknown" entered; set it with --publisher.',
    });
  const feed: Feed = { version: 1, meta, regions, indicators };
  return finishFeed(feed, warnings);
}

/** Validates a built feed: errors → `invalid-feed`, warnings appended. */
export function finishFeed(feed: Feed, warnings: AdapterText[]): FeedResult {
  const res = validateFeed(feed, { adopt: true });
  if (!res.ok || !res.feed)
    throw new AdapterError(
      'invalid-feed',
      {
        de: `Der erzeugte Feed ist ungültig (${res.errors.length} Fehler):`,
        en: `The feed built from the input is invalid (${res.errors.length} errors):`,
      },
      res.errors
        .slice(0, 20)
        .map((e) => ({ de: `${e.path}: ${e.message.de}`, en: `${e.path}: ${e.message.en}` })),
    );
  for (const w of res.warnings)
    warnings.push({ de: `${w.path}: ${w.message.de}`, en: `${w.path}: ${w.message.en}` });
  return { feed: res.feed, warnings };
}

/** Picks one cube of several (collection, bundle, SDMX message) by index or id/label. */
export function pickCube(cubes: readonly Cube[], which: string | number | undefined): Cube {
  if (cubes.length === 1 && which === undefined) return cubes[0]!;
  if (which === undefined || which === '') {
    const list = cubes.map((c, i) => `${i}: ${c.label ?? '?'}`);
    fail(
      'several-datasets',
      `Die Datei enthält ${cubes.length} Datensätze; einen mit --dataset wählen: ${listSome(list).de}.`,
      `The file contains ${cubes.length} datasets; choose one with --dataset: ${listSome(list).en}.`,
    );
  }
  const n = typeof which === 'number' ? which : /^\d+$/.test(which) ? Number(which) : undefined;
  if (n !== undefined && cubes[n]) return cubes[n]!;
  const byLabel = cubes.find((c) => c.label === which);
  if (byLabel) return byLabel;
  fail(
    'bad-option',
    `Datensatz „${quote(String(which))}“ gibt es nicht (0–${cubes.length - 1}).`,
    `There is no dataset "${quote(String(which))}" (0–${cubes.length - 1}).`,
  );
}
