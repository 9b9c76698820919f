/**
 * Text fitting and label de-overlap, DOM-free. Text widths come from a `measure` function: the
 * element passes one backed by canvas `measureText` with the widget's font; Node tests use
 * `estimateTextWidth`, a fixed per-character table.
 */

/** Width in px of `text` at `fontSize` px (bold when `bold`). */
export type MeasureText = (text: string, fontSize: number, bold?: boolean) => number;

const NARROW = new Set([..."iljtfI.,;:!|'()[]/ "]);
const WIDE = new Set([...'mwMW%']);

/** A deterministic width estimate for a sans-serif font (average Latin text within ~10 %). */
export const estimateTextWidth: MeasureText = (text, fontSize, bold = false) => {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.3;
    else if (WIDE.has(ch)) em += 0.85;
    else if (ch >= '0' && ch <= '9') em += 0.56;
    else if (ch !== ch.toLowerCase()) em += 0.68;
    else em += 0.53;
  }
  return em * fontSize * (bold ? 1.06 : 1);
};

const ELLIPSIS = '…';

/** Cuts `text` so that it plus an ellipsis fits `maxWidth` (at least one character is kept). */
export function truncate(
  text: string,
  maxWidth: number,
  measure: MeasureText,
  fontSize: number,
  bold = false,
): string {
  if (measure(text, fontSize, bold) <= maxWidth) return text;
  const chars = [...text];
  let lo = 1;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const candidate = chars.slice(0, mid).join('').trimEnd() + ELLIPSIS;
    if (measure(candidate, fontSize, bold) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('').trimEnd() + ELLIPSIS;
}

/** Splits into pieces after spaces (dropped), hyphens and slashes (kept). */
export function breakPieces(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const ch of text) {
    if (ch === ' ') {
      if (current) out.push(current);
      current = '';
      continue;
    }
    current += ch;
    if (ch === '-' || ch === '/') {
      out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  return out;
}

const MIN_PART = 3;

/**
 * Splits a word wider than `maxWidth` into parts that fit, each but the last ending in a hyphen
 * (`Hauptschulab-`, `schluss`); at least three characters per part. Long German compounds stay
 * readable instead of being cut off.
 */
export function hyphenate(
  word: string,
  maxWidth: number,
  measure: MeasureText,
  fontSize: number,
  bold = false,
): string[] {
  const parts: string[] = [];
  let rest = [...word];
  while (measure(rest.join(''), fontSize, bold) > maxWidth && rest.length >= 2 * MIN_PART) {
    let cut = 0;
    for (let i = MIN_PART; i <= rest.length - MIN_PART; i++) {
      if (measure(`${rest.slice(0, i).join('')}-`, fontSize, bold) <= maxWidth) cut = i;
      else break;
    }
    if (!cut) break;
    const head = rest.slice(0, cut).join('');
    parts.push(/[-/]$/.test(head) ? head : `${head}-`);
    rest = rest.slice(cut);
  }
  parts.push(rest.join(''));
  return parts;
}

/**
 * Wraps `text` into at most `maxLines` lines no wider than `maxWidth`, breaking at spaces, after
 * hyphens and slashes, and inside words too long for a line (with a hyphen); what does not fit
 * ends in an ellipsis.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  maxLines: number,
  measure: MeasureText,
  fontSize: number,
  bold = false,
): string[] {
  const words = breakPieces(text.trim()).flatMap((w) => hyphenate(w, maxWidth, measure, fontSize, bold));
  const lines: string[] = [];
  let line = '';
  const join = (a: string, b: string) => (a === '' ? b : /[-/]$/.test(a) ? a + b : `${a} ${b}`);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const candidate = join(line, word);
    if (line === '' || measure(candidate, fontSize, bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) {
      // No room for more: the last line takes the rest, truncated.
      const last = lines.pop()!;
      const rest = [last, ...words.slice(i)].reduce((a, b) => join(a, b), '');
      lines.push(truncate(rest, maxWidth, measure, fontSize, bold));
      return lines;
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => truncate(l, maxWidth, measure, fontSize, bold));
}

export interface DodgeItem {
  /** Wanted centre. */
  want: number;
  /** Height of the item. */
  height: number;
}

/**
 * Places items (sorted by `want`) top to bottom without overlap and with `gap` between them,
 * inside [top, bottom], each as close to its wanted centre as the others allow. Returns the top
 * edge of each item, or null when they do not fit.
 */
export function dodge(
  items: readonly DodgeItem[],
  top: number,
  bottom: number,
  gap: number,
): number[] | null {
  const total = items.reduce((s, it) => s + it.height, 0) + gap * Math.max(0, items.length - 1);
  if (total > bottom - top + 1e-9) return null;
  const y = items.map((it) => Math.min(Math.max(it.want - it.height / 2, top), bottom - it.height));
  for (let i = 1; i < y.length; i++) {
    const min = y[i - 1]! + items[i - 1]!.height + gap;
    if (y[i]! < min) y[i] = min;
  }
  for (let i = y.length - 1; i >= 0; i--) {
    const max = i === y.length - 1 ? bottom - items[i]!.height : y[i + 1]! - gap - items[i]!.height;
    if (y[i]! > max) y[i] = max;
  }
  return y;
}
