/**
 * Checking indicator feed v1 without the wording of the problems: `checkFeed` and the rest of
 * `check-feed.ts`, plus `checkFeedText`, which parses feed text first and reports a syntax error
 * with line and column (`json-syntax.ts`). Widgets import `check-feed.ts` directly and load the
 * syntax scanner only for text that is not JSON.
 */
import { DEFAULT_MAX_BYTES } from './constants';
import { checkFeed, failed, readFeedText, type FeedCheckResult, type ParseOptions } from './check-feed';
import { jsonSyntaxIssue } from './json-syntax';

export * from './check-feed';

/**
 * Parses and checks feed text (issues not yet worded: see `withMessages`). Never throws: size,
 * syntax and content problems all come back as errors of the result.
 */
export function checkFeedText(text: string, opts: ParseOptions = {}): FeedCheckResult {
  if (typeof text !== 'string') {
    return checkFeed(text, opts);
  }
  const read = readFeedText(text, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  if ('data' in read) return checkFeed(read.data, { ...opts, adopt: true });
  return failed(read.issue ?? jsonSyntaxIssue(read.body));
}
