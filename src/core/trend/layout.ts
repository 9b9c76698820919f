/**
 * Geometry of the trend chart (DOM-free): model + size in, plain numbers and path strings out.
 *
 * - Plot margins follow the measured tick labels (left) and the line-end labels (right).
 * - End labels sit in a gutter right of the plot at their line's last value, de-overlapped. When
 *   they would take more than 30 % of the width (phones), `legend` is true and the element shows
 *   an HTML legend instead (line sample + marker + name: still no colour-only meaning).
 * - Lines are split into segments at missing values (never interpolated); a point without a
 *   neighbour always gets a marker, so it stays visible.
 * - Markers on every point when there are at least 14 px per year; otherwise only on the last,
 *   isolated and hollow (provisional/estimated) points.
 */
import type { Lang, LocalizedText } from '../feed/types';
import { formatNumber, formatRange, formatValue, localize, unitLabel } from '../format';
import { t } from '../catalogues/trend';
import { dodgeLabels } from './labels';
import type { TrendModel, TrendPoint } from './model';
import {
  linearScale,
  px,
  tickDecimals,
  valueDomain,
  valueTickCount,
  valueTicks,
  yearTickCount,
  yearTicks,
  type LinearScale,
} from './scale';
import type { SeriesStyle } from './styles';

/** Width of `text` in px at `size` px; `bold` for the label names. */
export type MeasureText = (text: string, size: number, bold?: boolean) => number;

export interface LayoutOptions {
  width: number;
  /** Default: `defaultHeight(width)`. */
  height?: number;
  lang: Lang;
  measure?: MeasureText;
}

export interface PlotRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PointLayout extends TrendPoint {
  value: number;
  x: number;
  y: number;
  /** Draw a marker for this point. */
  marker: boolean;
}

export interface SeriesLayout {
  key: string;
  name: string;
  style: SeriesStyle;
  /** One path per run of consecutive values. */
  paths: string[];
  /** Points with a value, in year order. */
  points: PointLayout[];
  /** End label (null in legend mode): `y` is its centre; `value` is empty when only the names fit. */
  label: {
    x: number;
    y: number;
    name: string;
    value: string;
    /** Dotted line from the line end to a label that is far away or moved. */
    leader: Segment | null;
  } | null;
}

export interface TargetLayout {
  /** Index of the series it belongs to; -1 = every region. */
  series: number;
  year: number;
  /** Dashed reference line from the last data year to the target year (null when there is none). */
  line: { x1: number; x2: number; y: number } | null;
  /** Range target: a band. */
  band: { x: number; y: number; width: number; height: number } | null;
  /** The target point (null for a band). */
  point: { x: number; y: number } | null;
  /** `y` is the baseline of the first line; `lines` is the text in one or two lines. */
  label: { x: number; y: number; text: string; lines: string[]; anchor: 'start' | 'end' };
}

export interface BreakLayout {
  year: number;
  x: number;
  label: { x: number; y: number; text: string; anchor: 'start' | 'end' };
}

export interface TrendLayout {
  width: number;
  height: number;
  plot: PlotRect;
  legend: boolean;
  /** Unit written above the value axis (units that do not fit on the top tick), or null. */
  unitTitle: string | null;
  xTicks: { year: number; x: number; label: string }[];
  yTicks: { value: number; y: number; label: string }[];
  /** x of every year of the model, for the read-out. */
  years: { year: number; x: number }[];
  series: SeriesLayout[];
  targets: TargetLayout[];
  breaks: BreakLayout[];
  x: LinearScale;
  y: LinearScale;
}

export const TICK_FONT = 12;
export const LABEL_FONT = 13;
const LABEL_GAP = 17;
const GLYPH = 16;
const INSET = 8;

/** Height for a width: 55 % of it, at least 240 px, at most 400 px. */
export function defaultHeight(width: number): number {
  return Math.round(Math.min(400, Math.max(240, width * 0.55)));
}

/** A font-free estimate of text width (system-ui-like proportions), used when nothing measures. */
export const estimateText: MeasureText = (text, size, bold = false) => {
  let em = 0;
  for (const ch of text) {
    if (/[0-9]/.test(ch)) em += 0.56;
    else if (/[ .,:;'’!|ijlIt()-]/.test(ch) || ch === '\u00a0') em += 0.3;
    else if (/[A-ZÄÖÜmwMW%€]/.test(ch)) em += 0.72;
    else em += 0.55;
  }
  return Math.ceil(em * size * (bold ? 1.06 : 1));
};

function lastPoint(points: readonly TrendPoint[]): TrendPoint | undefined {
  for (let i = points.length - 1; i >= 0; i--) if (points[i]!.value !== null) return points[i];
  return undefined;
}

/**
 * A target's label and value, the text being `${label}: ${value}`: "Zielwert 2026" and "40,0 %",
 * "38,0–42,0 %" or "ab 40,0 %".
 */
export function targetText(
  tg: { year: number; value?: number; min?: number; max?: number; label?: LocalizedText },
  model: TrendModel,
  lang: Lang,
): [label: string, value: string] {
  const unit = model.indicator.unit;
  const opts = { lang, decimals: model.indicator.decimals };
  return [
    localize(tg.label, lang) || t(lang, 'trend.target', { year: String(tg.year) }),
    tg.value !== undefined ? formatValue(tg.value, unit, opts) : formatRange(tg.min, tg.max, unit, opts),
  ];
}

/** A piece of a drawn line (a point is a segment of length 0), in px. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** How many segments pass through the rectangle (sampled every 3 px). */
export function collisions(
  rect: { x0: number; y0: number; x1: number; y1: number },
  segs: readonly Segment[],
): number {
  let n = 0;
  for (const s of segs) {
    const steps = Math.max(1, Math.ceil(Math.hypot(s.x2 - s.x1, s.y2 - s.y1) / 3));
    for (let i = 0; i <= steps; i++) {
      const sx = s.x1 + ((s.x2 - s.x1) * i) / steps;
      const sy = s.y1 + ((s.y2 - s.y1) * i) / steps;
      if (sx >= rect.x0 && sx <= rect.x1 && sy >= rect.y0 && sy <= rect.y1) {
        n++;
        break;
      }
    }
  }
  return n;
}

const TARGET_LINE = 14;

/**
 * Where the label of a target goes: above or below the target mark, in one line or two ("Zielwert
 * 2026:" / "40,0 %"), right-aligned to the target year (left-aligned at the plot edge when it
 * does not fit). The candidate crossing the fewest line pieces wins; ties prefer one line, above.
 */
export function placeTargetLabel(
  [name, value]: [string, string],
  at: {
    x: number;
    top: number;
    bottom: number;
    plot: PlotRect;
    segs: readonly Segment[];
    measure: MeasureText;
  },
): TargetLayout['label'] {
  const text = `${name}: ${value}`;
  const variants = [[text], [`${name}:`, value]];
  let best: { score: number; label: TargetLayout['label'] } | null = null;
  for (const lines of variants) {
    const w = Math.max(...lines.map((l) => at.measure(l, TICK_FONT, true)));
    const fits = at.x - w >= at.plot.left;
    const x0 = fits ? at.x - w : at.plot.left;
    const h = (lines.length - 1) * TARGET_LINE;
    for (const side of ['above', 'below'] as const) {
      const y = side === 'above' ? at.top - 8 - h : at.bottom + 8 + TICK_FONT - 2;
      const rect = { x0: x0 - 3, y0: y - TICK_FONT + 1, x1: x0 + w + 3, y1: y + h + 3 };
      const outside = rect.y0 < at.plot.top - 4 || rect.y1 > at.plot.bottom;
      const score =
        collisions(rect, at.segs) * 10 +
        (outside ? 100 : 0) +
        (lines.length - 1) * 3 +
        (side === 'below' ? 1 : 0);
      if (!best || score < best.score) {
        best = {
          score,
          label: { x: fits ? at.x : at.plot.left, y: px(y), text, lines, anchor: fits ? 'end' : 'start' },
        };
      }
    }
  }
  return best!.label;
}

/** Lays out the chart for a size. */
export function layoutTrend(model: TrendModel, opts: LayoutOptions): TrendLayout {
  const lang = opts.lang;
  const measure = opts.measure ?? estimateText;
  const width = Math.max(200, Math.round(opts.width));
  const height = Math.max(160, Math.round(opts.height ?? defaultHeight(width)));
  const unit = model.indicator.unit;
  const decimals = model.indicator.decimals;

  // Vertical: title row for a unit that needs it, tick labels below. Percent and euro carry the
  // unit on the top tick instead.
  const inline = unit === 'percent' || unit === 'eur';
  const title = inline || unit === 'count' || unit === 'index' ? null : unitLabel(unit, lang);
  const top = title ? 28 : 12;
  const bottom = height - 28;

  const values: number[] = [];
  for (const s of model.series) for (const p of s.points) if (p.value !== null) values.push(p.value);
  for (const tg of model.targets)
    for (const v of [tg.value, tg.min, tg.max]) if (v !== undefined) values.push(v);
  const count = valueTickCount(bottom - top);
  const domain = valueDomain(values, { zero: model.yZero, count });
  const ticks = valueTicks(domain, count);
  const tickDigits = tickDecimals(ticks);
  const labels = ticks.map((v, i) =>
    inline && i === ticks.length - 1
      ? formatValue(v, unit, { lang, decimals: tickDigits })
      : formatNumber(v, { lang, decimals: tickDigits }),
  );
  const y = linearScale(domain, [bottom, top]);

  const left = Math.max(28, Math.ceil(Math.max(...labels.map((l) => measure(l, TICK_FONT)))) + 10);

  // End labels: name + last value; name only when that is too wide; a legend when even that is.
  const endTexts = model.series.map((s) => {
    const p = lastPoint(s.points);
    const value = p ? formatValue(p.value, unit, { lang, decimals }) : '';
    const name = measure(s.name, LABEL_FONT, true);
    return { value, name, full: name + measure(` ${value}`, LABEL_FONT) };
  });
  const area = (w: number[]) => GLYPH + Math.max(...w) + 10;
  const withValues = area(endTexts.map((e) => e.full)) <= width * 0.3;
  const labelArea = area(endTexts.map((e) => (withValues ? e.full : e.name)));
  const legend = labelArea > width * 0.3;
  const right = width - (legend ? 18 : labelArea);

  const [x0, x1] = model.xDomain;
  const x = linearScale([x0, x1], [left + INSET, right - INSET]);
  const xTicks = yearTicks(x0, x1, yearTickCount(right - left)).map((year) => ({
    year,
    x: px(x(year)),
    label: String(year),
  }));
  const yTicks = ticks.map((value, i) => ({ value, y: px(y(value)), label: labels[i]! }));
  const allMarkers = (right - left) / Math.max(1, x1 - x0 + 1) >= 14;

  const wishes: { id: string; y: number }[] = [];
  const segs: Segment[] = [];
  const series: SeriesLayout[] = model.series.map((s, si) => {
    const paths: string[] = [];
    const points: PointLayout[] = [];
    let run: string[] = [];
    const flush = () => {
      if (run.length > 1) paths.push(run.join(''));
      run = [];
    };
    s.points.forEach((p, i) => {
      if (p.value === null) return flush();
      const px_ = px(x(p.year));
      const py = px(y(p.value));
      const before = points[points.length - 1];
      segs.push(
        run.length && before
          ? { x1: before.x, y1: before.y, x2: px_, y2: py }
          : { x1: px_, y1: py, x2: px_, y2: py },
      );
      run.push(`${run.length ? 'L' : 'M'}${px_},${py}`);
      const prev = s.points[i - 1]?.value ?? null;
      const next = s.points[i + 1]?.value ?? null;
      const isolated = prev === null && next === null;
      points.push({ ...p, value: p.value, x: px_, y: py, marker: allMarkers || p.hollow || isolated });
    });
    flush();
    const last = points[points.length - 1];
    if (last) last.marker = true;
    if (last && !legend) wishes.push({ id: String(si), y: last.y });
    return { key: s.key, name: s.name, style: s.style, paths, points, label: null };
  });
  if (!legend) {
    const placed = dodgeLabels(wishes, LABEL_GAP, top, bottom);
    series.forEach((s, si) => {
      const ly = placed.get(String(si));
      const last = s.points[s.points.length - 1];
      if (ly === undefined || !last) return;
      const lx = px(right + 6);
      const far = lx - 1 - (last.x + 7) > 12 || Math.abs(ly - last.y) > 3;
      const leader = far ? { x1: px(last.x + 7), y1: last.y, x2: px(lx - 1), y2: ly } : null;
      if (leader) segs.push(leader);
      s.label = {
        x: lx,
        y: ly,
        name: s.name,
        value: withValues ? endTexts[si]!.value : '',
        leader,
      };
    });
  }

  const lastYearOf = (si: number): number => {
    const list = si >= 0 ? [series[si]!] : series;
    return Math.max(...list.map((s) => s.points[s.points.length - 1]?.year ?? x0));
  };
  const targetWishes: { id: string; y: number }[] = [];
  const targets: TargetLayout[] = model.targets.map((tg, i) => {
    const tx = px(x(tg.year));
    const start = lastYearOf(tg.series);
    const sx = px(x(Math.min(start, tg.year)));
    const isBand = tg.min !== undefined && tg.max !== undefined && tg.value === undefined;
    const v = tg.value ?? (isBand ? (tg.min! + tg.max!) / 2 : (tg.min ?? tg.max)!);
    const ty = px(y(v));
    const band = isBand
      ? {
          x: tx > sx ? sx : px(tx - 6),
          y: px(y(tg.max!)),
          width: tx > sx ? px(tx - sx) : 12,
          height: px(y(tg.min!) - y(tg.max!)),
        }
      : null;
    const label = placeTargetLabel(targetText(tg, model, lang), {
      x: tx,
      top: band ? band.y : ty,
      bottom: band ? band.y + band.height : ty,
      plot: { left, top, right, bottom },
      segs,
      measure,
    });
    targetWishes.push({ id: String(i), y: label.y });
    return {
      series: tg.series,
      year: tg.year,
      line: !isBand && tx > sx ? { x1: sx, x2: tx, y: ty } : null,
      band,
      point: isBand ? null : { x: tx, y: ty },
      label,
    };
  });
  if (targets.length > 1) {
    const placedTargets = dodgeLabels(targetWishes, 15, top + TICK_FONT, bottom);
    targets.forEach((tg, i) => {
      tg.label.y = placedTargets.get(String(i)) ?? tg.label.y;
    });
  }

  const breakLabel = t(lang, 'seriesBreak');
  const breaks: BreakLayout[] = model.breaks.map((b) => {
    const prev = Math.max(...model.years.filter((yr) => yr < b.year));
    const bx = px((x(prev) + x(b.year)) / 2);
    const fits = bx + 4 + measure(breakLabel, 11) <= right;
    return {
      year: b.year,
      x: bx,
      label: { x: fits ? bx + 4 : bx - 4, y: top + 10, text: breakLabel, anchor: fits ? 'start' : 'end' },
    };
  });

  return {
    width,
    height,
    plot: { left, top, right, bottom },
    legend,
    unitTitle: title,
    xTicks,
    yTicks,
    years: model.years.map((year) => ({ year, x: px(x(year)) })),
    series,
    targets,
    breaks,
    x,
    y,
  };
}

/** Index of the item with the smallest distance (the first on ties); -1 when none has one. */
function nearest<T>(items: readonly T[], distance: (item: T) => number): number {
  let best = -1;
  let min = Infinity;
  items.forEach((item, i) => {
    const d = distance(item);
    if (d < min) {
      min = d;
      best = i;
    }
  });
  return best;
}

/** Index of the year nearest to `px` (the read-out under the pointer). */
export function nearestYear(layout: TrendLayout, atX: number): number {
  return Math.max(
    0,
    nearest(layout.years, (yr) => Math.abs(yr.x - atX)),
  );
}

/** Index of the series whose value in year `yearIndex` is nearest to `atY`; -1 when none has one. */
export function nearestSeries(
  layout: TrendLayout,
  model: TrendModel,
  yearIndex: number,
  atY: number,
): number {
  return nearest(model.series, (s) => {
    const v = s.points[yearIndex]?.value;
    return v === null || v === undefined ? Infinity : Math.abs(layout.y(v) - atY);
  });
}
