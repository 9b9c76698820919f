/**
 * Shared checks of CSV-based adapters (DOM-free): truncated files (a quote never closed, a last
 * line cut short), rows with the wrong number of cells (often mixed separators) and text in
 * number cells, each as one `AdapterError` naming the line.
 */
import { readCsv, type CsvSeparator } from './csv';
import { fail, quote } from './errors';

/** Line (1-based) where a quoted cell opens that is never closed, or 0. */
export function unclosedQuoteLine(text: string, sep: CsvSeparator): number {
  let inQuotes = false;
  let atCellStart = true;
  let line = 1;
  let openLine = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') line++;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (ch === '"' && atCellStart) {
      inQuotes = true;
      openLine = line;
      atCellStart = false;
    } else if (ch === sep || ch === '\n' || ch === '\r') atCellStart = true;
    else atCellStart = false;
  }
  return inQuotes ? openLine : 0;
}

/** `readCsv` plus: a quote left open at the end of the file is a truncated file. */
export function readCsvChecked(
  text: string,
  separator: CsvSeparator | 'auto' = 'auto',
): { rows: string[][]; separator: CsvSeparator; lines: number[] } {
  const res = readCsv(text, { separator });
  const open = unclosedQuoteLine(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, res.separator);
  if (open)
    fail(
      'truncated',
      `Die Datei endet innerhalb eines Textfelds in Anführungszeichen, das in Zeile ${open} beginnt: sie ist unvollständig (abgebrochener Download?) oder ein Anführungszeichen fehlt.`,
      `The file ends inside a quoted cell that starts at line ${open}: it is incomplete (an interrupted download?) or a quote is missing.`,
    );
  // Physical line of each record (records may span lines inside quotes).
  const lines: number[] = [];
  let line = 1;
  for (const row of res.rows) {
    lines.push(line);
    for (const cell of row) for (let k = cell.indexOf('\n'); k !== -1; k = cell.indexOf('\n', k + 1)) line++;
    line++;
  }
  return { ...res, lines };
}

/** Throws for a row whose cell count differs from `expected`; the last row cut short is a truncated file. */
export function checkRowWidth(
  row: readonly string[],
  expected: number,
  line: number,
  isLast: boolean,
  sep: CsvSeparator,
): void {
  if (row.length === expected) return;
  if (row.length > expected && row.slice(expected).every((c) => c.trim() === '')) return;
  // Another separator that would split the line into about the expected number of cells.
  const line0 = row.join(sep);
  const other = ([';', ',', '\t'] as const).filter(
    (s) =>
      s !== sep &&
      line0.split(s).length >= Math.max(2, expected - 1) &&
      line0.split(s).length <= expected + 1,
  );
  const sepName = (s: string): string => (s === '\t' ? 'Tab' : `„${s}“`);
  if (isLast && row.length < expected && other.length === 0)
    fail(
      'truncated',
      `Die letzte Zeile (${line}) hat nur ${row.length} von ${expected} Zellen: die Datei ist unvollständig (abgebrochener Download?).`,
      `The last line (${line}) has only ${row.length} of ${expected} cells: the file is incomplete (an interrupted download?).`,
    );
  const mixed = other.length
    ? {
        de: ` Die Zeile enthält ${other.map(sepName).join(' und ')} statt ${sepName(sep)}: die Trennzeichen sind gemischt.`,
        en: ` The line contains ${other.map((s) => (s === '\t' ? 'tab' : `"${s}"`)).join(' and ')} instead of ${sep === '\t' ? 'tab' : `"${sep}"`}: separators are mixed.`,
      }
    : { de: '', en: '' };
  fail(
    'ragged-rows',
    `Zeile ${line} hat ${row.length} Zellen, erwartet sind ${expected}.${mixed.de}`,
    `Line ${line} has ${row.length} cells, ${expected} expected.${mixed.en}`,
  );
}

/** Error for a cell that is neither a number nor a marker. */
export function textInNumber(raw: string, line: number, column: string): never {
  fail(
    'text-in-number',
    `Zeile ${line}, Spalte „${quote(column)}“: „${quote(raw.trim())}“ ist weder eine Zahl noch ein Zeichen der Zeichenerklärung (- . x / ...).`,
    `Line ${line}, column "${quote(column)}": "${quote(raw.trim())}" is neither a number nor an official marker (- . x / ...).`,
  );
}
