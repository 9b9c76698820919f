/**
 * How each line of the trend chart looks (DOM-free): colour, dash pattern, marker shape, width.
 *
 * The emphasised series (the `highlight` region) is style 0: solid, thick, circles. The others
 * get styles 1, 2, … in order: a distinct dash pattern and marker shape each, so the chart reads in
 * greyscale and for colour-blind readers; colours are Okabe–Ito (`categoricalColors`, every one
 * ≥ 3:1 against white).
 */
import { categoricalColors } from '../colors';
import { px as f } from './scale';

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

export interface SeriesStyle {
  /** 0 = emphasised; also the index of the `--bildung-series-N` colour (N = index + 1). */
  index: number;
  color: string;
  /** `stroke-dasharray`, or null for a solid line. */
  dash: string | null;
  marker: MarkerShape;
  /** Stroke width in px. */
  width: number;
  emphasis: boolean;
}

const DASHES: readonly (string | null)[] = [null, '7 4', '2 3', '10 3 2 3'];
const MARKERS: readonly MarkerShape[] = ['circle', 'square', 'triangle', 'diamond'];
/** How many styles have their own colour before colours repeat. */
export const STYLE_COUNT = 7;

/** The style of the series at `index` (0 = emphasised). */
export function seriesStyle(index: number): SeriesStyle {
  const i = Math.max(0, Math.floor(index));
  const emphasis = i === 0;
  // Only the emphasised line is solid: after the first cycle, skip the solid pattern.
  const dash = emphasis ? null : (DASHES[1 + ((i - 1) % (DASHES.length - 1))] ?? null);
  return {
    index: i,
    color: categoricalColors(i + 1)[i] ?? '#000000',
    dash,
    marker: MARKERS[i % MARKERS.length] ?? 'circle',
    width: emphasis ? 3 : 2,
    emphasis,
  };
}

/** Marker radius in px for a style. */
export function markerRadius(style: SeriesStyle): number {
  return style.emphasis ? 4.5 : 4;
}

/**
 * SVG path data of a marker centred on (x, y) with "radius" r. The shapes have about the same
 * visual weight: the square's half-side is 0.85 r, the triangle and diamond are a little larger.
 */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  switch (shape) {
    case 'square': {
      const h = r * 0.85;
      return `M${f(x - h)},${f(y - h)}H${f(x + h)}V${f(y + h)}H${f(x - h)}Z`;
    }
    case 'triangle': {
      const h = r * 1.15;
      return `M${f(x)},${f(y - h)}L${f(x + h)},${f(y + h * 0.8)}L${f(x - h)},${f(y + h * 0.8)}Z`;
    }
    case 'diamond': {
      const h = r * 1.2;
      return `M${f(x)},${f(y - h)}L${f(x + h)},${f(y)}L${f(x)},${f(y + h)}L${f(x - h)},${f(y)}Z`;
    }
    default:
      return `M${f(x - r)},${f(y)}A${f(r)},${f(r)} 0 1,0 ${f(x + r)},${f(y)}A${f(r)},${f(r)} 0 1,0 ${f(x - r)},${f(y)}Z`;
  }
}
