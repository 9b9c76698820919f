import type { Feed } from '../../core/feed/types';
import { formatYear } from '../../core/format';
import { both, estimateTextWidth, type FlowSelection, type MeasureText } from '../../core/sankey/index';
import type { BildungErrorDetail } from '../shared/events';

/**
 * Text widths from canvas `measureText` with the host's computed font family (cached per text,
 * size and weight); falls back to the core's estimate when canvas is unavailable.
 */
export function canvasMeasure(host: HTMLElement): MeasureText {
  const cache = new Map<string, number>();
  let ctx: CanvasRenderingContext2D | null | undefined;
  let family = '';
  return (text, fontSize, bold = false) => {
    if (ctx === undefined) {
      ctx = document.createElement('canvas').getContext('2d');
      family = getComputedStyle(host).fontFamily || 'sans-serif';
    }
    if (!ctx) return estimateTextWidth(text, fontSize, bold);
    const key = `${fontSize}|${bold ? 1 : 0}|${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      ctx.font = `${bold ? 600 : 400} ${fontSize}px ${family}`;
      w = ctx.measureText(text).width;
      cache.set(key, w);
    }
    return w;
  };
}

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
