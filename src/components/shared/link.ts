/**
 * Linked widgets. A group is the widgets inside one `<bildung-feed>` (root: that element) or the
 * elements of the page that share a `link-group="name"` attribute (root: the document).
 *
 * - A region chosen in a `<bildung-map>` (its `bildung-select`) sets, on the other members:
 *   `regions` and `highlight` of every `<indicator-trend>` (the region and its parents with values
 *   of the trend's indicator, e.g. Gemeinde, Kreis, Land), `region` of every `<transition-sankey>`
 *   (the region, or its nearest parent, that has the sankey's flow; the year is kept when that
 *   region has it) and `selected` of other maps. Clearing the selection (Escape) restores the
 *   trends' and sankeys' own settings.
 * - A year chosen in a widget's year control (`bildung-year-change`) sets `year` on the other
 *   maps and sankeys whose indicator or flow has that year; the others keep theirs.
 *
 * Changes go through the widgets' public properties only. Widgets fire `bildung-select` and
 * `bildung-year-change` on user actions, never on property changes, so linking cannot loop.
 */
import { flowHasYear, flowRegionLink, indicatorHasYear, trendLink } from '../../core/link';
import type { BildungSelectEvent, BildungYearChangeEvent } from './events';
import { feedOf } from './feed-controller';

interface MapLike extends HTMLElement {
  indicator?: string;
  level?: string;
  year?: number;
  selected?: string;
}
interface TrendLike extends HTMLElement {
  indicator?: string;
  regions?: string | string[];
  highlight?: string;
}
interface SankeyLike extends HTMLElement {
  flow?: string;
  region?: string;
  year?: number;
}

/** What a link changed, for an announcement: the region's name or the year. */
export type LinkChange = { kind: 'region'; name: string } | { kind: 'year'; year: number } | null;

/** The linked elements. */
export const WIDGETS = 'bildung-map, indicator-trend, transition-sankey';
/** The trends' and sankeys' own settings before the first linked change, restored on clear. */
const originals = new WeakMap<Element, Record<string, unknown>>();

function remember(el: HTMLElement, props: string[]): void {
  if (originals.has(el)) return;
  const rec = el as unknown as Record<string, unknown>;
  originals.set(el, Object.fromEntries(props.map((p) => [p, rec[p]])));
}

function restore(el: HTMLElement): void {
  const saved = originals.get(el);
  if (!saved) return;
  originals.delete(el);
  Object.assign(el, saved);
}

/** Applies a region selected in `source` to `targets`. Returns whether any widget changed. */
export function linkRegion(source: Element, key: string | null, targets: Iterable<Element>): boolean {
  let changed = false;
  for (const el of targets) {
    if (el === source) continue;
    const feed = feedOf(el);
    if (el.localName === 'bildung-map') {
      const map = el as MapLike;
      if (map.selected !== (key ?? undefined)) {
        map.selected = key ?? undefined;
        changed = true;
      }
      continue;
    }
    if (key === null) {
      changed ||= originals.has(el);
      restore(el as HTMLElement);
      continue;
    }
    if (!feed) continue;
    if (el.localName === 'indicator-trend') {
      const trend = el as TrendLike;
      const link = trendLink(feed, trend.indicator, key);
      if (!link) continue;
      remember(trend, ['regions', 'highlight']);
      trend.regions = link.regions.join(' ');
      trend.highlight = link.highlight;
      changed = true;
    } else if (el.localName === 'transition-sankey') {
      const sankey = el as SankeyLike;
      const region = flowRegionLink(feed, sankey.flow, key);
      if (!region) continue;
      remember(sankey, ['region', 'year']);
      const year = sankey.year;
      sankey.region = region;
      sankey.year = year !== undefined && flowHasYear(feed, sankey.flow, region, year) ? year : undefined;
      changed = true;
    }
  }
  return changed;
}

/** Applies a year chosen in `source` to the maps and sankeys among `targets` that have it. */
export function linkYear(source: Element, year: number, targets: Iterable<Element>): boolean {
  let changed = false;
  for (const el of targets) {
    const feed = feedOf(el);
    if (el === source || !feed) continue;
    if (el.localName === 'bildung-map') {
      const map = el as MapLike;
      if (!indicatorHasYear(feed, map.indicator, map.level, year)) continue;
      map.year = year;
      changed = true;
    } else if (el.localName === 'transition-sankey') {
      const sankey = el as SankeyLike;
      if (!flowHasYear(feed, sankey.flow, sankey.region, year)) continue;
      sankey.year = year;
      changed = true;
    }
  }
  return changed;
}

/**
 * Listens at a group root and links its members. `members()` lists the group's widgets for an
 * event's source; an empty list ignores the event.
 */
export class LinkController {
  constructor(
    private readonly root: EventTarget,
    private readonly members: (source: Element) => Element[],
    /** Called after a link changed other widgets (for an announcement). */
    private readonly onChange?: (change: LinkChange) => void,
  ) {}

  attach(): void {
    this.root.addEventListener('bildung-select', this);
    this.root.addEventListener('bildung-year-change', this);
  }

  detach(): void {
    this.root.removeEventListener('bildung-select', this);
    this.root.removeEventListener('bildung-year-change', this);
  }

  /**
   * Links the group for a `bildung-select` or `bildung-year-change` from `source` (default: the
   * event's target; `<bildung-feed>` hands in the source of an event it kept before this code came).
   */
  handleEvent(e: Event, source = e.target): void {
    if (!(source instanceof Element)) return;
    if (e.type === 'bildung-select') {
      if (source.localName !== 'bildung-map') return;
      const detail = (e as BildungSelectEvent).detail;
      const key = detail?.key ?? null;
      const changed = linkRegion(source, key, this.members(source));
      if (changed && key !== null) this.onChange?.({ kind: 'region', name: detail.name ?? key });
    } else {
      const year = (e as BildungYearChangeEvent).detail?.year;
      if (typeof year === 'number' && linkYear(source, year, this.members(source)))
        this.onChange?.({ kind: 'year', year });
    }
  }
}

/**
 * The widgets of the `<bildung-feed>` `root` for an event from `source`: those inside it, not in a
 * nested `<bildung-feed>` and without a `link-group` (which links them instead). Empty when the
 * source itself is not such a member.
 */
export function feedMembers(root: Element, source: Element): Element[] {
  if (source.closest('bildung-feed') !== root || source.hasAttribute('link-group')) return [];
  return [...root.querySelectorAll(WIDGETS)].filter(
    (el) => el.closest('bildung-feed') === root && !el.hasAttribute('link-group'),
  );
}
