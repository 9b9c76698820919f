/**
 * Colour schemes and contrast helpers for maps, lines and sankeys.
 *
 * - Sequential schemes are normalised so that t = 0 is the light end; classes are sampled over
 *   a range that starts at ~0.15 so the lightest class is never white on a white page.
 * - The default sequential scheme is YlGnBu (ColorBrewer): its lightness falls monotonically from
 *   light yellow to dark blue, so the order of classes survives every type of colour-vision
 *   deficiency and greyscale printing (like a single-hue scheme), while the added hue change makes
 *   neighbouring classes easier to tell apart than single-hue Blues with 5–7 classes.
 * - Diverging schemes (for a reference value) are ColorBrewer schemes marked colour-blind safe:
 *   PuOr (default, no good/bad connotation), RdBu, BrBG.
 * - Categorical colours for lines and sankey links are Okabe–Ito; those below 3:1 against white
 *   (WCAG 2.1 non-text contrast) are darkened, and the yellow is left out (see `CATEGORICAL_COLORS`).
 */
import { PALETTES } from './palettes.generated';

/**
 * The colour tables at hand: the default schemes' in every bundle; the others once added — the
 * core entry (`bildung-widgets/core`) adds them statically, a map whose `scheme` names one of them
 * loads them (`loadPalettes`) and waits for them (`paletteMissing`).
 */
const tables: Record<string, string> = { ...PALETTES };

/** Adds the tables of the schemes other than the defaults (`palettes-more.generated.ts`). */
export function addPalettes(more: Readonly<Record<string, string>>): void {
  Object.assign(tables, more);
}

/** Loads and adds the tables of the schemes other than the defaults. */
export const loadPalettes = (): Promise<void> =>
  import('./palettes-more.generated').then((m) => addPalettes(m.MORE_PALETTES));

/** Whether `id` names a scheme whose table is not at hand yet (any other id means the default). */
export function paletteMissing(id: string | undefined): boolean {
  return !!id && (isSequentialScheme(id) || isDivergingScheme(id)) && !tables[id];
}

/** d3-interpolate's uniform B-spline segment (basis.js), per channel. */
function basis(t1: number, v0: number, v1: number, v2: number, v3: number): number {
  const t2 = t1 * t1;
  const t3 = t2 * t1;
  return (
    ((1 - 3 * t1 + 3 * t2 - t3) * v0 +
      (4 - 6 * t2 + 3 * t3) * v1 +
      (1 + 3 * t1 + 3 * t2 - 3 * t3) * v2 +
      t3 * v3) /
    6
  );
}

type Rgb = [number, number, number];

/**
 * The interpolator d3-scale-chromatic builds for a scheme, from its table (palettes.generated.ts,
 * palettes-more.generated.ts), as channels 0–255: ColorBrewer schemes through `interpolateRgbBasis`,
 * viridis/cividis as a 256-step ramp — the same colours as d3 without shipping its ramps and
 * d3-interpolate/d3-color. d3's ramps run dark → light; here they are read from the light end, so
 * that t = 0 is the light end of every sequential scheme.
 */
function palette(id: string): (t: number) => Rgb {
  const [kind, table = ''] = (tables[id] ?? 'basis:000000ffffff').split(':') as [string, string];
  const hex = (at: number) => parseInt(table.slice(at, at + 2), 16);
  if (kind === 'ramp') {
    // the first colour in hex, then per channel the steps to the next colour as letters (a = 0,
    // b = 1, …, A = -1, …; see scripts/palette-source.ts); every colour is within 0–255
    const steps = (table.length - 6) / 3;
    const ramp = Array.from({ length: steps + 1 }, () => [0, 0, 0] as Rgb);
    for (const c of [0, 1, 2] as const) {
      let v = hex(2 * c);
      ramp[0]![c] = v;
      for (let i = 1; i <= steps; i++) {
        const code = table.charCodeAt(5 + c * steps + i);
        v += code >= 97 ? code - 97 : 64 - code;
        ramp[i]![c] = v;
      }
    }
    return (t) => ramp[Math.max(0, Math.min(steps, Math.floor((1 - t) * (steps + 1))))]!;
  }
  const colors = Array.from({ length: table.length / 6 }, (_, i) => [0, 2, 4].map((c) => hex(6 * i + c)));
  const n = colors.length - 1;
  return (input) => {
    let t = Number.isFinite(input) ? input : 0;
    const i = t <= 0 ? ((t = 0), 0) : t >= 1 ? ((t = 1), n - 1) : Math.floor(t * n);
    return colors[i]!.map((v1, c) => {
      const v2 = colors[i + 1]![c]!;
      const v0 = i > 0 ? colors[i - 1]![c]! : 2 * v1 - v2;
      const v3 = i < n - 1 ? colors[i + 2]![c]! : 2 * v2 - v1;
      return Math.max(0, Math.min(255, Math.round(basis((t - i / n) * n, v0, v1, v2, v3))));
    }) as Rgb;
  };
}

/** `#rrggbb` of channels 0–255. */
const hexOf = (c: Rgb): string => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;

export interface SequentialScheme {
  label: { de: string; en: string };
  /** t = 0 light … t = 1 dark. */
  interpolator: (t: number) => string;
  /** Part of [0, 1] that classes are sampled from, light → dark. */
  range: readonly [number, number];
}

export interface DivergingScheme {
  label: { de: string; en: string };
  /** t = 0 one end, 0.5 the (near-white) centre, 1 the other end. */
  interpolator: (t: number) => string;
}

/**
 * The sequential schemes and the light end of the part of [0, 1] their classes are sampled from
 * (the dark end is 1): from 0.15 for the ColorBrewer schemes, whose t = 0 is near white.
 */
const SEQUENTIAL_FROM = {
  ylgnbu: 0.15,
  blues: 0.15,
  greens: 0.15,
  purples: 0.15,
  oranges: 0.15,
  viridis: 0,
  cividis: 0,
} as const;
const DIVERGING_IDS = ['puor', 'rdbu', 'brbg'] as const;

export type SequentialSchemeId = keyof typeof SEQUENTIAL_FROM;
export type DivergingSchemeId = (typeof DIVERGING_IDS)[number];

/**
 * A scheme's interpolator as d3-scale-chromatic's: `rgb(r, g, b)` strings (its table is read on
 * the first call, after the core entry has added every table).
 */
function rgbInterpolator(id: string): (t: number) => string {
  let at: ((t: number) => Rgb) | undefined;
  return (t) => `rgb(${(at ??= palette(id))(t).join(', ')})`;
}

function sequentialScheme(id: SequentialSchemeId, de: string, en: string): SequentialScheme {
  return { label: { de, en }, interpolator: rgbInterpolator(id), range: [SEQUENTIAL_FROM[id], 1] };
}

function divergingScheme(id: DivergingSchemeId, de: string, en: string): DivergingScheme {
  return { label: { de, en }, interpolator: rgbInterpolator(id) };
}

// (the widgets sample colours with `classColors` / `divergingColors`; these tables are for
// scheme pickers such as the snippet builder, so a bundle that does not list schemes drops them)
export const SEQUENTIAL_SCHEMES: Readonly<Record<SequentialSchemeId, SequentialScheme>> = {
  ylgnbu: /* @__PURE__ */ sequentialScheme('ylgnbu', 'Gelb–Grün–Blau', 'yellow–green–blue'),
  blues: /* @__PURE__ */ sequentialScheme('blues', 'Blau', 'blue'),
  greens: /* @__PURE__ */ sequentialScheme('greens', 'Grün', 'green'),
  purples: /* @__PURE__ */ sequentialScheme('purples', 'Lila', 'purple'),
  oranges: /* @__PURE__ */ sequentialScheme('oranges', 'Orange', 'orange'),
  viridis: /* @__PURE__ */ sequentialScheme('viridis', 'Viridis', 'viridis'),
  cividis: /* @__PURE__ */ sequentialScheme('cividis', 'Cividis', 'cividis'),
};

export const DIVERGING_SCHEMES: Readonly<Record<DivergingSchemeId, DivergingScheme>> = {
  puor: /* @__PURE__ */ divergingScheme('puor', 'Lila–Orange', 'purple–orange'),
  rdbu: /* @__PURE__ */ divergingScheme('rdbu', 'Rot–Blau', 'red–blue'),
  brbg: /* @__PURE__ */ divergingScheme('brbg', 'Braun–Blaugrün', 'brown–teal'),
};

export const DEFAULT_SEQUENTIAL: SequentialSchemeId = 'ylgnbu';
export const DEFAULT_DIVERGING: DivergingSchemeId = 'puor';

/** Fill of regions without a value; always drawn with the hatch below. */
export const NO_DATA_COLOR = '#f2f2f2';
/** Hatch lines on no-data regions: 4.74:1 against white, 4.24:1 against `NO_DATA_COLOR`. */
export const NO_DATA_HATCH_COLOR = '#737373';

/**
 * Okabe–Ito (Okabe & Ito 2008), ordered for lines: blue, vermillion, bluish green, reddish
 * purple, orange darkened to #c68900 (original #e69f00, 2.25:1), sky blue darkened to #4b9dcb
 * (original #56b4e9, 2.31:1), black. Darkened = sRGB channels × 0.86 / × 0.87, the least that
 * reaches 3:1 against white. Yellow (#f0e442, 1.32:1) is left out: darkened it turns olive.
 */
export const CATEGORICAL_COLORS: readonly string[] = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#cc79a7',
  '#c68900',
  '#4b9dcb',
  '#000000',
];

export function isSequentialScheme(id: string): id is SequentialSchemeId {
  return Object.hasOwn(SEQUENTIAL_FROM, id);
}

export function isDivergingScheme(id: string): id is DivergingSchemeId {
  return (DIVERGING_IDS as readonly string[]).includes(id);
}

function hex2(n: number): string {
  return Math.max(0, Math.min(255, Math.round(n)))
    .toString(16)
    .padStart(2, '0');
}

/** RGB channels 0–255 of `#rgb`, `#rrggbb` or `rgb(r, g, b)`; throws a TypeError otherwise. */
export function parseColor(color: string): [number, number, number] {
  const s = color.trim().toLowerCase();
  let m = /^#([0-9a-f]{6})$/.exec(s);
  if (m?.[1]) {
    const h = m[1];
    return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
  }
  m = /^#([0-9a-f]{3})$/.exec(s);
  if (m?.[1]) {
    const [r = '0', g = '0', b = '0'] = m[1];
    return [parseInt(r + r, 16), parseInt(g + g, 16), parseInt(b + b, 16)];
  }
  const rgb = /^rgb\(\s*(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)\s*\)$/.exec(s);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  throw new TypeError(`Unsupported colour: ${color}`);
}

/** `#rrggbb` (lower case) for any colour `parseColor` accepts. */
export function toHex(color: string): string {
  const [r, g, b] = parseColor(color);
  return `#${hex2(r)}${hex2(g)}${hex2(b)}`;
}

/** WCAG 2.1 relative luminance (0 = black … 1 = white). */
export function relativeLuminance(color: string): number {
  const [r, g, b] = parseColor(color).map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1 contrast ratio, 1 … 21. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Black or white text, whichever contrasts more with `background` (black on a tie). */
export function textColorOn(background: string): '#000' | '#fff' {
  return contrastRatio(background, '#000') >= contrastRatio(background, '#fff') ? '#000' : '#fff';
}

/**
 * `n` hex colours of a sequential scheme, light → dark (dark → light with `reverse`), evenly
 * sampled over the scheme's range; one class gets the middle of the range.
 */
export function classColors(
  scheme: SequentialSchemeId,
  n: number,
  opts: { reverse?: boolean } = {},
): string[] {
  const id = isSequentialScheme(scheme) ? scheme : DEFAULT_SEQUENTIAL;
  const at = palette(id);
  const count = Math.max(0, Math.floor(n));
  const lo = SEQUENTIAL_FROM[id];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const t = count === 1 ? (lo + 1) / 2 : lo + ((1 - lo) * i) / (count - 1);
    out.push(hexOf(at(t)));
  }
  return opts.reverse ? out.reverse() : out;
}

/** Distance from the centre (0.5) of the k-th class on one side, k = 1 nearest the reference. */
function divergingOffset(k: number, m: number): number {
  const inner = 0.1;
  const outer = 0.5;
  return m === 1 ? (inner + outer) / 2 : inner + ((outer - inner) * (k - 1)) / (m - 1);
}

/**
 * Colours for `nBelow` classes below and `nAbove` classes above a reference value, low → high
 * (length nBelow + nAbove). Both sides use the same steps, so classes equally far from the
 * reference are equally strong; the near-white centre itself is never used. With `reverse` the
 * two ends swap (e.g. for lower-is-better indicators).
 */
export function divergingColors(
  scheme: DivergingSchemeId,
  nBelow: number,
  nAbove: number,
  opts: { reverse?: boolean } = {},
): string[] {
  const palt = palette(isDivergingScheme(scheme) ? scheme : DEFAULT_DIVERGING);
  const below = Math.max(0, Math.floor(nBelow));
  const above = Math.max(0, Math.floor(nAbove));
  const m = Math.max(below, above);
  const at = (t: number): string => hexOf(palt(opts.reverse ? 1 - t : t));
  const out: string[] = [];
  for (let i = 0; i < below; i++) out.push(at(0.5 - divergingOffset(below - i, m)));
  for (let i = 0; i < above; i++) out.push(at(0.5 + divergingOffset(i + 1, m)));
  return out;
}

/** `n` categorical colours (Okabe–Ito, ≥ 3:1 on white); beyond 7 the list repeats. */
export function categoricalColors(n: number): string[] {
  const count = Math.max(0, Math.floor(n));
  return Array.from(
    { length: count },
    (_, i) => CATEGORICAL_COLORS[i % CATEGORICAL_COLORS.length] ?? '#000000',
  );
}
