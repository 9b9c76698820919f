import { describe, expect, it } from 'vitest';
import { PALETTE_SOURCES, samplePalettes } from '../../scripts/palette-source';
import {
  DEFAULT_DIVERGING,
  DEFAULT_SEQUENTIAL,
  DIVERGING_SCHEMES,
  parseColor,
  SEQUENTIAL_SCHEMES,
} from '../../src/core/index';
import { MORE_PALETTES } from '../../src/core/palettes-more.generated';
import { PALETTES } from '../../src/core/palettes.generated';

describe('palettes.generated', () => {
  it('matches d3-scale-chromatic (regenerate with `npx tsx scripts/build-palettes.ts`)', () => {
    const fresh = samplePalettes();
    const all = { ...PALETTES, ...MORE_PALETTES };
    expect(Object.keys(all).sort()).toEqual(Object.keys(fresh).sort());
    for (const [id, table] of Object.entries(fresh)) expect(all[id], id).toBe(table);
  });

  it('keeps the default schemes in the table every map bundle carries, the others apart', () => {
    expect(Object.keys(PALETTES).sort()).toEqual([DEFAULT_DIVERGING, DEFAULT_SEQUENTIAL].sort());
    expect(Object.keys(MORE_PALETTES)).not.toContain(DEFAULT_SEQUENTIAL);
    expect(Object.keys(MORE_PALETTES)).not.toContain(DEFAULT_DIVERGING);
  });

  it('gives exactly the colours of d3-scale-chromatic at every t', () => {
    const ours: Record<string, (t: number) => string> = {
      ylgnbu: SEQUENTIAL_SCHEMES.ylgnbu.interpolator,
      blues: SEQUENTIAL_SCHEMES.blues.interpolator,
      greens: SEQUENTIAL_SCHEMES.greens.interpolator,
      puor: DIVERGING_SCHEMES.puor.interpolator,
      rdbu: DIVERGING_SCHEMES.rdbu.interpolator,
      brbg: DIVERGING_SCHEMES.brbg.interpolator,
      viridis: (t) => SEQUENTIAL_SCHEMES.viridis.interpolator(1 - t),
    };
    for (const [id, f] of Object.entries(ours)) {
      for (let k = 0; k <= 400; k++) {
        const t = k / 400;
        expect(parseColor(f(t)), `${id} at ${t}`).toEqual(parseColor(PALETTE_SOURCES[id]!(t)));
      }
    }
  });

  it('decodes every colour of the cividis ramp (d3 computes cividis; the table samples it 256 times)', () => {
    for (let i = 0; i < 256; i++) {
      const t = (i + 0.5) / 256;
      expect(parseColor(SEQUENTIAL_SCHEMES.cividis.interpolator(1 - t)), `cividis ${i}`).toEqual(
        parseColor(PALETTE_SOURCES.cividis!(t)),
      );
    }
  });
});
