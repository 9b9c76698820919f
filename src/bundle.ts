/**
 * The script-tag bundle (`dist/cdn/bildung-widgets.js`, `.iife.js`): every element, registered on
 * load (safe to load twice), and the event classes — without the feed adapters and other pure
 * helpers, which npm users import from `bildung-widgets/core`.
 */
export { BildungFeedInfo } from './components/feed-info/feed-info';
export { BildungMap } from './components/map/bildung-map';
export { IndicatorTrend } from './components/trend/indicator-trend';
export { TransitionSankey } from './components/sankey/transition-sankey';
export { BildungFeed } from './components/feed/bildung-feed';
export { BildungErrorEvent, BildungSelectEvent, BildungYearChangeEvent } from './components/shared/events';
