/**
 * Regionaldatenbank / GENESIS "Tabelle" CSV → cube → feed (DOM-free). Builds on
 * `parseRegionalstatistikTable` (layout detection, markers, footnotes) and adds what a feed needs:
 * checks for truncated files, ragged rows and text in number cells; dimensions time × region ×
 * extra label columns × table column; historical regions (every value `-`) left out; footnotes
 * kept (a note naming one Land is attached to that Land).
 */
import { FLAG_SYMBOLS, type Footnote } from '../feed/types';
import { inputText, type TextInputOptions } from './input';
import { cubeToFeed, CubeBuilder, type ConvertOptions, type Cube, type FeedResult } from './cube';
import { fail, same } from './errors';
import { noteYearRange, parseRegionalstatistikTable, type RegionalTable } from './regionalstatistik';
import { checkRowWidth, readCsvChecked, textInNumber } from './tabular';

/** Official symbol of each flag, for `inspect`. */
const SYMBOLS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(FLAG_SYMBOLS)
    .reverse()
    .map(([symbol, flag]) => [flag, symbol]),
);

function officeOf(t: RegionalTable): string {
  const c = `${t.copyright ?? ''} ${t.license ?? ''}`;
  return /Destatis|Statistisches Bundesamt/i.test(c)
    ? 'GENESIS-Online (Destatis)'
    : 'Regionaldatenbank Deutschland';
}

/** Reads a Regionalstatistik/GENESIS table CSV into a cube (throws `AdapterError` on broken input). */
export function readGenesisTable(
  input: Uint8Array | string,
  opts: TextInputOptions & { year?: number } = {},
): Cube {
  const text = inputText(input, opts);
  const { rows: records, separator, lines } = readCsvChecked(text);
  const table = parseRegionalstatistikTable(text);
  if (!table.rows.length || !table.columns.length)
    fail(
      'no-data',
      'In der Tabelle wurden keine Datenzeilen gefunden. Ist es eine Regionalstatistik-/GENESIS-Tabelle (CSV)?',
      'No data rows were found in the table. Is it a Regionalstatistik/GENESIS table (CSV)?',
    );
  const nLabels = table.labelRoles.length;
  const width = nLabels + table.columns.length;
  const hasFooter = records.some((r) => /^_{3,}$/.test((r[0] ?? '').trim()));
  let lastRecord = records.length - 1;
  while (lastRecord > 0 && records[lastRecord]!.every((c) => c.trim() === '')) lastRecord--;
  for (const r of table.rows) {
    const rec = records[r.line - 1] ?? [];
    checkRowWidth(
      rec,
      width,
      lines[r.line - 1] ?? r.line,
      !hasFooter && r.line - 1 === lastRecord,
      separator,
    );
    for (let c = 0; c < r.cells.length; c++)
      if (r.cells[c]!.invalid)
        textInNumber(rec[nLabels + c] ?? '', lines[r.line - 1] ?? r.line, table.columns[c]!.id);
  }

  const b = new CubeBuilder();
  const dTime = b.addDimension('time', 'Zeit', 'time');
  const dRegion = b.addDimension('region', 'Region', 'geo');
  const extra = table.labelRoles.flatMap((role, j) => (role === 'label' ? [j] : []));
  const dExtra = extra.map((j, k) => {
    const caption = table.labelColumns[j] ?? 'label';
    return b.addDimension(caption === 'label' && k > 0 ? `label${k + 1}` : caption, caption);
  });
  const dCol = b.addDimension('column', 'Spalte', 'metric');
  const colCats = table.columns.map((col) => {
    const labels = col.time !== undefined ? col.labels.filter((l) => l !== col.time) : col.labels;
    const id = labels.join(' / ') || col.id;
    return b.category(dCol, id, id, col.unit);
  });
  let historical = 0;
  const coords = new Array<number>(3 + dExtra.length).fill(0);
  for (const r of table.rows) {
    if (r.existing === false) {
      historical++;
      continue;
    }
    const code = r.key ?? r.name;
    if (!code) continue;
    coords[dRegion] = b.category(dRegion, code, r.name || code);
    dExtra.forEach((d, k) => (coords[d] = b.category(d, r.labels[k] ?? '', r.labels[k] ?? '')));
    const line = lines[r.line - 1] ?? r.line;
    for (let c = 0; c < r.cells.length; c++) {
      const col = table.columns[c]!;
      const time = col.time ?? r.time ?? (opts.year !== undefined ? String(opts.year) : undefined);
      if (time === undefined) continue;
      coords[dTime] = b.category(dTime, time);
      coords[dCol] = colCats[c]!;
      const cell = r.cells[c]!;
      if (cell.value === null && !cell.flag) continue;
      if (cell.flag) b.marker(SYMBOLS[cell.flag] ?? cell.flag);
      b.push(coords, cell.value, cell.flag, line);
    }
  }
  if (b.dimension(dTime).codes.length === 0)
    fail(
      'no-time-dimension',
      'Die Tabelle nennt keine Zeit (weder Zeitspalte noch Stichtag in der Kopfzeile): mit --year das Jahr angeben.',
      'The table states no time (no time column, no reference date in the header): give the year with --year.',
    );
  const warnings = table.warnings.map(same);
  if (historical)
    warnings.push({
      de: `${historical} Zeilen historischer Regionen (jeder Wert „-“) ausgelassen.`,
      en: `${historical} rows of historical regions (every value "-") left out.`,
    });
  const notes: Footnote[] = table.notes.map((n, k) => {
    const f: Footnote = { text: table.footnotes[k] ?? n.text };
    if (n.lands?.length === 1) f.region = n.lands[0]!;
    const yr = noteYearRange(n.subject);
    if (yr && yr[0] === yr[1]) f.year = yr[0];
    return f;
  });
  const office = officeOf(table);
  const cube = b.build('regionalstatistik', {
    label: table.title || undefined,
    source: table.code ? `${office}, Tabelle ${table.code}` : office,
    notes,
    warnings,
  });
  if (table.copyright) cube.copyright = table.copyright;
  if (table.licenseId) cube.license = table.licenseId;
  if (table.standDate) cube.date = table.standDate;
  return cube;
}

/** Regionalstatistik/GENESIS table CSV → validated feed v1 (`opts.column` picks the table column). */
export function genesisTableToFeed(
  input: Uint8Array | string,
  opts: ConvertOptions & TextInputOptions = {},
): FeedResult {
  return cubeToFeed(readGenesisTable(input, opts), opts);
}
