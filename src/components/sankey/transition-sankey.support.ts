import type { Feed } from '../../core/feed/types';
import { formatYear } from '../../core/format';
import { both, type FlowSelection } from '../../core/sankey/index';
import type { BildungErrorDetail } from '../shared/events';

/** The name of region `key` in the feed (the key when the feed does not name it). */
export function regionName(feed: Feed, key: string): string {
  return feed.regions.find((r) => r.key === key)?.name ?? key;
}

/** The `bildung-error` detail for a flow that cannot be selected. */
export function selectionError(feed: Feed, sel: Exclude<FlowSelection, { ok: true }>): BildungErrorDetail {
  switch (sel.code) {
    case 'no-flows':
      return { code: 'no-data', message: both('sankey.noFlows') };
    case 'unknown-flow':
      return { code: 'unknown-flow', message: both('unknownFlow', () => ({ id: sel.id })) };
    case 'unknown-region':
      return {
        code: 'unknown-region',
        message: both('sankey.unknownRegion', () => ({ id: sel.id, region: regionName(feed, sel.region) })),
      };
    case 'unknown-year':
      return {
        code: 'unknown-year',
        message: both('sankey.unknownYear', () => ({
          id: sel.id,
          year: formatYear(sel.year),
          years: sel.years.map((y) => formatYear(y)).join(', '),
        })),
      };
  }
}
