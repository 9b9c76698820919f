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

/** `basis:` + colours, or `ramp:` + 256 colours, each as 6 hex digits. */
export function samplePalettes(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, colors] of Object.entries(BASIS))
    out[id] = 'basis:' + colors.map((c) => toHex(c).slice(1)).join('');
  for (const [id, f] of Object.entries(RAMPS))
    out[id] = 'ramp:' + Array.from({ length: 256 }, (_, i) => toHex(f((i + 0.5) / 256)).slice(1)).join('');
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
