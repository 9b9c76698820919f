/**
 * Where a tooltip goes (DOM-free): above the point or item it describes, below it when there is no
 * room above, and moved sideways to stay inside the visible area — what Floating UI's
 * `computePosition` with `placement: 'top'`, `offset`, `flip({ padding })` and
 * `shift({ padding })` computes for our tooltips, in a few lines (see README, "Stack").
 *
 * All rectangles are in the same coordinates (CSS pixels of the viewport).
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlaceOptions {
  /** Gap between the anchor and the tooltip (default 10). */
  offset?: number;
  /** Least distance from the edges of the boundary (default 8). */
  padding?: number;
}

export interface Placement {
  /** Left edge of the tooltip. */
  x: number;
  /** Top edge of the tooltip. */
  y: number;
  side: 'top' | 'bottom';
}

/**
 * The position of a tooltip of `size` for `anchor` inside `boundary`:
 *
 * - centred above the anchor, `offset` away;
 * - below it instead when the tooltip does not fit above (within `padding` of the boundary's top)
 *   but fits below; when it fits on neither side, on the side where less of it sticks out
 *   (above when equal);
 * - then moved sideways so it keeps `padding` from the boundary's left and right edges (a tooltip
 *   wider than that starts at the left padding). It is not moved vertically.
 */
export function placeTooltip(
  anchor: Box,
  size: { width: number; height: number },
  boundary: Box,
  opts: PlaceOptions = {},
): Placement {
  const offset = opts.offset ?? 10;
  const padding = opts.padding ?? 8;
  const above = anchor.y - offset - size.height;
  const below = anchor.y + anchor.height + offset;
  // how far the tooltip would stick out of the padded boundary on each side (≤ 0: it fits)
  const overTop = boundary.y + padding - above;
  const overBottom = below + size.height - (boundary.y + boundary.height - padding);
  const side = overTop <= 0 ? 'top' : overBottom <= 0 || overBottom < overTop ? 'bottom' : 'top';
  const centred = anchor.x + anchor.width / 2 - size.width / 2;
  const min = boundary.x + padding;
  const max = boundary.x + boundary.width - padding - size.width;
  return { x: Math.max(min, Math.min(centred, max)), y: side === 'top' ? above : below, side };
}

/** The part of `a` inside `b` (zero width or height when they do not overlap). */
export function intersect(a: Box, b: Box): Box {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return { x, y, width: Math.max(0, right - x), height: Math.max(0, bottom - y) };
}
