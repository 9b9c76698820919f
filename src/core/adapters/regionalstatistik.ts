/**
 * Parser for the "Tabelle" CSV downloads of the Regionaldatenbank Deutschland and GENESIS-Online
 * (DOM-free). These files are made for people, not machines; the layout is detected from the
 * content, never from the table code:
 *
 *   GENESIS-Tabelle: 21111-02-06-4                 ← title block: code, wrapped title, statistic,
 *   Absolvierende/Abgehende … nach;;;;               optional measure line "… (Anzahl)"
 *   Statistik der allgemeinbildenden Schulen;;;;
 *   ;;;Insgesamt;Insgesamt;ohne Hauptschulabschluss  ← 1–4 header lines (merged cells repeated),
 *   ;;;Insgesamt;weiblich;Insgesamt                     a unit line (`Anzahl`, `Tsd. EUR`) and/or a
 *   2023;03453;      Cloppenburg, Landkreis;1967;…     date line (`31.12.2018`)
 *   __________                                       ← data rows: leading label columns (time, key,
 *   "zu ""gesamte Tabelle"":                            name, further labels such as the school type)
 *   …"                                               ← footnote cells, licence cell, `Stand:` line
 *
 * - Label columns = the leading columns that are empty in every header line (checked against the
 *   data: a text column after them is a label column too). Their roles are read from the values:
 *   a year/date column is the time, `DG`/digit codes are the key, the indented text is the name,
 *   anything else is an extra label (e.g. the school type).
 * - Values go through `parseCell`: markers become `null` with a flag, never 0.
 * - Regions whose every value is `-` (historical Kreise) are marked `existing: false`; 8-digit
 *   cities listed inside a Kreis table are marked `duplicateOf` their enclosing row.
 */
import type { ValueFlag } from '../feed/types';
import { readCsv } from './csv';
import { detectDecimalSeparator, parseCell, type DecimalSeparator, type ParsedCell } from './german-number';

export type LabelRole = 'time' | 'key' | 'name' | 'label';

export interface TableColumn {
  /** Header path joined with ` / `; unique within the table. */
  id: string;
  /** Header path, top to bottom, consecutive duplicates removed (e.g. `['…', 'ohne Hauptschulabschluss', 'weiblich']`). */
  labels: string[];
  /** Unit from the unit line (`Anzahl`, `Tsd. EUR`, `qkm` …) or the measure line. */
  unit?: string;
  /** Reference date/year of this column when the header holds one (`31.12.2018`). */
  time?: string;
  year?: number;
  /** Decimal separator detected for the column. */
  decimal: DecimalSeparator;
}

export interface TableRow {
  time?: string;
  year?: number;
  /** Region key as text (`DG`, `03`, `031`, `03453`, `03241001`). */
  key?: string;
  /** Name, trimmed. */
  name: string;
  /** Leading spaces of the name in the file (the level marker of the source). */
  indent: number;
  /** Rank of `indent` among the distinct indents of the table (0 = outermost). */
  depth: number;
  /** Values of the extra label columns (e.g. `['Gymnasien']`). */
  labels: string[];
  cells: ParsedCell[];
  /** `false` when the region has no value at all (every cell `-`): a historical region. */
  existing?: false;
  /** Key of the enclosing row this row double-counts (8-digit city inside its Kreis). */
  duplicateOf?: string;
  /** 1-based line of the row in the file's CSV records. */
  line: number;
}

export interface TableNote {
  /** What the note refers to (`gesamte Tabelle`, a column name …), from `zu "…":`. */
  scope?: string;
  /** Leading subject before the colon (`Niedersachsen (2019/2020)`), if any. */
  subject?: string;
  /** Keys of the Länder named in the subject. */
  lands?: string[];
  /** True for "alle Länder" / "Deutschland" subjects. */
  general?: boolean;
  /** Note text (without the subject), lines unwrapped. */
  text: string;
}

export interface RegionalTable {
  /** Table code (`21111-02-06-4`), empty when the file does not state it. */
  code: string;
  title: string;
  statistic?: string;
  /** Measure line such as `Absolvierende/Abgehende (Anzahl)`. */
  measure?: string;
  columns: TableColumn[];
  /** Names of the leading label columns: header text when present, else the role (`time`, `key`, `name`, `label`). */
  labelColumns: string[];
  labelRoles: LabelRole[];
  /** Reference date shared by every column (`31.12.2018` from a header line), if any. */
  time?: string;
  rows: TableRow[];
  /** Footnotes as readable strings (`zu "gesamte Tabelle": Niedersachsen: …`). */
  footnotes: string[];
  /** The same notes, structured. */
  notes: TableNote[];
  /** Licence cell, unwrapped (`© Statistische Ämter … Version 2.0.`). */
  license?: string;
  /** `dl-de/by-2-0` when the licence cell names the Datenlizenz Deutschland – Namensnennung 2.0. */
  licenseId?: string;
  /** Copyright line (`© Statistische Ämter des Bundes und der Länder, Deutschland, 2025`). */
  copyright?: string;
  /** Extraction timestamp as written (`13.03.2025 / 16:40:08`). */
  stand?: string;
  /** Date of `stand`, ISO 8601. */
  standDate?: string;
  warnings: string[];
}

const LAND_KEYS: ReadonlyArray<[string, string]> = [
  ['01', 'Schleswig-Holstein'],
  ['02', 'Hamburg'],
  ['03', 'Niedersachsen'],
  ['04', 'Bremen'],
  ['05', 'Nordrhein-Westfalen'],
  ['06', 'Hessen'],
  ['07', 'Rheinland-Pfalz'],
  ['08', 'Baden-Württemberg'],
  ['09', 'Bayern'],
  ['10', 'Saarland'],
  ['11', 'Berlin'],
  ['12', 'Brandenburg'],
  ['13', 'Mecklenburg-Vorpommern'],
  ['14', 'Sachsen'],
  ['15', 'Sachsen-Anhalt'],
  ['16', 'Thüringen'],
];

const YEAR_RE = /^(1[89]\d\d|2[01]\d\d)$/;
const DATE_RE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const SCHOOL_YEAR_RE = /^(\d{4})\s*\/\s*(\d{2}|\d{4})$/;
const KEY_RE = /^(DG|\d{1,12})$/;
const SEPARATOR_RE = /^_{3,}$/;
const UNIT_RE =
  /^(Anzahl|Personen|Prozent|%|‰|Promille|Euro|EUR|(Tsd|Mio|Mrd)\.?\s*(EUR|Euro)?|EUR je .+|(je|pro) \d[\d.]*( .+)?|qkm|km²|km2|ha|m²|m2|t|kg|Jahre|Tage|Stunden|Std\.?|Grad|Index|Messzahl|1000|1 000|Tsd\. Personen|%-Punkte)$/i;
const ABBREVIATIONS = new Set(
  'u a z b bzw ggf vgl nr abs ca inkl einschl dar ff insb sog max min mio mrd tsd st jg std usw d h s o i e v g m etc allg'.split(
    ' ',
  ),
);

/** Year of a time label: `2023` → 2023, `31.12.2018` → 2018, `2022/23` → 2023 (later calendar year). */
export function yearOfTime(time: string): number | undefined {
  const t = time.trim();
  if (YEAR_RE.test(t)) return Number(t);
  const d = DATE_RE.exec(t);
  if (d) return Number(d[3]);
  const s = SCHOOL_YEAR_RE.exec(t);
  if (s) {
    const first = Number(s[1]);
    const second = s[2]!.length === 4 ? Number(s[2]) : Math.floor(first / 100) * 100 + Number(s[2]);
    return second === first + 1 || (s[2]!.length === 2 && second + 100 === first + 1) ? first + 1 : undefined;
  }
  return undefined;
}

function isTimeLabel(s: string): boolean {
  return yearOfTime(s) !== undefined;
}

/** ISO date of `dd.mm.yyyy` (optionally followed by a time), else undefined. */
function isoDate(s: string): string | undefined {
  const m = /(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(s);
  if (!m) return undefined;
  return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/**
 * Joins hard-wrapped lines: `Einschrän-` + `kungen` → `Einschränkungen`, `Baden-` + `Württemberg`
 * → `Baden-Württemberg`, otherwise with one space.
 */
export function unwrapLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (out === '') {
      out = line;
    } else if (/[A-Za-zÄÖÜäöüß]-$/.test(out)) {
      out = /^[a-zäöüß]/.test(line) ? out.slice(0, -1) + line : out + line;
    } else {
      out += ' ' + line;
    }
  }
  return out;
}

function isBlank(row: readonly string[]): boolean {
  return row.every((c) => c.trim() === '');
}

/** First cell non-empty, every other cell empty. */
function isSingleCell(row: readonly string[]): boolean {
  if (row.length === 0 || row[0]!.trim() === '') return false;
  for (let i = 1; i < row.length; i++) if (row[i]!.trim() !== '') return false;
  return true;
}

function leadingEmpty(row: readonly string[]): number {
  let i = 0;
  while (i < row.length && row[i]!.trim() === '') i++;
  return i;
}

function isValueLike(raw: string): boolean {
  const c = parseCell(raw);
  return c.value !== null || c.flag !== undefined;
}

function share(cells: readonly string[], test: (s: string) => boolean): number {
  const filled = cells.filter((c) => c.trim() !== '');
  if (!filled.length) return 0;
  return filled.filter((c) => test(c.trim())).length / filled.length;
}

const LAND_NAME_PATTERN = [
  ...LAND_KEYS.map(([, n]) => n.replace(/-/g, '-\\s*')),
  'Deutschland',
  'alle Länder',
  'Alle Länder',
  'Früheres Bundesgebiet',
  'früheres Bundesgebiet',
  'Neue Länder',
  'neue Länder',
  'Bundesgebiet',
].join('|');
const SUBJECT_RE = new RegExp(
  `^((?:${LAND_NAME_PATTERN})(?:\\s*(?:,|und|/)\\s*(?:${LAND_NAME_PATTERN}))*(?:\\s*\\([^)]*\\))?)\\s*:\\s*`,
);

function landsOf(subject: string): string[] {
  const folded = subject.replace(/-\s+/g, '-');
  const out: string[] = [];
  for (const [key, name] of LAND_KEYS) {
    // "Sachsen" must not match inside "Sachsen-Anhalt" or "Niedersachsen".
    const re = new RegExp(`(^|[^A-Za-zÄÖÜäöüß-])${name}(?![A-Za-zÄÖÜäöüß-])`);
    if (re.test(folded)) out.push(key);
  }
  return out;
}

function endsSentence(line: string): boolean {
  const t = line.trim();
  // A sentence ends with a word or a bracket, not with an ordinal number (`13.`).
  if (!/[A-Za-zÄÖÜäöüß)"»“][.!?]$/.test(t)) return false;
  const lastWord = /([A-Za-zÄÖÜäöüß]+)\.$/.exec(t);
  if (lastWord && ABBREVIATIONS.has(lastWord[1]!.toLowerCase())) return false;
  return true;
}

/** Splits one footnote cell into notes (by `zu "…":` scopes, blank lines, Land subjects and sentence ends). */
export function splitNotes(cell: string): TableNote[] {
  const lines = cell.replace(/\r\n?/g, '\n').split('\n');
  const notes: TableNote[] = [];
  let scope: string | undefined;
  let current: string[] = [];
  const flush = (): void => {
    const text = unwrapLines(current);
    current = [];
    if (!text) return;
    const note: TableNote = { text };
    if (scope !== undefined) note.scope = scope;
    const m = SUBJECT_RE.exec(text);
    if (m) {
      note.subject = m[1]!.trim();
      note.text = text.slice(m[0].length).trim();
      const lands = landsOf(note.subject);
      if (lands.length) note.lands = lands;
      if (/alle Länder|Deutschland|Bundesgebiet/i.test(note.subject)) note.general = true;
    }
    notes.push(note);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') {
      flush();
      continue;
    }
    if (/^zu\s+"/.test(line)) {
      flush();
      // The scope may wrap over several lines up to `":`.
      let buf = line;
      while (!/"\s*:/.test(buf.slice(buf.indexOf('"') + 1)) && i + 1 < lines.length) {
        i++;
        buf += '\n' + lines[i]!.trim();
      }
      const m = /^zu\s+"([\s\S]*?)"\s*:/.exec(buf);
      scope = unwrapLines((m ? m[1]! : buf.slice(buf.indexOf('"') + 1)).split('\n'));
      const rest = m ? buf.slice(m[0].length).trim() : '';
      if (rest) current.push(rest);
      continue;
    }
    const prev = current[current.length - 1];
    if (
      current.length &&
      (SUBJECT_RE.test(line) || (prev !== undefined && endsSentence(prev) && /^[A-ZÄÖÜ0-9]/.test(line)))
    ) {
      flush();
    }
    current.push(line);
  }
  flush();
  return notes;
}

/** Readable form of a note: `zu "gesamte Tabelle": Niedersachsen (2016): eingeschränkte Datenqualität`. */
export function formatNote(note: TableNote): string {
  const body = note.subject ? `${note.subject}: ${note.text}` : note.text;
  return note.scope !== undefined ? `zu "${note.scope}": ${body}` : body;
}

/** True when a note's scope is the whole table (`gesamte Tabelle`, `gesamter Tabelle`). */
export function isWholeTableScope(scope: string | undefined): boolean {
  return scope === undefined || /^gesamte[nrs]?\s+Tabelle$/i.test(scope.trim());
}

/** Years named in a note subject: `(2019/2020)` → [2019, 2020]; `(ab Berichtsjahr 2011)` → [2011, ∞]. */
export function noteYearRange(subject: string | undefined): [number, number] | undefined {
  if (!subject) return undefined;
  const paren = /\(([^)]*)\)/.exec(subject);
  if (!paren) return undefined;
  const inner = paren[1]!;
  const years = [...inner.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));
  if (!years.length) return undefined;
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  if (/\bab\b/i.test(inner)) return [lo, Infinity];
  if (/\bbis\b/i.test(inner)) return [-Infinity, hi];
  return [lo, hi];
}

export interface NoteFilter {
  /** Keep notes that name this Land (2-digit key), plus notes without a Land. */
  land?: string;
  /** Keep only notes whose subject years (if any) overlap these years. */
  years?: readonly number[];
  /** Keep notes scoped to the whole table or to a scope that contains (or is contained in) one of these. */
  scopes?: readonly string[];
}

/** Notes relevant to a Land and years: Land-specific notes of other Länder are dropped. */
export function filterNotes(notes: readonly TableNote[], filter: NoteFilter = {}): TableNote[] {
  return notes.filter((n) => {
    if (filter.land !== undefined && n.lands && !n.lands.includes(filter.land) && !n.general) return false;
    if (filter.land !== undefined && n.subject && !n.lands && !n.general) return false;
    if (filter.years?.length) {
      const r = noteYearRange(n.subject);
      if (r) {
        const lo = Math.min(...filter.years);
        const hi = Math.max(...filter.years);
        if (r[1] < lo || r[0] > hi) return false;
      }
    }
    if (filter.scopes && !isWholeTableScope(n.scope)) {
      const scope = n.scope!.toLowerCase();
      if (!filter.scopes.some((s) => scope.includes(s.toLowerCase()) || s.toLowerCase().includes(scope)))
        return false;
    }
    return true;
  });
}

interface Blocks {
  title: string[][];
  header: string[][];
  data: { row: string[]; line: number }[];
  footer: string[][];
}

function splitBlocks(records: string[][]): Blocks {
  const blocks: Blocks = { title: [], header: [], data: [], footer: [] };
  let i = 0;
  const n = records.length;
  while (i < n && (isBlank(records[i]!) || isSingleCell(records[i]!))) {
    if (!isBlank(records[i]!)) blocks.title.push(records[i]!);
    i++;
  }
  while (i < n && records[i]![0]!.trim() === '' && !isBlank(records[i]!)) {
    blocks.header.push(records[i]!);
    i++;
  }
  for (; i < n; i++) {
    const row = records[i]!;
    if (isBlank(row)) continue;
    const first = row[0]!.trim();
    if (SEPARATOR_RE.test(first) || (isSingleCell(row) && !isValueLike(first))) break;
    blocks.data.push({ row, line: i + 1 });
  }
  for (; i < n; i++) {
    const row = records[i]!;
    if (!isBlank(row) && !SEPARATOR_RE.test(row[0]!.trim())) blocks.footer.push(row);
  }
  return blocks;
}

function parseTitle(title: string[][], table: RegionalTable): void {
  const lines = title.map((r) => r[0]!.trim());
  const codeLine = lines.length ? /^(?:GENESIS-)?Tabelle\s*:\s*(\S+)/i.exec(lines[0]!) : null;
  let rest = lines;
  if (codeLine) {
    table.code = codeLine[1]!;
    rest = lines.slice(1);
  } else {
    table.warnings.push(
      'No "Tabelle:" line with the table code found / Keine Zeile "Tabelle:" mit dem Tabellencode gefunden',
    );
  }
  if (rest.length >= 2 && /\([^)]+\)$/.test(rest[rest.length - 1]!)) {
    table.measure = rest[rest.length - 1]!;
    rest = rest.slice(0, -1);
  }
  if (rest.length >= 2) {
    table.statistic = rest[rest.length - 1]!;
    rest = rest.slice(0, -1);
  }
  table.title = unwrapLines(rest);
}

function isUnitLabel(s: string): boolean {
  return UNIT_RE.test(s.trim());
}

/**
 * Parses a Regionaldatenbank / GENESIS "Tabelle" CSV (already decoded text; see `decodeText`).
 * Never throws on odd content: problems are listed in `warnings`.
 */
export function parseRegionalstatistikTable(text: string): RegionalTable {
  const { rows: records } = readCsv(text);
  const table: RegionalTable = {
    code: '',
    title: '',
    columns: [],
    labelColumns: [],
    labelRoles: [],
    rows: [],
    footnotes: [],
    notes: [],
    warnings: [],
  };
  const blocks = splitBlocks(records);
  parseTitle(blocks.title, table);
  if (!blocks.data.length) table.warnings.push('No data rows found / Keine Datenzeilen gefunden');

  // Width: last column with any content in header or data.
  let width = 0;
  for (const r of [...blocks.header, ...blocks.data.map((d) => d.row)]) {
    for (let j = r.length - 1; j >= width; j--) {
      if (r[j]!.trim() !== '') {
        width = j + 1;
        break;
      }
    }
  }

  // Number of leading label columns.
  let nLabels = blocks.header.length ? Math.min(...blocks.header.map(leadingEmpty)) : 0;
  const columnCells = (j: number): string[] => blocks.data.map((d) => d.row[j] ?? '');
  if (!blocks.header.length) {
    // No header: label columns are the leading columns that are not values in most rows,
    // plus time/key columns in front of them.
    while (
      nLabels < width - 1 &&
      share(columnCells(nLabels), (s) => !isValueLike(s) || isTimeLabel(s) || /^0\d/.test(s) || s === 'DG') >
        0.5
    )
      nLabels++;
  }
  while (nLabels < width - 1 && share(columnCells(nLabels), (s) => !isValueLike(s)) > 0.5) nLabels++;
  if (nLabels === 0) table.warnings.push('No label columns found / Keine Beschriftungsspalten gefunden');

  // Roles of the label columns.
  const roles: LabelRole[] = [];
  for (let j = 0; j < nLabels; j++) {
    const cells = columnCells(j);
    if (!roles.includes('time') && share(cells, isTimeLabel) >= 0.9) roles.push('time');
    else if (!roles.includes('key') && share(cells, (s) => KEY_RE.test(s)) >= 0.9) roles.push('key');
    else roles.push('label');
  }
  // The name: the indented label column, else the first text label column.
  let nameCol = -1;
  for (let j = 0; j < nLabels; j++) {
    if (roles[j] === 'label' && blocks.data.some((d) => /^\s+\S/.test(d.row[j] ?? ''))) {
      nameCol = j;
      break;
    }
  }
  if (nameCol < 0) nameCol = roles.indexOf('label');
  if (nameCol >= 0) roles[nameCol] = 'name';
  table.labelRoles = roles;
  table.labelColumns = roles.map((role, j) => {
    const caption = blocks.header.map((h) => (h[j] ?? '').trim()).filter(Boolean);
    return caption.length ? caption.join(' / ') : role;
  });

  // Header lines: unit lines, time lines, label lines.
  const nCols = Math.max(0, width - nLabels);
  const headerCells = blocks.header.map((h) => {
    const cells: string[] = [];
    for (let j = 0; j < nCols; j++) cells.push((h[nLabels + j] ?? '').trim());
    return cells;
  });
  const kind = headerCells.map((cells) => {
    const filled = cells.filter(Boolean);
    if (filled.length && filled.every(isUnitLabel)) return 'unit';
    if (filled.length && filled.every(isTimeLabel)) return 'time';
    return 'label';
  });
  const measureUnit = table.measure ? /\(([^)]+)\)$/.exec(table.measure)?.[1] : undefined;
  const ids = new Map<string, number>();
  const columnTimes: (string | undefined)[] = [];
  for (let c = 0; c < nCols; c++) {
    let t: string | undefined;
    headerCells.forEach((cells, h) => {
      if (kind[h] === 'time' && cells[c]) t = cells[c];
    });
    columnTimes.push(t);
  }
  const distinctTimes = new Set(columnTimes.filter((t) => t !== undefined));
  const timeVaries = distinctTimes.size > 1;
  if (distinctTimes.size === 1 && columnTimes.every((t) => t !== undefined))
    table.time = [...distinctTimes][0];
  for (let c = 0; c < nCols; c++) {
    const labels: string[] = [];
    let unit: string | undefined;
    headerCells.forEach((cells, h) => {
      const v = cells[c];
      if (!v) return;
      if (kind[h] === 'unit') unit = v;
      else if (kind[h] === 'time' && !timeVaries) return;
      else if (labels[labels.length - 1] !== v) labels.push(v);
    });
    if (!labels.length) labels.push(`Spalte ${c + 1}`);
    let id = labels.join(' / ');
    const seen = ids.get(id) ?? 0;
    ids.set(id, seen + 1);
    if (seen) {
      table.warnings.push(`Duplicate column header "${id}" / Doppelte Spaltenüberschrift „${id}“`);
      id = `${id} #${seen + 1}`;
    }
    const col: TableColumn = { id, labels, decimal: detectDecimalSeparator(columnCells(nLabels + c)) };
    const u = unit ?? measureUnit;
    if (u) col.unit = u;
    const time = columnTimes[c];
    if (time !== undefined) {
      col.time = time;
      const y = yearOfTime(time);
      if (y !== undefined) col.year = y;
    }
    table.columns.push(col);
  }

  // Data rows.
  const timeCol = roles.indexOf('time');
  const keyCol = roles.indexOf('key');
  const extraCols = roles.flatMap((r, j) => (r === 'label' ? [j] : []));
  const filled = new Map<number, string>();
  const indents = new Set<number>();
  let invalid = 0;
  for (const { row, line } of blocks.data) {
    // Repeated row labels may be left blank ("fill down"): time and extra labels only.
    for (const j of [timeCol, ...extraCols]) {
      if (j < 0) continue;
      const v = (row[j] ?? '').trim();
      if (v) filled.set(j, v);
    }
    const rawName = nameCol >= 0 ? (row[nameCol] ?? '') : '';
    const indent = /^\s*/.exec(rawName)![0].length;
    indents.add(indent);
    const r: TableRow = {
      name: rawName.trim(),
      indent,
      depth: 0,
      labels: extraCols.map((j) => filled.get(j) ?? ''),
      cells: table.columns.map((col, c) => {
        const cell = parseCell(row[nLabels + c] ?? '', col.decimal);
        if (cell.invalid) invalid++;
        return cell;
      }),
      line,
    };
    const time = timeCol >= 0 ? filled.get(timeCol) : table.time;
    if (time !== undefined) {
      r.time = time;
      const y = yearOfTime(time);
      if (y !== undefined) r.year = y;
    }
    if (keyCol >= 0) {
      const key = (row[keyCol] ?? '').trim();
      if (key) r.key = key;
    }
    if (!r.name) r.name = r.key ?? '';
    table.rows.push(r);
  }
  if (invalid)
    table.warnings.push(
      `${invalid} cells are neither numbers nor markers / ${invalid} Zellen sind weder Zahlen noch Zeichen`,
    );
  const indentRank = new Map([...indents].sort((a, b) => a - b).map((v, i) => [v, i]));
  for (const r of table.rows) r.depth = indentRank.get(r.indent) ?? 0;

  markHistoricalAndDuplicates(table);
  parseFooter(blocks.footer, table);
  return table;
}

function markHistoricalAndDuplicates(table: RegionalTable): void {
  // Historical regions: every cell of every row of (time, key) is `-` (or `x`), none a number.
  const groups = new Map<string, TableRow[]>();
  for (const r of table.rows) {
    const g = `${r.time ?? ''}\u0000${r.key ?? r.name}`;
    let list = groups.get(g);
    if (!list) groups.set(g, (list = []));
    list.push(r);
  }
  for (const list of groups.values()) {
    let nil = 0;
    let other = 0;
    for (const r of list) {
      for (const c of r.cells) {
        if (c.flag === 'nil' && c.value === null) nil++;
        else if (c.flag !== 'not-applicable') other++;
      }
    }
    if (nil > 0 && other === 0) for (const r of list) r.existing = false;
  }
  // 8-digit cities inside a Kreis table double-count their enclosing row.
  const keys = new Set(table.rows.map((r) => r.key).filter((k): k is string => k !== undefined));
  let five = 0;
  let eight = 0;
  for (const k of keys) {
    if (/^\d{5}$/.test(k)) five++;
    else if (/^\d{8}$/.test(k)) eight++;
  }
  if (eight === 0 || eight >= five) return;
  for (const r of table.rows) {
    if (!r.key || !/^\d{8}$/.test(r.key)) continue;
    for (const len of [5, 3, 2]) {
      const parent = r.key.slice(0, len);
      if (keys.has(parent)) {
        r.duplicateOf = parent;
        break;
      }
    }
  }
}

function parseFooter(footer: string[][], table: RegionalTable): void {
  for (const row of footer) {
    for (const rawCell of row) {
      const cell = rawCell.replace(/\r\n?/g, '\n').trim();
      if (!cell) continue;
      const stand = /^Stand\s*:\s*(.+)$/i.exec(cell);
      if (stand) {
        table.stand = stand[1]!.trim();
        const iso = isoDate(table.stand);
        if (iso) table.standDate = iso;
        continue;
      }
      if (cell.startsWith('©') || /lizenziert|Datenlizenz|Lizenz/i.test(cell)) {
        const text = unwrapLines(cell.split('\n'));
        table.license = table.license ? `${table.license} ${text}` : text;
        const copyright = /©[^.]*?\d{4}/.exec(text);
        if (copyright && !table.copyright) table.copyright = copyright[0];
        if (/Datenlizenz Deutschland\s*[-–]\s*Namensnennung\s*[-–]\s*Version 2\.0|dl-de\/by-2-0/i.test(text))
          table.licenseId = 'dl-de/by-2-0';
        continue;
      }
      for (const note of splitNotes(cell)) {
        table.notes.push(note);
        table.footnotes.push(formatNote(note));
      }
    }
  }
}

/**
 * Finds a column: by index; by exact id; by labels equal to the query (with or without the header
 * path shared by all columns); else by the query being an in-order subsequence of the labels.
 * Throws when nothing or more than one column fits.
 */
export function findColumn(table: RegionalTable, column: number | string | readonly string[]): number {
  if (typeof column === 'number') {
    if (column >= 0 && column < table.columns.length) return column;
    throw new Error(`Column ${column} does not exist / Spalte ${column} gibt es nicht`);
  }
  if (typeof column === 'string') {
    const byId = table.columns.findIndex((c) => c.id === column);
    if (byId >= 0) return byId;
  }
  const query = (typeof column === 'string' ? column.split(' / ') : [...column]).map((s) =>
    s.trim().toLowerCase(),
  );
  const cols = table.columns.map((c) => c.labels.map((l) => l.toLowerCase()));
  let common = 0;
  if (cols.length > 1) {
    const first = cols[0]!;
    while (common < first.length && cols.every((l) => l[common] === first[common] && l.length > common + 1))
      common++;
  }
  const eq = (a: readonly string[], b: readonly string[]): boolean =>
    a.length === b.length && a.every((x, i) => x === b[i]);
  const pick = (matches: number[]): number | undefined => (matches.length === 1 ? matches[0] : undefined);
  const all = cols.map((_, i) => i);
  const exact =
    pick(all.filter((i) => eq(cols[i]!, query))) ??
    pick(all.filter((i) => eq(cols[i]!.slice(common), query)));
  if (exact !== undefined) return exact;
  const subseq = all.filter((i) => {
    let k = 0;
    for (const l of cols[i]!) if (k < query.length && l === query[k]) k++;
    return k === query.length;
  });
  if (subseq.length === 1) return subseq[0]!;
  const q = query.join(' / ');
  if (!subseq.length) throw new Error(`No column matches "${q}" / Keine Spalte passt zu „${q}“`);
  throw new Error(
    `"${q}" matches ${subseq.length} columns / „${q}“ passt zu ${subseq.length} Spalten: ${subseq
      .map((i) => table.columns[i]!.id)
      .join('; ')}`,
  );
}

export interface IndicatorValuesOptions {
  /** Column index, id or header labels (see `findColumn`). */
  column: number | string | readonly string[];
  /** Years to align to (missing → `null`); default: every year found, ascending. */
  years?: readonly number[];
  /** Keep only these regions: a predicate, or a list of key prefixes (`['DG', '03']`). */
  regionFilter?: ((key: string, row: TableRow) => boolean) | readonly string[];
  /** Values of the extra label columns a row must have (e.g. `['Insgesamt']` for the school type). */
  labels?: readonly string[];
  /** Also keep rows marked `existing: false` or `duplicateOf` (default false). */
  includeAll?: boolean;
  /** Map each value (e.g. `v => v * 1000` for `Tsd. EUR`). */
  transform?: (value: number, key: string, year: number) => number;
}

export interface IndicatorValues {
  years: number[];
  values: Record<string, (number | null)[]>;
  /** Only regions with at least one flag. */
  flags: Record<string, (ValueFlag | null)[]>;
}

/**
 * One column of a table in feed shape: `years`, `values[key]` aligned with them, and `flags[key]`
 * where markers or qualifiers occur. Rows without a key or year, historical regions and double
 * counts are skipped (unless `includeAll`). Throws when a (region, year) occurs twice — add
 * `labels` to pick one row per region of a table with extra label columns.
 */
export function toIndicatorValues(table: RegionalTable, opts: IndicatorValuesOptions): IndicatorValues {
  const c = findColumn(table, opts.column);
  const filter = opts.regionFilter;
  const keep = (key: string, row: TableRow): boolean => {
    if (!filter) return true;
    if (typeof filter === 'function') return filter(key, row);
    return filter.some((p) => key.startsWith(p));
  };
  const picked: { key: string; year: number; cell: ParsedCell }[] = [];
  for (const row of table.rows) {
    if (row.key === undefined || row.year === undefined) continue;
    if (!opts.includeAll && (row.existing === false || row.duplicateOf !== undefined)) continue;
    if (opts.labels && !opts.labels.every((l, i) => row.labels[i] === l)) continue;
    if (!keep(row.key, row)) continue;
    picked.push({ key: row.key, year: row.year, cell: row.cells[c]! });
  }
  const years = opts.years ? [...opts.years] : [...new Set(picked.map((p) => p.year))].sort((a, b) => a - b);
  const index = new Map(years.map((y, i) => [y, i]));
  const values: Record<string, (number | null)[]> = {};
  const flags: Record<string, (ValueFlag | null)[]> = {};
  const seen = new Set<string>();
  for (const { key, year, cell } of picked) {
    const i = index.get(year);
    if (i === undefined) continue;
    const id = `${key}\u0000${year}`;
    if (seen.has(id)) {
      throw new Error(
        `Region ${key} has several rows for ${year}; choose one with "labels" / Region ${key} hat mehrere Zeilen für ${year}; eine mit „labels“ wählen`,
      );
    }
    seen.add(id);
    const vals = (values[key] ??= years.map(() => null));
    vals[i] =
      cell.value === null ? null : opts.transform ? opts.transform(cell.value, key, year) : cell.value;
    if (cell.flag) (flags[key] ??= years.map(() => null))[i] = cell.flag;
  }
  return { years, values, flags };
}
