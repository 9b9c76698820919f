/**
 * Choosing the flow a sankey shows: by id, year and region, with defaults that fit the feed.
 *
 * - Region default: the feed's "main" region that has the flow. The main region is the deepest
 *   common ancestor of the feed's local regions (Gemeinden and Gemeindeverbände, else Kreise) —
 *   the Landkreis of a Kreis feed, the Land of a Land feed. When the flow exists only for a
 *   higher level (e.g. transitions published for the Land), the nearest ancestor with the flow is
 *   taken; failing that, the region of the first matching flow in feed order.
 * - Year default: the latest year of that flow id for that region.
 * - Node order: one rank per node id for all years of a flow id and region, taken from the
 *   newest year and then from older years for nodes that have disappeared. Sorting nodes by it
 *   keeps the order equal across years, so year-to-year comparison is stable.
 */
import type { Feed, Flow, RegionLevel } from '../feed/types';

export type FlowSelectionError =
  | { code: 'no-flows' }
  | { code: 'unknown-flow'; id: string }
  | { code: 'unknown-region'; id: string; region: string }
  | { code: 'unknown-year'; id: string; region: string; year: number; years: number[] };

export type FlowSelection =
  | {
      ok: true;
      flow: Flow;
      /** Years of this flow id for the selected region, ascending. */
      years: number[];
      /** Regions that have this flow id, in feed order of the regions. */
      regions: string[];
      /** Stable rank of every node id across the years of this flow id and region. */
      order: Map<string, number>;
    }
  | ({ ok: false } & FlowSelectionError);

export interface FlowQuery {
  /** Flow id; default: the first flow of the feed. */
  flow?: string | null;
  year?: number | null;
  region?: string | null;
}

const LOCAL_LEVELS: readonly RegionLevel[][] = [['gemeinde', 'verband'], ['kreis']];

/** The region key and its ancestors, nearest first. */
export function ancestors(feed: Feed, key: string): string[] {
  const parent = new Map(feed.regions.map((r) => [r.key, r.parent]));
  const out: string[] = [];
  let k: string | undefined = key;
  while (k !== undefined && !out.includes(k)) {
    out.push(k);
    k = parent.get(k);
  }
  return out;
}

/** The deepest region every local region of the feed belongs to, if any. */
export function focusRegion(feed: Feed): string | undefined {
  for (const levels of LOCAL_LEVELS) {
    const local = feed.regions.filter((r) => levels.includes(r.level));
    if (!local.length) continue;
    let common = ancestors(feed, local[0]!.key);
    for (const r of local.slice(1)) {
      const chain = new Set(ancestors(feed, r.key));
      common = common.filter((k) => chain.has(k));
    }
    if (common[0] !== undefined) return common[0];
  }
  return undefined;
}

/** Regions that have flow `id`, in the order of `feed.regions` (unknown keys last). */
export function flowRegions(feed: Feed, id: string): string[] {
  const keys = new Set((feed.flows ?? []).filter((f) => f.id === id).map((f) => f.region));
  const ordered = feed.regions.map((r) => r.key).filter((k) => keys.has(k));
  for (const k of keys) if (!ordered.includes(k)) ordered.push(k);
  return ordered;
}

/** Years of flow `id` for `region`, ascending. */
export function flowYears(feed: Feed, id: string, region: string): number[] {
  const years = (feed.flows ?? []).filter((f) => f.id === id && f.region === region).map((f) => f.year);
  return [...new Set(years)].sort((a, b) => a - b);
}

/** The default region for flow `id` (see the module notes). */
export function mainRegion(feed: Feed, id: string): string | undefined {
  const regions = flowRegions(feed, id);
  if (!regions.length) return undefined;
  const focus = focusRegion(feed);
  if (focus !== undefined) {
    for (const k of ancestors(feed, focus)) if (regions.includes(k)) return k;
  }
  return (feed.flows ?? []).find((f) => f.id === id)?.region;
}

/** Stable node ranks for flow `id` and `region` (newest year first, then older years). */
export function nodeOrder(feed: Feed, id: string, region: string): Map<string, number> {
  const flows = (feed.flows ?? [])
    .filter((f) => f.id === id && f.region === region)
    .sort((a, b) => b.year - a.year);
  const order = new Map<string, number>();
  for (const f of flows) for (const n of f.nodes) if (!order.has(n.id)) order.set(n.id, order.size);
  return order;
}

/** Picks the flow to draw, or says precisely why there is none. */
export function selectFlow(feed: Feed, query: FlowQuery = {}): FlowSelection {
  const flows = feed.flows ?? [];
  if (!flows.length) return { ok: false, code: 'no-flows' };
  const id = query.flow || flows[0]!.id;
  const regions = flowRegions(feed, id);
  if (!regions.length) return { ok: false, code: 'unknown-flow', id };
  const region = query.region || mainRegion(feed, id)!;
  if (!regions.includes(region)) return { ok: false, code: 'unknown-region', id, region };
  const years = flowYears(feed, id, region);
  const year = query.year ?? years[years.length - 1]!;
  const flow = flows.find((f) => f.id === id && f.region === region && f.year === year);
  if (!flow) return { ok: false, code: 'unknown-year', id, region, year, years };
  return { ok: true, flow, years, regions, order: nodeOrder(feed, id, region) };
}
