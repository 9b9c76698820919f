import { define } from '../shared/define';
import { BildungMap } from './bildung-map.component';

export { BildungMap };

define('bildung-map', BildungMap);

declare global {
  interface HTMLElementTagNameMap {
    'bildung-map': BildungMap;
  }
}
