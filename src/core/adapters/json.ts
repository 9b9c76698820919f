/**
 * Strict JSON reading for adapters (DOM-free): a syntax error is reported with line and column,
 * and a member name that occurs twice in one object is an error (JSON.parse would silently keep
 * the last one, and a statistics file with two `value` members is broken).
 */
import { findJsonSyntaxProblem, lineAndColumn } from '../feed/parse';
import { fail, quote } from './errors';

/** Parses JSON text or throws an `AdapterError` (`json-syntax`, `truncated`, `duplicate-key`). */
export function parseJsonStrict(text: string): unknown {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let doc: unknown;
  try {
    doc = JSON.parse(src);
  } catch {
    const problem = findJsonSyntaxProblem(src);
    const offset = problem?.offset ?? src.length;
    const { line, column } = lineAndColumn(src, offset);
    if (!problem || problem.char === undefined)
      fail(
        'truncated',
        `Die JSON-Datei endet mitten in den Daten (Zeile ${line}, Spalte ${column}): sie ist unvollständig, vermutlich ein abgebrochener Download.`,
        `The JSON file ends in the middle of the data (line ${line}, column ${column}): it is incomplete, probably an interrupted download.`,
      );
    fail(
      'json-syntax',
      `Die Datei ist kein gültiges JSON: unerwartetes Zeichen „${quote(problem.char, 8)}“ in Zeile ${line}, Spalte ${column}.`,
      `The file is not valid JSON: unexpected character "${quote(problem.char, 8)}" at line ${line}, column ${column}.`,
    );
  }
  const dup = findDuplicateKey(src);
  if (dup) {
    const { line, column } = lineAndColumn(src, dup.offset);
    fail(
      'duplicate-key',
      `Der Eintrag „${quote(dup.key)}“ steht zweimal im selben JSON-Objekt (Zeile ${line}, Spalte ${column}); es ist unklar, welcher gilt.`,
      `The member "${quote(dup.key)}" occurs twice in the same JSON object (line ${line}, column ${column}); it is unclear which one counts.`,
    );
  }
  return doc;
}

/** First member name repeated within one object of valid JSON `s`, with its offset. */
export function findDuplicateKey(s: string): { key: string; offset: number } | null {
  const stack: (Set<string> | null)[] = [];
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x7b) stack.push(new Set());
    else if (c === 0x5b) stack.push(null);
    else if (c === 0x7d || c === 0x5d) stack.pop();
    else if (c === 0x22) {
      const start = i;
      let escaped = false;
      for (i = i + 1; i < n; i++) {
        const d = s.charCodeAt(i);
        if (d === 0x5c) {
          escaped = true;
          i++;
        } else if (d === 0x22) break;
      }
      const top = stack[stack.length - 1];
      if (!top) continue;
      let j = i + 1;
      while (j < n && (s[j] === ' ' || s[j] === '\n' || s[j] === '\r' || s[j] === '\t')) j++;
      if (s[j] !== ':') continue;
      const raw = s.slice(start, i + 1);
      const key = escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
      if (top.has(key)) return { key, offset: start };
      top.add(key);
    }
  }
  return null;
}
