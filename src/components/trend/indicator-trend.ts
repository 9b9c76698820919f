import { define } from '../shared/define';
import { IndicatorTrend } from './indicator-trend.component';

export { IndicatorTrend };

define('indicator-trend', IndicatorTrend);

declare global {
  interface HTMLElementTagNameMap {
    'indicator-trend': IndicatorTrend;
  }
}
