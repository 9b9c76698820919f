/**
 * bildung-widgets: every element, registered on import (safe to load twice), plus the pure core.
 * For a single widget import its entry instead, e.g. `bildung-widgets/feed-info`.
 */
export * from './core/index';
export { BildungFeedInfo } from './components/feed-info/feed-info';
export { IndicatorTrend } from './components/trend/indicator-trend';
export { TransitionSankey } from './components/sankey/transition-sankey';
export { BildungMap } from './components/map/bildung-map';
export { BildungFeed } from './components/feed/bildung-feed';
export {
  BildungErrorEvent,
  BildungSelectEvent,
  BildungYearChangeEvent,
  type BildungErrorDetail,
  type BildungSelectDetail,
  type BildungYearChangeDetail,
} from './components/shared/events';
export { define } from './components/shared/define';
export type { StaticRender } from './components/shared/static';
