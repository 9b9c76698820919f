/**
 * The data side of a choropleth, free of the DOM: for the regions a map draws, their values in one
 * year, classes, colours, ranks, legend entries, the comparison with the parent region, the
 * accessible summary and the data table. Recomputed on a year, indicator or classification
 * change; the geometry is never touched (see `topology.ts`).
 */
import { classifyWith, type Ckmeans, type Classification, type ClassificationMethod } from '../class-breaks';
import {
  classColors,
  DEFAULT_DIVERGING,
  DEFAULT_SEQUENTIAL,
  divergingColors,
  isDivergingScheme,
  isSequentialScheme,
} from '../colors';
import type { Feed, Indicator, Lang, Region, ValueFlag } from '../feed/types';
import { formatIsoDate, formatRange, formatSigned, formatValue, formatYear, localize } from '../format';
import { t } from '../catalogues/map';
import { bilingual, flagLabel, flagSymbol } from '../i18n';

/** What a region shows. `kind` drives the fill: a class colour, the no-data hatch or the secrecy mark. */
export interface RegionDatum {
  key: string;
  name: string;
  value: number | null;
  flag: ValueFlag | null;
  /** Class index, −1 without a value. */
  cls: number;
  kind: 'value' | 'no-data' | 'secret';
  /** 1 = highest value; null without a value. Ties share a rank. */
  rank: number | null;
  /** The nearest ancestor with a value in this year (Kreis, Land …). */
  parent?: { key: string; name: string; value: number };
}

export interface LegendEntry {
  /** Class index, or `no-data` / `secret`. */
  id: number | 'no-data' | 'secret';
  label: string;
  color: string | null;
  count: number;
}

export interface MapModelOptions {
  feed: Feed;
  indicator: string;
  year?: number | null;
  /** Keys of the regions drawn (the geometry's features), in drawing order. */
  keys: readonly string[];
  /** Display names from the geometry, used when the feed lacks a region. */
  names?: readonly string[];
  /** Key of the area shown (Kreis, Land or `DG`): feed regions outside it are not "missing". */
  area?: string;
  classification?: ClassificationMethod;
  /** simple-statistics `ckmeans`, required for `classification: 'jenks'` (loaded on demand). */
  ckmeans?: Ckmeans;
  classes?: number;
  breaks?: readonly number[];
  scheme?: string;
  lang: Lang;
}

export type MapModelErrorCode = 'unknown-indicator' | 'unknown-year' | 'no-data';

export class MapModelError extends Error {
  constructor(
    readonly code: MapModelErrorCode,
    readonly localized: { de: string; en: string },
  ) {
    super(localized.de);
    this.name = 'MapModelError';
  }
}

export interface MapModel {
  indicator: Indicator;
  year: number;
  regions: RegionDatum[];
  classification: Classification;
  colors: string[];
  legend: LegendEntry[];
  /** Legend note on polarity ("Niedrigere Werte sind günstiger"), empty for neutral. */
  polarityNote: string;
  /** Feed regions of the drawn level that the geometry lacks. */
  missingInGeometry: string[];
  /**
   * Those regions with their values for the year, sorted by name: not drawn, but listed in the
   * data table (e.g. a Gemeinde formed by a merger after the geometry's territorial date).
   */
  offMap: { key: string; name: string; value: number | null; flag: ValueFlag | null }[];
  /** Drawn regions the feed does not know. */
  missingInFeed: string[];
  summary: string;
  /** Notes for the footer: flags used, sample data, footnotes, series breaks. */
  notes: string[];
}

/** A map message in both languages (errors carry both; English worded when read: `bilingual`). */
export function both(key: Parameters<typeof t>[1], params?: Record<string, string | number>) {
  return bilingual((lang) => t(lang, key, params));
}

const SUPPRESSED: ReadonlySet<ValueFlag> = new Set(['secret', 'uncertain', 'not-applicable']);

interface MapContext {
  regionByKey: Map<string, Region>;
  drawn: Set<string>;
  /** Per drawn region: its ancestors that are not drawn themselves, nearest first. */
  ancestors: string[][];
  levels: Set<string>;
}

const contexts = new WeakMap<Feed, WeakMap<readonly string[], MapContext>>();

/**
 * What does not change with year or indicator, cached per feed and key list (pass the same
 * `keys` array again to hit the cache): a year switch on a 10,000-region map then only looks up
 * values.
 */
function mapContext(feed: Feed, keys: readonly string[]): MapContext {
  let byKeys = contexts.get(feed);
  if (!byKeys) contexts.set(feed, (byKeys = new WeakMap()));
  let ctx = byKeys.get(keys);
  if (!ctx) {
    const regionByKey = new Map<string, Region>(feed.regions.map((r) => [r.key, r]));
    const drawn = new Set(keys);
    const ancestors = keys.map((key) => {
      const out: string[] = [];
      const seen = new Set<string>();
      for (let p = regionByKey.get(key)?.parent; p && !seen.has(p); p = regionByKey.get(p)?.parent) {
        seen.add(p);
        if (!drawn.has(p)) out.push(p);
      }
      return out;
    });
    const levels = new Set<string>();
    for (const k of keys) {
      const level = regionByKey.get(k)?.level;
      if (level) levels.add(level);
    }
    ctx = { regionByKey, drawn, ancestors, levels };
    byKeys.set(keys, ctx);
  }
  return ctx;
}

/** Builds the map model. Throws `MapModelError` for an unknown indicator or year. */
export function buildMapModel(opts: MapModelOptions): MapModel {
  const { feed, lang } = opts;
  const indicator = feed.indicators.find((i) => i.id === opts.indicator);
  if (!indicator)
    throw new MapModelError('unknown-indicator', both('unknownIndicator', { id: opts.indicator }));
  const years = indicator.years;
  const year = opts.year ?? latestYearWithValues(indicator, opts.keys) ?? years[years.length - 1];
  const yi = year === undefined ? -1 : years.indexOf(year);
  if (yi < 0 || year === undefined)
    throw new MapModelError('unknown-year', both('unknownYear', { year: String(opts.year ?? '') }));

  const { regionByKey, drawn, ancestors, levels } = mapContext(feed, opts.keys);
  const valueAt = (key: string): number | null => {
    const v = indicator.values[key]?.[yi];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  };
  const flagAt = (key: string): ValueFlag | null => indicator.flags?.[key]?.[yi] ?? null;

  const regions: RegionDatum[] = opts.keys.map((key, i) => {
    const value = valueAt(key);
    const flag = flagAt(key);
    const kind = value !== null ? 'value' : flag && SUPPRESSED.has(flag) ? 'secret' : 'no-data';
    const region = regionByKey.get(key);
    let parent: RegionDatum['parent'];
    for (const p of ancestors[i]!) {
      const pv = valueAt(p);
      if (pv !== null) {
        parent = { key: p, name: regionByKey.get(p)?.name ?? p, value: pv };
        break;
      }
    }
    return {
      key,
      name: region?.name ?? opts.names?.[i] ?? key,
      value,
      flag,
      cls: -1,
      kind,
      rank: null,
      parent,
    };
  });

  const values = regions.map((r) => r.value);
  if (!values.some((v) => v !== null)) {
    throw new MapModelError('no-data', both('map.noValues', { year: formatYear(year) }));
  }
  const method = opts.classification ?? 'quantile';
  let classification = classifyWith(
    values,
    {
      method,
      classes: opts.classes ?? 5,
      breaks: opts.breaks,
      nice: method !== 'manual',
      decimals: indicator.decimals,
    },
    opts.ckmeans,
  );

  // Diverging around a reference value: the reference becomes a break, colours diverge from it.
  const ref = indicator.reference;
  let colors: string[];
  const wantsDiverging = ref !== undefined && (!opts.scheme || isDivergingScheme(opts.scheme));
  if (
    wantsDiverging &&
    ref !== undefined &&
    classification.domain[0] < ref &&
    ref <= classification.domain[1]
  ) {
    const breaks = [...new Set([...classification.breaks, ref])].sort((a, b) => a - b);
    classification = classifyWith(values, { method: 'manual', breaks });
    const below = breaks.filter((b) => b <= ref).length; // classes below the reference
    const above = classification.classes - below;
    const scheme = opts.scheme && isDivergingScheme(opts.scheme) ? opts.scheme : DEFAULT_DIVERGING;
    colors = divergingColors(scheme, below, above);
  } else {
    const scheme = opts.scheme && isSequentialScheme(opts.scheme) ? opts.scheme : DEFAULT_SEQUENTIAL;
    colors = classColors(scheme, classification.classes);
  }

  // Classes and ranks (1 = highest; ties share the rank).
  const sorted = regions
    .filter((r) => r.value !== null)
    .map((r) => r.value as number)
    .sort((a, b) => b - a);
  for (const r of regions) {
    if (r.value === null) continue;
    r.cls = classification.classOf(r.value);
    r.rank = firstIndexOf(sorted, r.value) + 1;
  }

  const decimals = indicator.decimals;
  const fmt = { lang, decimals };
  const lo = classification.domain[0];
  const hi = classification.domain[1];
  const b = classification.breaks;
  const last = colors.length - 1;
  const legend: LegendEntry[] = colors.map((color, i) => {
    const from = colors.length === 1 ? lo : i === 0 ? Math.min(lo, b[0] ?? lo) : b[i - 1]!;
    const to = colors.length === 1 ? hi : i === last ? Math.max(hi, b[i - 1] ?? hi) : b[i]!;
    return {
      id: i,
      // a class holding one value (e.g. the Land capital under natural breaks) shows that value
      label:
        from === to ? formatValue(from, indicator.unit, fmt) : formatRange(from, to, indicator.unit, fmt),
      color,
      count: classification.counts[i] ?? 0,
    };
  });
  const noData = regions.filter((r) => r.kind === 'no-data').length;
  const secret = regions.filter((r) => r.kind === 'secret').length;
  if (noData) legend.push({ id: 'no-data', label: t(lang, 'noData'), color: null, count: noData });
  if (secret) legend.push({ id: 'secret', label: t(lang, 'map.secret'), color: null, count: secret });

  const polarity = indicator.polarity;
  const polarityNote =
    polarity !== 'neutral'
      ? t(lang, polarity === 'higher-is-better' ? 'higherIsBetter' : 'lowerIsBetter')
      : '';

  // Feed regions of the drawn level inside the shown area that the geometry lacks.
  const area = opts.area && opts.area !== 'DG' ? opts.area : '';
  const feedKeysAtLevel = new Set<string>();
  for (const key of Object.keys(indicator.values)) {
    const level = regionByKey.get(key)?.level;
    if (level && levels.has(level) && !drawn.has(key) && key.startsWith(area)) feedKeysAtLevel.add(key);
  }

  const notes: string[] = [];
  const flagsUsed = new Set(regions.map((r) => r.flag).filter((f): f is ValueFlag => !!f));
  for (const f of flagsUsed) notes.push(`${flagSymbol(f)} = ${flagLabel(f, lang)}`);
  for (const fn of indicator.footnotes ?? []) {
    if (fn.year !== undefined && fn.year !== year) continue;
    if (fn.region !== undefined && !drawn.has(fn.region)) continue;
    notes.push(localize(fn.text, lang));
  }
  for (const sb of indicator.seriesBreaks ?? []) {
    if (sb.year === year) notes.push(`${t(lang, 'seriesBreak')}: ${localize(sb.note, lang)}`);
  }

  const model: MapModel = {
    indicator,
    year,
    regions,
    classification,
    colors,
    legend,
    polarityNote,
    missingInGeometry: [...feedKeysAtLevel],
    offMap: [...feedKeysAtLevel]
      .map((key) => ({
        key,
        name: regionByKey.get(key)?.name ?? key,
        value: valueAt(key),
        flag: flagAt(key),
      }))
      .sort(byName),
    missingInFeed: regions.filter((r) => !regionByKey.has(r.key)).map((r) => r.key),
    summary: '',
    notes,
  };
  model.summary = mapSummary(model, lang);
  return model;
}

const COLLATOR = new Intl.Collator('de');
const byName = (a: { name: string }, b: { name: string }) => COLLATOR.compare(a.name, b.name);

/** "8,1 %", "–" or the flag's symbol: a region's value as the map shows it. */
function valueText(r: { value: number | null; flag: ValueFlag | null }, ind: Indicator, lang: Lang): string {
  return formatValue(r.value, ind.unit, { lang, decimals: ind.decimals, flag: r.flag });
}

function firstIndexOf(sortedDesc: number[], v: number): number {
  let lo = 0;
  let hi = sortedDesc.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sortedDesc[mid]! > v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The latest year in which at least one of `keys` has a value. */
export function latestYearWithValues(indicator: Indicator, keys: readonly string[]): number | undefined {
  for (let yi = indicator.years.length - 1; yi >= 0; yi--) {
    for (const k of keys) {
      const v = indicator.values[k]?.[yi];
      if (typeof v === 'number' && Number.isFinite(v)) return indicator.years[yi];
    }
  }
  return undefined;
}

/** "Barßel: 8,1 % (vorläufig)" — the accessible name of a region and the first tooltip line. */
export function regionLabel(r: RegionDatum, indicator: Indicator, lang: Lang): string {
  const flag = r.value !== null && r.flag ? ` (${flagLabel(r.flag, lang)})` : '';
  return `${r.name}: ${valueText(r, indicator, lang)}${flag}`;
}

/** Tooltip lines after the name: value and year, rank, comparison with the parent region. */
export function regionDetails(
  r: RegionDatum,
  model: MapModel,
  lang: Lang,
): { value: string; flag?: string; rank?: string; parent?: string } {
  const ind = model.indicator;
  const fmt = { lang, decimals: ind.decimals };
  const value = `${valueText(r, ind, lang)} (${formatYear(model.year)})`;
  const out: { value: string; flag?: string; rank?: string; parent?: string } = { value };
  if (r.flag && r.value !== null) out.flag = flagLabel(r.flag, lang);
  const total = model.classification.count;
  if (r.rank !== null && total > 1) out.rank = t(lang, 'map.rankOf', { rank: r.rank, total });
  if (r.parent && r.value !== null) {
    out.parent = t(lang, 'map.comparedTo', {
      name: r.parent.name,
      value: formatValue(r.parent.value, ind.unit, fmt),
      diff: formatSigned(r.value - r.parent.value, ind.unit, fmt),
    });
  }
  return out;
}

/** One sentence for screen readers: indicator, year, range with the regions at both ends, gaps. */
export function mapSummary(model: MapModel, lang: Lang): string {
  const ind = model.indicator;
  const withValue = model.regions.filter((r) => r.value !== null);
  const fmt = { lang, decimals: ind.decimals };
  let min = withValue[0]!;
  let max = withValue[0]!;
  for (const r of withValue) {
    if (r.value! < min.value!) min = r;
    if (r.value! > max.value!) max = r;
  }
  const parts = [
    t(lang, 'map.summary', {
      title: localize(ind.title, lang),
      year: formatYear(model.year),
      count: withValue.length,
      min: formatValue(min.value, ind.unit, fmt),
      minName: min.name,
      max: formatValue(max.value, ind.unit, fmt),
      maxName: max.name,
    }),
  ];
  const without = model.regions.length - withValue.length;
  if (without) parts.push(t(lang, 'map.summaryMissing', { count: without }));
  if (model.polarityNote) parts.push(model.polarityNote + '.');
  return parts.join(' ');
}

/**
 * Rows of the data table: region, value, rank, note — every drawn region in name order, then the
 * feed's regions the geometry lacks ("… (nicht auf der Karte)", no rank), so every value of the
 * year is in the table.
 */
export function mapTableRows(
  model: MapModel,
  lang: Lang,
): { key: string; cells: string[]; sort: (number | string | null)[] }[] {
  const ind = model.indicator;
  const row = (
    r: { key: string; name: string; value: number | null; flag: ValueFlag | null },
    rank: number | null,
    name: string,
  ) => {
    const flag = r.flag ? flagLabel(r.flag, lang) : null;
    return {
      key: r.key,
      cells: [name, valueText(r, ind, lang), rank === null ? '–' : String(rank), flag ?? ''],
      sort: [name, r.value, rank, flag],
    };
  };
  return [
    ...[...model.regions].sort(byName).map((r) => row(r, r.rank, r.name)),
    ...model.offMap.map((r) => row(r, null, t(lang, 'map.offMap', { name: r.name }))),
  ];
}

/** The first ten of `items`, comma separated, with `…` when there are more. */
function firstTen(items: readonly string[]): string {
  return items.slice(0, 10).join(', ') + (items.length > 10 ? ', …' : '');
}

/**
 * The notes about regions that do not match between feed and geometry: which feed regions are
 * not on the map, which map regions the feed lacks, and — when keys do not match — both
 * territorial reference dates (Gebietsstand), the usual cause being Gemeinde mergers.
 */
export function matchNotes(
  model: MapModel,
  dates: { feed?: string; geometry?: string },
  lang: Lang,
): string[] {
  const notes: string[] = [];
  if (model.offMap.length)
    notes.push(
      t(lang, 'map.missingInGeometry', {
        count: model.offMap.length,
        // `Name (key)` of the regions the geometry lacks
        keys: firstTen(model.offMap.map((r) => (r.name === r.key ? r.key : `${r.name} (${r.key})`))),
      }),
    );
  if (model.missingInFeed.length)
    notes.push(
      t(lang, 'map.missingInFeed', {
        count: model.missingInFeed.length,
        keys: firstTen(model.missingInFeed),
      }),
    );
  if (notes.length && dates.geometry) {
    if (!dates.feed)
      notes.push(t(lang, 'map.territorialUnknown', { geo: formatIsoDate(dates.geometry, lang) }));
    else if (dates.feed !== dates.geometry)
      notes.push(
        t(lang, 'map.territorialMismatch', {
          feed: formatIsoDate(dates.feed, lang),
          geo: formatIsoDate(dates.geometry, lang),
        }),
      );
  }
  return notes;
}
