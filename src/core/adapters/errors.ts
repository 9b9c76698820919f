/**
 * Errors and warnings of the adapters (DOM-free). Every problem a user can fix is an
 * `AdapterError` with a stable `code` and a German and English message; programs (the CLI, a
 * widget) print the message in the user's language and never a stack trace.
 */

/** A message in both languages. */
export interface AdapterText {
  de: string;
  en: string;
}

/** Stable codes of adapter errors (documented in scripts/README.md). */
export type AdapterErrorCode =
  | 'empty-file'
  | 'binary-file'
  | 'wrong-encoding'
  | 'truncated'
  | 'json-syntax'
  | 'duplicate-key'
  | 'unknown-format'
  | 'unsupported-format'
  | 'bad-structure'
  | 'ragged-rows'
  | 'text-in-number'
  | 'no-data'
  | 'no-region-dimension'
  | 'no-time-dimension'
  | 'unknown-dimension'
  | 'ambiguous-dimension'
  | 'unknown-category'
  | 'ambiguous-category'
  | 'unknown-column'
  | 'ambiguous-column'
  | 'unknown-time'
  | 'unknown-region'
  | 'ambiguous-region'
  | 'duplicate-value'
  | 'several-datasets'
  | 'conflicting-values'
  | 'bad-option'
  | 'invalid-feed';

export class AdapterError extends Error {
  readonly code: AdapterErrorCode;
  readonly text: AdapterText;
  /** Further lines (e.g. each problem of an invalid feed), same in both languages or bilingual. */
  readonly details: AdapterText[];

  constructor(code: AdapterErrorCode, text: AdapterText, details: AdapterText[] = []) {
    super(text.en);
    this.name = 'AdapterError';
    this.code = code;
    this.text = text;
    this.details = details;
  }

  /** The message (and details, one per line) in one language. */
  format(lang: 'de' | 'en'): string {
    return [this.text[lang], ...this.details.map((d) => `  ${d[lang]}`)].join('\n');
  }
}

/** Shorthand: `fail('no-data', 'Keine Daten', 'No data')`. */
export function fail(code: AdapterErrorCode, de: string, en: string, details: AdapterText[] = []): never {
  throw new AdapterError(code, { de, en }, details);
}

/** The same text in both languages (names, numbers, raw cells). */
export function same(s: string): AdapterText {
  return { de: s, en: s };
}

/** `"abc"` shortened for a message: at most `max` characters, control characters escaped. */
export function quote(s: string, max = 40): string {
  let clean = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    clean += c < 0x20 || c === 0x7f ? `\\u${c.toString(16).padStart(4, '0')}` : ch;
  }
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** List of up to `max` items, "… and N more" / "… und N weitere" when longer. */
export function listSome(items: readonly string[], max = 8): AdapterText {
  const shown = items.slice(0, max).join(', ');
  const rest = items.length - max;
  return rest > 0 ? { de: `${shown} … und ${rest} weitere`, en: `${shown} … and ${rest} more` } : same(shown);
}
