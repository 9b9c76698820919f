/**
 * Classification of indicator values into classes for choropleth maps: `classify` (every method,
 * natural breaks included; the code is in `class-breaks.ts`).
 */
import { ckmeans } from 'simple-statistics';
import { classifyWith, type Classification, type ClassifyOptions } from './class-breaks';

export {
  ClassificationError,
  type Classification,
  type ClassificationErrorCode,
  type ClassificationMethod,
  type ClassifyOptions,
} from './class-breaks';

/**
 * Classifies `values` into classes. Throws `ClassificationError` for invalid options
 * (classes not an integer ≥ 1, manual breaks missing, not finite or not strictly ascending).
 */
export function classify(
  values: readonly (number | null | undefined)[],
  options: ClassifyOptions,
): Classification {
  return classifyWith(values, options, ckmeans);
}
