/**
 * A small RFC 4180-style CSV reader (DOM-free, no dependency).
 *
 * - Separator `;`, `,` or tab, given or sniffed from the first lines (quotes respected).
 * - Quoted cells with doubled quotes (`"zu ""gesamte Tabelle"":"`) and embedded line breaks.
 * - CRLF, LF and lone CR line ends; a line break inside quotes is kept as `\n`.
 * - A quote only opens a quoted cell at the start of the cell; elsewhere it is an ordinary
 *   character, as spreadsheet programs write it.
 * - A leading BOM (U+FEFF) is ignored. A final line break does not add an empty row.
 */

export type CsvSeparator = ';' | ',' | '\t';

export interface CsvOptions {
  /** Cell separator; `'auto'` (default) sniffs it with `sniffSeparator`. */
  separator?: CsvSeparator | 'auto';
}

export interface CsvResult {
  rows: string[][];
  separator: CsvSeparator;
}

const CANDIDATES: readonly CsvSeparator[] = [';', '\t', ','];

/** Counts of each candidate separator per line (outside quotes) for the first `maxLines` lines. */
function separatorCounts(text: string, maxLines: number): Map<CsvSeparator, number[]> {
  const counts = new Map<CsvSeparator, number[]>(CANDIDATES.map((c) => [c, []]));
  const current = new Map<CsvSeparator, number>(CANDIDATES.map((c) => [c, 0]));
  let inQuotes = false;
  let atCellStart = true;
  let lines = 0;
  let lineHasContent = false;
  const endLine = (): void => {
    if (lineHasContent) {
      for (const c of CANDIDATES) counts.get(c)!.push(current.get(c)!);
      lines++;
    }
    for (const c of CANDIDATES) current.set(c, 0);
    lineHasContent = false;
    atCellStart = true;
  };
  for (let i = 0; i < text.length && lines < maxLines; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (ch === '"' && atCellStart) {
      inQuotes = true;
      lineHasContent = true;
      atCellStart = false;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endLine();
    } else if (ch === ';' || ch === '\t' || ch === ',') {
      current.set(ch, current.get(ch)! + 1);
      lineHasContent = true;
      atCellStart = true;
    } else {
      lineHasContent = true;
      atCellStart = false;
    }
  }
  endLine();
  return counts;
}

/**
 * Guesses the separator: the candidate found on the most lines, ties broken by how many lines
 * share the most common count (a real separator gives every row the same number of cells), then
 * by the order `;`, tab, `,` (German exports use `;`, and `,` is also the decimal comma).
 */
export function sniffSeparator(text: string, maxLines = 50): CsvSeparator {
  const counts = separatorCounts(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, maxLines);
  let best: CsvSeparator = ';';
  let bestScore: [number, number] = [-1, -1];
  for (const c of CANDIDATES) {
    const perLine = counts.get(c)!;
    const present = perLine.filter((n) => n > 0);
    const freq = new Map<number, number>();
    for (const n of present) freq.set(n, (freq.get(n) ?? 0) + 1);
    const modeShare = Math.max(0, ...freq.values());
    const score: [number, number] = [present.length, modeShare];
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** Reads CSV text into rows of cells (strings, never trimmed). */
export function readCsv(text: string, opts: CsvOptions = {}): CsvResult {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const sep: CsvSeparator =
    opts.separator === undefined || opts.separator === 'auto' ? sniffSeparator(src) : opts.separator;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let inQuotes = false;
  let atCellStart = true;
  let rowStarted = false;
  const n = src.length;
  for (let i = 0; i < n; i++) {
    const ch = src[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else if (ch === '\r') {
        cell += '\n';
        if (src[i + 1] === '\n') i++;
      } else {
        cell += ch;
      }
      continue;
    }
    if (ch === sep) {
      row.push(cell);
      cell = '';
      atCellStart = true;
      rowStarted = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
      rowStarted = false;
    } else if (ch === '"' && atCellStart) {
      inQuotes = true;
      atCellStart = false;
      rowStarted = true;
    } else {
      cell += ch;
      atCellStart = false;
      rowStarted = true;
    }
  }
  if (rowStarted || cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return { rows, separator: sep };
}

/** Rows of CSV text; shorthand for `readCsv(text, opts).rows`. */
export function parseCsv(text: string, opts: CsvOptions = {}): string[][] {
  return readCsv(text, opts).rows;
}
