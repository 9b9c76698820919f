/**
 * Checking and normalisation of indicator feed v1 (DOM-free), without the wording of the problems.
 *
 * `checkFeed(input)` checks a parsed feed (or a JS object handed to a widget as `data`) and
 * reports EVERY problem it finds, each with a JSON path, a stable code and the params of its
 * message; `readFeedText(text)` parses feed text first (`checkFeedText` in `check.ts` does both
 * and locates a syntax error with `json-syntax.ts`, which the widgets load only for text that is
 * not JSON). The German and English messages are filled in by `messages.ts`: at once by
 * `validateFeed` / `parseFeed`, or — in the widgets, which should not load the text of every
 * message for a feed that has none — on demand by `withMessagesLoaded`.
 *
 * - Errors make the feed unusable; warnings do not: unknown properties (forward compatibility:
 *   they are dropped from the normalised feed), a parent region that is not listed, a flag that
 *   does not fit its value, an unbalanced node of a `balanced` flow, a series break outside the
 *   years.
 * - When there is no error, `feed` is the normalised feed: a new object (the input is never
 *   mutated or shared) with only the known properties, 12-digit Gemeinde ARS mapped to the AGS
 *   everywhere (regions, parents, values, flags, targets, footnotes, flows) and official flag
 *   symbols mapped to canonical names (`.` → `secret`).
 * - Ids of indicators and flows follow `ID_PATTERN` (lower-case a–z, 0–9, `-`, `_`, `.`).
 * - Strings longer than `maxStringLength` (default 10,000) give one `string-too-long` error and
 *   are not looked at further; messages quote at most a few dozen characters of any value.
 * - At most `maxIssues` errors and as many warnings are listed; the rest is counted in one
 *   `too-many-issues` entry.
 * - Only known members are traversed, so cyclic or huge unknown members cost nothing.
 * - Feed text: size limit first (before any parsing), then `JSON.parse`, then `checkFeed`. A
 *   leading byte order mark is ignored.
 */
import { parseRegionKey, type ParsedRegionKey } from '../ags';
import {
  DEFAULT_MAX_ISSUES,
  DEFAULT_MAX_STRING_LENGTH,
  FLOW_UNITS,
  ID_PATTERN,
  MAX_DECIMALS,
  POLARITIES,
  REGION_LEVELS,
  UNIT_KINDS,
  YEAR_MAX,
  YEAR_MIN,
} from './constants';
import { describeValue, formatBytes, shorten, type Bilingual, type MessageParams } from './describe';
import type { IssueCode } from './messages';
import {
  FLAG_SYMBOLS,
  MISSING_FLAGS,
  QUALIFYING_FLAGS,
  VALUE_FLAGS,
  type Feed,
  type FeedIssue,
  type FeedMeta,
  type FeedValidationResult,
  type Flow,
  type FlowLink,
  type FlowNode,
  type Footnote,
  type Indicator,
  type LocalizedText,
  type Region,
  type RegionLevel,
  type SeriesBreak,
  type Target,
  type Unit,
  type ValueFlag,
} from './types';

export interface ValidateOptions {
  /** Longest accepted string in characters (default 10,000). */
  maxStringLength?: number;
  /** Errors (and, separately, warnings) listed one by one before the rest is only counted (default 1000). */
  maxIssues?: number;
  /**
   * The caller hands `input` over and will not use it again (e.g. it was just parsed): the
   * normalised feed may then share arrays with it instead of copying. Default false.
   */
  adopt?: boolean;
}

export interface ParseOptions extends ValidateOptions {
  /** Largest accepted text in UTF-8 bytes (default 64 MB). */
  maxBytes?: number;
}

/** A problem found by `checkFeed`: where, which, and the params of its message (not yet worded). */
export interface PendingIssue {
  /** JSON path of the offending value, e.g. `$.indicators[0].values["03453001"][2]`. */
  path: string;
  /** Stable machine code, e.g. `unknown-region`. */
  code: IssueCode;
  /** Params of the message template of `code` (see `formatMessage`). */
  params?: MessageParams;
}

/** What `checkFeed` finds: `FeedValidationResult` with issues that are not yet worded. */
export interface FeedCheckResult {
  ok: boolean;
  /** The normalised feed (ARS mapped to AGS, flag symbols mapped) when `ok`. */
  feed?: Feed;
  errors: PendingIssue[];
  warnings: PendingIssue[];
}

type Obj = Record<string, unknown>;

interface ValuesInfo {
  /** The `values` object of the input. */
  input: Obj | undefined;
  /** Canonical keys that appear in `values` under another key (12-digit ARS). */
  mapped: Set<string>;
}

const hasOwn = Object.prototype.hasOwnProperty;

/** Set of the space-separated words of `s`. */
function words(s: string): ReadonlySet<string> {
  return new Set(s.split(' '));
}

/**
 * How a member is read (`Validator.value`): `S` string, `T` text (string or `{ de, en }`), `Y` year,
 * `I` decimals, `G` stage (integer 0–1000), `N` finite number, `B` boolean, `D` ISO date, `U`
 * http(s) URL, `R` a listed region's key, `P` polarity, `F` flow unit, `L` region level.
 */
type Kind = 'S' | 'T' | 'Y' | 'I' | 'G' | 'N' | 'B' | 'D' | 'U' | 'R' | 'P' | 'F' | 'L';

const ENUMS: Readonly<Partial<Record<Kind, readonly string[]>>> = {
  P: POLARITIES,
  F: FLOW_UNITS,
  L: REGION_LEVELS,
};
/** `expected` of a `wrong-type` issue for the kinds that report it here. */
const EXPECTED: Readonly<Partial<Record<Kind, string>>> = { N: 'number', B: 'boolean' };

/** The members of an object kind: all it knows, and those `record` reads, in order. */
interface Spec {
  known: ReadonlySet<string>;
  members: readonly (readonly [name: string, kind: Kind, required: boolean, field: string])[];
}

/**
 * A `Spec` from `name:K` words (`!` after the kind: required; `=label`: the field name of its
 * messages), plus members read by hand (`extra`, known but not in `members`).
 */
function spec(members: string, extra = ''): Spec {
  const list = members.split(' ').map((w) => {
    const [, name = '', kind, required, field] = /^(\w+):(\w)(!?)=?(\w*)$/.exec(w)!;
    return [name, kind as Kind, required === '!', field || name] as const;
  });
  return { known: words([...list.map((m) => m[0]), extra].join(' ').trim()), members: list };
}

/** Members the format knows, per object kind; anything else is warned about and dropped. */
const SPEC = {
  meta: spec(
    'title:T! subtitle:T description:T publisher:T! license:S! licenseUrl:U attribution:T! date:D! territorialDate:D url:U sample:B',
  ),
  indicator: spec(
    'decimals:I! polarity:P! source:T! definition:T reference:N sample:B',
    'id title description unit years values flags targets seriesBreaks footnotes',
  ),
  target: spec('region:R year:Y! value:N=target min:N max:N label:T'),
  seriesBreak: spec('year:Y! note:T!'),
  footnote: spec('text:T! region:R year:Y'),
  flow: spec(
    'title:T! description:T year:Y! region:R! unit:F! decimals:I source:T sample:B balanced:B',
    'id stages nodes links footnotes',
  ),
} as const;

const KNOWN = {
  feed: words('version $schema meta regions indicators flows'),
  region: words('key name level parent'),
  node: words('id label stage'),
  link: words('source target value flag'),
  text: words('de en'),
} as const;

/** Canonical flag by canonical name or official symbol. */
const FLAG_LOOKUP: ReadonlyMap<string, ValueFlag> = new Map<string, ValueFlag>([
  ...VALUE_FLAGS.map((f): [string, ValueFlag] => [f, f]),
  ...Object.entries(FLAG_SYMBOLS),
]);
const MISSING_SET: ReadonlySet<string> = new Set(MISSING_FLAGS);
const QUALIFYING_SET: ReadonlySet<string> = new Set(QUALIFYING_FLAGS);
const ALLOWED_FLAGS = [...VALUE_FLAGS, ...Object.keys(FLAG_SYMBOLS)].join(', ');

const NO_NOTE: Bilingual = { de: '', en: '' };
const ARS_NOTE: Bilingual = {
  de: '; nach Umrechnung des ARS in den AGS',
  en: '; after mapping the ARS to the AGS',
};

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function issue(path: string, code: IssueCode, params?: MessageParams): PendingIssue {
  return params ? { path, code, params } : { path, code };
}

/** Path of member `name` below `base`: `$.meta` or `$.values["03453001"]` (long names shortened). */
export function propPath(base: string, name: string): string {
  if (name.length <= 64 && IDENT.test(name)) return `${base}.${name}`;
  return `${base}[${JSON.stringify(shorten(name, 64))}]`;
}

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `o` without its `undefined` members (the normalised feed has no such keys). */
function defined<T extends object>(o: T): T {
  for (const k in o) if (o[k] === undefined) delete o[k];
  return o;
}

function quoted(s: string): Bilingual {
  const q = shorten(s);
  return { de: `„${q}“`, en: `"${q}"` };
}

function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0;
  return d <= days;
}

const HTTP_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/i;

/** Is `parent` a region that can enclose `child` (higher level, key prefix agrees)? */
function encloses(parent: ParsedRegionKey, child: ParsedRegionKey): boolean {
  if (child.level === 'bund') return false;
  switch (parent.level) {
    case 'bund':
      return true;
    case 'land':
      return child.level !== 'land' && child.land === parent.key;
    case 'kreis':
      return (child.level === 'gemeinde' || child.level === 'verband') && child.kreis === parent.key;
    case 'verband':
      return (
        child.level === 'gemeinde' &&
        child.kreis === parent.kreis &&
        (child.verband === undefined || child.verband === parent.key)
      );
    default:
      return false;
  }
}

class Validator {
  readonly errors: PendingIssue[] = [];
  readonly warnings: PendingIssue[] = [];
  errorCount = 0;
  warningCount = 0;
  /** Canonical key → index in regions; `null` when regions could not be read. */
  regionIndex: Map<string, number> | null = null;

  constructor(
    readonly maxStr: number,
    readonly maxIssues: number,
    /** The input is handed over (freshly parsed): rows may be reused instead of copied. */
    readonly adopt: boolean,
  ) {}

  error(path: string, code: IssueCode, params?: MessageParams): void {
    if (this.errorCount++ < this.maxIssues) this.errors.push(issue(path, code, params));
  }

  warn(path: string, code: IssueCode, params?: MessageParams): void {
    if (this.warningCount++ < this.maxIssues) this.warnings.push(issue(path, code, params));
  }

  finish(): void {
    if (this.errorCount > this.errors.length) {
      this.errors.push(issue('$', 'too-many-issues', { count: this.errorCount - this.errors.length }));
    }
    if (this.warningCount > this.warnings.length) {
      this.warnings.push(issue('$', 'too-many-issues', { count: this.warningCount - this.warnings.length }));
    }
  }

  // ---- generic readers -------------------------------------------------------------------

  /** Warns about members of `obj` that the format does not know. */
  unknownMembers(obj: Obj, known: ReadonlySet<string>, base: string): void {
    for (const name of Object.keys(obj)) {
      if (!known.has(name)) this.warn(propPath(base, name), 'unknown-property', { name: shorten(name) });
    }
  }

  /** `v` if it is an object, else reports `wrong-type` (or `required` when absent). */
  object(v: unknown, path: string, field: string, name?: string): Obj | undefined {
    if (isObject(v)) return v;
    if (v === undefined && name !== undefined) this.error(path, 'required', { name });
    else this.error(path, 'wrong-type', { field, expected: 'object', found: describeValue(v) });
    return undefined;
  }

  /** `v` if it is an array, else reports `wrong-type` (or `required` when absent). */
  array(v: unknown, path: string, field: string, name?: string): unknown[] | undefined {
    if (Array.isArray(v)) return v;
    if (v === undefined && name !== undefined) this.error(path, 'required', { name });
    else this.error(path, 'wrong-type', { field, expected: 'array', found: describeValue(v) });
    return undefined;
  }

  /** A string within the length limit; `undefined` (reported) otherwise. */
  stringValue(v: unknown, path: string, field: string, nonEmpty: boolean): string | undefined {
    if (typeof v !== 'string') {
      this.error(path, 'wrong-type', { field, expected: 'string', found: describeValue(v) });
      return undefined;
    }
    if (v.length > this.maxStr) {
      this.error(path, 'string-too-long', { field, length: v.length, max: this.maxStr, found: quoted(v) });
      return undefined;
    }
    if (nonEmpty && v.trim() === '') {
      this.error(path, 'empty', { field });
      return undefined;
    }
    return v;
  }

  /** LocalizedText: a string, or `{ de?, en? }` with at least one non-empty text. */
  textValue(v: unknown, path: string, field: string, required: boolean): LocalizedText | undefined {
    if (typeof v === 'string') return this.stringValue(v, path, field, required);
    if (!isObject(v)) {
      this.error(path, 'wrong-type', { field, expected: 'text', found: describeValue(v) });
      return undefined;
    }
    this.unknownMembers(v, KNOWN.text, path);
    const out: { de?: string; en?: string } = {};
    let ok = true;
    for (const lang of ['de', 'en'] as const) {
      const t = v[lang];
      if (t === undefined) continue;
      const s = this.stringValue(t, propPath(path, lang), lang, false);
      if (s === undefined) ok = false;
      else out[lang] = s;
    }
    if (!ok) return undefined;
    if (!(out.de?.trim() || out.en?.trim())) {
      this.error(path, 'empty-text', { field });
      return undefined;
    }
    return out;
  }

  intValue(v: unknown, path: string, field: string, min: number, max: number): number | undefined {
    if (typeof v === 'number' && v - v !== 0) {
      this.error(path, 'not-finite', { field, found: describeValue(v) });
      return undefined;
    }
    if (typeof v !== 'number' || !Number.isInteger(v)) {
      this.error(path, 'not-integer', { field, found: describeValue(v) });
      return undefined;
    }
    if (v < min || v > max) {
      this.error(path, 'out-of-range', { field, min, max, found: describeValue(v) });
      return undefined;
    }
    return v;
  }

  /**
   * Member `name` of `obj`, read as `kind` (see `Kind`); a missing member is reported only when
   * `required` (which also rules out empty strings). `field` names it in messages.
   */
  member(obj: Obj, name: string, base: string, kind: Kind, required = false, field = name): unknown {
    const v = obj[name];
    const path = propPath(base, name);
    if (v !== undefined) return this.value(kind, v, path, field, required);
    if (required) this.error(path, 'required', { name });
    return undefined;
  }

  /** A present value read as `kind`; `undefined` (reported) when it does not fit. */
  value(kind: Kind, v: unknown, path: string, field: string, required: boolean): unknown {
    switch (kind) {
      case 'S':
        return this.stringValue(v, path, field, required);
      case 'T':
        return this.textValue(v, path, field, required);
      case 'Y':
        return this.intValue(v, path, 'year', YEAR_MIN, YEAR_MAX);
      case 'I':
        return this.intValue(v, path, field, 0, MAX_DECIMALS);
      case 'G':
        return this.intValue(v, path, field, 0, 1000);
      case 'R':
        return this.regionRef(v, path);
      case 'N':
        if (typeof v !== 'number') break;
        if (v - v !== 0) {
          this.error(path, 'not-finite', { field, found: describeValue(v) });
          return undefined;
        }
        return v;
      case 'B':
        if (typeof v === 'boolean') return v;
        break;
      case 'D':
      case 'U': {
        const s = this.stringValue(v, path, field, required);
        if (s === undefined || (kind === 'D' ? isIsoDate(s) : HTTP_URL.test(s))) return s;
        this.error(path, kind === 'D' ? 'invalid-date' : 'invalid-url', { field, found: describeValue(s) });
        return undefined;
      }
      default: {
        const allowed = ENUMS[kind]!;
        const s = this.stringValue(v, path, field, false);
        if (s === undefined || allowed.includes(s)) return s;
        this.error(path, 'invalid-enum', { field, found: describeValue(s), allowed: allowed.join(', ') });
        return undefined;
      }
    }
    this.error(path, 'wrong-type', { field, expected: EXPECTED[kind]!, found: describeValue(v) });
    return undefined;
  }

  /**
   * Warns about unknown members of `obj`, then reads the members of `spec` in order: an object of
   * the valid ones, required members first (the order of the normalised feed). Its content matters
   * only when no error is found (else no feed is returned).
   */
  record(obj: Obj, base: string, spec: Spec): Obj {
    this.unknownMembers(obj, spec.known, base);
    return this.fields(obj, base, spec);
  }

  /** `record` without the warnings about unknown members. */
  fields(obj: Obj, base: string, spec: Spec): Obj {
    const first: Obj = {};
    const rest: Obj = {};
    for (const [name, kind, required, field] of spec.members) {
      const v = this.member(obj, name, base, kind, required, field);
      if (v !== undefined) (required ? first : rest)[name] = v;
    }
    return Object.assign(first, rest);
  }

  id(obj: Obj, base: string, seen: Map<string, string>): string | undefined {
    const s = this.member(obj, 'id', base, 'S', true) as string | undefined;
    if (s === undefined) return undefined;
    const path = propPath(base, 'id');
    if (!ID_PATTERN.test(s)) {
      this.error(path, 'invalid-id', { field: 'id', found: describeValue(s) });
      return undefined;
    }
    const first = seen.get(s);
    if (first !== undefined) {
      this.error(path, 'duplicate-id', { id: s, first });
      return undefined;
    }
    seen.set(s, path);
    return s;
  }

  /** The canonical flag of `f` (a name or an official symbol), or `undefined` (reported). */
  flag(f: unknown, path: string, expected: string): ValueFlag | undefined {
    const flag = typeof f === 'string' ? FLAG_LOOKUP.get(f) : undefined;
    if (flag !== undefined) return flag;
    if (typeof f === 'string')
      this.error(path, 'unknown-flag', { found: describeValue(f), allowed: ALLOWED_FLAGS });
    else this.error(path, 'wrong-type', { field: 'flag', expected, found: describeValue(f) });
    return undefined;
  }

  /** Canonical key of a listed region, or `undefined` (reports `unknown-region` / `wrong-type`). */
  regionRef(v: unknown, path: string): string | undefined {
    const s = this.stringValue(v, path, 'region', true);
    if (s === undefined) return undefined;
    return this.resolve(s, path);
  }

  /** Canonical key of a listed region (ARS mapped to AGS), or `undefined`. */
  lookup(key: string): string | undefined {
    const index = this.regionIndex;
    if (!index || index.has(key)) return key;
    const parsed = parseRegionKey(key);
    return parsed && index.has(parsed.key) ? parsed.key : undefined;
  }

  unknownRegion(key: string, path: string): void {
    this.error(path, 'unknown-region', { key: shorten(key) });
  }

  /** Canonical key of a listed region; reports `unknown-region` otherwise. */
  resolve(key: string, path: string): string | undefined {
    const canon = this.lookup(key);
    if (canon === undefined) this.unknownRegion(key, path);
    return canon;
  }

  // ---- sections --------------------------------------------------------------------------

  meta(v: unknown): FeedMeta | undefined {
    const m = this.object(v, '$.meta', 'meta', 'meta');
    return m && (this.record(m, '$.meta', SPEC.meta) as unknown as FeedMeta);
  }

  regions(v: unknown): Region[] | undefined {
    const base = '$.regions';
    const list = this.array(v, base, 'regions', 'regions');
    if (!list) return undefined;
    if (list.length === 0) this.error(base, 'empty', { field: 'regions' });
    const index = new Map<string, number>();
    const rawKeys = new Map<number, string>();
    const out: Region[] = [];
    const parents: { parent: string; path: string }[] = [];
    let ok = true;
    for (let i = 0; i < list.length; i++) {
      const path = `${base}[${i}]`;
      const r = this.object(list[i], path, 'region');
      if (!r) {
        ok = false;
        continue;
      }
      this.unknownMembers(r, KNOWN.region, path);
      const keyPath = propPath(path, 'key');
      const rawKey = this.member(r, 'key', path, 'S', true) as string | undefined;
      const name = this.member(r, 'name', path, 'S', true) as string | undefined;
      const level = this.member(r, 'level', path, 'L', true) as RegionLevel | undefined;
      let parsed: ParsedRegionKey | null = null;
      if (rawKey !== undefined) {
        parsed = parseRegionKey(rawKey);
        if (!parsed) {
          this.error(keyPath, 'invalid-region-key', { found: describeValue(rawKey) });
        } else {
          if (level !== undefined && parsed.level !== level) {
            this.error(keyPath, 'key-level-mismatch', { key: rawKey, keyLevel: parsed.level, level });
          }
          const first = index.get(parsed.key);
          if (first !== undefined) {
            const note = rawKey !== parsed.key || rawKeys.get(first) !== parsed.key ? ARS_NOTE : NO_NOTE;
            this.error(keyPath, 'duplicate-region', { key: parsed.key, note, first: `${base}[${first}]` });
            parsed = null;
          } else {
            index.set(parsed.key, i);
            rawKeys.set(i, rawKey);
          }
        }
      }
      let parent: string | undefined;
      const rawParent = r.parent;
      if (rawParent !== undefined) {
        const parentPath = propPath(path, 'parent');
        const s = this.stringValue(rawParent, parentPath, 'parent', true);
        const pp = s === undefined ? null : parseRegionKey(s);
        if (s !== undefined && !pp) {
          this.error(parentPath, 'invalid-region-key', { found: describeValue(s) });
        } else if (s !== undefined && pp && parsed && !encloses(pp, parsed)) {
          this.error(parentPath, 'parent-inconsistent', { parent: shorten(s), key: parsed.key });
        } else if (pp) {
          parent = pp.key;
          parents.push({ parent, path: parentPath });
        }
        if (parent === undefined) ok = false;
      }
      if (!parsed || name === undefined || level === undefined) {
        ok = false;
        continue;
      }
      const region: Region = { key: parsed.key, name, level };
      if (parent !== undefined) region.parent = parent;
      out.push(region);
    }
    for (const { parent, path } of parents) {
      if (!index.has(parent)) this.warn(path, 'parent-not-found', { parent });
    }
    // An empty or unreadable list is reported once; references to it are then not checked.
    this.regionIndex = list.length ? index : null;
    return ok ? out : undefined;
  }

  indicators(v: unknown): Indicator[] | undefined {
    const base = '$.indicators';
    const list = this.array(v, base, 'indicators', 'indicators');
    if (!list) return undefined;
    const seen = new Map<string, string>();
    const out: Indicator[] = [];
    let ok = true;
    for (let i = 0; i < list.length; i++) {
      const ind = this.indicator(list[i], `${base}[${i}]`, seen);
      if (ind) out.push(ind);
      else ok = false;
    }
    return ok ? out : undefined;
  }

  unit(obj: Obj, base: string): Unit | undefined {
    const v = obj.unit;
    const path = propPath(base, 'unit');
    if (v === undefined) {
      this.error(path, 'required', { name: 'unit' });
      return undefined;
    }
    if (typeof v === 'string') {
      if ((UNIT_KINDS as readonly string[]).includes(v)) return v as Unit;
      this.error(path, 'invalid-enum', {
        field: 'unit',
        found: describeValue(v),
        allowed: {
          de: `${UNIT_KINDS.join(', ')} oder ein Objekt mit „de“/„en“`,
          en: `${UNIT_KINDS.join(', ')} or an object with "de"/"en"`,
        },
      });
      return undefined;
    }
    if (!isObject(v)) {
      this.error(path, 'wrong-type', { field: 'unit', expected: 'unit', found: describeValue(v) });
      return undefined;
    }
    return this.textValue(v, path, 'unit', true) as Unit | undefined;
  }

  indicator(v: unknown, base: string, seen: Map<string, string>): Indicator | undefined {
    const ind = this.object(v, base, 'indicator');
    if (!ind) return undefined;
    const errorsBefore = this.errorCount;
    this.unknownMembers(ind, SPEC.indicator.known, base);
    const id = this.id(ind, base, seen);
    const title = this.member(ind, 'title', base, 'T', true);
    const description = this.member(ind, 'description', base, 'T');
    const unit = this.unit(ind, base);
    const f = this.fields(ind, base, SPEC.indicator);
    const years = this.years(ind.years, propPath(base, 'years'));
    // Rows are checked against the length of `years` even when a year itself is bad.
    const n = Array.isArray(ind.years) ? ind.years.length : -1;
    const info: ValuesInfo = { input: undefined, mapped: new Set() };
    const values = this.values(ind.values, propPath(base, 'values'), n, info);
    const flags =
      ind.flags === undefined ? undefined : this.flags(ind.flags, propPath(base, 'flags'), n, values, info);
    const targets = this.targets(ind.targets, propPath(base, 'targets'));
    const seriesBreaks = this.seriesBreaks(ind.seriesBreaks, propPath(base, 'seriesBreaks'), years);
    const footnotes = this.footnotes(ind.footnotes, propPath(base, 'footnotes'));
    if (this.errorCount !== errorsBefore) return undefined;
    return defined({
      id,
      title,
      unit,
      decimals: f.decimals,
      polarity: f.polarity,
      source: f.source,
      years,
      values,
      description,
      definition: f.definition,
      reference: f.reference,
      sample: f.sample,
      flags,
      targets,
      seriesBreaks,
      footnotes,
    }) as Indicator;
  }

  years(v: unknown, path: string): number[] | undefined {
    const list = this.array(v, path, 'years', 'years');
    if (!list) return undefined;
    if (list.length === 0) {
      this.error(path, 'empty', { field: 'years' });
      return undefined;
    }
    let ok = true;
    let previous: number | undefined;
    const seen = new Set<number>();
    for (let i = 0; i < list.length; i++) {
      const itemPath = `${path}[${i}]`;
      const y = this.intValue(list[i], itemPath, 'year', YEAR_MIN, YEAR_MAX);
      if (y === undefined) {
        ok = false;
        continue;
      }
      if (seen.has(y)) {
        this.error(itemPath, 'duplicate-year', { year: y });
        ok = false;
      } else if (previous !== undefined && y < previous) {
        this.error(itemPath, 'years-not-increasing', { year: y, previous });
        ok = false;
      }
      seen.add(y);
      previous = y;
    }
    return ok ? ((this.adopt ? list : list.slice()) as number[]) : undefined;
  }

  /** Values: region key → row aligned with `years` (`n` = years.length, -1 when unknown). */
  /**
   * Values: region key → row aligned with `years` (`n` = years.length, -1 when unknown).
   * `info` receives the input object and the canonical keys that were mapped from an ARS.
   */
  values(
    v: unknown,
    path: string,
    n: number,
    info: ValuesInfo,
  ): Record<string, (number | null)[]> | undefined {
    const obj = this.object(v, path, 'values', 'values');
    if (!obj) return undefined;
    info.input = obj;
    const keys = Object.keys(obj);
    let mapped: Map<string, string> | undefined;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const canon = this.lookup(key);
      if (canon === undefined) this.unknownRegion(key, propPath(path, key));
      else if (canon !== key) {
        mapped ??= new Map();
        const other = hasOwn.call(obj, canon) ? canon : mapped.get(canon);
        if (other !== undefined) {
          this.error(propPath(path, key), 'duplicate-key', {
            key: canon,
            found: quoted(key),
            other: shorten(other),
          });
        }
        mapped.set(canon, key);
        info.mapped.add(canon);
      }
      const row = obj[key];
      if (!Array.isArray(row)) {
        this.error(propPath(path, key), 'wrong-type', {
          field: 'valueRow',
          expected: 'array',
          found: describeValue(row),
        });
        continue;
      }
      const len = row.length;
      if (n >= 0 && len !== n) {
        this.error(propPath(path, key), 'length-mismatch', { field: 'valueRow', found: len, expected: n });
      }
      for (let j = 0; j < len; j++) {
        const x: unknown = row[j];
        if (x === null || (typeof x === 'number' && x - x === 0)) continue;
        if (typeof x === 'number') {
          this.error(`${propPath(path, key)}[${j}]`, 'not-finite', {
            field: 'value',
            found: describeValue(x),
          });
        } else {
          this.error(`${propPath(path, key)}[${j}]`, 'wrong-type', {
            field: 'value',
            expected: 'number-or-null',
            found: describeValue(x),
          });
        }
      }
    }
    if (this.errorCount > 0) return undefined; // no feed will be returned: skip the copy
    if (this.adopt && !mapped) return obj as Record<string, (number | null)[]>;
    const out: Record<string, (number | null)[]> = {};
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const row = obj[key] as (number | null)[];
      out[this.lookup(key)!] = this.adopt ? row : row.slice();
    }
    return out;
  }

  flags(
    v: unknown,
    path: string,
    n: number,
    values: Record<string, (number | null)[]> | undefined,
    info: ValuesInfo,
  ): Record<string, (ValueFlag | null)[]> | undefined {
    const obj = this.object(v, path, 'flags');
    if (!obj) return undefined;
    const out: Record<string, (ValueFlag | null)[]> = {};
    const valuesIn = info.input;
    for (const key of Object.keys(obj)) {
      const canon = this.lookup(key);
      if (canon === undefined) this.unknownRegion(key, propPath(path, key));
      const row = obj[key];
      if (!Array.isArray(row)) {
        this.error(propPath(path, key), 'wrong-type', {
          field: 'flagRow',
          expected: 'array',
          found: describeValue(row),
        });
        continue;
      }
      const len = row.length;
      if (n >= 0 && len !== n) {
        this.error(propPath(path, key), 'length-mismatch', { field: 'flagRow', found: len, expected: n });
      }
      if (canon !== undefined && valuesIn && !hasOwn.call(valuesIn, canon) && !info.mapped.has(canon)) {
        this.warn(propPath(path, key), 'flags-without-values', { key: canon });
      }
      const valueRow = canon !== undefined && values ? values[canon] : undefined;
      const outRow = (this.adopt ? row : row.slice()) as (ValueFlag | null)[];
      for (let j = 0; j < len; j++) {
        const f: unknown = row[j];
        if (f === null) continue;
        const flag = this.flag(f, `${propPath(path, key)}[${j}]`, 'flag-or-null');
        if (flag === undefined) continue;
        if (flag !== f) outRow[j] = flag;
        if (valueRow && j < valueRow.length) {
          const x = valueRow[j];
          if (x !== null && x !== undefined && MISSING_SET.has(flag)) {
            this.warn(`${propPath(path, key)}[${j}]`, 'flag-on-value', { flag, value: String(x) });
          } else if (x === null && QUALIFYING_SET.has(flag)) {
            this.warn(`${propPath(path, key)}[${j}]`, 'flag-without-value', { flag });
          }
        }
      }
      if (canon !== undefined) out[canon] = outRow;
    }
    return out;
  }

  /**
   * An optional list of objects read by `spec` (`kind` names an item in messages); `check` adds
   * the checks of one item (`item`: as read, `raw`: the input).
   */
  items(
    v: unknown,
    path: string,
    kind: string,
    spec: Spec,
    check?: (item: Obj, raw: Obj, base: string) => void,
  ): Obj[] | undefined {
    if (v === undefined) return undefined;
    const list = this.array(v, path, `${kind}s`);
    if (!list) return undefined;
    const out: Obj[] = [];
    for (let i = 0; i < list.length; i++) {
      const base = `${path}[${i}]`;
      const raw = this.object(list[i], base, kind);
      if (!raw) continue;
      const item = this.record(raw, base, spec);
      check?.(item, raw, base);
      out.push(item);
    }
    return out;
  }

  targets(v: unknown, path: string): Target[] | undefined {
    return this.items(v, path, 'target', SPEC.target, (item, raw, base) => {
      const { min, max } = item as Partial<Target>;
      if (raw.value === undefined && raw.min === undefined && raw.max === undefined)
        this.error(base, 'target-empty');
      if (min !== undefined && max !== undefined && min > max) {
        this.error(base, 'min-greater-than-max', { min, max });
      }
    }) as Target[] | undefined;
  }

  seriesBreaks(v: unknown, path: string, years: number[] | undefined): SeriesBreak[] | undefined {
    return this.items(v, path, 'seriesBreak', SPEC.seriesBreak, (item, _raw, base) => {
      const { year } = item as Partial<SeriesBreak>;
      if (year !== undefined && years && !years.includes(year)) {
        this.warn(propPath(base, 'year'), 'series-break-year', { year });
      }
    }) as SeriesBreak[] | undefined;
  }

  footnotes(v: unknown, path: string): Footnote[] | undefined {
    return this.items(v, path, 'footnote', SPEC.footnote) as Footnote[] | undefined;
  }

  flows(v: unknown): Flow[] | undefined {
    const base = '$.flows';
    const list = this.array(v, base, 'flows');
    if (!list) return undefined;
    const ids = new Map<string, string>();
    const out: Flow[] = [];
    for (let i = 0; i < list.length; i++) {
      const flow = this.flow(list[i], `${base}[${i}]`, ids);
      if (flow) out.push(flow);
    }
    return out;
  }

  flow(v: unknown, base: string, seen: Map<string, string>): Flow | undefined {
    const f = this.object(v, base, 'flow');
    if (!f) return undefined;
    const errorsBefore = this.errorCount;
    this.unknownMembers(f, SPEC.flow.known, base);
    const idPath = propPath(base, 'id');
    const rawId = this.member(f, 'id', base, 'S', true) as string | undefined;
    let id: string | undefined;
    if (rawId !== undefined) {
      if (ID_PATTERN.test(rawId)) id = rawId;
      else this.error(idPath, 'invalid-id', { field: 'id', found: describeValue(rawId) });
    }
    const m = this.fields(f, base, SPEC.flow) as Partial<Flow>;
    let stages: LocalizedText[] | undefined;
    if (f.stages !== undefined) {
      const list = this.array(f.stages, propPath(base, 'stages'), 'stages');
      if (list) {
        stages = [];
        for (let i = 0; i < list.length; i++) {
          const s = this.textValue(list[i], `${propPath(base, 'stages')}[${i}]`, 'stageLabel', true);
          if (s !== undefined) stages.push(s);
        }
      }
    }
    const { year, region } = m;
    if (id !== undefined && year !== undefined && region !== undefined) {
      const key = `${id}\u0000${year}\u0000${region}`;
      const first = seen.get(key);
      if (first !== undefined) this.error(idPath, 'duplicate-flow', { id, year, region, first });
      else seen.set(key, base);
    }
    const stageOf = new Map<string, number | undefined>();
    const nodes = this.nodes(f.nodes, propPath(base, 'nodes'), stageOf);
    const links = this.links(f.links, propPath(base, 'links'), nodes, stageOf, m.balanced === true);
    const footnotes = this.footnotes(f.footnotes, propPath(base, 'footnotes'));
    if (this.errorCount !== errorsBefore) return undefined;
    return defined({
      id,
      title: m.title,
      year,
      region,
      unit: m.unit,
      nodes,
      links,
      description: m.description,
      decimals: m.decimals,
      source: m.source,
      sample: m.sample,
      stages,
      balanced: m.balanced,
      footnotes,
    }) as Flow;
  }

  /** Nodes; `stageOf` receives every node id (stage `undefined` when the stage is invalid). */
  nodes(v: unknown, path: string, stageOf: Map<string, number | undefined>): FlowNode[] | undefined {
    const list = this.array(v, path, 'nodes', 'nodes');
    if (!list) return undefined;
    if (list.length === 0) this.error(path, 'empty', { field: 'nodes' });
    const seen = new Map<string, string>();
    const out: FlowNode[] = [];
    for (let i = 0; i < list.length; i++) {
      const base = `${path}[${i}]`;
      const node = this.object(list[i], base, 'node');
      if (!node) continue;
      this.unknownMembers(node, KNOWN.node, base);
      const idPath = propPath(base, 'id');
      let id = this.member(node, 'id', base, 'S', true) as string | undefined;
      if (id !== undefined) {
        const first = seen.get(id);
        if (first !== undefined) {
          this.error(idPath, 'duplicate-id', { id: shorten(id), first });
          id = undefined;
        } else {
          seen.set(id, idPath);
        }
      }
      const label = this.member(node, 'label', base, 'T', true) as LocalizedText | undefined;
      const stage = this.member(node, 'stage', base, 'G', true) as number | undefined;
      if (id !== undefined) stageOf.set(id, stage);
      if (id !== undefined && label !== undefined && stage !== undefined) out.push({ id, label, stage });
    }
    return out;
  }

  links(
    v: unknown,
    path: string,
    nodes: FlowNode[] | undefined,
    stageOf: Map<string, number | undefined>,
    balanced: boolean,
  ): FlowLink[] | undefined {
    const list = this.array(v, path, 'links', 'links');
    if (!list) return undefined;
    if (list.length === 0) this.error(path, 'empty', { field: 'links' });
    const out: FlowLink[] = [];
    const inflow = new Map<string, number>();
    const outflow = new Map<string, number>();
    for (let i = 0; i < list.length; i++) {
      const base = `${path}[${i}]`;
      const link = this.object(list[i], base, 'link');
      if (!link) continue;
      this.unknownMembers(link, KNOWN.link, base);
      const source = this.member(link, 'source', base, 'S', true, 'linkSource') as string | undefined;
      const target = this.member(link, 'target', base, 'S', true, 'linkTarget') as string | undefined;
      const value = this.member(link, 'value', base, 'N', true) as number | undefined;
      if (value !== undefined && value < 0) {
        this.error(propPath(base, 'value'), 'negative-value', {
          field: 'value',
          found: describeValue(value),
        });
      }
      const flag =
        link.flag === undefined ? undefined : this.flag(link.flag, propPath(base, 'flag'), 'string');
      if (stageOf.size === 0) continue; // no usable nodes: reported once already
      const sourceStage = source === undefined ? undefined : stageOf.get(source);
      const targetStage = target === undefined ? undefined : stageOf.get(target);
      if (source !== undefined && !stageOf.has(source)) {
        this.error(propPath(base, 'source'), 'unknown-node', { field: 'linkSource', node: shorten(source) });
      }
      if (target !== undefined && !stageOf.has(target)) {
        this.error(propPath(base, 'target'), 'unknown-node', { field: 'linkTarget', node: shorten(target) });
      }
      if (sourceStage !== undefined && targetStage !== undefined && targetStage <= sourceStage) {
        this.error(base, 'link-direction', {
          source: shorten(source!),
          target: shorten(target!),
          sourceStage,
          targetStage,
        });
      }
      if (source === undefined || target === undefined || value === undefined) continue;
      outflow.set(source, (outflow.get(source) ?? 0) + value);
      inflow.set(target, (inflow.get(target) ?? 0) + value);
      const l: FlowLink = { source, target, value };
      if (flag !== undefined) l.flag = flag;
      out.push(l);
    }
    if (balanced && nodes && nodes.length) {
      let minStage = Infinity;
      let maxStage = -Infinity;
      for (const node of nodes) {
        if (node.stage < minStage) minStage = node.stage;
        if (node.stage > maxStage) maxStage = node.stage;
      }
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i]!;
        if (node.stage === minStage || node.stage === maxStage) continue;
        const a = inflow.get(node.id) ?? 0;
        const b = outflow.get(node.id) ?? 0;
        if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))) {
          this.warn(`${path.slice(0, -'.links'.length)}.nodes[${i}]`, 'unbalanced-node', {
            node: shorten(node.id),
            inflow: String(a),
            outflow: String(b),
          });
        }
      }
    }
    return out;
  }
}

/**
 * Checks a parsed feed and returns every problem (not yet worded: see `withMessages`) plus, when
 * there is no error, the normalised feed. Never throws for any input value; never mutates the input.
 */
export function checkFeed(input: unknown, opts: ValidateOptions = {}): FeedCheckResult {
  const v = new Validator(
    opts.maxStringLength ?? DEFAULT_MAX_STRING_LENGTH,
    opts.maxIssues ?? DEFAULT_MAX_ISSUES,
    opts.adopt === true,
  );
  const root = v.object(input, '$', 'feed');
  if (!root) {
    v.finish();
    return { ok: false, errors: v.errors, warnings: v.warnings };
  }
  v.unknownMembers(root, KNOWN.feed, '$');
  if (root.version === undefined) v.error('$.version', 'required', { name: 'version' });
  else if (root.version !== 1)
    v.error('$.version', 'unsupported-version', { found: describeValue(root.version) });
  const schema =
    root.$schema === undefined ? undefined : v.stringValue(root.$schema, '$.$schema', '$schema', false);
  const meta = v.meta(root.meta);
  const regions = v.regions(root.regions);
  const indicators = v.indicators(root.indicators);
  const flows = root.flows === undefined ? undefined : v.flows(root.flows);
  v.finish();
  if (v.errorCount > 0 || !meta || !regions || !indicators) {
    return { ok: false, errors: v.errors, warnings: v.warnings };
  }
  const feed: Feed = { version: 1, meta, regions, indicators };
  if (schema !== undefined) feed.$schema = schema;
  if (flows !== undefined) feed.flows = flows;
  return { ok: true, feed, errors: v.errors, warnings: v.warnings };
}

/** UTF-8 length of `text`, counting no further than `limit + 1`. */
function utf8Length(text: string, limit: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Feed text checked for size (before any parsing) and parsed: `{ data }`, or `{ issue }` when the
 * text is too large, or `{ issue: null, body }` when `JSON.parse` rejects `body` (the text without a
 * byte order mark): `jsonSyntaxIssue(body)` says where. Widgets use it to load the syntax scanner
 * only for a feed that is not JSON.
 */
export function readFeedText(
  text: string,
  maxBytes: number,
): { data: unknown } | { issue: PendingIssue } | { issue: null; body: string } {
  // Every UTF-16 unit is at least one byte and at most three: count only when it matters.
  if (text.length > maxBytes || (text.length * 3 > maxBytes && utf8Length(text, maxBytes) > maxBytes)) {
    const size = utf8Length(text, Infinity); // error path only: exact size for the message
    return { issue: issue('$', 'too-large', { size: formatBytes(size), max: formatBytes(maxBytes) }) };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { data: JSON.parse(body) as unknown };
  } catch {
    return { issue: null, body };
  }
}

/** The result of feed text that stopped at `issue`. */
export function failed(issue: PendingIssue): FeedCheckResult {
  return { ok: false, errors: [issue], warnings: [] };
}

/** Fallback wording of an issue when the messages could not be loaded: its code. */
function unworded(i: PendingIssue): FeedIssue {
  return {
    path: i.path,
    code: i.code,
    message: {
      de: `Problem „${i.code}“ (Beschreibung nicht geladen)`,
      en: `Problem "${i.code}" (description not loaded)`,
    },
  };
}

/**
 * `result` with every issue worded, as `validateFeed` words it. The messages are loaded on demand
 * (a separate chunk in the script-tag bundles), so only a feed with problems pays for them; when
 * they cannot be loaded (a network failure) each issue is worded by its code instead, so a widget
 * still shows what is wrong.
 */
export async function withMessagesLoaded(result: FeedCheckResult): Promise<FeedValidationResult> {
  if (result.errors.length === 0 && result.warnings.length === 0) {
    return result.feed
      ? { ok: result.ok, feed: result.feed, errors: [], warnings: [] }
      : { ok: result.ok, errors: [], warnings: [] };
  }
  try {
    const { withMessages } = await import('./messages');
    return withMessages(result);
  } catch {
    const errors = result.errors.map(unworded);
    const warnings = result.warnings.map(unworded);
    return result.feed
      ? { ok: result.ok, feed: result.feed, errors, warnings }
      : { ok: result.ok, errors, warnings };
  }
}
