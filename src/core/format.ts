/**
 * Locale-aware formatting of numbers, values with units, differences, years and legend ranges.
 *
 * Conventions (shared by every widget):
 * - `Intl.NumberFormat` with `de-DE` / `en-GB`, grouping always on: `1234` → `1.234` (de) /
 *   `1,234` (en). Formatters are cached per (language, decimals).
 * - Between a number and its unit, and inside multi-word units (`je 1.000`), we use the no-break
 *   space U+00A0 (`NBSP`) so a value never wraps across lines. U+202F (narrow NBSP) would be
 *   typographically finer but is missing or rendered too wide in some fonts and screen readers.
 * - Negative numbers get a real minus sign U+2212 (`MINUS`), like d3-format: it has the width of
 *   `+` so columns line up, and screen readers read it as "minus". A value that rounds to zero
 *   is shown without a sign (`0,0`, never `−0,0`).
 * - Missing values (`null`, `undefined`, `NaN`, ±Infinity) print the localized "no data" text,
 *   or the term of a flag that explains the gap (`secret` → `unbekannt oder geheim`).
 * - Differences of percentages are percentage points: `+1,2 %-Punkte` / `+1.2 pp`. A zero
 *   difference prints `±0`.
 */
import type { Lang, LocalizedText, Unit, UnitKind, ValueFlag } from './feed/types';
import { MISSING_FLAGS } from './feed/types';
import { flagLabel, t } from './i18n';

/** No-break space U+00A0, used between a number and its unit. */
export const NBSP = '\u00A0';
/** Minus sign U+2212, used for negative numbers. */
export const MINUS = '\u2212';
/** En dash U+2013, used for ranges. */
export const EN_DASH = '\u2013';

export interface NumberFormatOptions {
  lang: Lang;
  /** Fixed number of decimals (0–20). Omitted: as many as needed, at most 3. */
  decimals?: number;
}

export interface ValueFormatOptions extends NumberFormatOptions {
  /** Flag of a missing value: its term replaces "no data" when it explains the gap. */
  flag?: ValueFlag | null;
}

const LOCALES: Readonly<Record<Lang, string>> = { de: 'de-DE', en: 'en-GB' };
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, decimals: number | undefined): Intl.NumberFormat {
  const d = decimals === undefined ? undefined : Math.min(20, Math.max(0, Math.round(decimals)));
  const key = `${lang}|${d ?? ''}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], {
      useGrouping: true,
      ...(d === undefined
        ? { maximumFractionDigits: 3 }
        : { minimumFractionDigits: d, maximumFractionDigits: d }),
    });
    formatters.set(key, f);
  }
  return f;
}

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Magnitude and sign of a finite number as printed: `negative` is false when it rounds to 0. */
function parts(
  value: number,
  opts: NumberFormatOptions,
): { digits: string; negative: boolean; zero: boolean } {
  const digits = formatter(opts.lang, opts.decimals).format(Math.abs(value));
  const zero = !/[1-9]/.test(digits);
  return { digits, negative: value < 0 && !zero, zero };
}

function missing(lang: Lang, flag?: ValueFlag | null): string {
  return flag && MISSING_FLAGS.includes(flag) ? flagLabel(flag, lang) : t(lang, 'noData');
}

/** `1234.5` → `1.234,5` (de) / `1,234.5` (en); negatives with U+2212; missing → "keine Daten". */
export function formatNumber(value: number | null | undefined, opts: NumberFormatOptions): string {
  if (!isNumber(value)) return t(opts.lang, 'noData');
  const p = parts(value, opts);
  return p.negative ? MINUS + p.digits : p.digits;
}

/** A year as digits only: `2023`, never `2.023`. */
export function formatYear(year: number | null | undefined, lang: Lang = 'de'): string {
  return isNumber(year) ? (year < 0 ? MINUS : '') + String(Math.trunc(Math.abs(year))) : t(lang, 'noData');
}

/**
 * How a unit is attached to a number: `[prefix, suffix]` around the digits. The suffix is the
 * unit's label (`unitLabel`) after a no-break space, its spaces no-break too; the singular year.
 */
function unitAffix(unit: Unit, lang: Lang, digits: string): [string, string] {
  const en = lang === 'en';
  if (en && unit === 'eur') return ['€', ''];
  if (en && unit === 'percent') return ['', '%'];
  if (unit === 'count' || unit === 'index') return ['', ''];
  const label = unit === 'years' && digits === '1' ? (en ? 'year' : 'Jahr') : unitLabel(unit, lang);
  return ['', label ? NBSP + label.replace(/ /g, NBSP) : ''];
}

/**
 * A value with its unit: `12,5 %` / `12.5%`, `1.234 €` / `€1,234`, `3,2 je 1.000` /
 * `3.2 per 1,000`, `12 km²`, custom units as a label after the number. Spaces are U+00A0.
 */
export function formatValue(value: number | null | undefined, unit: Unit, opts: ValueFormatOptions): string {
  if (!isNumber(value)) return missing(opts.lang, opts.flag);
  const p = parts(value, opts);
  const [prefix, suffix] = unitAffix(unit, opts.lang, p.digits);
  return (p.negative ? MINUS : '') + prefix + p.digits + suffix;
}

/**
 * A difference with an explicit sign: `+1,2 %-Punkte` / `+1.2 pp` for percent (percentage
 * points), `−1.234 €` / `−€1,234`, `+3,2 je 1.000`; zero → `±0,0 %-Punkte`.
 */
export function formatSigned(value: number | null | undefined, unit: Unit, opts: ValueFormatOptions): string {
  if (!isNumber(value)) return missing(opts.lang, opts.flag);
  const p = parts(value, opts);
  const sign = p.zero ? '±' : p.negative ? MINUS : '+';
  if (unit === 'percent') {
    return sign + p.digits + NBSP + (opts.lang === 'de' ? '%-Punkte' : 'pp');
  }
  const [prefix, suffix] = unitAffix(unit, opts.lang, p.digits);
  return sign + prefix + p.digits + suffix;
}

/**
 * A legend class from `a` to `b` with the unit once: `10,0–12,5 %` / `10.0–12.5%`,
 * `€10–€20` (prefix units repeat). When a bound is negative the dash gets no-break spaces
 * (`−5 – −2`). A missing lower bound gives `bis 10 %` / `up to 10%`, a missing upper bound
 * `ab 12,5 %` / `12.5% or more`.
 */
export function formatRange(
  a: number | null | undefined,
  b: number | null | undefined,
  unit: Unit,
  opts: NumberFormatOptions,
): string {
  const lang = opts.lang;
  const hasA = isNumber(a);
  const hasB = isNumber(b);
  if (!hasA && !hasB) return t(lang, 'noData');
  if (!hasA) return (lang === 'de' ? `bis${NBSP}` : `up${NBSP}to${NBSP}`) + formatValue(b, unit, opts);
  if (!hasB) {
    const v = formatValue(a, unit, opts);
    return lang === 'de' ? `ab${NBSP}${v}` : `${v}${NBSP}or${NBSP}more`;
  }
  const pa = parts(a, opts);
  const pb = parts(b, opts);
  const [prefix, suffix] = unitAffix(unit, lang, pb.digits);
  const dash = pa.negative || pb.negative ? NBSP + EN_DASH + NBSP : EN_DASH;
  const left = (pa.negative ? MINUS : '') + prefix + pa.digits;
  const right = (pb.negative ? MINUS : '') + prefix + pb.digits;
  return left + dash + right + suffix;
}

/** Text for `lang`, falling back to the other language; a plain string is the same in both. */
export function localize(text: LocalizedText | null | undefined, lang: Lang): string {
  if (text === null || text === undefined) return '';
  if (typeof text === 'string') return text;
  const other: Lang = lang === 'de' ? 'en' : 'de';
  return text[lang] || text[other] || '';
}

const UNIT_LABELS: Readonly<Record<UnitKind, Readonly<Record<Lang, string>>>> = {
  percent: { de: '%', en: '%' },
  count: { de: 'Anzahl', en: 'count' },
  'per-100': { de: 'je 100', en: 'per 100' },
  'per-1000': { de: 'je 1.000', en: 'per 1,000' },
  'per-100000': { de: 'je 100.000', en: 'per 100,000' },
  eur: { de: '€', en: '€' },
  years: { de: 'Jahre', en: 'years' },
  km2: { de: 'km²', en: 'km²' },
  'per-km2': { de: 'je km²', en: 'per km²' },
  index: { de: 'Index', en: 'index' },
};

/** Unit label for axis and legend titles: `%`, `je 1.000` / `per 1,000`, `Anzahl` / `count`. */
export function unitLabel(unit: Unit, lang: Lang): string {
  return typeof unit === 'object' ? localize(unit, lang) : (UNIT_LABELS[unit]?.[lang] ?? '');
}

/** `2023-12-31` → `31.12.2023` (German) or `31 Dec 2023` (English). */
export function formatIsoDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  if (lang === 'de') return `${m[3]}.${m[2]}.${m[1]}`;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${Number(m[3])} ${months[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}
