/**
 * English of `<bildung-map>` (`../map.ts`), except what is built in there (the `bildung-error`
 * messages). The widget bundles load it on demand.
 */
import type { MapEnglishKey } from '../map';

export const MAP_EN: Readonly<Record<MapEnglishKey, string>> = {
  'map.secret': 'confidential',
  'map.comparedTo': '{name}: {value} (difference {diff})',
  'map.summary': '{title}, {year}: {count} regions with values from {min} ({minName}) to {max} ({maxName}).',
  'map.summaryMissing': '{count} regions without a value.',
  'map.roledescription': 'map',
  'map.keyboardHint': 'Arrow keys move between regions, Enter selects one, Escape clears the selection.',
  'map.offMap': '{name} (not on the map)',
  'map.secretNote': 'Dotted: value withheld for statistical confidentiality.',
  'map.rank': 'Rank',
  'map.rankOf': 'Rank {rank} of {total} (rank 1 = highest value)',
  'map.flag': 'Note',
  'map.tableCaption': '{title}, {year}',
  'map.yearControl': 'Year',
  'map.geometry': 'Geometry',
};
