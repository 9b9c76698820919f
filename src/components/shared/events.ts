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
