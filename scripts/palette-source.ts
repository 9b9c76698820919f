/**
 * The d3-scale-chromatic schemes behind the widgets' palettes, in the form d3 itself uses them:
 * ColorBrewer schemes as their largest colour list (d3 interpolates them with a uniform B-spline,
 * `interpolateRgbBasis`), viridis/cividis as their 256-colour ramps.
 */
import {
  interpolateCividis,
  interpolateViridis,
  schemeBlues,
  schemeBrBG,
  schemeGreens,
  schemeOranges,
  schemePuOr,
  schemePurples,
  schemeRdBu,
  schemeYlGnBu,
  interpolateBlues,
  interpolateBrBG,
  interpolateGreens,
  interpolateOranges,
  interpolatePuOr,
  interpolatePurples,
  interpolateRdBu,
  interpolateYlGnBu,
} from 'd3-scale-chromatic';
import { toHex } from '../src/core/colors.ts';

const last = (s: readonly (readonly string[])[]): readonly string[] => s[s.length - 1] ?? [];

const BASIS: Record<string, readonly string[]> = {
  ylgnbu: last(schemeYlGnBu),
  blues: last(schemeBlues),
  greens: last(schemeGreens),
  purples: last(schemePurples),
  oranges: last(schemeOranges),
  puor: last(schemePuOr),
  rdbu: last(schemeRdBu),
  brbg: last(schemeBrBG),
};

const RAMPS: Record<string, (t: number) => string> = {
  viridis: interpolateViridis,
  cividis: interpolateCividis,
};

/** One letter for a step of -26 … 25 between neighbouring colours of a ramp: `a` = 0, `b` = 1, `A` = -1. */
function stepLetter(d: number): string {
  if (!Number.isInteger(d) || d < -26 || d > 25) throw new Error(`ramp step ${d} does not fit a letter`);
  return String.fromCharCode(d >= 0 ? 97 + d : 64 - d);
}

/**
 * `basis:` + colours, each as 6 hex digits; or `ramp:` + 256 colours: the first as 6 hex digits,
 * then per channel (red, green, blue) the 255 steps to the next colour as letters (`stepLetter`) —
 * a smooth ramp moves by a few units per step, so this is a third of the hex size and compresses
 * twice as well.
 */
export function samplePalettes(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, colors] of Object.entries(BASIS))
    out[id] = 'basis:' + colors.map((c) => toHex(c).slice(1)).join('');
  for (const [id, f] of Object.entries(RAMPS)) {
    const hex = Array.from({ length: 256 }, (_, i) => toHex(f((i + 0.5) / 256)).slice(1));
    const channel = (c: number) => hex.map((h) => parseInt(h.slice(c * 2, c * 2 + 2), 16));
    const steps = [0, 1, 2]
      .map((c) => {
        const v = channel(c);
        return v
          .slice(1)
          .map((x, i) => stepLetter(x - v[i]!))
          .join('');
      })
      .join('');
    out[id] = 'ramp:' + hex[0] + steps;
  }
  return out;
}

/** d3's own interpolators, for the test that keeps the table in sync. */
export const PALETTE_SOURCES: Record<string, (t: number) => string> = {
  ylgnbu: interpolateYlGnBu,
  blues: interpolateBlues,
  greens: interpolateGreens,
  purples: interpolatePurples,
  oranges: interpolateOranges,
  puor: interpolatePuOr,
  rdbu: interpolateRdBu,
  brbg: interpolateBrBG,
  viridis: interpolateViridis,
  cividis: interpolateCividis,
};
