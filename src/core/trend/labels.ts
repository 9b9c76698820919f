/**
 * Vertical de-overlap of line-end labels (DOM-free).
 *
 * Labels want to sit at the y of their line's last value. Overlapping labels are merged into
 * clusters; each cluster is centred on the mean of its members' wishes (so a pair of close lines
 * gets its labels spread symmetrically around them), kept inside [min, max], and clusters are
 * merged again until none overlap. Deterministic and order-preserving: a label that wants to be
 * higher stays higher.
 */

export interface LabelWish {
  id: string;
  /** Wanted centre y. */
  y: number;
}

interface Cluster {
  members: { id: string; y: number }[];
  /** Centre y of the first (top) member. */
  top: number;
}

function place(c: Cluster, gap: number, min: number, max: number): void {
  const n = c.members.length;
  const mean = c.members.reduce((s, m) => s + m.y, 0) / n;
  let top = mean - ((n - 1) * gap) / 2;
  const bottom = top + (n - 1) * gap;
  if (bottom > max) top -= bottom - max;
  if (top < min) top = min;
  c.top = top;
}

/**
 * Centre y per label id so that neighbours are at least `gap` apart and all lie in [min, max]
 * (when they fit; otherwise they are stacked from `min`).
 */
export function dodgeLabels(
  wishes: readonly LabelWish[],
  gap: number,
  min: number,
  max: number,
): Map<string, number> {
  const sorted = [...wishes].sort((a, b) => a.y - b.y || a.id.localeCompare(b.id));
  const clusters: Cluster[] = sorted.map((w) => ({ members: [{ id: w.id, y: w.y }], top: w.y }));
  for (const c of clusters) place(c, gap, min, max);
  let merged = true;
  while (merged && clusters.length > 1) {
    merged = false;
    for (let i = 0; i < clusters.length - 1; i++) {
      const a = clusters[i]!;
      const b = clusters[i + 1]!;
      const aBottom = a.top + (a.members.length - 1) * gap;
      if (b.top - aBottom < gap - 1e-9) {
        a.members.push(...b.members);
        clusters.splice(i + 1, 1);
        place(a, gap, min, max);
        merged = true;
        break;
      }
    }
  }
  const out = new Map<string, number>();
  for (const c of clusters) {
    c.members.forEach((m, i) => out.set(m.id, Math.round((c.top + i * gap) * 10) / 10));
  }
  return out;
}
