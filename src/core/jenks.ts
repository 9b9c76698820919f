/** The natural-breaks clusterer, a chunk of its own: the map loads it for `classification="jenks"` only. */
export { ckmeans } from 'simple-statistics';
