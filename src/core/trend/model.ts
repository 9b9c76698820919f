/**
 * From a feed and the element's settings to the data of a trend chart (DOM-free): which regions,
 * which years, which values (with flags), which targets, series breaks and footnotes — or a
 * machine-readable problem (`unknown-indicator`, `unknown-region`, `no-data`).
 */
import { parseRegionKey } from '../region-key';
import type {
  Feed,
  Footnote,
  Indicator,
  LocalizedText,
  Region,
  RegionLevel,
  SeriesBreak,
  ValueFlag,
} from '../feed/types';
import { seriesStyle, type SeriesStyle } from './styles';

/** `auto`: axis from zero for counts and percentages, fitted to the data otherwise. */
export type YZero = 'auto' | 'on' | 'off';

export interface TrendOptions {
  indicator?: string | null;
  /** Region keys, space/comma separated or as a list. Default: see `defaultRegions`. */
  regions?: string | readonly string[] | null;
  from?: number | null;
  to?: number | null;
  /** Region drawn emphasised; default the first region. */
  highlight?: string | null;
  /** Show the indicator's targets (default true). */
  targets?: boolean;
  yZero?: YZero;
}

export interface TrendPoint {
  year: number;
  value: number | null;
  flag: ValueFlag | null;
  /** Provisional or estimated value: drawn as a hollow marker. */
  hollow: boolean;
}

export interface TrendSeries {
  key: string;
  name: string;
  level: RegionLevel | undefined;
  style: SeriesStyle;
  /** One point per year of the model, aligned with `TrendModel.years`. */
  points: TrendPoint[];
}

export interface TrendTarget {
  /** Region the target is for; undefined = every region. */
  region: string | undefined;
  /** Index into `TrendModel.series`, -1 when the target is for every region. */
  series: number;
  year: number;
  value?: number;
  min?: number;
  max?: number;
  label?: LocalizedText;
}

export interface TrendModel {
  indicator: Indicator;
  /** Years shown (the indicator's years within from/to). */
  years: number[];
  /** Series in the order of the `regions` setting (or the default order). */
  series: TrendSeries[];
  /** Key of the emphasised series. */
  highlight: string;
  /** Keys asked for that the feed does not know (not drawn). */
  unknownRegions: string[];
  /** Names of known regions without a value in the years shown (not drawn). */
  emptyRegions: string[];
  /** A `highlight` key that is not one of the series. */
  unknownHighlight: string | null;
  targets: TrendTarget[];
  breaks: SeriesBreak[];
  footnotes: Footnote[];
  yZero: boolean;
  /** First and last year of the x axis (extended to the latest target year). */
  xDomain: [number, number];
  sample: boolean;
}

export type TrendErrorCode = 'unknown-indicator' | 'unknown-region' | 'no-data';

export interface TrendProblem {
  code: TrendErrorCode;
  /** `id` (indicator, empty when none was given), `keys` (unknown regions), `indicator`. */
  params: Record<string, string>;
}

export type TrendResult = { ok: true; model: TrendModel } | { ok: false; problem: TrendProblem };

const HOLLOW_FLAGS: readonly ValueFlag[] = ['provisional', 'estimated'];

/** Region keys from an attribute value: split at spaces, commas or semicolons; ARS-12 → AGS; no duplicates. */
export function parseRegionList(input: string | readonly string[] | null | undefined): string[] {
  if (input === null || input === undefined) return [];
  const raw = typeof input === 'string' ? input.split(/[\s,;]+/) : input;
  const out: string[] = [];
  for (const part of raw) {
    const s = String(part).trim();
    if (!s) continue;
    const key = parseRegionKey(s)?.key ?? s;
    if (!out.includes(key)) out.push(key);
  }
  return out;
}

/**
 * The feed's focus region: from the single top region, walk down while a region has exactly one
 * child in the feed (Bund → Land → Kreis for a Kreis feed). Null when the feed has several tops.
 */
export function focusRegion(feed: Feed): Region | null {
  const byKey = new Map(feed.regions.map((r) => [r.key, r]));
  const children = new Map<string, Region[]>();
  const tops: Region[] = [];
  for (const r of feed.regions) {
    if (r.parent && byKey.has(r.parent)) {
      const list = children.get(r.parent) ?? [];
      list.push(r);
      children.set(r.parent, list);
    } else tops.push(r);
  }
  if (tops.length !== 1) return null;
  let node = tops[0]!;
  for (;;) {
    const kids = children.get(node.key) ?? [];
    if (kids.length !== 1) return node;
    node = kids[0]!;
  }
}

function hasValue(ind: Indicator, key: string, idx: readonly number[]): boolean {
  const values = ind.values[key];
  return !!values && idx.some((i) => typeof values[i] === 'number');
}

/**
 * Default regions: the feed's focus region and its parents up to the Bund, those with a value in
 * the years shown (e.g. Landkreis Cloppenburg, Niedersachsen, Deutschland). When none of them has
 * a value, the first region of the most senior level that has one.
 */
export function defaultRegions(feed: Feed, ind: Indicator, idx: readonly number[]): string[] {
  const byKey = new Map(feed.regions.map((r) => [r.key, r]));
  const chain: string[] = [];
  let node = focusRegion(feed);
  while (node && !chain.includes(node.key)) {
    chain.push(node.key);
    node = node.parent ? (byKey.get(node.parent) ?? null) : null;
  }
  const withValues = chain.filter((k) => hasValue(ind, k, idx));
  if (withValues.length) return withValues;
  const rank: Record<RegionLevel, number> = { bund: 0, land: 1, kreis: 2, verband: 3, gemeinde: 4 };
  const candidates = Object.keys(ind.values).filter((k) => hasValue(ind, k, idx));
  candidates.sort(
    (a, b) => rank[byKey.get(a)?.level ?? 'gemeinde'] - rank[byKey.get(b)?.level ?? 'gemeinde'],
  );
  return candidates.slice(0, 1);
}

function finite(n: number | null | undefined): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

/** Builds the model of a trend chart, or says what is wrong with the settings. */
export function buildTrendModel(feed: Feed, opts: TrendOptions): TrendResult {
  const id = (opts.indicator ?? '').trim();
  const ind = id ? feed.indicators.find((i) => i.id === id) : undefined;
  if (!ind) return { ok: false, problem: { code: 'unknown-indicator', params: { id } } };

  const from = finite(opts.from) ? opts.from : -Infinity;
  const to = finite(opts.to) ? opts.to : Infinity;
  const idx: number[] = [];
  ind.years.forEach((y, i) => {
    if (y >= from && y <= to) idx.push(i);
  });
  const years = idx.map((i) => ind.years[i]!);
  const noData: TrendResult = { ok: false, problem: { code: 'no-data', params: { indicator: ind.id } } };

  const byKey = new Map(feed.regions.map((r) => [r.key, r]));
  const asked = parseRegionList(opts.regions);
  const keys = asked.length ? asked : defaultRegions(feed, ind, idx);
  const unknownRegions = keys.filter((k) => !byKey.has(k) && !(k in ind.values));
  const known = keys.filter((k) => !unknownRegions.includes(k));
  if (!known.length && unknownRegions.length) {
    return { ok: false, problem: { code: 'unknown-region', params: { keys: unknownRegions.join(', ') } } };
  }
  if (!years.length) return noData;
  const drawn = known.filter((k) => hasValue(ind, k, idx));
  const emptyRegions = known.filter((k) => !drawn.includes(k)).map((k) => byKey.get(k)?.name ?? k);
  if (!drawn.length) return noData;

  const wanted = opts.highlight ? (parseRegionKey(opts.highlight)?.key ?? opts.highlight) : null;
  const highlight = wanted && drawn.includes(wanted) ? wanted : drawn[0]!;
  const unknownHighlight = wanted && !drawn.includes(wanted) ? wanted : null;

  let next = 1;
  const series: TrendSeries[] = drawn.map((key) => {
    const values = ind.values[key] ?? [];
    const flags = ind.flags?.[key];
    const region = byKey.get(key);
    return {
      key,
      name: region?.name ?? key,
      level: region?.level,
      style: seriesStyle(key === highlight ? 0 : next++),
      points: idx.map((i) => {
        const v = values[i];
        const flag = flags?.[i] ?? null;
        const value = finite(v) ? v : null;
        return {
          year: ind.years[i]!,
          value,
          flag,
          hollow: value !== null && !!flag && HOLLOW_FLAGS.includes(flag),
        };
      }),
    };
  });

  const first = years[0]!;
  const last = years[years.length - 1]!;
  const targets: TrendTarget[] = [];
  if (opts.targets !== false) {
    for (const tg of ind.targets ?? []) {
      const s = tg.region === undefined ? -1 : drawn.indexOf(tg.region);
      if (tg.year < first || tg.year > to || (tg.region !== undefined && s < 0)) continue;
      const target: TrendTarget = { region: tg.region, series: s, year: tg.year };
      for (const k of ['value', 'min', 'max'] as const) if (finite(tg[k])) target[k] = tg[k];
      if (Object.keys(target).length < 4) continue; // no finite value, min or max
      if (tg.label !== undefined) target.label = tg.label;
      targets.push(target);
    }
  }
  const breaks = (ind.seriesBreaks ?? []).filter((b) => b.year > first && b.year <= last);
  const footnotes = (ind.footnotes ?? []).filter(
    (n) =>
      (n.region === undefined || drawn.includes(n.region)) &&
      (n.year === undefined || (n.year >= first && n.year <= last)),
  );
  const lastX = Math.max(last, ...targets.map((tg) => tg.year));

  return {
    ok: true,
    model: {
      indicator: ind,
      years,
      series,
      highlight,
      unknownRegions,
      emptyRegions,
      unknownHighlight,
      targets,
      breaks,
      footnotes,
      yZero:
        opts.yZero === 'on' || (opts.yZero !== 'off' && (ind.unit === 'count' || ind.unit === 'percent')),
      xDomain: [first, lastX],
      sample: !!(ind.sample || feed.meta.sample),
    },
  };
}
