/**
 * Linked widgets: what a region selection or a year change in one widget means for the others of
 * a group (`<bildung-feed>` or `link-group`). Pure and DOM-free; the link controller in
 * `src/components/shared/link.ts` applies the answers through the widgets' public properties.
 */
import type { Feed, RegionLevel } from './feed/types';
import { flowRegions, selectFlow } from './sankey/select';

/** `key` and its parents in the feed (Gemeinde → Kreis → Land → Bund); `[key]` for an unknown key. */
export function regionChain(feed: Feed, key: string): string[] {
  const byKey = new Map(feed.regions.map((r) => [r.key, r]));
  const chain: string[] = [];
  let k: string | undefined = key;
  while (k !== undefined && !chain.includes(k)) {
    chain.push(k);
    k = byKey.get(k)?.parent;
  }
  return chain;
}

/** Lines of a trend after selecting `key`: the region and its parents with a value, `key` emphasised. */
export interface TrendLink {
  regions: string[];
  highlight: string;
}

/**
 * The trend lines for a selected region: the region itself and its parents (e.g. Gemeinde, Kreis,
 * Land) that have at least one value of `indicator`. Null when the indicator is unknown or none of
 * them has a value (the trend then keeps what it shows). `highlight` is the selected region, or its
 * nearest parent with values.
 */
export function trendLink(feed: Feed, indicator: string | undefined, key: string): TrendLink | null {
  const ind = feed.indicators.find((i) => i.id === indicator);
  if (!ind) return null;
  const regions = regionChain(feed, key).filter((k) =>
    (ind.values[k] ?? []).some((v) => typeof v === 'number'),
  );
  return regions.length ? { regions, highlight: regions[0]! } : null;
}

/**
 * The sankey region for a selected region: the region itself when flow `flow` (default: the feed's
 * first flow) exists there, else its nearest parent that has it (a Gemeinde's Kreis). Null when no
 * region of the chain has the flow.
 */
export function flowRegionLink(feed: Feed, flow: string | undefined, key: string): string | null {
  const id = flow || feed.flows?.[0]?.id;
  if (!id) return null;
  const regions = flowRegions(feed, id);
  return regionChain(feed, key).find((k) => regions.includes(k)) ?? null;
}

/** Whether flow `flow` (default: the first) exists for `region` (default: its main region) in `year`. */
export function flowHasYear(
  feed: Feed,
  flow: string | undefined,
  region: string | undefined,
  year: number,
): boolean {
  return selectFlow(feed, { flow, region, year }).ok;
}

/**
 * Whether a map can show `year`: the map's indicator (default, as the map picks it: the first
 * indicator with values for regions of the map's `level`) has that year.
 */
export function indicatorHasYear(
  feed: Feed,
  indicator: string | undefined,
  level: string | undefined,
  year: number,
): boolean {
  const lvl = (level || 'gemeinde') as RegionLevel;
  const keys = feed.regions.filter((r) => r.level === lvl).map((r) => r.key);
  const ind = indicator
    ? feed.indicators.find((i) => i.id === indicator)
    : (feed.indicators.find((i) => keys.some((k) => i.values[k])) ?? feed.indicators[0]);
  return !!ind && ind.years.includes(year);
}
