import { describe, expect, it } from 'vitest';
import { nextInDirection, readingOrder } from '../../src/core/map/navigation';

// A 3×3 grid of regions, index = row * 3 + col, y grows southwards.
const nodes = Array.from({ length: 9 }, (_, i) => {
  const x = i % 3;
  const y = Math.floor(i / 3);
  const neighbors = [i - 3, i + 3, x > 0 ? i - 1 : -1, x < 2 ? i + 1 : -1].filter((n) => n >= 0 && n < 9);
  return {
    center: [x * 10 + 5, y * 10 + 5] as [number, number],
    bbox: [x * 10, y * 10, x * 10 + 10, y * 10 + 10],
    neighbors,
  };
});

describe('nextInDirection', () => {
  it('moves to the adjacent region in each direction', () => {
    expect(nextInDirection(nodes, 4, 'right')).toBe(5);
    expect(nextInDirection(nodes, 4, 'left')).toBe(3);
    expect(nextInDirection(nodes, 4, 'up')).toBe(1);
    expect(nextInDirection(nodes, 4, 'down')).toBe(7);
  });
  it('stays put at the edge', () => {
    expect(nextInDirection(nodes, 2, 'right')).toBe(2);
    expect(nextInDirection(nodes, 0, 'up')).toBe(0);
  });
  it('prefers a near region at a small angle over a far one straight ahead', () => {
    const pts = [
      { center: [0, 0] as [number, number], neighbors: [] },
      { center: [10, 3] as [number, number], neighbors: [] },
      { center: [40, 0] as [number, number], neighbors: [] },
    ];
    expect(nextInDirection(pts, 0, 'right')).toBe(1);
  });
});

describe('readingOrder', () => {
  it('goes north to south in bands, west to east within a band', () => {
    expect(readingOrder(nodes)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    const shuffled = [nodes[8]!, nodes[0]!, nodes[4]!];
    expect(readingOrder(shuffled)).toEqual([1, 2, 0]);
  });
});
