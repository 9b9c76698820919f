/**
 * Validation and normalisation of indicator feed v1 (DOM-free): `validateFeed(input)` checks a
 * parsed feed (or a JS object handed to a widget as `data`) and reports EVERY problem it finds,
 * each with a JSON path and a German and English message.
 *
 * The checks themselves (what counts as an error or a warning, the normalised feed) are in
 * `check.ts`; this module words their findings with `messages.ts`. Widgets use `checkFeed` and load
 * the messages only for a feed with problems.
 */
import { checkFeed, type ValidateOptions } from './check';
import { withMessages } from './messages';
import type { FeedValidationResult } from './types';

export { checkFeed, propPath, type FeedCheckResult, type PendingIssue, type ValidateOptions } from './check';

/**
 * Validates a parsed feed and returns every problem plus, when there is no error, the normalised
 * feed. Never throws for any input value; never mutates the input.
 */
export function validateFeed(input: unknown, opts: ValidateOptions = {}): FeedValidationResult {
  return withMessages(checkFeed(input, opts));
}
