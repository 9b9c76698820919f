import { define } from '../shared/define';
import { BildungFeedInfo } from './feed-info.component';

export { BildungFeedInfo };

define('bildung-feed-info', BildungFeedInfo);

declare global {
  interface HTMLElementTagNameMap {
    'bildung-feed-info': BildungFeedInfo;
  }
}
