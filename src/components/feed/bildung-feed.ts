import { define } from '../shared/define';
import { BildungFeed } from './bildung-feed.component';

export { BildungFeed };

define('bildung-feed', BildungFeed);

declare global {
  interface HTMLElementTagNameMap {
    'bildung-feed': BildungFeed;
  }
}
