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
import { nodeRank, type ModelLink, type SankeyModel } from './model';

export type SankeyFocus =
  | { type: 'node'; id: string }
  /** `via`: the node the ribbon was reached from, whose ribbons ArrowUp/Down go through. */
  | { type: 'link'; index: number; via: 'source' | 'target' };

export type NavKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';

export const NAV_KEYS: readonly string[] = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'];

/**
 * Drawn links (value > 0) of a node, in visual order: those it is the `end` of (`source`: leaving
 * it, `target`: entering it), ordered by the nodes at their other end.
 */
export function nodeLinks(model: SankeyModel, id: string, end: 'source' | 'target'): number[] {
  const far = end === 'source' ? 'target' : 'source';
  const pos = (l: ModelLink) => nodeRank(model, l[far]);
  return model.links
    .filter((l) => l.value > 0 && l[end] === id)
    .sort((a, b) => pos(a) - pos(b) || a.index - b.index)
    .map((l) => l.index);
}

/** The entry `key` (ArrowUp/ArrowDown, Home/End) leads to from position `at` of `list`, if another. */
function step<T>(list: readonly T[], at: number, key: NavKey): T | undefined {
  const to = key === 'ArrowUp' ? at - 1 : key === 'ArrowDown' ? at + 1 : key === 'Home' ? 0 : list.length - 1;
  return to === at ? undefined : list[to];
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
    if (key === 'ArrowRight' || key === 'ArrowLeft') {
      // onto the largest ribbon on that side (the first in visual order on ties)
      const via = key === 'ArrowRight' ? 'source' : 'target';
      let index: number | undefined;
      for (const i of nodeLinks(model, node.id, via))
        if (index === undefined || model.links[i]!.value > model.links[index]!.value) index = i;
      return index === undefined ? null : { type: 'link', index, via };
    }
    const id = step(model.columns[node.column]!, node.row, key);
    return id === undefined ? null : { type: 'node', id };
  }
  const link = model.links[focus.index];
  if (!link) return null;
  if (key === 'ArrowRight') return { type: 'node', id: link.target };
  if (key === 'ArrowLeft') return { type: 'node', id: link.source };
  const siblings = nodeLinks(model, link[focus.via], focus.via);
  const index = step(siblings, siblings.indexOf(focus.index), key);
  return index === undefined ? null : { type: 'link', index, via: focus.via };
}

/**
 * Links to emphasise for a node: every ribbon on a path through it (all upstream and all
 * downstream links, transitively). For a link: the link itself.
 */
export function pathLinks(model: SankeyModel, focus: SankeyFocus): Set<number> {
  if (focus.type === 'link') return new Set([focus.index]);
  const out = new Set<number>();
  // downstream (from the source end of each link to its target), then upstream
  const walk = (id: string, near: 'source' | 'target', far: 'source' | 'target', seen: Set<string>) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const l of model.links)
      if (l.value > 0 && l[near] === id) {
        out.add(l.index);
        walk(l[far], near, far, seen);
      }
  };
  walk(focus.id, 'source', 'target', new Set());
  walk(focus.id, 'target', 'source', new Set());
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
