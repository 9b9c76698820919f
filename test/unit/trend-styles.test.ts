import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/core/colors';
import { markerPath, markerRadius, seriesStyle, STYLE_COUNT } from '../../src/core/trend/styles';

describe('seriesStyle', () => {
  it('emphasises style 0: solid, thick, circle', () => {
    expect(seriesStyle(0)).toEqual({
      index: 0,
      color: '#0072b2',
      dash: null,
      marker: 'circle',
      width: 3,
      emphasis: true,
    });
    expect(markerRadius(seriesStyle(0))).toBe(4.5);
    expect(markerRadius(seriesStyle(1))).toBe(4);
  });

  it('gives the others distinct dashes and markers (readable in greyscale)', () => {
    const styles = [1, 2, 3].map(seriesStyle);
    expect(styles.map((s) => s.dash)).toEqual(['7 4', '2 3', '10 3 2 3']);
    expect(styles.map((s) => s.marker)).toEqual(['square', 'triangle', 'diamond']);
    expect(styles.map((s) => s.color)).toEqual(['#d55e00', '#009e73', '#cc79a7']);
    expect(styles.every((s) => s.width === 2 && !s.emphasis)).toBe(true);
    // beyond the first cycle, no second solid line
    expect(seriesStyle(4).dash).toBe('7 4');
    expect(seriesStyle(4).marker).toBe('circle');
  });

  it('every line colour has at least 3:1 contrast against a white background (WCAG 1.4.11)', () => {
    for (let i = 0; i < STYLE_COUNT; i++) {
      expect(contrastRatio(seriesStyle(i).color, '#ffffff')).toBeGreaterThanOrEqual(3);
    }
    expect(contrastRatio(seriesStyle(0).color, '#ffffff')).toBeCloseTo(5.19, 2);
  });
});

describe('markerPath', () => {
  it('draws each shape centred on the point', () => {
    expect(markerPath('circle', 10, 20, 4)).toBe('M6,20A4,4 0 1,0 14,20A4,4 0 1,0 6,20Z');
    expect(markerPath('square', 10, 20, 4)).toBe('M6.6,16.6H13.4V23.4H6.6Z');
    expect(markerPath('triangle', 10, 20, 4)).toBe('M10,15.4L14.6,23.7L5.4,23.7Z');
    expect(markerPath('diamond', 10, 20, 4)).toBe('M10,15.2L14.8,20L10,24.8L5.2,20Z');
  });
});
