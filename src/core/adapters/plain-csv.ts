/**
 * Plain CSV with a header row → cube → feed (DOM-free): the spreadsheets monitoring staff make
 * themselves and tidy exports (`,` or `;` or tab, decimal comma or point, UTF-8 or Windows-1252).
 *
 * Columns are mapped by options (name, case-insensitive, or 1-based number), else detected:
 * the region key column by its name (`AGS`, `ARS`, `_RS`, `region_code` …) or its content (official
 * keys), the name column (`name`, `region` …), the time column (`jahr`, `year`, `schuljahr`,
 * `Berichtszeitpunkt` …) and the value column when only one numeric column is left. Rows can be
 * filtered (`select`: keep only a value, `exclude`: drop a value) before the columns that still
 * vary within one region and year become dimensions that must be chosen or made the indicator.
 */
import { parseRegionKey } from '../ags';
import {
  cubeToFeed,
  CubeBuilder,
  yearOfPeriod,
  type ConvertOptions,
  type Cube,
  type FeedResult,
} from './cube';
import type { CsvSeparator } from './csv';
import { fail, listSome, quote } from './errors';
import { detectDecimalSeparator, parseCell, type DecimalSeparator } from './german-number';
import { inputText, type TextInputOptions } from './input';
import { checkRowWidth, readCsvChecked, textInNumber } from './tabular';

export interface CsvInputOptions extends TextInputOptions {
  separator?: CsvSeparator | 'auto';
  /** Decimal separator of the value column; default: detected. */
  decimal?: DecimalSeparator;
  /** Column with region names (for names-only tables and region names). */
  nameColumn?: string;
}

const norm = (s: string): string =>
  s
    .trim()
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]/g, '');
const KEY_NAMES = [
  'ags',
  'ars',
  'rs',
  'regionkey',
  'regioncode',
  'regionalschluessel',
  'amtlicherregionalschluessel',
  'amtlichergemeindeschluessel',
  'gemeindeschluessel',
  'kreisschluessel',
  'schluessel',
  'key',
  'gkz',
  'kennziffer',
  'regionid',
  'ags5',
  'ags8',
  'kreisags',
];
const NAME_NAMES = [
  'name',
  'regionname',
  'region',
  'gen',
  'bezeichnung',
  'gemeinde',
  'gemeindename',
  'kreis',
  'kreisname',
  'land',
  'bundesland',
  'regionalname',
  'gebiet',
  'raumeinheit',
];
const TIME_NAMES = [
  'jahr',
  'year',
  'time',
  'zeit',
  'schuljahr',
  'berichtszeitpunkt',
  'berichtsjahr',
  'stichtag',
  'datum',
  'date',
  'periode',
  'period',
  'zeitraum',
  'referenzjahr',
];

function findColumn(header: string[], query: string, what: { de: string; en: string }): number {
  const q = query.trim();
  let i = header.indexOf(q);
  if (i < 0) i = header.findIndex((h) => h.toLowerCase() === q.toLowerCase());
  if (i < 0) i = header.findIndex((h) => norm(h) === norm(q) && norm(q) !== '');
  if (i < 0 && /^\d+$/.test(q) && Number(q) >= 1 && Number(q) <= header.length) i = Number(q) - 1;
  if (i < 0) {
    const list = listSome(
      header.map((h) => h || '(leer)'),
      30,
    );
    fail(
      'unknown-column',
      `Die Spalte „${quote(q)}“ (${what.de}) gibt es nicht. Spalten: ${list.de}.`,
      `There is no column "${quote(q)}" (${what.en}). Columns: ${list.en}.`,
    );
  }
  return i;
}

/** Reads a plain CSV with a header row into a cube; `opts` says which columns mean what. */
export function readPlainCsv(input: Uint8Array | string, opts: ConvertOptions & CsvInputOptions = {}): Cube {
  const text = inputText(input, opts);
  const { rows, separator, lines } = readCsvChecked(text, opts.separator ?? 'auto');
  let h = 0;
  while (h < rows.length && rows[h]!.every((c) => c.trim() === '')) h++;
  const header = (rows[h] ?? []).map((c) => c.trim());
  if (header.length < 2)
    fail(
      'bad-structure',
      `Die erste Zeile hat nur eine Spalte („${quote(header[0] ?? '')}“): das Trennzeichen passt nicht oder es fehlt die Kopfzeile.`,
      `The first line has a single column ("${quote(header[0] ?? '')}"): the separator does not fit or the header row is missing.`,
    );
  const seenNames = new Map<string, number>();
  header.forEach((name, i) => {
    if (!name) return;
    const prev = seenNames.get(name.toLowerCase());
    if (prev !== undefined)
      fail(
        'duplicate-key',
        `Die Spaltenüberschrift „${quote(name)}“ steht zweimal in der Kopfzeile (Spalten ${prev + 1} und ${i + 1}).`,
        `The column name "${quote(name)}" occurs twice in the header (columns ${prev + 1} and ${i + 1}).`,
      );
    seenNames.set(name.toLowerCase(), i);
  });
  const body = rows.slice(h + 1).map((r, k) => ({ r, line: lines[h + 1 + k]! }));
  while (body.length && body[body.length - 1]!.r.every((c) => c.trim() === '')) body.pop();
  const data = body.filter(({ r }) => !r.every((c) => c.trim() === ''));
  if (!data.length)
    fail('no-data', 'Die Datei enthält nur die Kopfzeile.', 'The file contains only the header row.');
  data.forEach(({ r, line }, k) => checkRowWidth(r, header.length, line, k === data.length - 1, separator));

  // Row filters.
  const filters: { col: number; keep: boolean; value: string }[] = [];
  for (const [c, v] of Object.entries(opts.select ?? {}))
    filters.push({
      col: findColumn(header, c, { de: 'Auswahl', en: 'selection' }),
      keep: true,
      value: v.trim(),
    });
  for (const [c, vs] of Object.entries(opts.exclude ?? {}))
    for (const v of vs)
      filters.push({
        col: findColumn(header, c, { de: 'Ausschluss', en: 'exclusion' }),
        keep: false,
        value: v.trim(),
      });
  for (const f of filters) {
    if (!f.keep) continue;
    if (!data.some(({ r }) => r[f.col]!.trim() === f.value)) {
      const values = [...new Set(data.map(({ r }) => r[f.col]!.trim()))];
      fail(
        'unknown-category',
        `Die Spalte „${header[f.col]}“ enthält den Wert „${quote(f.value)}“ nicht. Werte: ${listSome(values).de}.`,
        `Column "${header[f.col]}" does not contain the value "${quote(f.value)}". Values: ${listSome(values).en}.`,
      );
    }
  }
  const rowsKept = data.filter(({ r }) => filters.every((f) => (r[f.col]!.trim() === f.value) === f.keep));
  if (!rowsKept.length)
    fail('no-data', 'Nach der Auswahl bleiben keine Zeilen übrig.', 'No rows are left after the selection.');

  const cells = (c: number): string[] => rowsKept.map(({ r }) => r[c] ?? '');
  const share = (c: number, test: (s: string) => boolean): number => {
    const vals = cells(c).filter((s) => s.trim() !== '');
    return vals.length ? vals.filter(test).length / vals.length : 0;
  };
  const isKey = (s: string): boolean => parseRegionKey(s.trim()) !== null || /^\d{3}$/.test(s.trim());
  const isCode = (c: number): boolean => cells(c).some((s) => /^0\d/.test(s.trim()));
  const isNumeric = (c: number): boolean =>
    !isCode(c) &&
    share(c, (s) => !parseCell(s).invalid || !parseCell(s, '.').invalid) >= 0.9 &&
    cells(c).some((s) => parseCell(s).value !== null || parseCell(s, '.').value !== null);

  // Region, name, time and value columns.
  let keyCol = -1;
  if (opts.regionDim) keyCol = findColumn(header, opts.regionDim, { de: 'Region', en: 'region' });
  else if (opts.region === undefined) {
    keyCol = header.findIndex((n, i) => KEY_NAMES.includes(norm(n)) && share(i, isKey) >= 0.8);
    if (keyCol < 0) {
      const byContent = header.map((_, i) => i).filter((i) => share(i, isKey) >= 0.9 && isCode(i));
      if (byContent.length >= 1) keyCol = byContent[0]!;
    }
  }
  let nameCol = -1;
  if (opts.nameColumn) nameCol = findColumn(header, opts.nameColumn, { de: 'Name', en: 'name' });
  else nameCol = header.findIndex((n, i) => i !== keyCol && NAME_NAMES.includes(norm(n)) && !isNumeric(i));
  let regionCol = keyCol >= 0 ? keyCol : nameCol;
  if (opts.regionDim && keyCol >= 0 && share(keyCol, isKey) < 0.5 && nameCol === keyCol) regionCol = keyCol;
  if (regionCol < 0 && opts.region === undefined)
    fail(
      'no-region-dimension',
      `Keine Spalte mit Regionsschlüsseln oder -namen gefunden (Spalten: ${header.join(', ')}). Mit --region-dim SPALTE angeben, oder mit --region einen festen Schlüssel.`,
      `No column with region keys or names found (columns: ${header.join(', ')}). Name it with --region-dim COLUMN, or give a fixed key with --region.`,
    );
  let timeCol = -1;
  if (opts.timeDim) timeCol = findColumn(header, opts.timeDim, { de: 'Zeit', en: 'time' });
  else if (opts.year === undefined) {
    timeCol = header.findIndex(
      (n, i) =>
        i !== regionCol &&
        TIME_NAMES.includes(norm(n)) &&
        share(i, (s) => yearOfPeriod(s) !== undefined) >= 0.9,
    );
    if (timeCol < 0) {
      const byContent = header
        .map((_, i) => i)
        .filter(
          (i) =>
            i !== regionCol &&
            i !== nameCol &&
            share(
              i,
              (s) =>
                /^(1[89]|20)\d\d$/.test(s.trim()) ||
                (yearOfPeriod(s) !== undefined && !/^\d+$/.test(s.trim())),
            ) === 1,
        );
      if (byContent.length === 1) timeCol = byContent[0]!;
    }
    if (timeCol < 0)
      fail(
        'no-time-dimension',
        `Keine Spalte mit Jahren gefunden (Spalten: ${header.join(', ')}). Mit --time-dim SPALTE angeben, oder mit --year das Jahr aller Werte.`,
        `No column with years found (columns: ${header.join(', ')}). Name it with --time-dim COLUMN, or give the year of all values with --year.`,
      );
  }
  const reserved = new Set([regionCol, nameCol, timeCol, keyCol].filter((i) => i >= 0));
  let valueCol: number;
  if (opts.column) valueCol = findColumn(header, opts.column, { de: 'Werte', en: 'values' });
  else {
    const numeric = header.map((_, i) => i).filter((i) => !reserved.has(i) && isNumeric(i));
    if (numeric.length !== 1) {
      const list = numeric.length ? numeric.map((i) => header[i]!).join(', ') : '—';
      fail(
        'ambiguous-column',
        numeric.length
          ? `Welche Spalte enthält die Werte? Mit --column angeben (Zahlenspalten: ${list}).`
          : `Keine Spalte mit Zahlen gefunden; mit --column die Wertspalte angeben (Spalten: ${header.join(', ')}).`,
        numeric.length
          ? `Which column holds the values? Name it with --column (numeric columns: ${list}).`
          : `No column with numbers found; name the value column with --column (columns: ${header.join(', ')}).`,
      );
    }
    valueCol = numeric[0]!;
  }
  if (reserved.has(valueCol))
    fail(
      'bad-option',
      `Die Wertspalte „${header[valueCol]}“ ist schon Region, Name oder Zeit.`,
      `The value column "${header[valueCol]}" is already the region, name or time.`,
    );
  const decimal = opts.decimal ?? detectDecimalSeparator(cells(valueCol));

  // Columns that vary within one region and time become dimensions.
  const indicatorCol = opts.indicatorDim
    ? findColumn(header, opts.indicatorDim, { de: 'Indikator', en: 'indicator' })
    : -1;
  const groupOf = ({ r }: { r: string[] }): string =>
    `${regionCol >= 0 ? r[regionCol]!.trim() : ''}\u0000${timeCol >= 0 ? r[timeCol]!.trim() : ''}`;
  const dimCols: number[] = [];
  for (let c = 0; c < header.length; c++) {
    if (reserved.has(c) || c === valueCol) continue;
    if (c === indicatorCol) {
      dimCols.push(c);
      continue;
    }
    if (isNumeric(c)) continue;
    const seen = new Map<string, string>();
    let varies = false;
    for (const row of rowsKept) {
      const g = groupOf(row);
      const v = row.r[c]!.trim();
      const prev = seen.get(g);
      if (prev === undefined) seen.set(g, v);
      else if (prev !== v) {
        varies = true;
        break;
      }
    }
    if (varies) dimCols.push(c);
  }

  const b = new CubeBuilder();
  const dRegion = regionCol >= 0 ? b.addDimension(header[regionCol]!, header[regionCol]!, 'geo') : -1;
  const dTime = timeCol >= 0 ? b.addDimension(header[timeCol]!, header[timeCol]!, 'time') : -1;
  const dExtra = dimCols.map((c) => b.addDimension(header[c]!, header[c]!));
  const coords: number[] = [];
  for (const { r, line } of rowsKept) {
    const raw = r[valueCol]!;
    const cell = parseCell(raw, decimal);
    if (cell.invalid) textInNumber(raw, line, header[valueCol]!);
    if (cell.value === null && !cell.flag) continue;
    if (cell.flag) b.marker(raw.trim());
    coords.length = 0;
    if (dRegion >= 0) {
      const code = r[regionCol]!.trim();
      if (!code) continue;
      const name = nameCol >= 0 && nameCol !== regionCol ? r[nameCol]!.trim() : code;
      coords[dRegion] = b.category(dRegion, code, name || code);
    }
    if (dTime >= 0) coords[dTime] = b.category(dTime, r[timeCol]!.trim());
    dimCols.forEach((c, k) => (coords[dExtra[k]!] = b.category(dExtra[k]!, r[c]!.trim())));
    b.push(coords, cell.value, cell.flag, line);
  }
  return b.build('csv', {
    unit:
      header[valueCol] && /prozent|percent|_pct|quote|anteil/i.test(header[valueCol]!)
        ? 'Prozent'
        : undefined,
  });
}

/**
 * Options for `cubeToFeed` after `readPlainCsv`: row filters and the value column were applied while
 * reading; region/time/indicator columns are named by their header.
 */
export function csvCubeOptions(cube: Cube, opts: ConvertOptions): ConvertOptions {
  const rest: ConvertOptions = { ...opts };
  delete rest.select;
  delete rest.exclude;
  delete rest.column;
  if (opts.regionDim) rest.regionDim = cube.dimensions.find((d) => d.role === 'geo')?.id ?? opts.regionDim;
  if (opts.timeDim) rest.timeDim = cube.dimensions.find((d) => d.role === 'time')?.id ?? opts.timeDim;
  return rest;
}

/** Plain CSV → validated feed v1. Row filters (`select`, `exclude`) name columns. */
export function csvToFeed(
  input: Uint8Array | string,
  opts: ConvertOptions & CsvInputOptions = {},
): FeedResult {
  const cube = readPlainCsv(input, opts);
  return cubeToFeed(cube, csvCubeOptions(cube, opts));
}
