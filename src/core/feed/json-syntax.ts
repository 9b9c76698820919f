/**
 * Where JSON text goes wrong, found by a small scanner of our own, because engines word (and
 * position) `JSON.parse` errors differently. Used for the line and column of a feed's syntax error
 * (`jsonSyntaxIssue`); widgets load this module only for a feed that is not JSON.
 */
import type { PendingIssue } from './check-feed';
import type { Bilingual } from './describe';

/** Where JSON text first goes wrong: offset and the character there (`undefined` = end of text). */
export interface JsonSyntaxProblem {
  offset: number;
  char: string | undefined;
}

function isWs(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/** End offset of the string starting at `i` (a `"`), or `-(offset of the problem) - 1`. */
function scanString(s: string, i: number): number {
  const n = s.length;
  for (let j = i + 1; j < n; j++) {
    const c = s.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return -j - 1;
    if (c === 0x5c) {
      const e = s.charCodeAt(j + 1);
      if (e === 0x75) {
        for (let k = j + 2; k < j + 6; k++) if (!isHex(s.charCodeAt(k))) return -Math.min(k, n) - 1;
        j += 5;
      } else if ('"\\/bfnrt'.includes(s.charAt(j + 1)) && j + 1 < n) {
        j += 1;
      } else return -Math.min(j + 1, n) - 1;
    }
  }
  return -n - 1;
}

/** End offset of the number starting at `i`, or `-(offset of the problem) - 1`. */
function scanNumber(s: string, i: number): number {
  let j = i;
  if (s.charCodeAt(j) === 0x2d) j++;
  if (s.charCodeAt(j) === 0x30) j++;
  else if (isDigit(s.charCodeAt(j))) while (isDigit(s.charCodeAt(j))) j++;
  else return -j - 1;
  if (s.charCodeAt(j) === 0x2e) {
    j++;
    if (!isDigit(s.charCodeAt(j))) return -j - 1;
    while (isDigit(s.charCodeAt(j))) j++;
  }
  const e = s.charCodeAt(j);
  if (e === 0x65 || e === 0x45) {
    j++;
    const sign = s.charCodeAt(j);
    if (sign === 0x2b || sign === 0x2d) j++;
    if (!isDigit(s.charCodeAt(j))) return -j - 1;
    while (isDigit(s.charCodeAt(j))) j++;
  }
  return j;
}

// Scanner states.
const VALUE = 0;
const VALUE_OR_CLOSE = 1;
const KEY = 2;
const KEY_OR_CLOSE = 3;
const COLON = 4;
const AFTER = 5;

/** First syntax problem of JSON `s`, or `null` when the text is valid JSON. Iterative: any depth. */
export function findJsonSyntaxProblem(s: string): JsonSyntaxProblem | null {
  const n = s.length;
  const stack: number[] = []; // 1 = object, 2 = array
  let state = VALUE;
  let i = 0;
  const fail = (offset: number): JsonSyntaxProblem => ({
    offset,
    char: offset < n ? String.fromCodePoint(s.codePointAt(offset)!) : undefined,
  });
  for (;;) {
    while (i < n && isWs(s.charCodeAt(i))) i++;
    if (i >= n) return state === AFTER && stack.length === 0 ? null : fail(n);
    const c = s.charCodeAt(i);
    switch (state) {
      case VALUE:
      case VALUE_OR_CLOSE: {
        if (state === VALUE_OR_CLOSE && c === 0x5d) {
          stack.pop();
          i++;
          state = AFTER;
        } else if (c === 0x7b) {
          stack.push(1);
          i++;
          state = KEY_OR_CLOSE;
        } else if (c === 0x5b) {
          stack.push(2);
          i++;
          state = VALUE_OR_CLOSE;
        } else if (c === 0x22) {
          const end = scanString(s, i);
          if (end < 0) return fail(-end - 1);
          i = end;
          state = AFTER;
        } else if (c === 0x2d || isDigit(c)) {
          const end = scanNumber(s, i);
          if (end < 0) return fail(-end - 1);
          i = end;
          state = AFTER;
        } else {
          const word = s.startsWith('true', i)
            ? 4
            : s.startsWith('null', i)
              ? 4
              : s.startsWith('false', i)
                ? 5
                : 0;
          if (!word) return fail(i);
          i += word;
          state = AFTER;
        }
        break;
      }
      case KEY:
      case KEY_OR_CLOSE: {
        if (state === KEY_OR_CLOSE && c === 0x7d) {
          stack.pop();
          i++;
          state = AFTER;
        } else if (c === 0x22) {
          const end = scanString(s, i);
          if (end < 0) return fail(-end - 1);
          i = end;
          state = COLON;
        } else return fail(i);
        break;
      }
      case COLON:
        if (c !== 0x3a) return fail(i);
        i++;
        state = VALUE;
        break;
      case AFTER: {
        const top = stack[stack.length - 1];
        if (top === undefined) return fail(i);
        if (c === 0x2c) {
          i++;
          state = top === 1 ? KEY : VALUE;
        } else if (c === (top === 1 ? 0x7d : 0x5d)) {
          stack.pop();
          i++;
        } else return fail(i);
        break;
      }
    }
  }
}

/** 1-based line and column (in UTF-16 code units) of `offset` in `s`. */
export function lineAndColumn(s: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = s.indexOf('\n'); i !== -1 && i < offset; i = s.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The `json-syntax` (or `empty-file`) issue of feed text that `JSON.parse` rejected. */
export function jsonSyntaxIssue(text: string): PendingIssue {
  if (text.trim() === '') return { path: '$', code: 'empty-file' };
  const problem = findJsonSyntaxProblem(text);
  let description: Bilingual;
  let line = 0;
  let column = 0;
  if (!problem) {
    // JSON.parse failed although the text is well-formed (engine limit, e.g. nesting depth).
    description = { de: 'zu tief verschachtelt oder zu groß', en: 'too deeply nested or too large' };
  } else {
    ({ line, column } = lineAndColumn(text, problem.offset));
    const ch = problem.char;
    if (ch === undefined) {
      description = { de: 'unerwartetes Ende der Datei', en: 'unexpected end of file' };
    } else {
      const code = ch.codePointAt(0)!;
      if (code < 0x20 || code === 0x7f) {
        const u = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
        description = { de: `unerwartetes Steuerzeichen ${u}`, en: `unexpected control character ${u}` };
      } else {
        description = { de: `unerwartetes Zeichen „${ch}“`, en: `unexpected character "${ch}"` };
      }
    }
  }
  return { path: '$', code: 'json-syntax', params: { problem: description, line, column } };
}
