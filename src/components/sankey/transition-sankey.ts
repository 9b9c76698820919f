import { define } from '../shared/define';
import { TransitionSankey } from './transition-sankey.component';

export { TransitionSankey };

define('transition-sankey', TransitionSankey);

declare global {
  interface HTMLElementTagNameMap {
    'transition-sankey': TransitionSankey;
  }
}
