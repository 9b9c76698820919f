/**
 * Classification of indicator values into classes for choropleth maps.
 *
 * A classification is a list of `breaks`: the n − 1 inner thresholds of n classes. A value `v`
 * belongs to class `i` = number of breaks ≤ v (d3 `bisectRight`, as in `scaleThreshold` and
 * `scaleQuantile`): class 0 is `v < breaks[0]`, class i is `breaks[i-1] ≤ v < breaks[i]`, the
 * last class is `v ≥ breaks[n-2]`. Values outside the domain fall into the first or last class.
 *
 * Methods
 * - `quantile`: d3-array `quantileSorted` (R type 7, like `scaleQuantile().quantiles()`).
 * - `equal`: equal intervals over [min, max].
 * - `jenks`: natural breaks via `ckmeans` (simple-statistics, handed in: see `classify.ts`, which
 *   passes it, and the map widget, which loads it only for `classification="jenks"`); the
 *   thresholds are the minima of clusters 2..n.
 * - `manual`: the given `breaks` as they are (finite, strictly ascending); `classes` and `nice`
 *   are ignored, breaks outside the data range are kept (a fixed legend across years).
 *
 * Null, undefined, NaN and ±Infinity are ignored. With fewer distinct values than classes,
 * quantile and jenks make fewer classes (equal intervals keep them, some stay empty); all values
 * equal → one class; breaks that coincide, or that would leave the first or last class
 * empty (≤ min or > max, e.g. after `nice` rounding), are dropped, so `classes` can be smaller than asked for. Check `classes` and `count`.
 */
import { bisectRight, quantileSorted } from 'd3-array';
import { t } from './catalogues/map';
import { bilingual } from './i18n';

export type ClassificationMethod = 'quantile' | 'equal' | 'jenks' | 'manual';

export interface ClassifyOptions {
  method: ClassificationMethod;
  /** Wanted number of classes (integer ≥ 1); required except for `manual`. */
  classes?: number;
  /** Inner thresholds for `manual`: finite, strictly ascending. */
  breaks?: readonly number[];
  /** Round computed breaks to `decimals` (default 0) so legends show exact class limits. */
  nice?: boolean;
  decimals?: number;
}

export interface Classification {
  method: ClassificationMethod;
  /** Inner thresholds, strictly ascending; length = `classes` − 1. */
  breaks: number[];
  /** [min, max] of the valid values; without values (`count` 0): manual → [first, last break], else [0, 0]. */
  domain: [number, number];
  /** Actual number of classes (0 without values, except for `manual`). */
  classes: number;
  /** Number of valid values classified. */
  count: number;
  /** Number of values per class. */
  counts: number[];
  /** Class index of a value, or −1 for a missing value (or when there are no classes). */
  classOf(value: number | null | undefined): number;
}

export type ClassificationErrorCode =
  'invalid-classes' | 'missing-breaks' | 'invalid-breaks' | 'unknown-method';

/** Thrown for invalid options; `localized` holds the message in German and English (`map.<code>`). */
export class ClassificationError extends Error {
  override readonly name = 'ClassificationError';
  readonly code: ClassificationErrorCode;
  readonly localized: { de: string; en: string };

  constructor(code: ClassificationErrorCode) {
    const localized = bilingual((lang) => t(lang, `map.${code}`));
    super(localized.en);
    this.code = code;
    this.localized = localized;
  }
}

function validValues(values: readonly (number | null | undefined)[]): number[] {
  const out: number[] = [];
  for (const v of values) if (typeof v === 'number' && Number.isFinite(v)) out.push(v);
  return out.sort((a, b) => a - b);
}

function countDistinct(sorted: readonly number[]): number {
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) n++;
  return n;
}

function round(value: number, decimals: number): number {
  const r = Number(value.toFixed(decimals));
  return r === 0 ? 0 : r; // no −0
}

/** Ascending, without duplicates, ≤ min or > max (they would leave the first or last class empty). */
function clean(breaks: readonly number[], min: number, max: number): number[] {
  const out: number[] = [];
  for (const b of [...breaks].sort((x, y) => x - y)) {
    if (b > min && b <= max && b !== out[out.length - 1]) out.push(b);
  }
  return out;
}

/** Optimal 1-D clustering of sorted values into at most `k` groups: simple-statistics `ckmeans`. */
export type Ckmeans = (sorted: number[], k: number) => number[][];

/** The inner breaks of `k` classes (the caller checked `method` and drops what `clean` drops). */
function computeBreaks(
  method: ClassificationMethod,
  sorted: number[],
  k: number,
  min: number,
  max: number,
  ckmeans?: Ckmeans,
): number[] {
  // the minima of clusters 2..k (the component loads `ckmeans` before it classifies with jenks)
  if (method === 'jenks')
    return ckmeans!(sorted, k)
      .map((cluster) => cluster[0]!)
      .slice(1);
  const out: number[] = [];
  for (let i = 1; i < k; i++)
    out.push(method === 'quantile' ? quantileSorted(sorted, i / k)! : min + ((max - min) * i) / k);
  return out;
}

function manualBreaks(breaks: readonly number[] | undefined): number[] {
  if (!breaks || breaks.length === 0) throw new ClassificationError('missing-breaks');
  for (let i = 0; i < breaks.length; i++) {
    const b = breaks[i];
    const prev = breaks[i - 1];
    if (b === undefined || !Number.isFinite(b) || (prev !== undefined && !(b > prev))) {
      throw new ClassificationError('invalid-breaks');
    }
  }
  return [...breaks];
}

/**
 * `classify` with the natural-breaks clusterer handed in (required for `jenks` only), so that code
 * which does not need it does not load it.
 */
export function classifyWith(
  values: readonly (number | null | undefined)[],
  options: ClassifyOptions,
  ckmeans?: Ckmeans,
): Classification {
  const { method } = options;
  const sorted = validValues(values);
  const count = sorted.length;
  const min = sorted[0] ?? 0;
  const max = sorted[count - 1] ?? 0;

  let breaks: number[];
  if (method === 'manual') {
    breaks = manualBreaks(options.breaks);
  } else {
    if (method !== 'quantile' && method !== 'equal' && method !== 'jenks') {
      throw new ClassificationError('unknown-method');
    }
    const wanted = options.classes;
    if (wanted === undefined || !Number.isInteger(wanted) || wanted < 1) {
      throw new ClassificationError('invalid-classes');
    }
    if (count === 0) {
      breaks = [];
    } else {
      // Quantile and jenks cannot make more classes than distinct values; equal intervals can
      // (some classes stay empty) as long as the values are not all equal.
      const distinct = countDistinct(sorted);
      const k = method === 'equal' ? (distinct > 1 ? wanted : 1) : Math.min(wanted, distinct);
      breaks = clean(computeBreaks(method, sorted, k, min, max, ckmeans), min, max);
      if (options.nice) {
        const decimals = Math.max(0, Math.min(15, Math.round(options.decimals ?? 0)));
        breaks = clean(
          breaks.map((b) => round(b, decimals)),
          min,
          max,
        );
      }
    }
  }

  const classes = count === 0 && method !== 'manual' ? 0 : breaks.length + 1;
  const domain: [number, number] =
    count > 0 ? [min, max] : method === 'manual' ? [breaks[0] ?? 0, breaks[breaks.length - 1] ?? 0] : [0, 0];
  const classOf = (value: number | null | undefined): number =>
    classes > 0 && typeof value === 'number' && Number.isFinite(value) ? bisectRight(breaks, value) : -1;
  const counts = new Array<number>(classes).fill(0);
  for (const v of sorted) {
    const c = classOf(v);
    counts[c] = (counts[c] ?? 0) + 1;
  }
  return { method, breaks, domain, classes, count, counts, classOf };
}
