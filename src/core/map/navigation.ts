/**
 * Keyboard order on a map: arrow keys move to the region that lies in that direction, preferring
 * neighbours (regions sharing a border), so Right from a Gemeinde goes to the Gemeinde east of it.
 * Home/End go to the first/last region in reading order (north-west to south-east in bands).
 */

export type Direction = 'left' | 'right' | 'up' | 'down';

interface Node {
  center: readonly [number, number];
  neighbors: readonly number[];
}

const VECTORS: Readonly<Record<Direction, [number, number]>> = {
  right: [1, 0],
  left: [-1, 0],
  up: [0, -1], // y grows southwards
  down: [0, 1],
};

/**
 * Index of the region in `direction` from `from`, or `from` when there is none. Candidates must
 * lie within 60° of the direction; the score favours small angles and short distances, and
 * neighbours win over non-neighbours at equal score × 0.6.
 */
export function nextInDirection(nodes: readonly Node[], from: number, direction: Direction): number {
  const origin = nodes[from];
  if (!origin) return from;
  const [ux, uy] = VECTORS[direction];
  const neighbors = new Set(origin.neighbors);
  let best = from;
  let bestScore = Infinity;
  for (let i = 0; i < nodes.length; i++) {
    if (i === from) continue;
    const c = nodes[i]!.center;
    const dx = c[0] - origin.center[0];
    const dy = c[1] - origin.center[1];
    const dist = Math.hypot(dx, dy);
    if (dist === 0) continue;
    const cos = (dx * ux + dy * uy) / dist;
    if (cos < 0.5) continue; // outside ±60°
    let score = dist * (1 + 2 * (1 - cos));
    if (neighbors.has(i)) score *= 0.6;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

/**
 * Reading order: bands of similar latitude from north to south, west to east within a band. The
 * band height is the median region height, so rows follow the map's own grain.
 */
export function readingOrder(
  nodes: readonly { center: readonly [number, number]; bbox: readonly number[] }[],
): number[] {
  if (!nodes.length) return [];
  const heights = nodes.map((n) => (n.bbox[3] ?? 0) - (n.bbox[1] ?? 0)).sort((a, b) => a - b);
  const band = Math.max(heights[heights.length >> 1] ?? 1, 1e-9);
  const minY = Math.min(...nodes.map((n) => n.center[1]));
  return nodes
    .map((n, i) => ({ i, row: Math.floor((n.center[1] - minY) / band), x: n.center[0] }))
    .sort((a, b) => a.row - b.row || a.x - b.x)
    .map((e) => e.i);
}
