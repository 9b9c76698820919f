/**
 * GENESIS flat-file CSV ("ffcsv") → cube → feed (DOM-free).
 *
 * One value per row, every dimension as a group of columns:
 *
 *   statistics_code;statistics_label;time_code;time_label;time;
 *   1_variable_code;1_variable_label;1_variable_attribute_code;1_variable_attribute_label;…;
 *   value;value_unit;value_variable_code;value_variable_label[;value_q]
 *
 * Both variants are read: with and without the quality column `value_q`, UTF-8 with BOM
 * (GENESIS-Online) or Windows-1252 (Regionalstatistik, Kreis keys in `N_variable_attribute_code`).
 * The newer layout with one column per measure (`BEV002__Gestorbene__Anzahl`, quality in
 * `BEV002__Gestorbene__q`) is read as well. An empty attribute code (the total of a variable) uses
 * the label as its code. `value_unit` multipliers (`1000`, `Tsd. EUR`) are applied by `cubeToFeed`.
 */
import type { ValueFlag } from '../feed/types';
import { cubeToFeed, CubeBuilder, type ConvertOptions, type Cube, type FeedResult } from './cube';
import { fail, listSome, type AdapterText } from './errors';
import { detectDecimalSeparator, parseCell } from './german-number';
import { inputText, type TextInputOptions } from './input';
import { checkRowWidth, readCsvChecked, textInNumber } from './tabular';

/** GENESIS variables that hold regions. */
const REGION_VARIABLES = new Set([
  'DINSG',
  'DLAND',
  'REGBEZ',
  'KREISE',
  'GEMEIN',
  'GEMVB',
  'GVB',
  'STAG_KREISE',
]);

/** Quality codes of the `value_q` column. */
const QUALITY: Readonly<Record<string, ValueFlag | null>> = {
  e: null, // endgültig (final)
  p: 'provisional',
  v: 'provisional',
  r: 'revised',
  b: 'revised',
  s: 'estimated',
  g: 'estimated',
  '()': 'limited',
};

interface MeasureColumn {
  value: number;
  quality: number;
  code: string;
  label: string;
  unit?: string;
}

/** Reads a GENESIS flat-file CSV into a cube. */
export function readFlatFile(input: Uint8Array | string, opts: TextInputOptions = {}): Cube {
  const text = inputText(input, opts);
  const { rows, separator, lines } = readCsvChecked(text);
  const header = (rows[0] ?? []).map((h) => h.trim());
  const col = (name: string): number => header.findIndex((h) => h.toLowerCase() === name);
  if (col('statistics_code') < 0)
    fail(
      'bad-structure',
      'Keine GENESIS-Flatfile: die Kopfzeile hat keine Spalte „statistics_code“.',
      'Not a GENESIS flat file: the header has no "statistics_code" column.',
    );
  const timeCol = col('time');
  const timeCode = col('time_code');
  const timeLabel = col('time_label');
  const measures: MeasureColumn[] = [];
  const valueCol = col('value');
  if (valueCol >= 0) {
    measures.push({ value: valueCol, quality: col('value_q'), code: '', label: '' });
  } else {
    header.forEach((h, i) => {
      const m = /^(.+?)__(.+)__(.+)$/.exec(h);
      if (!m || m[3] === 'q') return;
      const q = header.indexOf(`${m[1]}__${m[2]}__q`);
      measures.push({ value: i, quality: q, code: m[1]!, label: m[2]!, unit: m[3]! });
    });
  }
  if (!measures.length)
    fail(
      'bad-structure',
      'Die GENESIS-Flatfile hat keine Wertspalte („value“ oder „CODE__Name__Einheit“).',
      'The GENESIS flat file has no value column ("value" or "CODE__name__unit").',
    );
  const unitCol = col('value_unit');
  const mCode = col('value_variable_code');
  const mLabel = col('value_variable_label');
  const vars: { code: number; label: number; attrCode: number; attrLabel: number }[] = [];
  for (let n = 1; ; n++) {
    const c = col(`${n}_variable_code`);
    if (c < 0) break;
    vars.push({
      code: c,
      label: col(`${n}_variable_label`),
      attrCode: col(`${n}_variable_attribute_code`),
      attrLabel: col(`${n}_variable_attribute_label`),
    });
  }
  const data = rows.slice(1).map((r, k) => ({ r, line: lines[k + 1]! }));
  while (data.length && data[data.length - 1]!.r.every((c) => c.trim() === '')) data.pop();
  if (!data.length)
    fail('no-data', 'Die Datei enthält nur die Kopfzeile.', 'The file contains only the header.');
  data.forEach(({ r, line }, k) => checkRowWidth(r, header.length, line, k === data.length - 1, separator));

  const b = new CubeBuilder();
  const first = data[0]!.r;
  const dTime = b.addDimension(
    timeCode >= 0 ? first[timeCode]!.trim() || 'time' : 'time',
    timeLabel >= 0 ? first[timeLabel]!.trim() || 'Zeit' : 'Zeit',
    'time',
  );
  const dVars = vars.map((v) => {
    const id = first[v.code]!.trim() || `var${vars.indexOf(v) + 1}`;
    return b.addDimension(
      id,
      v.label >= 0 ? first[v.label]!.trim() || id : id,
      REGION_VARIABLES.has(id) ? 'geo' : undefined,
    );
  });
  const dMeasure = b.addDimension(mCode >= 0 ? 'value_variable' : 'measure', 'Merkmal', 'metric');
  const decimals = measures.map((m) =>
    detectDecimalSeparator(data.slice(0, 2000).map(({ r }) => r[m.value] ?? '')),
  );
  const unknownQ = new Map<string, number>();
  const coords = new Array<number>(2 + vars.length).fill(0);
  for (const { r, line } of data) {
    if (timeCol >= 0) coords[dTime] = b.category(dTime, r[timeCol]!.trim());
    for (let k = 0; k < vars.length; k++) {
      const v = vars[k]!;
      const id = r[v.code]!.trim();
      if (id !== b.dimension(dVars[k]!).id && id !== '')
        fail(
          'bad-structure',
          `Zeile ${line}: Spalte ${k + 1}_variable_code ist „${id}“, sonst „${b.dimension(dVars[k]!).id}“; die Datei ist uneinheitlich.`,
          `Line ${line}: column ${k + 1}_variable_code is "${id}", elsewhere "${b.dimension(dVars[k]!).id}"; the file is inconsistent.`,
        );
      const label = v.attrLabel >= 0 ? r[v.attrLabel]!.trim() : '';
      const code = (v.attrCode >= 0 ? r[v.attrCode]!.trim() : '') || label;
      coords[dVars[k]!] = b.category(dVars[k]!, code, label || code);
    }
    for (let k = 0; k < measures.length; k++) {
      const m = measures[k]!;
      const code = m.code || (mCode >= 0 ? r[mCode]!.trim() : 'value');
      const label = m.label || (mLabel >= 0 ? r[mLabel]!.trim() : code);
      const unit = m.unit ?? (unitCol >= 0 ? r[unitCol]!.trim() || undefined : undefined);
      coords[dMeasure] = b.category(dMeasure, code, label, unit);
      const raw = r[m.value] ?? '';
      const cell = parseCell(raw, decimals[k]);
      if (cell.invalid) textInNumber(raw, line, header[m.value]!);
      let flag = cell.flag;
      if (m.quality >= 0) {
        const q = (r[m.quality] ?? '').trim();
        if (q) {
          const mapped = QUALITY[q] ?? QUALITY[q.toLowerCase()];
          if (mapped === undefined) {
            const asMarker = parseCell(q);
            if (asMarker.value === null && asMarker.flag) flag ??= asMarker.flag;
            else unknownQ.set(q, (unknownQ.get(q) ?? 0) + 1);
          } else if (mapped && !flag) flag = mapped;
          b.marker(`q=${q}`);
        }
      }
      if (cell.flag) b.marker(raw.trim());
      if (cell.value === null && !flag) continue;
      b.push(coords, cell.value, flag, line);
    }
  }
  const warnings: AdapterText[] = [];
  if (unknownQ.size) {
    const list = listSome([...unknownQ.entries()].map(([q, n]) => `${q} (${n}×)`));
    warnings.push({
      de: `Unbekannte Qualitätskennzeichen in value_q ignoriert: ${list.de}.`,
      en: `Unknown quality codes in value_q ignored: ${list.en}.`,
    });
  }
  const sc = col('statistics_code');
  const sl = col('statistics_label');
  const statCode = first[sc]!.trim();
  const statLabel = sl >= 0 ? first[sl]!.trim() : '';
  const cube = b.build('ffcsv', {
    label: statLabel || undefined,
    source: `GENESIS, Statistik ${statCode}${statLabel ? ` ${statLabel}` : ''}`,
    warnings,
  });
  return cube;
}

/** GENESIS flat-file CSV → validated feed v1. */
export function flatFileToFeed(
  input: Uint8Array | string,
  opts: ConvertOptions & TextInputOptions = {},
): FeedResult {
  return cubeToFeed(readFlatFile(input, opts), opts);
}
