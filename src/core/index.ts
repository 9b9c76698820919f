/**
 * The pure core of bildung-widgets: feed types, parsing and validation, region keys, formatting,
 * classification, colours, messages, adapters for statistical exports and the map projection.
 * Free of the DOM: everything here runs in Node as well as in the browser.
 */
export * from './feed/index';
export * from './ags';
export * from './format';
export * from './classify';
export * from './colors';
export {
  MESSAGES as UI_MESSAGES,
  t,
  placeholders,
  resolveLang,
  flagLabel,
  flagDescription,
  flagSymbol,
  levelLabel,
  type MessageKey,
  type MessageParams as UiMessageParams,
} from './i18n';
export * from './adapters/index';
export * from './load';
export * from './geo/projection';
// CSV of the shown data and the standalone SVG of a chart (downloads, issue #6)
export * from './export/index';
// the shown data as a <table> and the no-JavaScript fragment (issue #9)
export * from './static/index';
