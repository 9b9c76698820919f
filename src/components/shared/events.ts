import type { FeedIssue } from '../../core/feed/types';

/** Detail of `bildung-error`: what went wrong, in both languages, for logging or a custom message. */
export interface BildungErrorDetail {
  /** Stable code: `not-found`, `http-error`, `timeout`, `network`, `too-large`, `invalid`, `no-data`, … */
  code: string;
  message: { de: string; en: string };
  /** The feed URL, when the error concerns a loaded feed. */
  url?: string;
  /** Validation problems, when the feed was invalid. */
  issues?: FeedIssue[];
}

/** Fired (bubbling, composed) when a widget cannot show its content. */
export class BildungErrorEvent extends CustomEvent<BildungErrorDetail> {
  constructor(detail: BildungErrorDetail) {
    super('bildung-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bildung-error': BildungErrorEvent;
  }
}

/**
 * Detail of `bildung-select`: what the user chose. Widgets add what they know (a map: the region;
 * a trend: the region and year; a sankey: the node or link). `key` is null when the selection was
 * cleared (Escape).
 */
export interface BildungSelectDetail {
  /** Official region key, or the node/link id for a sankey; null when cleared. */
  key: string | null;
  name?: string;
  level?: string;
  value?: number | null;
  year?: number;
  indicator?: string;
  [extra: string]: unknown;
}

/** Fired (bubbling, composed) when the user selects an item (click or Enter) or clears it (Escape). */
export class BildungSelectEvent extends CustomEvent<BildungSelectDetail> {
  constructor(detail: BildungSelectDetail) {
    super('bildung-select', { detail, bubbles: true, composed: true });
  }
}

/** Detail of `bildung-year-change`: the year the user chose in a widget's year control. */
export interface BildungYearChangeDetail {
  year: number;
}

/** Fired (bubbling, composed) when the user changes the year in a widget's built-in control. */
export class BildungYearChangeEvent extends CustomEvent<BildungYearChangeDetail> {
  constructor(detail: BildungYearChangeDetail) {
    super('bildung-year-change', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bildung-select': BildungSelectEvent;
    'bildung-year-change': BildungYearChangeEvent;
  }
}
