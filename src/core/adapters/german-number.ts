/**
 * Numbers and value markers of German statistical tables (DOM-free).
 *
 * - `parseGermanNumber('1.234,5')` → 1234.5; decimal comma by default, decimal point on request.
 * - `detectDecimalSeparator(cells)` decides comma or point for a whole column.
 * - `parseCell(raw)` maps a table cell to a value and an optional flag, following the official
 *   "Zeichenerklärung": a marker is never read as 0.
 */
import type { ValueFlag } from '../feed/types';

export type DecimalSeparator = ',' | '.';

export interface ParsedCell {
  /** The number, or `null` when the cell holds a marker, is empty or unreadable. */
  value: number | null;
  /** Why the value is missing (`nil`, `secret` …) or how it is qualified (`provisional` …). */
  flag?: ValueFlag;
  /** True when the cell was neither a number, a marker nor empty. */
  invalid?: true;
}

/** Cells that are a marker only → flag. */
const MARKERS: Readonly<Record<string, ValueFlag>> = {
  '-': 'nil',
  '\u2013': 'nil', // – en dash: "genau Null oder auf Null geändert" (Zensus)
  '\u2014': 'nil', // — em dash
  '\u2212': 'nil', // − minus sign used as a dash
  '.': 'secret',
  x: 'not-applicable',
  X: 'not-applicable',
  '/': 'uncertain',
  '...': 'not-yet-available',
  '\u2026': 'not-yet-available', // …
};

/** Letters after a number → flag (`123p`, `4,5 r`). */
const SUFFIX_FLAGS: Readonly<Record<string, ValueFlag>> = {
  p: 'provisional',
  r: 'revised',
  s: 'estimated',
};

const SPACES = /[\s\u00a0\u202f\u2009']/g;

/**
 * Parses a number written the German way: `1234`, `-12,5`, `1.234.567`, `1.234,56`, `1 234,5`
 * (space, no-break space or thin space as group separator) and `−3` (minus sign). With
 * `decimal: '.'` the roles of `.` and `,` swap (`1,234.5`). Returns `null` for anything else,
 * including markers and dates such as `31.12.2018`.
 */
export function parseGermanNumber(raw: string, decimal: DecimalSeparator = ','): number | null {
  if (typeof raw !== 'string') return null;
  let s = raw.trim().replace(SPACES, '');
  if (s === '') return null;
  let sign = 1;
  const first = s[0];
  if (first === '-' || first === '\u2212') {
    sign = -1;
    s = s.slice(1);
  } else if (first === '+') {
    s = s.slice(1);
  }
  const group = decimal === ',' ? '.' : ',';
  const groupRe = group === '.' ? '\\.' : ',';
  const decRe = decimal === ',' ? ',' : '\\.';
  // Either plain digits or digits grouped by threes, then an optional fraction.
  const re = new RegExp(`^(\\d+|\\d{1,3}(?:${groupRe}\\d{3})+)(?:${decRe}(\\d+))?$|^${decRe}(\\d+)$`);
  const m = re.exec(s);
  if (!m) return null;
  const intPart = m[1] !== undefined ? m[1].split(group).join('') : '0';
  const frac = m[2] ?? m[3];
  const n = Number(frac !== undefined ? `${intPart}.${frac}` : intPart);
  if (!Number.isFinite(n)) return null;
  return sign * n === 0 ? 0 : sign * n;
}

/**
 * Decides whether a column of number cells uses a decimal comma or a decimal point. Unambiguous
 * cells vote (`12,5` or `1.234,5` → comma; `12.5` or `1,234.5` → point); `1.234` and `1,234` are
 * ambiguous and do not vote. Ties and columns without a vote give the German comma.
 */
export function detectDecimalSeparator(cells: Iterable<string>): DecimalSeparator {
  let comma = 0;
  let point = 0;
  for (const raw of cells) {
    const s = stripFlag(raw.trim().replace(SPACES, '')).replace(/^[-+\u2212]/, '');
    if (/^\d+,\d+$/.test(s)) {
      if (/^\d{1,3},\d{3}$/.test(s)) continue;
      comma++;
    } else if (/^\d{1,3}(\.\d{3})+,\d+$/.test(s)) comma++;
    else if (/^\d+\.\d+$/.test(s)) {
      if (/^\d{1,3}\.\d{3}$/.test(s)) continue;
      point++;
    } else if (/^\d{1,3}(,\d{3})+\.\d+$/.test(s)) point++;
    else if (/^\d{1,3}(\.\d{3}){2,}$/.test(s)) comma++;
    else if (/^\d{1,3}(,\d{3}){2,}$/.test(s)) point++;
  }
  return point > comma ? '.' : ',';
}

/** Removes a trailing flag letter or brackets, for detection only. */
function stripFlag(s: string): string {
  const inner = /^\((.*)\)$/.exec(s);
  const t = inner ? inner[1]! : s;
  return t.replace(/\s*[prs]$/, '');
}

/**
 * Reads one table cell.
 * - Empty → `{ value: null }`.
 * - Markers → `null` with a flag: `-` `–` nil, `.` secret, `x` not-applicable, `/` uncertain,
 *   `...` `…` not-yet-available.
 * - `(123)` → 123, limited; `123p` / `123 r` / `4,5s` → the number with provisional / revised /
 *   estimated. A marker with a letter (`.p`, `...p`) keeps the marker's flag.
 * - A number → `{ value }`; anything else → `{ value: null, invalid: true }`.
 */
export function parseCell(raw: string, decimal: DecimalSeparator = ','): ParsedCell {
  const s = typeof raw === 'string' ? raw.trim() : '';
  if (s === '') return { value: null };
  const marker = MARKERS[s];
  if (marker) return { value: null, flag: marker };
  const plain = parseGermanNumber(s, decimal);
  if (plain !== null) return { value: plain };
  const bracket = /^\((.+)\)$/.exec(s);
  if (bracket) {
    const inner = parseCell(bracket[1]!, decimal);
    if (inner.value !== null) return { value: inner.value, flag: 'limited' };
    return inner;
  }
  const suffix = /^(.*?)\s*([prs])$/.exec(s);
  if (suffix) {
    const body = suffix[1]!;
    const bodyMarker = MARKERS[body];
    if (bodyMarker) return { value: null, flag: bodyMarker };
    const n = parseGermanNumber(body, decimal);
    if (n !== null) return { value: n, flag: SUFFIX_FLAGS[suffix[2]!]! };
  }
  return { value: null, invalid: true };
}

/** True when a cell is one of the official markers (with or without a flag letter). */
export function isMarker(raw: string): boolean {
  const c = parseCell(raw);
  return c.value === null && c.flag !== undefined;
}
