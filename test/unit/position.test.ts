import { describe, expect, it } from 'vitest';
import { intersect, placeTooltip } from '../../src/core/position';

const VIEWPORT = { x: 0, y: 0, width: 800, height: 600 };
const TIP = { width: 120, height: 40 };

describe('placeTooltip', () => {
  it('centres the tooltip above the anchor, offset away', () => {
    // a 20×10 item at (300, 200): centre x 310, top 200
    expect(placeTooltip({ x: 300, y: 200, width: 20, height: 10 }, TIP, VIEWPORT)).toEqual({
      x: 250,
      y: 150,
      side: 'top',
    });
    // a pointer position (0×0), a custom offset
    expect(placeTooltip({ x: 400, y: 300, width: 0, height: 0 }, TIP, VIEWPORT, { offset: 4 })).toEqual({
      x: 340,
      y: 256,
      side: 'top',
    });
  });

  it('flips below when there is no room above (padding included), and stays above when it just fits', () => {
    // above would start at 58 - 10 - 40 = 8: exactly the padding
    expect(placeTooltip({ x: 300, y: 58, width: 20, height: 10 }, TIP, VIEWPORT).side).toBe('top');
    // one pixel higher: 7 < 8, flipped below the item's bottom (57 + 10) + 10
    expect(placeTooltip({ x: 300, y: 57, width: 20, height: 10 }, TIP, VIEWPORT)).toEqual({
      x: 250,
      y: 77,
      side: 'bottom',
    });
  });

  it('takes the side where less sticks out when it fits on neither', () => {
    const tall = { width: 100, height: 400 };
    // above: 250 - 10 - 400 = -160 → 168 px out; below: 260 + 400 = 660 → 68 px out
    expect(placeTooltip({ x: 100, y: 250, width: 0, height: 0 }, tall, VIEWPORT).side).toBe('bottom');
    // above: 420 - 10 - 400 = 10, inside the padding of 8: fits
    expect(placeTooltip({ x: 100, y: 420, width: 0, height: 0 }, tall, VIEWPORT).side).toBe('top');
    // equal overflow on both sides: above
    const box = { x: 0, y: 0, width: 800, height: 436 };
    expect(placeTooltip({ x: 100, y: 218, width: 0, height: 0 }, tall, box).side).toBe('top');
  });

  it('shifts sideways to keep the padding from the left and right edges, never vertically', () => {
    expect(placeTooltip({ x: 5, y: 300, width: 0, height: 0 }, TIP, VIEWPORT)).toEqual({
      x: 8,
      y: 250,
      side: 'top',
    });
    expect(placeTooltip({ x: 795, y: 300, width: 0, height: 0 }, TIP, VIEWPORT)).toEqual({
      x: 800 - 8 - 120,
      y: 250,
      side: 'top',
    });
    // wider than the boundary: starts at the left padding
    expect(placeTooltip({ x: 50, y: 300, width: 0, height: 0 }, { width: 900, height: 40 }, VIEWPORT).x).toBe(
      8,
    );
  });

  it('works in a boundary that does not start at 0 (a clipping container)', () => {
    const box = { x: 100, y: 100, width: 300, height: 200 };
    // near the container's top: flipped below; near its left: shifted to 100 + 8
    expect(placeTooltip({ x: 110, y: 130, width: 10, height: 10 }, TIP, box)).toEqual({
      x: 108,
      y: 150,
      side: 'bottom',
    });
  });
});

describe('intersect', () => {
  it('is the overlap of two boxes, empty when they do not overlap', () => {
    expect(
      intersect({ x: 0, y: 0, width: 100, height: 100 }, { x: 50, y: 20, width: 100, height: 30 }),
    ).toEqual({
      x: 50,
      y: 20,
      width: 50,
      height: 30,
    });
    expect(intersect({ x: 0, y: 0, width: 10, height: 10 }, { x: 20, y: 20, width: 5, height: 5 })).toEqual({
      x: 20,
      y: 20,
      width: 0,
      height: 0,
    });
  });
});
