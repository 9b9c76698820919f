/**
 * First look at an input file (DOM-free): refuses what is not a text export (empty, binary,
 * compressed, spreadsheet, UTF-16, garbled encodings) with one clear message, decodes the rest and
 * detects its format from the content.
 */
import { decodeText, type TextEncodingName } from './decode';
import { fail } from './errors';

export type InputFormat = 'regionalstatistik' | 'ffcsv' | 'jsonstat' | 'sdmx' | 'csv';

export const INPUT_FORMATS: readonly InputFormat[] = [
  'regionalstatistik',
  'ffcsv',
  'jsonstat',
  'sdmx',
  'csv',
];

export interface DecodedInput {
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
}

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

/** Double-encoded UTF-8 read as Windows-1252/Latin-1: `Ã¼` for `ü`, `ÃŸ` for `ß`, `â€“` for `–`. */
const MOJIBAKE =
  /Ã[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|â€[\u0093\u0094\u009c\u009d\u2013\u2014\u201c\u201d\u02dc\u2122]/;

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Checks raw bytes and decodes them. Throws an `AdapterError` for an empty file, binary content
 * (ZIP/Excel, gzip, PDF, NUL bytes), UTF-16/32 and text whose umlauts were garbled by a wrong
 * conversion (`Ã¼`). `encoding` forces the decoding (`'auto'`: UTF-8 when valid, else Windows-1252).
 */
export function decodeInput(bytes: Uint8Array, encoding: 'auto' | TextEncodingName = 'auto'): DecodedInput {
  if (bytes.length === 0) fail('empty-file', 'Die Datei ist leer.', 'The file is empty.');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]))
    fail(
      'binary-file',
      'Die Datei ist ein ZIP-Archiv oder eine Excel-Arbeitsmappe (.xlsx), keine Textdatei. Bitte als CSV (Semikolon getrennt) speichern oder exportieren.',
      'The file is a ZIP archive or an Excel workbook (.xlsx), not a text file. Save or export it as CSV (semicolon-separated).',
    );
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    fail(
      'binary-file',
      'Die Datei ist eine alte Excel-Arbeitsmappe (.xls), keine Textdatei. Bitte als CSV speichern.',
      'The file is an old Excel workbook (.xls), not a text file. Save it as CSV.',
    );
  if (startsWith(bytes, [0x1f, 0x8b]))
    fail(
      'binary-file',
      'Die Datei ist gzip-komprimiert. Bitte zuerst entpacken.',
      'The file is gzip-compressed. Unpack it first.',
    );
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46]))
    fail('binary-file', 'Die Datei ist ein PDF, keine Datentabelle.', 'The file is a PDF, not a data table.');
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || looksUtf16(bytes))
    fail(
      'wrong-encoding',
      'Die Datei ist in UTF-16 gespeichert. Bitte als UTF-8 oder Windows-1252 (ANSI) speichern.',
      'The file is saved as UTF-16. Save it as UTF-8 or Windows-1252 (ANSI).',
    );
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) {
      fail(
        'binary-file',
        `Die Datei enthält Binärdaten (Null-Byte an Position ${i}); sie ist keine CSV- oder JSON-Datei.`,
        `The file contains binary data (a NUL byte at offset ${i}); it is not a CSV or JSON file.`,
      );
    }
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (control > 0 && control / n > 0.01)
    fail(
      'binary-file',
      `Die Datei enthält ${control} Steuerzeichen in den ersten ${n} Bytes; sie ist keine Textdatei.`,
      `The file contains ${control} control characters in its first ${n} bytes; it is not a text file.`,
    );
  const decoded = decodeText(bytes, encoding);
  const text = decoded.text;
  if (text.trim() === '')
    fail('empty-file', 'Die Datei enthält nur Leerraum.', 'The file contains only whitespace.');
  if (encoding === 'utf-8') {
    const bad = text.indexOf('\ufffd');
    if (bad >= 0)
      fail(
        'wrong-encoding',
        `Die Datei ist kein gültiges UTF-8 (Zeile ${lineOf(text, bad)}). Vermutlich ist sie Windows-1252: ohne Kodierungsangabe oder mit „windows-1252“ lesen.`,
        `The file is not valid UTF-8 (line ${lineOf(text, bad)}). It is probably Windows-1252: read it without an encoding option or with "windows-1252".`,
      );
  }
  const m = MOJIBAKE.exec(text);
  if (m)
    fail(
      'wrong-encoding',
      `Die Umlaute der Datei sind verfälscht („${m[0]}“ in Zeile ${lineOf(text, m.index)}): sie wurde zweimal umkodiert. Bitte die Originaldatei verwenden.`,
      `The file's umlauts are garbled ("${m[0]}" at line ${lineOf(text, m.index)}): it was converted to UTF-8 twice. Use the original download.`,
    );
  return decoded;
}

/** Many NUL bytes at odd or at even offsets: UTF-16 without a byte order mark. */
function looksUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return Math.max(even, odd) > n / 4;
}

/**
 * Detects the format of decoded text: JSON with `version`/`class`/`dimension` → JSON-stat, JSON with
 * `data.dataSets`/`dataSets`/`structure(s)` → SDMX-JSON, a header with `statistics_code` and
 * `time`/`value` columns → GENESIS flat file, a title block (`GENESIS-Tabelle:` / `Tabelle:`) or a
 * `__________` footer → Regionalstatistik/GENESIS table, anything else that reads as CSV → plain
 * CSV. `json` is the parsed document when the text is JSON.
 */
export function detectFormat(text: string, json?: unknown): InputFormat | 'json' {
  const head = text.slice(0, 4096).replace(/^\ufeff/, '');
  const trimmed = head.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    if (json && typeof json === 'object' && !Array.isArray(json)) {
      const o = json as Record<string, unknown>;
      if (isSdmx(o)) return 'sdmx';
      if (isJsonStat(o)) return 'jsonstat';
    }
    return 'json';
  }
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  if (/(^|[;,\t])"?statistics_code"?([;,\t]|$)/.test(firstLine)) return 'ffcsv';
  if (/^(GENESIS-)?Tabelle\s*:/im.test(head)) return 'regionalstatistik';
  if (/^_{5,}\s*$/m.test(text)) return 'regionalstatistik';
  return 'csv';
}

function isSdmx(o: Record<string, unknown>): boolean {
  const data = o.data;
  if (data && typeof data === 'object') {
    const d = data as Record<string, unknown>;
    return 'dataSets' in d || 'structures' in d || 'structure' in d;
  }
  return 'dataSets' in o && ('structure' in o || 'structures' in o);
}

function isJsonStat(o: Record<string, unknown>): boolean {
  if (o.class === 'dataset' || o.class === 'collection' || o.class === 'dimension') return true;
  if ('dimension' in o && 'value' in o) return true;
  // JSON-stat 1.x bundle: every member a dataset with `dimension` and `value`.
  const members = Object.values(o);
  return (
    members.length > 0 &&
    members.every(
      (m) => m !== null && typeof m === 'object' && 'dimension' in (m as object) && 'value' in (m as object),
    )
  );
}

export interface TextInputOptions {
  /** Decoding of byte input; default auto (UTF-8 when valid, else Windows-1252). */
  encoding?: 'auto' | TextEncodingName;
}

/** Text of string or byte input (bytes are checked and decoded). */
export function inputText(input: Uint8Array | string, opts: TextInputOptions = {}): string {
  if (typeof input === 'string') {
    if (input.trim() === '') fail('empty-file', 'Die Datei ist leer.', 'The file is empty.');
    return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  }
  return decodeInput(input, opts.encoding ?? 'auto').text;
}
