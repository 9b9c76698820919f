import { describe, it, expect } from 'vitest';
import { interpolatePuOr, interpolateRdBu } from 'd3-scale-chromatic';
import {
  CATEGORICAL_COLORS,
  DEFAULT_DIVERGING,
  DEFAULT_SEQUENTIAL,
  DIVERGING_SCHEMES,
  NO_DATA_COLOR,
  NO_DATA_HATCH_COLOR,
  SEQUENTIAL_SCHEMES,
  type DivergingSchemeId,
  type SequentialSchemeId,
  categoricalColors,
  classColors,
  contrastRatio,
  divergingColors,
  isDivergingScheme,
  isSequentialScheme,
  parseColor,
  relativeLuminance,
  textColorOn,
  toHex,
} from '../../src/core/index'; // the public entry: every scheme's table is there at once

const sequentialIds = Object.keys(SEQUENTIAL_SCHEMES) as SequentialSchemeId[];
const divergingIds = Object.keys(DIVERGING_SCHEMES) as DivergingSchemeId[];
const HEX = /^#[0-9a-f]{6}$/;

describe('parsing', () => {
  it('reads hex and rgb() colours', () => {
    expect(parseColor('#08306b')).toEqual([8, 48, 107]);
    expect(parseColor('#ABC')).toEqual([170, 187, 204]);
    expect(parseColor('rgb(217, 232, 245)')).toEqual([217, 232, 245]);
    expect(toHex('rgb(8, 48, 107)')).toBe('#08306b');
    expect(toHex('#FFF')).toBe('#ffffff');
    expect(() => parseColor('blue')).toThrow(TypeError);
  });
});

describe('WCAG 2.1 contrast', () => {
  it('relative luminance', () => {
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(relativeLuminance('#000000')).toBe(0);
    // 128/255 = 0.50196 → ((0.50196 + 0.055) / 1.055)^2.4 = 0.21586
    expect(relativeLuminance('#808080')).toBeCloseTo(0.21586, 5);
  });

  it('contrast ratio: known answers, symmetric', () => {
    expect(contrastRatio('#000', '#fff')).toBe(21);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2); // the classic AA grey
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2); // just below AA
    expect(contrastRatio('#ffffff', '#767676')).toBe(contrastRatio('#767676', '#ffffff'));
  });

  it('textColorOn picks the better of black and white', () => {
    expect(textColorOn('#ffffff')).toBe('#000');
    expect(textColorOn('#000000')).toBe('#fff');
    expect(textColorOn('#08306b')).toBe('#fff');
    expect(textColorOn(NO_DATA_COLOR)).toBe('#000');
    // #767676: 4.62:1 with black vs 4.54:1 with white
    expect(textColorOn('#767676')).toBe('#000');
    expect(textColorOn('#707070')).toBe('#fff');
  });
});

describe('sequential schemes', () => {
  it('default is YlGnBu', () => {
    expect(DEFAULT_SEQUENTIAL).toBe('ylgnbu');
    expect(isSequentialScheme('blues')).toBe(true);
    expect(isSequentialScheme('rdbu')).toBe(false);
    expect(isSequentialScheme('toString')).toBe(false);
  });

  it('known samples: Blues at t = 0.15, 0.575, 1', () => {
    expect(classColors('blues', 3)).toEqual(['#d9e8f5', '#539dcc', '#08306b']);
    expect(classColors('blues', 3, { reverse: true })).toEqual(['#08306b', '#539dcc', '#d9e8f5']);
    expect(classColors('ylgnbu', 5)).toEqual(['#e4f4b5', '#87d0bb', '#2d9fc1', '#2352a2', '#081d58']);
  });

  it('one class gets the middle, none gets nothing', () => {
    expect(classColors('blues', 1)).toEqual(['#539dcc']);
    expect(classColors('blues', 0)).toEqual([]);
  });

  it('every scheme: hex, light → dark, lightest not white, neighbours distinguishable', () => {
    for (const id of sequentialIds) {
      for (let n = 2; n <= 9; n++) {
        const colors = classColors(id, n);
        expect(colors).toHaveLength(n);
        for (const c of colors) expect(c).toMatch(HEX);
        const lum = colors.map(relativeLuminance);
        for (let i = 1; i < n; i++) expect(lum[i]).toBeLessThan(lum[i - 1] ?? 0);
        const first = colors[0] ?? '';
        expect(contrastRatio(first, '#ffffff')).toBeGreaterThan(1.15);
        expect(contrastRatio(first, '#ffffff')).toBeLessThan(1.5);
        // Up to 7 classes neighbouring colours differ by ≥ 1.2:1 in luminance contrast.
        if (n <= 7) {
          for (let i = 1; i < n; i++) {
            expect(contrastRatio(colors[i] ?? '', colors[i - 1] ?? '')).toBeGreaterThanOrEqual(1.2);
          }
        }
      }
    }
  });
});

describe('diverging schemes', () => {
  it('default is PuOr; the scheme list is the colour-blind-safe ColorBrewer set', () => {
    expect(DEFAULT_DIVERGING).toBe('puor');
    expect(divergingIds).toEqual(['puor', 'rdbu', 'brbg']);
    expect(isDivergingScheme('brbg')).toBe(true);
  });

  it('equal steps on both sides of the reference, centre never used', () => {
    // m = 3 → offsets 0.1, 0.3, 0.5: below t = 0.2, 0.4; above t = 0.6, 0.8, 1.0
    const colors = divergingColors('rdbu', 2, 3);
    expect(colors).toEqual(['#d55f50', '#fbd7c4', '#cde3ee', '#4b94c4', '#053061']);
    // Same as sampling RdBu at those t (±1 per channel: 0.5 − 0.3 is not exactly 0.2 in floats).
    [0.2, 0.4, 0.6, 0.8, 1].forEach((t, i) => {
      const want = parseColor(interpolateRdBu(t));
      parseColor(colors[i] ?? '').forEach((c, j) =>
        expect(Math.abs(c - (want[j] ?? 0))).toBeLessThanOrEqual(1),
      );
    });
    // One class each side: offset 0.3 → t = 0.2 and 0.8.
    expect(divergingColors('rdbu', 1, 1)).toEqual(['#d56050', '#4b94c4']);
    // PuOr runs purple (low) → orange (high).
    expect(divergingColors('puor', 1, 1)).toEqual([toHex(interpolatePuOr(0.2)), toHex(interpolatePuOr(0.8))]);
    expect(divergingColors('puor', 0, 2)).toHaveLength(2);
  });

  it('reverse swaps the ends', () => {
    for (const id of divergingIds) {
      expect(divergingColors(id, 3, 3, { reverse: true })).toEqual(divergingColors(id, 3, 3).reverse());
    }
  });

  it('the classes next to the reference are visibly tinted (not white)', () => {
    for (const id of divergingIds) {
      const [below, above] = divergingColors(id, 1, 1).map((c) => contrastRatio(c, '#ffffff'));
      expect(below).toBeGreaterThan(1.15);
      expect(above).toBeGreaterThan(1.15);
      const near = divergingColors(id, 4, 4);
      expect(contrastRatio(near[3] ?? '', '#ffffff')).toBeGreaterThan(1.1);
      expect(contrastRatio(near[4] ?? '', '#ffffff')).toBeGreaterThan(1.1);
    }
  });
});

describe('no data', () => {
  it('hatch has ≥ 3:1 against white and against the no-data fill', () => {
    expect(contrastRatio(NO_DATA_HATCH_COLOR, '#ffffff')).toBeCloseTo(4.74, 2);
    expect(contrastRatio(NO_DATA_HATCH_COLOR, NO_DATA_COLOR)).toBeCloseTo(4.24, 2);
  });

  it('no-data fill differs from every lightest class colour', () => {
    for (const id of sequentialIds) {
      for (let n = 2; n <= 9; n++) expect(classColors(id, n)[0]).not.toBe(NO_DATA_COLOR);
    }
  });
});

describe('categorical colours (Okabe–Ito, adjusted)', () => {
  it('known list, darkened where needed', () => {
    expect(CATEGORICAL_COLORS).toEqual([
      '#0072b2',
      '#d55e00',
      '#009e73',
      '#cc79a7',
      '#c68900',
      '#4b9dcb',
      '#000000',
    ]);
    // The originals of the two darkened colours fail 3:1 on white.
    expect(contrastRatio('#e69f00', '#ffffff')).toBeLessThan(3);
    expect(contrastRatio('#56b4e9', '#ffffff')).toBeLessThan(3);
    expect(contrastRatio('#f0e442', '#ffffff')).toBeLessThan(3);
  });

  it('each line colour has ≥ 3:1 against white, all distinct', () => {
    for (const c of CATEGORICAL_COLORS) expect(contrastRatio(c, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(new Set(CATEGORICAL_COLORS).size).toBe(CATEGORICAL_COLORS.length);
  });

  it('categoricalColors(n) takes the first n and repeats past 7', () => {
    expect(categoricalColors(3)).toEqual(['#0072b2', '#d55e00', '#009e73']);
    expect(categoricalColors(0)).toEqual([]);
    const nine = categoricalColors(9);
    expect(nine).toHaveLength(9);
    expect(nine[7]).toBe('#0072b2');
    expect(nine[8]).toBe('#d55e00');
  });
});
