/**
 * The English tables of every catalogue: one chunk that the widget bundles load on demand (each
 * catalogue takes its own table from it, so a single widget's chunk holds only its tables), and
 * what `../all.ts` imports statically for `bildung-widgets/core`, the CLI and Node.
 */
export { SHARED_EN } from './shared';
export { MAP_EN } from './map';
export { TREND_EN } from './trend';
export { SANKEY_EN } from './sankey';
export { FLAG_EN } from './flags';
