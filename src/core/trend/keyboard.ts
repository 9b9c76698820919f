/**
 * Keyboard movement inside the trend chart (DOM-free). The chart is one Tab stop; a cursor
 * (year, series) moves with the arrow keys:
 * - Left/Right: previous/next year; Home/End: first/last year;
 * - Up/Down: the series drawn just above/below in that year (by value, not by list order), so
 *   the keys follow what the eye sees. Series without a value in that year are skipped.
 */
import type { TrendModel } from './model';

export interface Cursor {
  /** Index into `model.years`. */
  year: number;
  /** Index into `model.series`. */
  series: number;
}

/** Where the cursor starts: the emphasised series at its last year with a value. */
export function initialCursor(model: TrendModel): Cursor {
  const si = Math.max(
    0,
    model.series.findIndex((s) => s.key === model.highlight),
  );
  const points = model.series[si]?.points ?? [];
  let year = points.length - 1;
  while (year > 0 && points[year]?.value === null) year--;
  return { year: Math.max(0, year), series: si };
}

/** Series with a value in year `yi`, top (highest value) first. */
function verticalOrder(model: TrendModel, yi: number): number[] {
  return model.series
    .map((s, si) => ({ si, v: s.points[yi]?.value ?? null }))
    .filter((e): e is { si: number; v: number } => e.v !== null)
    .sort((a, b) => b.v - a.v || a.si - b.si)
    .map((e) => e.si);
}

/** The cursor after `key`, or null when the key is not a movement key. Never leaves the chart. */
export function moveCursor(model: TrendModel, cursor: Cursor, key: string): Cursor | null {
  const last = model.years.length - 1;
  switch (key) {
    case 'ArrowLeft':
      return { ...cursor, year: Math.max(0, cursor.year - 1) };
    case 'ArrowRight':
      return { ...cursor, year: Math.min(last, cursor.year + 1) };
    case 'Home':
      return { ...cursor, year: 0 };
    case 'End':
      return { ...cursor, year: last };
    case 'ArrowUp':
    case 'ArrowDown': {
      const order = verticalOrder(model, cursor.year);
      if (!order.length) return { ...cursor };
      const at = order.indexOf(cursor.series);
      const up = key === 'ArrowUp';
      if (at < 0) return { ...cursor, series: up ? order[order.length - 1]! : order[0]! };
      const next = up ? Math.max(0, at - 1) : Math.min(order.length - 1, at + 1);
      return { ...cursor, series: order[next]! };
    }
    default:
      return null;
  }
}

/** What `bildung-select` carries for the line under the cursor (null when there is none). */
export function selection(
  model: TrendModel,
  cursor: Cursor,
): {
  key: string;
  name: string;
  level?: string;
  value: number | null;
  year: number;
  indicator: string;
} | null {
  const s = model.series[cursor.series];
  const year = model.years[cursor.year];
  if (!s || year === undefined) return null;
  return {
    key: s.key,
    name: s.name,
    ...(s.level ? { level: s.level } : {}),
    value: s.points[cursor.year]?.value ?? null,
    year,
    indicator: model.indicator.id,
  };
}
