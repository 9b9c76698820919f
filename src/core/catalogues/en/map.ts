/** English of `<bildung-map>` (`../map.ts`). The widget bundles load it on demand. */
import type { MapMessageKey } from '../map';

export const MAP_EN: Readonly<Record<MapMessageKey, string>> = {
  'map.noValues': 'There are no values for the regions of the map in {year}.',
  'map.secret': 'confidential',
  'map.comparedTo': '{name}: {value} (difference {diff})',
  'map.summary':
    '{title}, {year}: {count} {count|region|regions} with values from {min} ({minName}) to {max} ({maxName}).',
  'map.summaryMissing': '{count} {count|region|regions} without a value.',
  'map.roledescription': 'map',
  'map.keyboardHint': 'Arrow keys move between regions, Enter selects one, Escape clears the selection.',
  'map.geoNotFound': 'The geometry was not found: {url}',
  'map.geoFailed': 'The geometry could not be loaded: {url}',
  'map.geoInvalid': 'The geometry is not a valid TopoJSON file or has no layer “{level}”.',
  'map.noGeo': 'No geometry given and no matching geometry found for the data file.',
  'map.noRegions': 'The geometry has no regions of level “{level}” in the chosen area {focus}.',
  'map.missingInGeometry':
    '{count} {count|region of the data file is|regions of the data file are} not on the map (their values are in the table): {keys}',
  'map.offMap': '{name} (not on the map)',
  'map.territorialMismatch':
    'Territorial reference date of the data: {feed}, of the map: {geo}. After boundary changes (e.g. municipal mergers) region keys no longer match.',
  'map.territorialUnknown':
    'Territorial reference date of the map: {geo}; the data file states none (meta.territorialDate).',
  'map.missingInFeed':
    '{count} {count|region of the map is|regions of the map are} missing from the data file: {keys}',
  'map.secretNote': 'Dotted: value withheld for statistical confidentiality.',
  'map.rank': 'Rank',
  'map.rankOf': 'Rank {rank} of {total} (rank 1 = highest value)',
  'map.flag': 'Note',
  'map.tableCaption': '{title}, {year}',
  'map.yearControl': 'Year',
  'map.geometry': 'Geometry',
  'map.invalid-classes': 'The number of classes must be a whole number of at least 1.',
  'map.missing-breaks': 'Manual classification needs class breaks.',
  'map.invalid-breaks': 'Class breaks must be finite numbers in strictly ascending order.',
  'map.unknown-method': 'Unknown classification method.',
};
