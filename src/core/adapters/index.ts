/** Adapters for German statistical exports: decoding, CSV, German numbers, Regionalstatistik tables. */
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
