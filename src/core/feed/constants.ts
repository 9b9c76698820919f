/**
 * Enumerations and limits of feed v1 as runtime values. The JSON Schema must list the same
 * values (checked by `test/unit/feed-schema.test.ts`); each list is checked against its type in
 * `types.ts` at compile time, so adding a member to a union without adding it here fails `tsc`.
 */
import type { Polarity, RegionLevel, UnitKind } from './types';

/** Identity that only compiles when `list` names every member of `T` (and nothing else). */
function complete<T>() {
  return <const L extends readonly T[]>(
    list: L & ([T] extends [L[number]] ? unknown : never),
  ): readonly T[] => list;
}

/** Region levels, smallest first. */
export const REGION_LEVELS = complete<RegionLevel>()(['gemeinde', 'verband', 'kreis', 'land', 'bund']);

export const POLARITIES = complete<Polarity>()(['higher-is-better', 'lower-is-better', 'neutral']);

/** Units with built-in formatting. */
export const UNIT_KINDS = complete<UnitKind>()([
  'percent',
  'count',
  'per-100',
  'per-1000',
  'per-100000',
  'eur',
  'years',
  'km2',
  'per-km2',
  'index',
]);

/** Units of a flow. */
export const FLOW_UNITS = complete<'count' | 'percent'>()(['count', 'percent']);

/**
 * Ids of indicators and flows: lower-case ASCII letters, digits, `-`, `_` and `.`, starting with a
 * letter or digit, 1–64 characters. They appear in attributes and URLs (`indicator="abgang-ohne-hsa"`),
 * so they are case-sensitive-safe and need no escaping.
 */
export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;
export const ID_MAX_LENGTH = 64;

/** Range of years (indicator years, targets, flows, footnotes). */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;

/** Most decimals an indicator or flow may ask for. */
export const MAX_DECIMALS = 6;

/** Longest accepted string (characters) unless `maxStringLength` says otherwise. */
export const DEFAULT_MAX_STRING_LENGTH = 10_000;

/** Largest accepted feed text (UTF-8 bytes) unless `maxBytes` says otherwise: 64 MB. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/** Problems listed one by one (per list: errors, warnings) before the rest is only counted. */
export const DEFAULT_MAX_ISSUES = 1000;
