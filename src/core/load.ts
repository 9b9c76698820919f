/**
 * Loading a feed from a URL: fetch with timeout, size limit, validation, and one shared request
 * per URL (widgets on one page that name the same feed share it). DOM-free: runs in Node too.
 */
import {
  checkFeed,
  failed,
  readFeedText,
  withMessagesLoaded,
  type FeedCheckResult,
  type PendingIssue,
} from './feed/check-feed';
import type { FeedIssue, FeedValidationResult } from './feed/types';

export type LoadErrorCode = 'not-found' | 'http-error' | 'timeout' | 'network' | 'too-large' | 'invalid';

/** Why a feed could not be used; `issues` holds the validation errors for `invalid`. */
export class FeedLoadError extends Error {
  readonly code: LoadErrorCode;
  readonly url: string;
  readonly status?: number;
  readonly issues: FeedIssue[];
  constructor(
    code: LoadErrorCode,
    url: string,
    opts: { status?: number; issues?: FeedIssue[]; cause?: unknown } = {},
  ) {
    super(`${code}: ${url}${opts.status ? ` (HTTP ${opts.status})` : ''}`, { cause: opts.cause });
    this.name = 'FeedLoadError';
    this.code = code;
    this.url = url;
    this.status = opts.status;
    this.issues = opts.issues ?? [];
  }
}

export interface LoadOptions {
  /** Milliseconds before the request is given up (default 15 000). */
  timeoutMs?: number;
  /** Largest accepted response in bytes (default 64 MB). */
  maxBytes?: number;
  /** Bypass the per-URL cache. */
  reload?: boolean;
}

const cache = new Map<string, Promise<FeedValidationResult>>();

/** Number of network requests made by `loadFeed` since the page loaded (for tests and diagnostics). */
export let feedRequestCount = 0;

async function fetchFeed(url: string, timeoutMs: number, maxBytes: number): Promise<FeedValidationResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let text: string;
  try {
    feedRequestCount++;
    const res = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    if (!res.ok) {
      // release the connection: an unread error body keeps the request open
      void res.body?.cancel().catch(() => undefined);
      if (res.status === 404 || res.status === 410)
        throw new FeedLoadError('not-found', url, { status: res.status });
      throw new FeedLoadError('http-error', url, { status: res.status });
    }
    const length = Number(res.headers.get('content-length') ?? '0');
    if (length > maxBytes) throw new FeedLoadError('too-large', url);
    text = await res.text();
  } catch (err) {
    if (err instanceof FeedLoadError) throw err;
    if (controller.signal.aborted) throw new FeedLoadError('timeout', url, { cause: err });
    throw new FeedLoadError('network', url, { cause: err });
  } finally {
    clearTimeout(timer);
  }
  const checked = await checkText(text, maxBytes);
  if (!checked.ok && looksLikeJsonStat(text)) return fromJsonStat(text, url, checked.errors);
  // the messages (an on-demand chunk) are loaded only for a feed with problems
  const result = await withMessagesLoaded(checked);
  if (!result.ok) throw new FeedLoadError('invalid', url, { issues: result.errors });
  return result;
}

/**
 * `checkFeedText`, with the JSON syntax scanner loaded on demand: only text that is not JSON needs
 * it. Should that load fail, the issue says only that the text is not JSON.
 */
async function checkText(text: string, maxBytes: number): Promise<FeedCheckResult> {
  const read = readFeedText(text, maxBytes);
  if ('data' in read) return checkFeed(read.data, { adopt: true });
  if (read.issue) return failed(read.issue);
  const { body } = read;
  return failed(
    await import('./feed/json-syntax').then(
      (m) => m.jsonSyntaxIssue(body),
      (): PendingIssue => ({
        path: '$',
        code: 'json-syntax',
        params: { problem: '?', line: '?', column: '?' },
      }),
    ),
  );
}

/** A JSON-stat document (2.0 `class`/`version`, or 1.x datasets with `dimension` and `value`). */
function looksLikeJsonStat(text: string): boolean {
  return /"dimension"\s*:/.test(text) && /"value"\s*:/.test(text) && !/"indicators"\s*:/.test(text);
}

/**
 * A widget pointed at a statistical office's JSON-stat URL: converted to a feed with the same
 * adapter as the CLI, loaded on demand so feeds in our own format do not pay for it.
 */
async function fromJsonStat(
  text: string,
  url: string,
  feedErrors: PendingIssue[],
): Promise<FeedValidationResult> {
  const { jsonStatToFeed } = await import('./adapters/jsonstat');
  try {
    const { feed, warnings } = jsonStatToFeed(text);
    return {
      ok: true,
      feed,
      errors: [],
      warnings: warnings.map((w) => ({ path: '$', code: 'jsonstat', message: w })),
    };
  } catch (err) {
    const text = (err as { text?: { de: string; en: string } }).text;
    const issue: FeedIssue = {
      path: '$',
      code: 'jsonstat',
      message: text ?? { de: String(err), en: String(err) },
    };
    const { errors } = await withMessagesLoaded({ ok: false, errors: feedErrors.slice(0, 3), warnings: [] });
    throw new FeedLoadError('invalid', url, { issues: [issue, ...errors] });
  }
}

/**
 * Loads and validates the feed at `url` (resolved against `base`). Rejects with a `FeedLoadError`.
 * Concurrent and later calls for the same absolute URL share one request unless `reload` is set;
 * failed loads are not cached, so a retry makes a new request.
 */
export function loadFeed(url: string, base?: string, opts: LoadOptions = {}): Promise<FeedValidationResult> {
  const absolute = base ? new URL(url, base).href : url;
  const cached = cache.get(absolute);
  if (cached && !opts.reload) return cached;
  const promise = fetchFeed(absolute, opts.timeoutMs ?? 15_000, opts.maxBytes ?? 64 * 1024 * 1024);
  cache.set(absolute, promise);
  promise.catch(() => {
    if (cache.get(absolute) === promise) cache.delete(absolute);
  });
  return promise;
}

/** Forget every cached feed (tests). */
export function clearFeedCache(): void {
  cache.clear();
}
