import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { validateFeed } from '../../core/feed/validate';
import type { Feed, FeedIssue } from '../../core/feed/types';
import { t } from '../../core/i18n';
import { FeedLoadError, loadFeed } from '../../core/load';
import { BildungErrorEvent, type BildungErrorDetail } from './events';

export type FeedState =
  | { status: 'empty' }
  | { status: 'loading' }
  | { status: 'ready'; feed: Feed; warnings: FeedIssue[] }
  | { status: 'error'; error: BildungErrorDetail };

type Host = ReactiveControllerHost & HTMLElement;

/** Both languages of a catalogue message, for event details. */
function both(
  key: Parameters<typeof t>[1],
  params?: Record<string, string | number>,
): { de: string; en: string } {
  return { de: t('de', key, params), en: t('en', key, params) };
}

/** Turns any failure into the detail of a `bildung-error`. */
export function errorDetail(err: unknown, url?: string): BildungErrorDetail {
  if (err instanceof FeedLoadError) {
    switch (err.code) {
      case 'not-found':
        return { code: err.code, url, message: both('feedNotFound', { url: err.url }) };
      case 'timeout':
        return { code: err.code, url, message: both('feedTimeout', { url: err.url }) };
      case 'invalid':
        return {
          code: err.code,
          url,
          issues: err.issues,
          message: both('feedInvalid', { count: err.issues.length }),
        };
      default:
        return {
          code: err.code,
          url,
          message: both('feedLoadFailed', { url: err.url, status: err.status ?? '–' }),
        };
    }
  }
  return { code: 'unexpected', url, message: both('unexpectedError') };
}

/**
 * Gives an element a validated feed from either a `data` object or a `feed` URL, tracks the
 * loading/error state, re-renders the host when it changes, and dispatches `bildung-error`.
 * Stale responses (the URL changed meanwhile) are ignored.
 */
export class FeedController implements ReactiveController {
  state: FeedState = { status: 'empty' };
  private generation = 0;
  /** The URL being shown (not set when the feed came as `data`). */
  private url: string | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Call from `willUpdate` when `feed` or `data` changed. `data` wins over `feed`. */
  set(url: string | undefined | null, data: unknown): void {
    const generation = ++this.generation;
    this.url = undefined;
    if (data !== undefined && data !== null) {
      const result = validateFeed(data);
      if (result.ok && result.feed) {
        this.state = { status: 'ready', feed: result.feed, warnings: result.warnings };
      } else {
        this.fail(new FeedLoadError('invalid', '', { issues: result.errors }));
      }
      return;
    }
    if (!url) {
      this.state = { status: 'empty' };
      return;
    }
    this.url = url;
    this.load(url, generation, false);
  }

  /**
   * Loads the feed URL again, bypassing the shared cache (the error box's retry button). Does
   * nothing unless a feed URL failed.
   */
  retry(): void {
    if (this.state.status !== 'error' || !this.url) return;
    this.load(this.url, ++this.generation, true);
    this.host.requestUpdate();
  }

  private load(url: string, generation: number, reload: boolean): void {
    this.state = { status: 'loading' };
    loadFeed(url, document.baseURI, { reload }).then(
      (result) => {
        if (generation !== this.generation || !result.feed) return;
        this.state = { status: 'ready', feed: result.feed, warnings: result.warnings };
        this.host.requestUpdate();
      },
      (err: unknown) => {
        if (generation !== this.generation) return;
        this.fail(err, url);
        this.host.requestUpdate();
      },
    );
  }

  /** Puts the host into the error state and tells the page. */
  fail(err: unknown, url?: string): void {
    const error = errorDetail(err, url);
    this.state = { status: 'error', error };
    this.host.dispatchEvent(new BildungErrorEvent(error));
  }
}
