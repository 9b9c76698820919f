import { describe, expect, it } from 'vitest';
import {
  linearScale,
  px,
  tickDecimals,
  valueDomain,
  valueTickCount,
  valueTicks,
  yearTickCount,
  yearTicks,
} from '../../src/core/trend/scale';

describe('linearScale', () => {
  it('maps a domain to a range', () => {
    const s = linearScale([0, 10], [200, 0]);
    expect(s(0)).toBe(200);
    expect(s(2.5)).toBe(150);
    expect(s(10)).toBe(0);
  });

  it('maps a degenerate domain to the middle of the range', () => {
    const s = linearScale([2023, 2023], [40, 300]);
    expect(s(2023)).toBe(170);
  });

  it('rounds pixels to 0.1', () => {
    expect(px(12.345)).toBe(12.3);
    expect(px(-0.06)).toBe(-0.1);
  });
});

describe('value domain and ticks', () => {
  it('starts at zero when asked and makes the domain nice', () => {
    expect(valueDomain([6.1, 10.2], { zero: true, count: 6 })).toEqual([0, 12]);
    expect(valueDomain([6.1, 10.2], { zero: false, count: 6 })).toEqual([6, 11]);
    expect(valueDomain([31921, 43598], { zero: false, count: 8 })).toEqual([30000, 44000]);
  });

  it('includes zero for negative values too', () => {
    expect(valueDomain([-3.2, -1], { zero: true, count: 5 })).toEqual([-3.5, 0]);
  });

  it('pads a domain when every value is the same', () => {
    expect(valueDomain([3.2, 3.2], { zero: false, count: 5 })).toEqual([2.8, 3.6]);
    expect(valueDomain([3.2, 3.2], { zero: true, count: 5 })).toEqual([0, 3.5]);
    expect(valueDomain([0, 0], { zero: true, count: 5 })).toEqual([0, 1]);
  });

  it('ignores non-finite values and falls back to [0, 1] without values', () => {
    expect(valueDomain([NaN, Infinity, 4, 7], { zero: false, count: 4 })).toEqual([4, 7]);
    expect(valueDomain([], { zero: false, count: 4 })).toEqual([0, 1]);
  });

  it('ticks over the domain with the decimals they need', () => {
    expect(valueTicks([0, 12], 6)).toEqual([0, 2, 4, 6, 8, 10, 12]);
    expect(valueTicks([6, 11], 6)).toEqual([6, 7, 8, 9, 10, 11]);
    expect(tickDecimals([6, 7, 8])).toBe(0);
    expect(tickDecimals([2.8, 3, 3.2])).toBe(1);
    expect(tickDecimals([0.25, 0.5])).toBe(2);
  });

  it('tick counts follow the plot size', () => {
    expect(valueTickCount(200)).toBe(3);
    expect(valueTickCount(360)).toBe(6);
    expect(valueTickCount(60)).toBe(2);
    expect(valueTickCount(2000)).toBe(10);
    expect(yearTickCount(266)).toBe(7);
    expect(yearTickCount(800)).toBe(19);
    expect(yearTickCount(40)).toBe(2);
  });
});

describe('year ticks', () => {
  it('are integers, one per year when there is room', () => {
    expect(yearTicks(2019, 2023, 16)).toEqual([2019, 2020, 2021, 2022, 2023]);
  });

  it('thin out on narrow plots, on multiples of a nice step', () => {
    expect(yearTicks(2018, 2026, 5)).toEqual([2018, 2020, 2022, 2024, 2026]);
    expect(yearTicks(2018, 2026, 4)).toEqual([2020, 2025]);
    expect(yearTicks(2012, 2023, 5)).toEqual([2015, 2020]);
    expect(yearTicks(1990, 2023, 4)).toEqual([1990, 2000, 2010, 2020]);
  });

  it('never exceed the count', () => {
    for (let n = 2; n < 12; n++) {
      for (const [a, b] of [
        [2013, 2019],
        [2001, 2030],
        [2015, 2016],
      ] as const) {
        expect(yearTicks(a, b, n).length).toBeLessThanOrEqual(n);
      }
    }
  });

  it('handles a single year and an empty range', () => {
    expect(yearTicks(2023, 2023, 5)).toEqual([2023]);
    expect(yearTicks(2024, 2023, 5)).toEqual([]);
  });
});
