/** Indicator feed v1: types, constants, parsing, validation, messages. */
export * from './types';
export * from './constants';
export {
  parseFeed,
  findJsonSyntaxProblem,
  lineAndColumn,
  type ParseOptions,
  type JsonSyntaxProblem,
} from './parse';
export { validateFeed, propPath, type ValidateOptions } from './validate';
export {
  checkFeed,
  checkFeedText,
  withMessagesLoaded,
  type FeedCheckResult,
  type PendingIssue,
} from './check';
export {
  MESSAGES,
  FIELD_LABELS,
  describeValue,
  fieldLabel,
  formatMessage,
  withMessages,
  type Bilingual,
  type IssueCode,
  type MessageParams,
} from './messages';
