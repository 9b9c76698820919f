/**
 * Keyboard path through a sankey (one Tab stop, roving focus), and the links a focused item
 * highlights.
 *
 * Scheme — arrows follow the picture:
 * - On a node: ArrowUp/ArrowDown go to the previous/next node of the same column;
 *   ArrowRight goes onto the node's largest outgoing ribbon, ArrowLeft onto its largest incoming
 *   ribbon; Home/End go to the first/last node of the column.
 * - On a ribbon (reached from node N): ArrowUp/ArrowDown go through N's other ribbons on that side
 *   (in the order they leave or enter N); ArrowRight goes to the ribbon's target node, ArrowLeft
 *   to its source node; Home/End go to N's first/last ribbon on that side.
 * So Right, Right walks node → ribbon → next node along the largest flow.
 * Keys with no target (ArrowUp on the first node, ArrowRight in the last column) return null.
 */
import { nodeRank, type SankeyModel } from './model';

export type SankeyFocus =
  | { type: 'node'; id: string }
  /** `via`: the node the ribbon was reached from, whose ribbons ArrowUp/Down go through. */
  | { type: 'link'; index: number; via: 'source' | 'target' };

export type NavKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';

export const NAV_KEYS: readonly string[] = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'];

/** Drawn links (value > 0) leaving (`out`) or entering (`in`) a node, in visual order. */
export function nodeLinks(model: SankeyModel, id: string, side: 'out' | 'in'): number[] {
  const pos = (nodeId: string) => nodeRank(model, nodeId);
  return model.links
    .filter((l) => l.value > 0 && (side === 'out' ? l.source === id : l.target === id))
    .sort(
      (a, b) =>
        (side === 'out' ? pos(a.target) - pos(b.target) : pos(a.source) - pos(b.source)) || a.index - b.index,
    )
    .map((l) => l.index);
}

function largest(model: SankeyModel, indices: number[]): number | undefined {
  let best: number | undefined;
  for (const i of indices)
    if (best === undefined || model.links[i]!.value > model.links[best]!.value) best = i;
  return best;
}

/** The first focus: the first node of the first column. */
export function initialFocus(model: SankeyModel): SankeyFocus | null {
  const id = model.columns[0]?.[0];
  return id === undefined ? null : { type: 'node', id };
}

/** Where `key` moves the focus from `focus`, or null when it goes nowhere. */
export function moveFocus(model: SankeyModel, focus: SankeyFocus, key: NavKey): SankeyFocus | null {
  if (focus.type === 'node') {
    const node = model.nodeById.get(focus.id);
    if (!node) return null;
    const column = model.columns[node.column]!;
    const to = (row: number) => {
      const id = column[row];
      return id === undefined || row === node.row ? null : ({ type: 'node', id } as const);
    };
    switch (key) {
      case 'ArrowUp':
        return to(node.row - 1);
      case 'ArrowDown':
        return to(node.row + 1);
      case 'Home':
        return to(0);
      case 'End':
        return to(column.length - 1);
      case 'ArrowRight':
      case 'ArrowLeft': {
        const side = key === 'ArrowRight' ? 'out' : 'in';
        const index = largest(model, nodeLinks(model, node.id, side));
        return index === undefined
          ? null
          : { type: 'link', index, via: side === 'out' ? 'source' : 'target' };
      }
    }
  }
  const link = model.links[focus.index];
  if (!link) return null;
  if (key === 'ArrowRight') return { type: 'node', id: link.target };
  if (key === 'ArrowLeft') return { type: 'node', id: link.source };
  const anchor = focus.via === 'source' ? link.source : link.target;
  const siblings = nodeLinks(model, anchor, focus.via === 'source' ? 'out' : 'in');
  const at = siblings.indexOf(focus.index);
  const target =
    key === 'ArrowUp' ? at - 1 : key === 'ArrowDown' ? at + 1 : key === 'Home' ? 0 : siblings.length - 1;
  const index = siblings[target];
  return index === undefined || index === focus.index ? null : { type: 'link', index, via: focus.via };
}

/**
 * Links to emphasise for a node: every ribbon on a path through it (all upstream and all
 * downstream links, transitively). For a link: the link itself.
 */
export function pathLinks(model: SankeyModel, focus: SankeyFocus): Set<number> {
  if (focus.type === 'link') return new Set([focus.index]);
  const out = new Set<number>();
  const walk = (id: string, side: 'out' | 'in', seen: Set<string>) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const l of model.links) {
      if (l.value <= 0) continue;
      if (side === 'out' && l.source === id) {
        out.add(l.index);
        walk(l.target, side, seen);
      } else if (side === 'in' && l.target === id) {
        out.add(l.index);
        walk(l.source, side, seen);
      }
    }
  };
  walk(focus.id, 'out', new Set());
  walk(focus.id, 'in', new Set());
  return out;
}

/** Links and nodes to emphasise for `focus` (null: nothing emphasised, everything at rest). */
export function emphasis(
  model: SankeyModel,
  focus: SankeyFocus | null,
): { links: Set<number>; nodes: Set<string> } | null {
  if (!focus) return null;
  const links = pathLinks(model, focus);
  const nodes = new Set<string>(focus.type === 'node' ? [focus.id] : []);
  for (const l of model.links) {
    if (!links.has(l.index)) continue;
    nodes.add(l.source);
    nodes.add(l.target);
  }
  return { links, nodes };
}

/** Stable key of a focus, e.g. for comparing or as a tooltip token. */
export function focusKey(focus: SankeyFocus | null): string {
  if (!focus) return '';
  return focus.type === 'node' ? `node:${focus.id}` : `link:${focus.index}`;
}
