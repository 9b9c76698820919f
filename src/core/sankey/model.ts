/**
 * The data model of a sankey, before any geometry: node totals, column shares, link shares and
 * the fixed order of nodes within each column.
 *
 * - A node's value is max(inflow, outflow), as in d3-sankey; its share is of its column total.
 * - A link's share is of its source node's outflow ("412 of 1,050 who left the Grundschule").
 * - Order within a column: `feed` keeps the feed's node order (by `order`, the stable ranks across
 *   years from `nodeOrder()`, falling back to the position in `flow.nodes`); `value` sorts by node
 *   value, largest first, ties in feed order.
 */
import type { Flow, FlowLink, Lang } from '../feed/types';
import { localize } from '../format';

export type NodeOrder = 'feed' | 'value';

export interface ModelNode {
  id: string;
  label: string;
  stage: number;
  /** Column index, 0-based, over the distinct stages present. */
  column: number;
  /** Position within the column after ordering. */
  row: number;
  inflow: number;
  outflow: number;
  value: number;
  /** Share of the column total (0–1), null when the column total is 0. */
  share: number | null;
  columnTotal: number;
  /** Number of nodes in the node's column. */
  columnSize: number;
}

export interface ModelLink {
  /** Index in `flow.links`. */
  index: number;
  /** `source→target`. */
  id: string;
  source: string;
  target: string;
  value: number;
  /** Share of the source node's outflow (0–1), null when that is 0. */
  share: number | null;
  sourceTotal: number;
}

export interface SankeyModel {
  flow: Flow;
  lang: Lang;
  nodes: ModelNode[];
  nodeById: Map<string, ModelNode>;
  links: ModelLink[];
  /** Node ids per column, top to bottom. */
  columns: string[][];
  /** The stage number of each column. */
  stages: number[];
}

export interface ModelOptions {
  lang: Lang;
  nodeOrder?: NodeOrder;
  order?: ReadonlyMap<string, number>;
}

/** Inflow and outflow per node id. */
export function flowTotals(links: readonly FlowLink[]): [Map<string, number>, Map<string, number>] {
  const inflow = new Map<string, number>();
  const outflow = new Map<string, number>();
  for (const l of links) {
    outflow.set(l.source, (outflow.get(l.source) ?? 0) + l.value);
    inflow.set(l.target, (inflow.get(l.target) ?? 0) + l.value);
  }
  return [inflow, outflow];
}

/** Where a node is drawn, as one number for sorting: column, then row (0 for an unknown id). */
export function nodeRank(model: SankeyModel, id: string): number {
  const n = model.nodeById.get(id);
  return n ? n.column * 100000 + n.row : 0;
}

/** Builds the model of a checked flow (see `checkFlow`). */
export function buildModel(flow: Flow, opts: ModelOptions): SankeyModel {
  const lang = opts.lang;
  const [inflow, outflow] = flowTotals(flow.links);
  const stages = [...new Set(flow.nodes.map((n) => n.stage))].sort((a, b) => a - b);
  const rank = (id: string, i: number) => opts.order?.get(id) ?? (opts.order?.size ?? 0) + i;
  const nodes: ModelNode[] = flow.nodes.map((n) => {
    const i = inflow.get(n.id) ?? 0;
    const o = outflow.get(n.id) ?? 0;
    return {
      id: n.id,
      label: localize(n.label, lang) || n.id,
      stage: n.stage,
      column: stages.indexOf(n.stage),
      row: 0,
      inflow: i,
      outflow: o,
      value: Math.max(i, o),
      share: null,
      columnTotal: 0,
      columnSize: 0,
    };
  });
  const feedIndex = new Map(flow.nodes.map((n, i) => [n.id, rank(n.id, i)]));
  const byValue = opts.nodeOrder === 'value';
  const columns = stages.map((_, c) =>
    nodes
      .filter((n) => n.column === c)
      .sort((a, b) => (byValue ? b.value - a.value : 0) || feedIndex.get(a.id)! - feedIndex.get(b.id)!),
  );
  for (const column of columns) {
    const total = column.reduce((s, n) => s + n.value, 0);
    column.forEach((n, row) => {
      n.row = row;
      n.columnTotal = total;
      n.columnSize = column.length;
      n.share = total > 0 ? n.value / total : null;
    });
  }
  const links: ModelLink[] = flow.links.map((l, index) => {
    const sourceTotal = outflow.get(l.source) ?? 0;
    return {
      index,
      id: `${l.source}→${l.target}`,
      source: l.source,
      target: l.target,
      value: l.value,
      share: sourceTotal > 0 ? l.value / sourceTotal : null,
      sourceTotal,
    };
  });
  return {
    flow,
    lang,
    nodes,
    nodeById: new Map(nodes.map((n) => [n.id, n])),
    links,
    columns: columns.map((c) => c.map((n) => n.id)),
    stages,
  };
}
