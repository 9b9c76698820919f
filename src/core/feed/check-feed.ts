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
import { parseRegionKey, type ParsedRegionKey } from '../region-key';
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
  type Indicator,
  type LocalizedText,
  type Region,
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

type Rows<T> = Record<string, (T | null)[]>;

/** What the later members of the indicator being read are checked against. */
interface IndicatorState {
  /** Length of its `years` (also when a year is bad), -1 when that is not a list. */
  rows: number;
  /** Its `years`, when valid. */
  years?: number[];
  /** The `values` object of its input. */
  input?: Obj;
  /** Its `values`, when valid. */
  values?: Rows<number>;
  /** Canonical keys that appear in `values` under another key (12-digit ARS). */
  mapped: Set<string>;
}

const hasOwn = Object.prototype.hasOwnProperty;

/** Set of the space-separated words of `s`. */
function words(s: string): ReadonlySet<string> {
  return new Set(s.split(' '));
}

/**
 * How a member is read (`value` in `checkFeed`): `S` string, `T` text (string or `{ de, en }`), `Y`
 * year, `I` decimals, `G` stage (integer 0–1000), `N` finite number, `W` finite number ≥ 0 (a
 * negative one is reported but kept), `g` flag of a link, `B` boolean, `D` ISO date, `U`
 * http(s) URL, `X` id (`ID_PATTERN`), `R` a listed region's key, `P` polarity, `F` flow unit, `L`
 * region level; the members of an indicator: `i` id (unique), `u` unit, `y` years, `v` values,
 * `f` flags, `t` targets, `b` series breaks; `n` footnotes, `s` stage labels of a flow.
 */
type Kind =
  | ('S' | 'T' | 'Y' | 'I' | 'G' | 'N' | 'W' | 'B' | 'D' | 'U' | 'X' | 'R' | 'P' | 'F' | 'L' | 'g')
  | ('i' | 'u' | 'y' | 'v' | 'f' | 't' | 'b' | 'n' | 's');

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
    'id:i! title:T! description:T unit:u! decimals:I! polarity:P! source:T! definition:T reference:N sample:B years:y! values:v! flags:f targets:t seriesBreaks:b footnotes:n',
  ),
  target: spec('region:R year:Y! value:N=target min:N max:N label:T'),
  seriesBreak: spec('year:Y! note:T!'),
  footnote: spec('text:T! region:R year:Y'),
  region: spec('key:S! name:S! level:L!', 'parent'),
  link: spec('source:S!=linkSource target:S!=linkTarget value:W! flag:g'),
  flow: spec(
    'id:X! title:T! description:T year:Y! region:R! unit:F! decimals:I source:T sample:B balanced:B stages:s',
    'nodes links footnotes',
  ),
} as const;

/** Members of a normalised flow, in order. */
const FLOW_ORDER =
  'id title year region unit nodes links description decimals source sample stages balanced footnotes'.split(
    ' ',
  );

const KNOWN = {
  feed: words('version $schema meta regions indicators flows'),
  node: words('id label stage'),
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

function quoted(s: string): Bilingual {
  const q = shorten(s);
  return { de: `„${q}“`, en: `"${q}"` };
}

function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(s);
  if (!m) return false;
  // a day that does not exist moves the date into another month
  const date = new Date(0);
  date.setUTCFullYear(+m[1]!, +m[2]! - 1, +m[3]!);
  return date.getUTCMonth() === +m[2]! - 1 && date.getUTCDate() === +m[3]!;
}

const HTTP_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/i;

/** The test of a string kind and the code of a string that fails it. */
const PATTERNS: Readonly<Record<'D' | 'U' | 'X', readonly [{ test(s: string): boolean }, IssueCode]>> = {
  D: [{ test: isIsoDate }, 'invalid-date'],
  U: [HTTP_URL, 'invalid-url'],
  X: [ID_PATTERN, 'invalid-id'],
};

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

/**
 * Checks a parsed feed and returns every problem (not yet worded: see `withMessages`) plus, when
 * there is no error, the normalised feed. Never throws for any input value; never mutates the input.
 *
 * The readers are closures over the state of one check (the issues found so far, the listed
 * regions), so a minifier can shorten all their names.
 */
export function checkFeed(input: unknown, opts: ValidateOptions = {}): FeedCheckResult {
  const maxStr = opts.maxStringLength ?? DEFAULT_MAX_STRING_LENGTH;
  const maxIssues = opts.maxIssues ?? DEFAULT_MAX_ISSUES;
  /** The input is handed over (freshly parsed): rows may be reused instead of copied. */
  const adopt = opts.adopt === true;
  const errors: PendingIssue[] = [];
  const warnings: PendingIssue[] = [];
  let errorCount = 0;
  let warningCount = 0;
  /** Canonical key → index in regions; `null` when regions could not be read. */
  let regionIndex: Map<string, number> | null = null;
  /** Indicator id → path of the first indicator with it. */
  const indicatorIds = new Map<string, string>();
  /** Flow id, year and region → path of the first flow with them. */
  const flowKeys = new Map<string, string>();
  /** The indicator being read (`readIndicator`). */
  let ind: IndicatorState = { rows: -1, mapped: new Set() };

  function error(path: string, code: IssueCode, params?: MessageParams): undefined {
    if (errorCount++ < maxIssues) errors.push(issue(path, code, params));
    return undefined;
  }

  function warn(path: string, code: IssueCode, params?: MessageParams): void {
    if (warningCount++ < maxIssues) warnings.push(issue(path, code, params));
  }

  function wrongType(path: string, field: string, expected: string, v: unknown): undefined {
    return error(path, 'wrong-type', { field, expected, found: describeValue(v) });
  }

  /** Reports `code` for value `v` of `field`. */
  function bad(path: string, code: IssueCode, field: string, v: unknown): undefined {
    return error(path, code, { field, found: describeValue(v) });
  }

  // ---- generic readers -------------------------------------------------------------------

  /** Warns about members of `obj` that the format does not know. */
  function unknownMembers(obj: Obj, known: ReadonlySet<string>, base: string): void {
    for (const name of Object.keys(obj)) {
      if (!known.has(name)) warn(propPath(base, name), 'unknown-property', { name: shorten(name) });
    }
  }

  /** `v` if it is an object, else reports `wrong-type` (or `required` when absent). */
  function object(v: unknown, path: string, field: string, name?: string): Obj | undefined {
    if (isObject(v)) return v;
    if (v === undefined && name !== undefined) return error(path, 'required', { name });
    return wrongType(path, field, 'object', v);
  }

  /** `v` if it is an array, else reports `wrong-type` (or `required` when absent). */
  function array(v: unknown, path: string, field: string, name?: string): unknown[] | undefined {
    if (Array.isArray(v)) return v;
    if (v === undefined && name !== undefined) return error(path, 'required', { name });
    return wrongType(path, field, 'array', v);
  }

  /** A string within the length limit; `undefined` (reported) otherwise. */
  function stringValue(v: unknown, path: string, field: string, nonEmpty: boolean): string | undefined {
    if (typeof v !== 'string') return wrongType(path, field, 'string', v);
    if (v.length > maxStr) {
      return error(path, 'string-too-long', { field, length: v.length, max: maxStr, found: quoted(v) });
    }
    if (nonEmpty && v.trim() === '') return error(path, 'empty', { field });
    return v;
  }

  /** LocalizedText: a string, or `{ de?, en? }` with at least one non-empty text. */
  function textValue(v: unknown, path: string, field: string, required: boolean): LocalizedText | undefined {
    if (typeof v === 'string') return stringValue(v, path, field, required);
    if (!isObject(v)) return wrongType(path, field, 'text', v);
    unknownMembers(v, KNOWN.text, path);
    const out: { de?: string; en?: string } = {};
    let ok = true;
    for (const lang of ['de', 'en'] as const) {
      const t = v[lang];
      if (t === undefined) continue;
      const s = stringValue(t, propPath(path, lang), lang, false);
      if (s === undefined) ok = false;
      else out[lang] = s;
    }
    if (!ok) return undefined;
    if (!(out.de?.trim() || out.en?.trim())) return error(path, 'empty-text', { field });
    return out;
  }

  function intValue(v: unknown, path: string, field: string, min: number, max: number): number | undefined {
    if (typeof v === 'number' && v - v !== 0) return bad(path, 'not-finite', field, v);
    if (typeof v !== 'number' || !Number.isInteger(v)) {
      return bad(path, 'not-integer', field, v);
    }
    if (v < min || v > max) return error(path, 'out-of-range', { field, min, max, found: describeValue(v) });
    return v;
  }

  /**
   * Member `name` of `obj`, read as `kind` (see `Kind`); a missing member is reported only when
   * `required` (which also rules out empty strings). `field` names it in messages.
   */
  function member(obj: Obj, name: string, base: string, kind: Kind, required = false, field = name): unknown {
    const v = obj[name];
    const path = propPath(base, name);
    if (v !== undefined) return value(kind, v, path, field, required);
    if (required) error(path, 'required', { name });
    return undefined;
  }

  /** A present value read as `kind`; `undefined` (reported) when it does not fit. */
  function value(kind: Kind, v: unknown, path: string, field: string, required: boolean): unknown {
    switch (kind) {
      case 'S':
        return stringValue(v, path, field, required);
      case 'T':
        return textValue(v, path, field, required);
      case 'Y':
        return intValue(v, path, 'year', YEAR_MIN, YEAR_MAX);
      case 'I':
        return intValue(v, path, field, 0, MAX_DECIMALS);
      case 'G':
        return intValue(v, path, field, 0, 1000);
      case 'R':
        return regionRef(v, path);
      case 'i':
        return readId(value('X', v, path, field, required) as string | undefined, path);
      case 'u':
        return readUnit(v, path);
      case 'y':
        return (ind.years = readYears(v, path));
      case 'v':
        return (ind.values = readValues(v, path));
      case 'f':
        return readFlags(v, path);
      case 't':
        return items(v, path, 'target', SPEC.target, (item, raw, base) => {
          const { min, max } = item as Partial<Target>;
          if (raw.value === undefined && raw.min === undefined && raw.max === undefined)
            error(base, 'target-empty');
          if (min !== undefined && max !== undefined && min > max)
            error(base, 'min-greater-than-max', { min, max });
        });
      case 'b':
        return items(v, path, 'seriesBreak', SPEC.seriesBreak, (item, _raw, base) => {
          const { year } = item as Partial<SeriesBreak>;
          if (year !== undefined && ind.years && !ind.years.includes(year)) {
            warn(propPath(base, 'year'), 'series-break-year', { year });
          }
        });
      case 'n':
        return items(v, path, 'footnote', SPEC.footnote);
      case 's': {
        const list = array(v, path, 'stages');
        const out: unknown[] = [];
        for (let i = 0; list && i < list.length; i++) {
          out.push(textValue(list[i], `${path}[${i}]`, 'stageLabel', true));
        }
        return list && out;
      }
      case 'W': {
        const x = value('N', v, path, field, required) as number | undefined;
        if (x !== undefined && x < 0) bad(path, 'negative-value', field, x);
        return x;
      }
      case 'g':
        return readFlag(v, path, 'string');
      case 'N':
        if (typeof v !== 'number') break;
        if (v - v !== 0) return bad(path, 'not-finite', field, v);
        return v;
      case 'B':
        if (typeof v === 'boolean') return v;
        break;
      case 'D':
      case 'U':
      case 'X': {
        const [pattern, code] = PATTERNS[kind];
        const s = stringValue(v, path, field, required);
        return s === undefined || pattern.test(s) ? s : bad(path, code, field, s);
      }
      default: {
        const allowed = ENUMS[kind]!;
        const s = stringValue(v, path, field, false);
        if (s === undefined || allowed.includes(s)) return s;
        return error(path, 'invalid-enum', { field, found: describeValue(s), allowed: allowed.join(', ') });
      }
    }
    return wrongType(path, field, EXPECTED[kind]!, v);
  }

  /**
   * Warns about unknown members of `obj`, then reads the members of `spec` in order: an object of
   * the valid ones, required members first (the order of the normalised feed). Its content matters
   * only when no error is found (else no feed is returned).
   */
  function record(obj: Obj, base: string, spec: Spec): Obj {
    unknownMembers(obj, spec.known, base);
    return fields(obj, base, spec);
  }

  /** `record` without the warnings about unknown members. */
  function fields(obj: Obj, base: string, spec: Spec): Obj {
    const first: Obj = {};
    const rest: Obj = {};
    for (const [name, kind, required, field] of spec.members) {
      const v = member(obj, name, base, kind, required, field);
      if (v !== undefined) (required ? first : rest)[name] = v;
    }
    return Object.assign(first, rest);
  }

  /** The id `s` of an indicator (`undefined` when invalid) unless another indicator has it. */
  function readId(s: string | undefined, path: string): string | undefined {
    if (s === undefined) return undefined;
    const first = indicatorIds.get(s);
    if (first !== undefined) return error(path, 'duplicate-id', { id: s, first });
    indicatorIds.set(s, path);
    return s;
  }

  /** The canonical flag of `f` (a name or an official symbol), or `undefined` (reported). */
  function readFlag(f: unknown, path: string, expected: string): ValueFlag | undefined {
    if (typeof f !== 'string') return wrongType(path, 'flag', expected, f);
    return (
      FLAG_LOOKUP.get(f) ?? error(path, 'unknown-flag', { found: describeValue(f), allowed: ALLOWED_FLAGS })
    );
  }

  /** Canonical key of a listed region, or `undefined` (reports `unknown-region` / `wrong-type`). */
  function regionRef(v: unknown, path: string): string | undefined {
    const s = stringValue(v, path, 'region', true);
    return s === undefined ? undefined : resolve(s, path);
  }

  /** Canonical key of a listed region (ARS mapped to AGS), or `undefined`. */
  function lookup(key: string): string | undefined {
    const index = regionIndex;
    if (!index || index.has(key)) return key;
    const parsed = parseRegionKey(key);
    return parsed && index.has(parsed.key) ? parsed.key : undefined;
  }

  function unknownRegion(key: string, path: string): undefined {
    return error(path, 'unknown-region', { key: shorten(key) });
  }

  /** Canonical key of a listed region; reports `unknown-region` otherwise. */
  function resolve(key: string, path: string): string | undefined {
    return lookup(key) ?? unknownRegion(key, path);
  }

  // ---- sections --------------------------------------------------------------------------

  function readRegions(v: unknown): Region[] | undefined {
    const base = '$.regions';
    const list = array(v, base, 'regions', 'regions');
    if (!list) return undefined;
    if (list.length === 0) error(base, 'empty', { field: 'regions' });
    const index = new Map<string, number>();
    const rawKeys: string[] = [];
    const out: Region[] = [];
    const parents: { parent: string; path: string }[] = [];
    for (let i = 0; i < list.length; i++) {
      const path = `${base}[${i}]`;
      const r = object(list[i], path, 'region');
      if (!r) continue;
      const keyPath = propPath(path, 'key');
      const { key: rawKey, name, level } = record(r, path, SPEC.region) as Partial<Region>;
      let parsed: ParsedRegionKey | null = null;
      if (rawKey !== undefined) {
        parsed = parseRegionKey(rawKey);
        if (!parsed) {
          error(keyPath, 'invalid-region-key', { found: describeValue(rawKey) });
        } else {
          if (level !== undefined && parsed.level !== level) {
            error(keyPath, 'key-level-mismatch', { key: rawKey, keyLevel: parsed.level, level });
          }
          const first = index.get(parsed.key);
          if (first !== undefined) {
            const note = rawKey !== parsed.key || rawKeys[first] !== parsed.key ? ARS_NOTE : NO_NOTE;
            error(keyPath, 'duplicate-region', { key: parsed.key, note, first: `${base}[${first}]` });
            parsed = null;
          } else {
            index.set(parsed.key, i);
            rawKeys[i] = rawKey;
          }
        }
      }
      let parent: string | undefined;
      const parentPath = propPath(path, 'parent');
      const s = r.parent === undefined ? undefined : stringValue(r.parent, parentPath, 'parent', true);
      if (s !== undefined) {
        const pp = parseRegionKey(s);
        if (!pp) error(parentPath, 'invalid-region-key', { found: describeValue(s) });
        else if (parsed && !encloses(pp, parsed)) {
          error(parentPath, 'parent-inconsistent', { parent: shorten(s), key: parsed.key });
        } else {
          parent = pp.key;
          parents.push({ parent, path: parentPath });
        }
      }
      // a region with a problem is reported: its content does not matter (no feed is returned)
      const region = { key: parsed?.key, name, level } as Region;
      if (parent !== undefined) region.parent = parent;
      out.push(region);
    }
    for (const { parent, path } of parents) {
      if (!index.has(parent)) warn(path, 'parent-not-found', { parent });
    }
    // An empty or unreadable list is reported once; references to it are then not checked.
    regionIndex = list.length ? index : null;
    return out;
  }

  function readUnit(v: unknown, path: string): Unit | undefined {
    if (typeof v === 'string') {
      if ((UNIT_KINDS as readonly string[]).includes(v)) return v as Unit;
      return error(path, 'invalid-enum', {
        field: 'unit',
        found: describeValue(v),
        allowed: {
          de: `${UNIT_KINDS.join(', ')} oder ein Objekt mit „de“/„en“`,
          en: `${UNIT_KINDS.join(', ')} or an object with "de"/"en"`,
        },
      });
    }
    if (!isObject(v)) return wrongType(path, 'unit', 'unit', v);
    return textValue(v, path, 'unit', true) as Unit | undefined;
  }

  function readIndicator(v: unknown, base: string): Indicator | undefined {
    const obj = object(v, base, 'indicator');
    if (!obj) return undefined;
    const errorsBefore = errorCount;
    ind = { rows: Array.isArray(obj.years) ? obj.years.length : -1, mapped: new Set() };
    const out = record(obj, base, SPEC.indicator);
    return errorCount === errorsBefore ? (out as unknown as Indicator) : undefined;
  }

  function readYears(v: unknown, path: string): number[] | undefined {
    const list = array(v, path, 'years', 'years');
    if (!list) return undefined;
    if (list.length === 0) return error(path, 'empty', { field: 'years' });
    let ok = true;
    let previous: number | undefined;
    const seen = new Set<number>();
    for (let i = 0; i < list.length; i++) {
      const itemPath = `${path}[${i}]`;
      const y = intValue(list[i], itemPath, 'year', YEAR_MIN, YEAR_MAX);
      if (y === undefined) {
        ok = false;
        continue;
      }
      if (seen.has(y)) {
        error(itemPath, 'duplicate-year', { year: y });
        ok = false;
      } else if (previous !== undefined && y < previous) {
        error(itemPath, 'years-not-increasing', { year: y, previous });
        ok = false;
      }
      seen.add(y);
      previous = y;
    }
    return ok ? ((adopt ? list : list.slice()) as number[]) : undefined;
  }

  /**
   * Values of the indicator being read: region key → row aligned with `years`. `ind` receives the
   * input object and the canonical keys that were mapped from an ARS.
   */
  function readValues(v: unknown, path: string): Rows<number> | undefined {
    const obj = object(v, path, 'values');
    if (!obj) return undefined;
    ind.input = obj;
    const keys = Object.keys(obj);
    let mapped: Map<string, string> | undefined;
    for (const key of keys) {
      const canon = lookup(key);
      // paths are made only for a problem (most keys have none)
      if (canon === undefined) unknownRegion(key, propPath(path, key));
      else if (canon !== key) {
        mapped ??= new Map();
        const other = hasOwn.call(obj, canon) ? canon : mapped.get(canon);
        if (other !== undefined) {
          error(propPath(path, key), 'duplicate-key', {
            key: canon,
            found: quoted(key),
            other: shorten(other),
          });
        }
        mapped.set(canon, key);
        ind.mapped.add(canon);
      }
      const row = rowOf(obj[key], path, key, 'valueRow');
      for (let j = 0; row && j < row.length; j++) {
        const x: unknown = row[j];
        if (x === null || (typeof x === 'number' && x - x === 0)) continue;
        const at = `${propPath(path, key)}[${j}]`;
        if (typeof x === 'number') bad(at, 'not-finite', 'value', x);
        else wrongType(at, 'value', 'number-or-null', x);
      }
    }
    if (errorCount > 0) return undefined; // no feed will be returned: skip the copy
    if (adopt && !mapped) return obj as Rows<number>;
    const out: Rows<number> = {};
    for (const key of keys) {
      const row = obj[key] as (number | null)[];
      out[lookup(key)!] = adopt ? row : row.slice();
    }
    return out;
  }

  /** Row `key` of `path` if it is an array (its length checked against `years`), else `undefined` (reported). */
  function rowOf(row: unknown, path: string, key: string, field: string): unknown[] | undefined {
    const n = ind.rows;
    if (!Array.isArray(row)) return wrongType(propPath(path, key), field, 'array', row);
    if (n >= 0 && row.length !== n) {
      error(propPath(path, key), 'length-mismatch', { field, found: row.length, expected: n });
    }
    return row;
  }

  /** Flags of the indicator being read, checked against its values. */
  function readFlags(v: unknown, path: string): Rows<ValueFlag> | undefined {
    const obj = object(v, path, 'flags');
    if (!obj) return undefined;
    const out: Rows<ValueFlag> = {};
    const { input: valuesIn, values, mapped } = ind;
    for (const key of Object.keys(obj)) {
      const rowPath = propPath(path, key);
      const canon = lookup(key);
      if (canon === undefined) unknownRegion(key, rowPath);
      const row = rowOf(obj[key], path, key, 'flagRow');
      if (!row) continue;
      if (canon !== undefined && valuesIn && !hasOwn.call(valuesIn, canon) && !mapped.has(canon)) {
        warn(rowPath, 'flags-without-values', { key: canon });
      }
      const valueRow = canon !== undefined && values ? values[canon] : undefined;
      const outRow = (adopt ? row : row.slice()) as (ValueFlag | null)[];
      for (let j = 0; j < row.length; j++) {
        const f: unknown = row[j];
        if (f === null) continue;
        const flagPath = `${rowPath}[${j}]`;
        const flag = readFlag(f, flagPath, 'flag-or-null');
        if (flag === undefined) continue;
        if (flag !== f) outRow[j] = flag;
        if (valueRow && j < valueRow.length) {
          const x = valueRow[j];
          if (x !== null && x !== undefined && MISSING_SET.has(flag)) {
            warn(flagPath, 'flag-on-value', { flag, value: String(x) });
          } else if (x === null && QUALIFYING_SET.has(flag)) {
            warn(flagPath, 'flag-without-value', { flag });
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
  function items(
    v: unknown,
    path: string,
    kind: string,
    spec: Spec,
    check?: (item: Obj, raw: Obj, base: string) => void,
  ): Obj[] | undefined {
    const list = array(v, path, `${kind}s`);
    if (!list) return undefined;
    const out: Obj[] = [];
    for (let i = 0; i < list.length; i++) {
      const base = `${path}[${i}]`;
      const raw = object(list[i], base, kind);
      if (!raw) continue;
      const item = record(raw, base, spec);
      check?.(item, raw, base);
      out.push(item);
    }
    return out;
  }

  function readFlow(v: unknown, base: string): Flow | undefined {
    const f = object(v, base, 'flow');
    if (!f) return undefined;
    const errorsBefore = errorCount;
    const m = record(f, base, SPEC.flow);
    const { id, year, region } = m as Partial<Flow>;
    if (id !== undefined && year !== undefined && region !== undefined) {
      const key = `${id}\u0000${year}\u0000${region}`;
      const first = flowKeys.get(key);
      if (first !== undefined) error(propPath(base, 'id'), 'duplicate-flow', { id, year, region, first });
      else flowKeys.set(key, base);
    }
    const stageOf = new Map<string, number | undefined>();
    const nodes = (m.nodes = readNodes(f.nodes, propPath(base, 'nodes'), stageOf));
    m.links = readLinks(f.links, propPath(base, 'links'), nodes, stageOf, m.balanced === true);
    m.footnotes = member(f, 'footnotes', base, 'n');
    if (errorCount !== errorsBefore) return undefined;
    // the order of the normalised feed
    const out: Obj = {};
    for (const k of FLOW_ORDER) if (m[k] !== undefined) out[k] = m[k];
    return out as unknown as Flow;
  }

  /** Nodes; `stageOf` receives every node id (stage `undefined` when the stage is invalid). */
  function readNodes(
    v: unknown,
    path: string,
    stageOf: Map<string, number | undefined>,
  ): FlowNode[] | undefined {
    const list = array(v, path, 'nodes', 'nodes');
    if (!list) return undefined;
    if (list.length === 0) error(path, 'empty', { field: 'nodes' });
    const seen = new Map<string, string>();
    const out: FlowNode[] = [];
    for (let i = 0; i < list.length; i++) {
      const base = `${path}[${i}]`;
      const node = object(list[i], base, 'node');
      if (!node) continue;
      unknownMembers(node, KNOWN.node, base);
      const idPath = propPath(base, 'id');
      let id = member(node, 'id', base, 'S', true) as string | undefined;
      if (id !== undefined) {
        const first = seen.get(id);
        if (first !== undefined) {
          error(idPath, 'duplicate-id', { id: shorten(id), first });
          id = undefined;
        } else {
          seen.set(id, idPath);
        }
      }
      const label = member(node, 'label', base, 'T', true) as LocalizedText | undefined;
      const stage = member(node, 'stage', base, 'G', true) as number | undefined;
      if (id !== undefined) stageOf.set(id, stage);
      if (id !== undefined && label !== undefined && stage !== undefined) out.push({ id, label, stage });
    }
    return out;
  }

  function readLinks(
    v: unknown,
    path: string,
    nodes: FlowNode[] | undefined,
    stageOf: Map<string, number | undefined>,
    balanced: boolean,
  ): FlowLink[] | undefined {
    const list = array(v, path, 'links', 'links');
    if (!list) return undefined;
    if (list.length === 0) error(path, 'empty', { field: 'links' });
    const out: FlowLink[] = [];
    const inflow = new Map<string, number>();
    const outflow = new Map<string, number>();
    for (let i = 0; i < list.length; i++) {
      const base = `${path}[${i}]`;
      const link = object(list[i], base, 'link');
      if (!link) continue;
      const l = record(link, base, SPEC.link) as Partial<FlowLink>;
      const { source, target, value } = l;
      if (stageOf.size === 0) continue; // no usable nodes: reported once already
      const sourceStage = source === undefined ? undefined : stageOf.get(source);
      const targetStage = target === undefined ? undefined : stageOf.get(target);
      if (source !== undefined && !stageOf.has(source)) {
        error(propPath(base, 'source'), 'unknown-node', { field: 'linkSource', node: shorten(source) });
      }
      if (target !== undefined && !stageOf.has(target)) {
        error(propPath(base, 'target'), 'unknown-node', { field: 'linkTarget', node: shorten(target) });
      }
      if (sourceStage !== undefined && targetStage !== undefined && targetStage <= sourceStage) {
        error(base, 'link-direction', {
          source: shorten(source!),
          target: shorten(target!),
          sourceStage,
          targetStage,
        });
      }
      if (source === undefined || target === undefined || value === undefined) continue;
      outflow.set(source, (outflow.get(source) ?? 0) + value);
      inflow.set(target, (inflow.get(target) ?? 0) + value);
      out.push(l as FlowLink);
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
          warn(`${path.slice(0, -'.links'.length)}.nodes[${i}]`, 'unbalanced-node', {
            node: shorten(node.id),
            inflow: String(a),
            outflow: String(b),
          });
        }
      }
    }
    return out;
  }

  /**
   * The list `$.<field>`, each item read by `read` (`undefined` for an item with errors: its
   * content does not matter, as no feed is returned).
   */
  function readList<T>(
    v: unknown,
    field: string,
    name: string | undefined,
    read: (v: unknown, base: string) => T | undefined,
  ): T[] | undefined {
    const base = `$.${field}`;
    const input = array(v, base, field, name);
    if (!input) return undefined;
    const out: T[] = [];
    for (let i = 0; i < input.length; i++) out.push(read(input[i], `${base}[${i}]`)!);
    return out;
  }

  // ---- the feed ----------------------------------------------------------------------------

  let feed: Feed | undefined;
  const root = object(input, '$', 'feed');
  if (root) {
    unknownMembers(root, KNOWN.feed, '$');
    if (root.version === undefined) error('$.version', 'required', { name: 'version' });
    else if (root.version !== 1)
      error('$.version', 'unsupported-version', { found: describeValue(root.version) });
    const schema =
      root.$schema === undefined ? undefined : stringValue(root.$schema, '$.$schema', '$schema', false);
    const m = object(root.meta, '$.meta', 'meta', 'meta');
    const meta = m && (record(m, '$.meta', SPEC.meta) as unknown as FeedMeta);
    const regions = readRegions(root.regions);
    const indicators = readList(root.indicators, 'indicators', 'indicators', readIndicator);
    const flows = root.flows === undefined ? undefined : readList(root.flows, 'flows', undefined, readFlow);
    if (errorCount === 0 && meta && regions && indicators) {
      feed = { version: 1, meta, regions, indicators };
      if (schema !== undefined) feed.$schema = schema;
      if (flows !== undefined) feed.flows = flows;
    }
  }
  for (const [list, count] of [
    [errors, errorCount],
    [warnings, warningCount],
  ] as const) {
    if (count > list.length) list.push(issue('$', 'too-many-issues', { count: count - list.length }));
  }
  return feed ? { ok: true, feed, errors, warnings } : { ok: false, errors, warnings };
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
  const { ok, feed } = result;
  const worded = (errors: FeedIssue[], warnings: FeedIssue[]): FeedValidationResult =>
    feed ? { ok, feed, errors, warnings } : { ok, errors, warnings };
  if (result.errors.length === 0 && result.warnings.length === 0) return worded([], []);
  try {
    const { withMessages } = await import('./messages');
    return withMessages(result);
  } catch {
    return worded(result.errors.map(unworded), result.warnings.map(unworded));
  }
}
