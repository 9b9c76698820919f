import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkFeed, withMessagesLoaded, type PendingIssue } from '../../core/feed/check-feed';
import type { Feed, FeedIssue, FeedValidationResult } from '../../core/feed/types';
import { bilingual, englishSettled, loadEnglish, t, type MessageKey } from '../../core/i18n';
import { FeedLoadError, loadFeed } from '../../core/load';
import { BildungErrorEvent, type BildungErrorDetail } from './events';
import { consumeFeed, type ProvidedFeed } from './feed-context';
import { widgetLang } from './lang';
import { readTableModel, sourceTable } from './table-source';

export type FeedState =
  | { status: 'empty' }
  | { status: 'loading' }
  // warnings of a `data` object are not worded (nothing shows their text, feed-info counts them)
  | { status: 'ready'; feed: Feed; warnings: readonly (FeedIssue | PendingIssue)[] }
  | { status: 'error'; error: BildungErrorDetail };

type Host = ReactiveControllerHost &
  HTMLElement & { lang: string; requestUpdate(name?: PropertyKey, oldValue?: unknown): void };

/** The state a host shows while it waits for the English strings (see `FeedController.state`). */
export const AWAITING_ENGLISH: FeedState = { status: 'loading' };
/** Old value of `lang` passed to `requestUpdate` when the English strings have come (never equal). */
const ENGLISH = Symbol('english');

/** Each widget's controller, for the link controller (`feedOf`). */
const controllers = new WeakMap<Element, FeedController>();
/** Old value of `data` passed to `requestUpdate` when the provided feed changed (never equal). */
const PROVIDED = Symbol('provided feed');
/** Old value of `data` passed to `requestUpdate` when the light-DOM `<table>` changed. */
const TABLE = Symbol('table feed');
/** Table attributes the table feed reads (changes re-read the table). */
const TABLE_ATTRIBUTES =
  'indicator unit decimals polarity source flow year region region-name key publisher license attribution date'
    .split(' ')
    .map((a) => `data-${a}`);

/** The feed a widget currently shows (own or provided), if it is loaded. */
export function feedOf(el: Element): Feed | undefined {
  const st = controllers.get(el)?.state;
  return st?.status === 'ready' ? st.feed : undefined;
}

/**
 * Makes the host's `updateComplete` also wait for `pending()` — and for the updates after it, again
 * while `pending()` gives another promise. Returns the host's `updateComplete` as it was before.
 */
export function awaitAlso(
  host: HTMLElement,
  pending: () => Promise<unknown> | undefined,
): () => Promise<boolean> {
  const waiting = host as unknown as { getUpdateComplete(): Promise<boolean> };
  const rendered = waiting.getUpdateComplete.bind(host);
  waiting.getUpdateComplete = async () => {
    let done = await rendered();
    for (let last; ;) {
      const p = pending();
      if (!p || p === last) return done;
      await (last = p);
      done = await rendered();
    }
  };
  return rendered;
}

/** The message of each load error (`feedLoadFailed` for the others). */
const LOAD_MESSAGES: Partial<Record<FeedLoadError['code'], MessageKey>> = {
  'not-found': 'feedNotFound',
  timeout: 'feedTimeout',
  invalid: 'feedInvalid',
};

/** Turns any failure into the detail of a `bildung-error`. */
export function errorDetail(err: unknown, url?: string): BildungErrorDetail {
  if (!(err instanceof FeedLoadError))
    return { code: 'unexpected', url, message: bilingual((lang) => t(lang, 'unexpectedError')) };
  const { code, issues } = err;
  const params = { url: err.url, status: err.status ?? '–', count: issues.length };
  return {
    code,
    url,
    ...(code === 'invalid' && { issues }),
    message: bilingual((lang) => t(lang, LOAD_MESSAGES[code] ?? 'feedLoadFailed', params)),
  };
}

/**
 * Gives an element a validated feed from either a `data` object or a `feed` URL, tracks the
 * loading/error state, re-renders the host when it changes, and dispatches `bildung-error` (also the
 * host's own: `report`).
 * Stale responses (the URL changed meanwhile) are ignored.
 *
 * Without its own `feed` or `data`, the element uses the feed of the nearest `<bildung-feed>`
 * around it (@lit/context): it shows that feed's loading, error and ready states (the
 * `<bildung-feed>` reports errors, once) and is updated as if its `data` had changed.
 *
 * Without `feed`, `data` and a provided feed, the element reads its first light-DOM `<table>`
 * child (`src/core/table-source.ts`: caption, `data-*` attributes, header row of years or
 * Von/Nach/Anzahl) and re-reads it whenever the table changes. The shadow root has no slot for
 * it, so with JavaScript only the chart (and its own data table) is shown; without JavaScript the
 * browser shows the plain table.
 *
 * An element whose language is English waits for the English strings (see `state`).
 */
export class FeedController implements ReactiveController {
  /** The feed's state; `state` is what the host shows. */
  private current: FeedState = { status: 'empty' };
  /** URL the shown feed came from: the own `feed`, or the `src` of a `<bildung-feed>`. */
  source: string | undefined;
  private generation = 0;
  /** The URL being shown (not set when the feed came as `data`). */
  private url: string | undefined;
  /** Whether the host has its own `feed` or `data` (then a provided feed is ignored). */
  private own = false;
  private provided: ProvidedFeed | undefined;
  /** Watches the light DOM for a source `<table>` and its changes. */
  private observer: MutationObserver | undefined;
  /** The load of the English strings the host waits for. */
  private english: Promise<void> | undefined;
  /** The `bildung-error` events reported so far, dispatched one after another (`report`). */
  private reported: Promise<void> = Promise.resolve();

  constructor(private readonly host: Host) {
    host.addController(this);
    controllers.set(host, this);
    consumeFeed(host, (value) => {
      this.provided = value;
      if (!this.own) host.requestUpdate('data', PROVIDED);
    });
    // the host's `updateComplete` also waits for the English strings it waits for and for the
    // `bildung-error` events it reported (tests, renderStatic)
    awaitAlso(host, () => this.english ?? this.reported);
  }

  /**
   * What the host shows: the feed's state, or `AWAITING_ENGLISH` (a loading state) while the
   * host's language is English and the English strings — an on-demand chunk in the widget bundles
   * — are not loaded yet, so that it never shows German first. The load starts at once (alongside
   * the feed's); then the host updates with `lang` as the changed property, so that it words again
   * what it worded before. German pages never load it; when it fails, German stands in.
   */
  get state(): FeedState {
    return this.awaitsEnglish() ? AWAITING_ENGLISH : this.current;
  }

  private awaitsEnglish(): boolean {
    if (englishSettled() || widgetLang(this.host) !== 'en') return false;
    this.english ??= loadEnglish().then(() => {
      this.english = undefined;
      this.host.requestUpdate('lang', ENGLISH);
    });
    return true;
  }

  hostConnected(): void {
    this.awaitsEnglish();
    // elements sharing a `link-group` attribute are linked by one listener on the document
    if (this.host.hasAttribute('link-group')) void import('./link-groups').then((m) => m.linkGroups());
    // a light-DOM <table> as the data source: read it now and whenever it changes
    this.observer ??= new MutationObserver((records) => {
      const host = this.host;
      const relevant = records.some((r) => r.target !== host || r.type === 'childList');
      if (relevant && !this.own && !this.provided && (sourceTable(host) || this.current.status !== 'empty'))
        host.requestUpdate('data', TABLE);
    });
    this.observer.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: TABLE_ATTRIBUTES,
    });
    if (!this.own && sourceTable(this.host)) this.host.requestUpdate('data', TABLE);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** Call from `willUpdate` when `feed` or `data` changed. `data` wins over `feed`. */
  set(url: string | undefined | null, data: unknown): void {
    const generation = ++this.generation;
    this.url = this.source = undefined;
    const hasData = data !== undefined && data !== null;
    this.own = !!url || hasData;
    const table = !url && !hasData && !this.provided ? sourceTable(this.host) : null;
    if (hasData) {
      const result = checkFeed(data);
      // a bad feed: its problems are worded once the messages (an on-demand chunk) are loaded
      if (!result.ok || !result.feed) this.settle(generation, withMessagesLoaded(result));
      else this.current = { status: 'ready', feed: result.feed, warnings: result.warnings };
    } else if (table) {
      // the converter (and its German number parsing) loads only for pages that use a table
      const model = readTableModel(table);
      this.settle(
        generation,
        import('../../core/table-source').then((m) => m.tableToFeed(model, m.tableKind(model.dataset))),
      );
    } else if (url) {
      this.url = this.source = url;
      this.load(url, generation, false);
    } else {
      this.current = this.provided?.state ?? { status: 'empty' };
      this.source = this.provided?.src;
    }
  }

  /**
   * Loads the feed URL again, bypassing the shared cache (the error box's retry button). Does
   * nothing unless a feed URL failed; a provided feed is loaded again by its `<bildung-feed>`.
   */
  retry(): void {
    if (this.current.status !== 'error') return;
    if (!this.url) return this.provided?.retry?.();
    this.load(this.url, ++this.generation, true);
    this.host.requestUpdate();
  }

  private load(url: string, generation: number, reload: boolean): void {
    // a `timeout` attribute (milliseconds) on the widget shortens or lengthens the default 15 s
    const timeoutMs = Number(this.host.getAttribute('timeout'));
    this.settle(
      generation,
      loadFeed(url, document.baseURI, { reload, timeoutMs: timeoutMs > 0 ? timeoutMs : undefined }),
      url,
    );
  }

  /**
   * Shows the loading state until `result` comes, then the feed or the error (a failed check is an
   * `invalid` feed) — unless `set` or `retry` started another generation meanwhile.
   */
  private settle(generation: number, result: Promise<FeedValidationResult>, url?: string): void {
    this.current = { status: 'loading' };
    result.then(
      (r) => {
        if (generation !== this.generation) return;
        if (r.ok && r.feed) this.current = { status: 'ready', feed: r.feed, warnings: r.warnings };
        else this.fail(new FeedLoadError('invalid', '', { issues: r.errors }));
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
    const generation = this.generation;
    this.current = { status: 'error', error };
    this.report(error, () => generation === this.generation);
  }

  /**
   * Dispatches `bildung-error` with `detail` on the host once the English strings are loaded (an
   * on-demand chunk in the widget bundles, on German pages too: listeners read `message.en`), in
   * the order reported — unless `current()` says that the error was superseded meanwhile. The
   * error box does not wait for it; the host's `updateComplete` does.
   */
  report(detail: BildungErrorDetail, current = () => true): void {
    this.reported = this.reported.then(loadEnglish).then(() => {
      if (current()) this.host.dispatchEvent(new BildungErrorEvent(detail));
    });
  }
}
