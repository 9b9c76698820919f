/**
 * Parsing feed text: size limit first (before any parsing), then `JSON.parse`, then validation
 * (`checkFeedText` in `check.ts`, worded by `messages.ts`). A syntax error is reported with line and
 * column found by a small scanner of our own (`json-syntax.ts`), because engines word (and
 * position) `JSON.parse` errors differently. A leading byte order mark is ignored.
 */
import { checkFeedText, type ParseOptions } from './check';
import { withMessages } from './messages';
import type { FeedValidationResult } from './types';

export { checkFeedText, type ParseOptions } from './check';
export { findJsonSyntaxProblem, lineAndColumn, type JsonSyntaxProblem } from './json-syntax';

/**
 * Parses and validates feed text. Never throws: size, syntax and content problems all come back
 * as errors of the result.
 */
export function parseFeed(text: string, opts: ParseOptions = {}): FeedValidationResult {
  return withMessages(checkFeedText(text, opts));
}
