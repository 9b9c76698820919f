import { describe, it, expect } from 'vitest';
import { scaleQuantile } from 'd3-scale';
import { ClassificationError, classify } from '../../src/core/classify';

const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** Real-ish: share of school leavers without a certificate in 28 municipalities, with gaps. */
const shares: (number | null)[] = [
  6.2,
  4.8,
  null,
  9.1,
  7.7,
  5.5,
  12.4,
  3.9,
  6.2,
  8.0,
  null,
  5.1,
  10.3,
  7.2,
  4.4,
  6.9,
  15.8,
  5.9,
  NaN,
  8.6,
  6.6,
  3.2,
  11.0,
  7.4,
  5.0,
  6.0,
  9.7,
  4.1,
];

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('classify: quantile', () => {
  it('[1..10] into 4 classes (type-7 quantiles by hand)', () => {
    // h = (n − 1)·p = 9·0.25 = 2.25 → 3 + 0.25·(4 − 3) = 3.25; 4.5 → 5.5; 6.75 → 7.75
    const c = classify(oneToTen, { method: 'quantile', classes: 4 });
    expect(c.breaks).toEqual([3.25, 5.5, 7.75]);
    expect(c.domain).toEqual([1, 10]);
    expect(c.classes).toBe(4);
    expect(c.count).toBe(10);
    expect(c.counts).toEqual([3, 2, 2, 3]);
  });

  it('classOf: a break belongs to the upper class, outside values clamp, missing → −1', () => {
    const c = classify(oneToTen, { method: 'quantile', classes: 4 });
    expect(c.classOf(3.24)).toBe(0);
    expect(c.classOf(3.25)).toBe(1);
    expect(c.classOf(7.75)).toBe(3);
    expect(c.classOf(-100)).toBe(0);
    expect(c.classOf(100)).toBe(3);
    expect(c.classOf(null)).toBe(-1);
    expect(c.classOf(undefined)).toBe(-1);
    expect(c.classOf(NaN)).toBe(-1);
  });

  it('agrees with d3 scaleQuantile().quantiles() and class assignment on real-ish data', () => {
    for (const k of [3, 4, 5, 7]) {
      const scale = scaleQuantile<number>()
        .domain(shares.filter((v): v is number => v !== null))
        .range([...Array(k).keys()]);
      const c = classify(shares, { method: 'quantile', classes: k });
      expect(c.breaks).toEqual(scale.quantiles());
      for (const v of shares) if (v !== null && !Number.isNaN(v)) expect(c.classOf(v)).toBe(scale(v));
      expect(c.count).toBe(25);
    }
  });

  it('handles negative values', () => {
    const c = classify([-4, -3, -2, -1], { method: 'quantile', classes: 2 });
    expect(c.breaks).toEqual([-2.5]);
    expect(c.domain).toEqual([-4, -1]);
  });

  it('fewer distinct values than classes: fewer classes, no duplicate or empty-first-class breaks', () => {
    // k = min(5, 3 distinct) = 3; p = 1/3 → h = 2 → 1 (= min, dropped); p = 2/3 → h = 4 → 2
    const c = classify([1, 1, 1, 1, 2, 2, 3], { method: 'quantile', classes: 5 });
    expect(c.breaks).toEqual([2]);
    expect(c.classes).toBe(2);
    expect(c.counts).toEqual([4, 3]);
  });
});

describe('classify: equal intervals', () => {
  it('[0, 100] into 5 classes', () => {
    const c = classify([0, 100, 50, 37], { method: 'equal', classes: 5 });
    expect(c.breaks).toEqual([20, 40, 60, 80]);
    expect(c.counts).toEqual([1, 1, 1, 0, 1]);
  });

  it('negative to positive', () => {
    expect(classify([-10, 10, 3], { method: 'equal', classes: 4 }).breaks).toEqual([-5, 0, 5]);
  });

  it('keeps the classes with fewer distinct values (some stay empty)', () => {
    const c = classify([1, 2, 2], { method: 'equal', classes: 5 });
    expect(c.breaks).toEqual([1.2, 1.4, 1.6, 1.8]);
    expect(c.classes).toBe(5);
    expect(c.counts).toEqual([1, 0, 0, 0, 2]);
  });
});

describe('classify: jenks (ckmeans)', () => {
  it('finds obvious clusters; thresholds are cluster minima', () => {
    const c = classify([1, 2, 3, 10, 11, 12, 30, 31, 32], { method: 'jenks', classes: 3 });
    expect(c.breaks).toEqual([10, 30]);
    expect(c.counts).toEqual([3, 3, 3]);
  });

  it('does not depend on order and ignores missing values', () => {
    const c = classify([31, null, 2, 12, NaN, 30, 1, 10, 32, 3, undefined, 11], {
      method: 'jenks',
      classes: 3,
    });
    expect(c.breaks).toEqual([10, 30]);
    expect(c.count).toBe(9);
  });

  it('caps classes at the number of distinct values', () => {
    const c = classify([1, 1, 5, 5, 5], { method: 'jenks', classes: 4 });
    expect(c.breaks).toEqual([5]);
    expect(c.classes).toBe(2);
    expect(c.counts).toEqual([2, 3]);
  });
});

describe('classify: manual', () => {
  it('uses the given breaks, even outside the data range', () => {
    const c = classify([5, 15, 25], { method: 'manual', breaks: [10, 20, 100] });
    expect(c.breaks).toEqual([10, 20, 100]);
    expect(c.classes).toBe(4);
    expect(c.counts).toEqual([1, 1, 1, 0]);
    expect(c.classOf(10)).toBe(1);
  });

  it('keeps its classes without data', () => {
    const c = classify([null], { method: 'manual', breaks: [10, 20] });
    expect(c.classes).toBe(3);
    expect(c.count).toBe(0);
    expect(c.domain).toEqual([10, 20]);
    expect(c.classOf(15)).toBe(1);
  });

  it('rejects invalid breaks with a typed, bilingual error', () => {
    const cases: [readonly number[] | undefined, string][] = [
      [undefined, 'missing-breaks'],
      [[], 'missing-breaks'],
      [[20, 10], 'invalid-breaks'],
      [[10, 10], 'invalid-breaks'],
      [[1, NaN], 'invalid-breaks'],
      [[1, Infinity], 'invalid-breaks'],
    ];
    for (const [breaks, code] of cases) {
      const e = thrown(() => classify([1, 2], { method: 'manual', ...(breaks ? { breaks } : {}) }));
      expect(e).toBeInstanceOf(ClassificationError);
      expect((e as ClassificationError).code).toBe(code);
      expect((e as ClassificationError).name).toBe('ClassificationError');
    }
    const e = thrown(() => classify([1], { method: 'manual', breaks: [2, 1] })) as ClassificationError;
    expect(e.localized.de).toBe(
      'Die Klassengrenzen müssen endliche Zahlen in aufsteigender Reihenfolge ohne Wiederholung sein.',
    );
    expect(e.message).toBe('Class breaks must be finite numbers in strictly ascending order.');
  });
});

describe('classify: options and edge cases', () => {
  it('rejects a number of classes that is not an integer ≥ 1', () => {
    for (const classes of [0, -1, 2.5, NaN, undefined]) {
      const e = thrown(() =>
        classify(oneToTen, { method: 'quantile', ...(classes === undefined ? {} : { classes }) }),
      );
      expect((e as ClassificationError).code).toBe('invalid-classes');
    }
  });

  it('rejects an unknown method', () => {
    const e = thrown(() => classify(oneToTen, { method: 'magic' as 'equal', classes: 3 }));
    expect((e as ClassificationError).code).toBe('unknown-method');
  });

  it('empty and all-missing input: no classes', () => {
    for (const values of [[], [null, NaN, undefined, Infinity]]) {
      const c = classify(values, { method: 'quantile', classes: 4 });
      expect(c.breaks).toEqual([]);
      expect(c.classes).toBe(0);
      expect(c.count).toBe(0);
      expect(c.domain).toEqual([0, 0]);
      expect(c.counts).toEqual([]);
      expect(c.classOf(5)).toBe(-1);
    }
  });

  it('all values equal: one class', () => {
    for (const method of ['quantile', 'equal', 'jenks'] as const) {
      const c = classify([5, 5, null, 5], { method, classes: 4 });
      expect(c.breaks).toEqual([]);
      expect(c.classes).toBe(1);
      expect(c.domain).toEqual([5, 5]);
      expect(c.counts).toEqual([3]);
      expect(c.classOf(5)).toBe(0);
      expect(c.classOf(-3)).toBe(0);
    }
  });

  it('single class asked for', () => {
    const c = classify(oneToTen, { method: 'equal', classes: 1 });
    expect(c.breaks).toEqual([]);
    expect(c.classes).toBe(1);
  });

  it('nice rounds breaks to the given decimals', () => {
    // 3.25 → 3.3 (toFixed rounds the tie up), 5.5, 7.75 → 7.8
    expect(classify(oneToTen, { method: 'quantile', classes: 4, nice: true, decimals: 1 }).breaks).toEqual([
      3.3, 5.5, 7.8,
    ]);
    const c = classify(oneToTen, { method: 'quantile', classes: 4, nice: true });
    expect(c.breaks).toEqual([3, 6, 8]);
    expect(c.counts).toEqual([2, 3, 2, 3]);
  });

  it('nice drops breaks that collapse after rounding', () => {
    const values = [0, 1.2, 1.4, 1.45, 1.6, 5];
    // h = 5p: 1.25, 1.425, 1.5625 → rounded 1, 1, 2
    const raw = classify(values, { method: 'quantile', classes: 4 });
    expect(raw.breaks[0]).toBe(1.25);
    expect(raw.breaks[2]).toBe(1.5625);
    const c = classify(values, { method: 'quantile', classes: 4, nice: true, decimals: 0 });
    expect(c.breaks).toEqual([1, 2]);
    expect(c.classes).toBe(3);
    expect(c.counts).toEqual([1, 4, 1]);
  });

  it('nice drops breaks that fall to the minimum or beyond the maximum', () => {
    // equal, 2 classes over [0.2, 0.96]: 0.58 → 1 > max, dropped
    const c = classify([0.2, 0.96], { method: 'equal', classes: 2, nice: true, decimals: 0 });
    expect(c.breaks).toEqual([]);
    expect(c.classes).toBe(1);
  });
});
