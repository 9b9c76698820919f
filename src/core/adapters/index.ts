/**
 * Adapters for statistical exports: decoding, CSV, German numbers, Regionalstatistik/GENESIS tables,
 * GENESIS flat files, JSON-stat, SDMX-JSON, plain CSV, region names → keys, and the feed builder.
 */
export { decodeText, decodeWindows1252, type DecodedText, type TextEncodingName } from './decode';
export { parseCsv, readCsv, sniffSeparator, type CsvOptions, type CsvResult, type CsvSeparator } from './csv';
export {
  detectDecimalSeparator,
  isMarker,
  parseCell,
  parseGermanNumber,
  type DecimalSeparator,
  type ParsedCell,
} from './german-number';
export {
  filterNotes,
  findColumn,
  formatNote,
  isWholeTableScope,
  noteYearRange,
  parseRegionalstatistikTable,
  splitNotes,
  toIndicatorValues,
  unwrapLines,
  yearOfTime,
  type IndicatorValues,
  type IndicatorValuesOptions,
  type LabelRole,
  type NoteFilter,
  type RegionalTable,
  type TableColumn,
  type TableNote,
  type TableRow,
} from './regionalstatistik';
export { AdapterError, type AdapterErrorCode, type AdapterText } from './errors';
export {
  decodeInput,
  detectFormat,
  inputText,
  INPUT_FORMATS,
  type DecodedInput,
  type InputFormat,
  type TextInputOptions,
} from './input';
export { parseJsonStrict, findDuplicateKey } from './json';
export {
  CubeBuilder,
  cubeToFeed,
  findCategory,
  findDimension,
  mapUnit,
  pickCube,
  slugify,
  unitScale,
  yearOfPeriod,
  type ConvertOptions,
  type Cube,
  type CubeDimension,
  type DimensionRole,
  type FeedMetaOptions,
  type FeedResult,
} from './cube';
export { genesisTableToFeed, readGenesisTable } from './genesis-table';
export { flatFileToFeed, readFlatFile } from './ffcsv';
export { jsonStatToFeed, readJsonStat, STATUS_FLAGS } from './jsonstat';
export { readSdmxJson, sdmxToFeed } from './sdmx';
export { csvToFeed, readPlainCsv, type CsvInputOptions } from './plain-csv';
export {
  agsToArs,
  builtInRegions,
  coreName,
  foldName,
  knownRegionsFrom,
  nutsToKey,
  RegionNameIndex,
  resolveRegionNames,
  type KnownRegion,
  type NameResolution,
  type NamesReport,
} from './regions';
export {
  convertToFeed,
  inspectInput,
  mergeFeeds,
  readInput,
  type AnyInputOptions,
  type InspectReport,
  type InspectedDataset,
  type InspectedDimension,
  type ReadResult,
} from './convert';
