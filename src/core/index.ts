/**
 * The pure core of bildung-widgets: feed types, parsing and validation, region keys, formatting,
 * classification, colours, messages, adapters for statistical exports and the map projection.
 * Free of the DOM: everything here runs in Node as well as in the browser.
 */
import { addPalettes } from './colors';
import { MORE_PALETTES } from './palettes-more.generated';

// every colour scheme at once (statically; the widgets load the non-default ones on demand)
addPalettes(MORE_PALETTES);

export * from './feed/index';
export * from './ags';
export * from './format';
export * from './classify';
// colours: everything but the loading of scheme tables, which the widgets use internally
export {
  CATEGORICAL_COLORS,
  DEFAULT_DIVERGING,
  DEFAULT_SEQUENTIAL,
  DIVERGING_SCHEMES,
  NO_DATA_COLOR,
  NO_DATA_HATCH_COLOR,
  SEQUENTIAL_SCHEMES,
  categoricalColors,
  classColors,
  contrastRatio,
  divergingColors,
  isDivergingScheme,
  isSequentialScheme,
  parseColor,
  relativeLuminance,
  textColorOn,
  toHex,
  type DivergingScheme,
  type DivergingSchemeId,
  type SequentialScheme,
  type SequentialSchemeId,
} from './colors';
export {
  placeholders,
  resolveLang,
  flagLabel,
  flagSymbol,
  levelLabel,
  translator,
  type Catalogue,
  type Translate,
  type MessageParams as UiMessageParams,
} from './i18n';
// every UI string (the widgets use one catalogue each: src/core/catalogues/)
export { UI_MESSAGES, t, type AnyMessageKey as MessageKey } from './catalogues/all';
export { flagDescription } from './catalogues/flags';
export * from './adapters/index';
export * from './load';
export * from './geo/projection';
// CSV of the shown data and the standalone SVG of a chart (downloads, issue #6)
export * from './export/index';
// the shown data as a <table> and the no-JavaScript fragment (issue #9)
export * from './static/index';
