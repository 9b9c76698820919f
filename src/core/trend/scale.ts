/**
 * Scales and ticks of the trend chart (DOM-free).
 *
 * - Values: a linear scale over a "nice" domain (d3-array's `nice`/`ticks`), optionally including
 *   zero; the tick count follows the plot height (about one tick per 56 px).
 * - Years: integer ticks only (a step of at least one year), as many as fit the plot width
 *   (at least 44 px apart: "2023" is ~28 px wide at 12 px, plus a gap), so labels never collide.
 */
import { nice, tickIncrement, ticks } from 'd3-array';

/** A linear map from a domain to a range. Degenerate domains map to the middle. */
export type LinearScale = (v: number) => number;

export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  return (v) => (span === 0 ? (r0 + r1) / 2 : r0 + ((v - d0) / span) * (r1 - r0));
}

/** Rounds a pixel coordinate to 0.1 px (stable SVG output, no visible loss). */
export function px(v: number): number {
  return Math.round(v * 10) / 10;
}

/** How many value ticks fit a plot of `height` px: one per ~56 px, at least 2, at most 10. */
export function valueTickCount(height: number): number {
  return Math.max(2, Math.min(10, Math.floor(height / 56)));
}

/** How many year ticks fit a plot of `width` px: labels ≥ 44 px apart (n ticks, n − 1 gaps), at least 2. */
export function yearTickCount(width: number): number {
  return Math.max(2, Math.floor(width / 44) + 1);
}

/**
 * The value domain: the extent of `values` (finite numbers only), widened to include 0 when
 * `zero`, padded when all values are equal, then made nice for `count` ticks.
 */
export function valueDomain(
  values: readonly number[],
  opts: { zero: boolean; count: number },
): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo === Infinity) {
    lo = 0;
    hi = 1;
  }
  if (opts.zero) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    if (opts.zero && lo === 0) hi = 1;
    else if (opts.zero && lo > 0) lo = 0;
    else if (opts.zero && hi < 0) hi = 0;
    else {
      lo -= pad;
      hi += pad;
    }
  }
  const [n0, n1] = nice(lo, hi, opts.count);
  return [n0, n1];
}

/** Value ticks over a (nice) domain. */
export function valueTicks(domain: readonly [number, number], count: number): number[] {
  return ticks(domain[0], domain[1], count);
}

/** Decimals needed to print ticks `step` apart (0.5 → 1, 2 → 0, 0.25 → 2). */
export function tickDecimals(tickValues: readonly number[]): number {
  let decimals = 0;
  for (const v of tickValues) {
    const s = String(Math.abs(v));
    const i = s.indexOf('.');
    if (i >= 0) decimals = Math.max(decimals, Math.min(6, s.length - i - 1));
  }
  return decimals;
}

/**
 * Integer year ticks from `first` to `last`, at most `maxCount` of them, on multiples of a nice
 * step (1, 2, 5, 10 …). A single year gives that year.
 */
export function yearTicks(first: number, last: number, maxCount: number): number[] {
  if (last < first) return [];
  if (first === last) return [first];
  const max = Math.max(2, Math.floor(maxCount));
  let step = Math.max(1, tickIncrement(first, last, max));
  // tickIncrement aims at the count; make sure we never exceed it.
  const candidates = [1, 2, 5, 10, 20, 25, 50, 100];
  const count = (s: number) => Math.floor(last / s) - Math.ceil(first / s) + 1;
  if (count(step) > max) step = candidates.find((s) => s > step && count(s) <= max) ?? step;
  const out: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) out.push(y);
  return out;
}
