import { describe, expect, it } from 'vitest';
import { dodgeLabels } from '../../src/core/trend/labels';

const asObject = (m: Map<string, number>) => Object.fromEntries(m);

describe('dodgeLabels', () => {
  it('leaves labels that do not overlap where they want to be', () => {
    expect(
      asObject(
        dodgeLabels(
          [
            { id: 'a', y: 10 },
            { id: 'b', y: 50 },
          ],
          16,
          0,
          100,
        ),
      ),
    ).toEqual({ a: 10, b: 50 });
  });

  it('spreads two close labels symmetrically around their mean', () => {
    expect(
      asObject(
        dodgeLabels(
          [
            { id: 'a', y: 40 },
            { id: 'b', y: 44 },
          ],
          16,
          0,
          100,
        ),
      ),
    ).toEqual({ a: 34, b: 50 });
  });

  it('keeps the order of wishes (a higher line keeps the higher label)', () => {
    const out = dodgeLabels(
      [
        { id: 'low', y: 60 },
        { id: 'high', y: 58 },
      ],
      16,
      0,
      100,
    );
    expect(out.get('high')!).toBeLessThan(out.get('low')!);
    expect(asObject(out)).toEqual({ high: 51, low: 67 });
  });

  it('merges clusters until none overlap', () => {
    // a/b collide (mean 21 → 13, 29); that cluster collides with c: mean of 20, 22, 36 = 26 → 10, 26, 42.
    const out = dodgeLabels(
      [
        { id: 'a', y: 20 },
        { id: 'b', y: 22 },
        { id: 'c', y: 36 },
      ],
      16,
      0,
      200,
    );
    expect(asObject(out)).toEqual({ a: 10, b: 26, c: 42 });
  });

  it('stays inside the bounds', () => {
    expect(
      asObject(
        dodgeLabels(
          [
            { id: 'a', y: 2 },
            { id: 'b', y: 3 },
          ],
          16,
          0,
          100,
        ),
      ),
    ).toEqual({ a: 0, b: 16 });
    expect(
      asObject(
        dodgeLabels(
          [
            { id: 'a', y: 99 },
            { id: 'b', y: 100 },
          ],
          16,
          0,
          100,
        ),
      ),
    ).toEqual({ a: 84, b: 100 });
  });

  it('stacks from the top when the labels do not fit', () => {
    const wishes = ['a', 'b', 'c', 'd'].map((id) => ({ id, y: 10 }));
    expect(asObject(dodgeLabels(wishes, 16, 0, 30))).toEqual({ a: 0, b: 16, c: 32, d: 48 });
  });
});
