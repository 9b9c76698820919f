/**
 * The small part of the feed messages that checking a feed needs up front: brief descriptions of
 * offending values and sizes, put into an issue's params when it is found. The message templates
 * that the params are filled into are in `messages.ts`, which widgets load only for a feed with
 * problems.
 */

export type Bilingual = { de: string; en: string };
export type MessageParam = string | number | Bilingual;
export type MessageParams = Readonly<Record<string, MessageParam>>;

/** Characters of an offending string quoted in a message. */
export const MAX_QUOTED = 40;

const ELLIPSIS = '…';

/** `s` cut to `MAX_QUOTED` characters (with `…`). */
export function shorten(s: string, max = MAX_QUOTED): string {
  return s.length > max ? s.slice(0, max) + ELLIPSIS : s;
}

/** `n` with thousands separated by `sep`. */
function group(n: number, sep: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** A brief description of any value for messages: kind and (shortened) content. */
export function describeValue(v: unknown): Bilingual {
  if (v === null) return { de: 'null', en: 'null' };
  if (v === undefined) return { de: 'nichts', en: 'nothing' };
  if (typeof v === 'string') {
    const q = shorten(v);
    if (v.length > MAX_QUOTED) {
      return {
        de: `Text „${q}“ (${group(v.length, '.')} Zeichen)`,
        en: `text "${q}" (${group(v.length, ',')} characters)`,
      };
    }
    return v === '' ? { de: 'leerer Text', en: 'empty text' } : { de: `Text „${q}“`, en: `text "${q}"` };
  }
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return { de: 'NaN (keine Zahl)', en: 'NaN (not a number)' };
    return { de: `Zahl ${String(v)}`, en: `number ${String(v)}` };
  }
  if (typeof v === 'boolean') return { de: `Wahrheitswert ${v}`, en: `boolean ${v}` };
  if (Array.isArray(v)) {
    return v.length === 1
      ? { de: 'Liste mit 1 Eintrag', en: 'list with 1 item' }
      : { de: `Liste mit ${group(v.length, '.')} Einträgen`, en: `list with ${group(v.length, ',')} items` };
  }
  if (typeof v === 'object') return { de: 'Objekt', en: 'object' };
  return { de: typeof v, en: typeof v };
}

/** Human-readable size: `512 Bytes`, `12 KB`, `64 MB`, `1,5 MB` (de) / `1.5 MB` (en). */
export function formatBytes(bytes: number): Bilingual {
  if (bytes < 1024) return { de: `${bytes} Bytes`, en: `${bytes} bytes` };
  const kb = bytes / 1024;
  if (kb < 1024) return { de: `${Math.round(kb)} KB`, en: `${Math.round(kb)} KB` };
  const mb = kb / 1024;
  const s = mb >= 10 ? String(Math.round(mb)) : mb.toFixed(1).replace(/\.0$/, '');
  return { de: `${s.replace('.', ',')} MB`, en: `${s} MB` };
}
