/**
 * The widgets' view of src/core/colors.ts (imported directly, not through the core entry): the
 * default schemes' tables are at hand, the others come with `loadPalettes()`, and the colours are
 * then exactly those of the core entry.
 */
import { describe, expect, it } from 'vitest';
import { classColors, divergingColors, loadPalettes, paletteMissing } from '../../src/core/colors';

describe('colour tables on demand', () => {
  it('has the default schemes at once and waits only for named other schemes', async () => {
    expect(paletteMissing(undefined)).toBe(false);
    expect(paletteMissing('')).toBe(false);
    expect(paletteMissing('ylgnbu')).toBe(false);
    expect(paletteMissing('puor')).toBe(false);
    expect(paletteMissing('unknown')).toBe(false); // means the default scheme
    expect(paletteMissing('__proto__')).toBe(false);
    expect(classColors('ylgnbu', 3)).toEqual(['#e4f4b5', '#2d9fc1', '#081d58']);
    for (const id of ['blues', 'greens', 'purples', 'oranges', 'viridis', 'cividis', 'rdbu', 'brbg'])
      expect(paletteMissing(id), id).toBe(true);

    await loadPalettes();
    for (const id of ['blues', 'viridis', 'cividis', 'rdbu', 'brbg'])
      expect(paletteMissing(id), id).toBe(false);
    expect(classColors('blues', 3)).toEqual(['#d9e8f5', '#539dcc', '#08306b']);
    expect(divergingColors('rdbu', 1, 1)).toEqual(['#d56050', '#4b94c4']);
  });
});
