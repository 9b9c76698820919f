/**
 * Hostile inputs for the e2e suite: an XSS payload feed and seeded feed mutations (fuzzing).
 * Pure functions on JSON values, used in Node to build feeds the server serves and in tests.
 */
import { mulberry32 } from '../../../scripts/prng.ts';

/** Each payload would set `window.__pwned` if it were ever interpreted as HTML, script or URL. */
export const PAYLOADS = [
  '<img src=x onerror=window.__pwned=1>',
  '<script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  '</style><b>x</b><svg onload=window.__pwned=1>',
] as const;

/** Fields that hold text for people (string or `{ de, en }`). */
const TEXT_KEYS = new Set([
  'title',
  'subtitle',
  'description',
  'publisher',
  'attribution',
  'name',
  'label',
  'source',
  'definition',
  'text',
  'stages',
  'note',
  'unit',
]);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/**
 * A copy of `feed` where every text for people is a payload (numbered, so each stays unique):
 * meta, region names, indicator titles/sources/definitions, custom units, flow titles, stage and
 * node labels, footnotes, the licence name. Keys, ids, numbers, dates and URLs are kept, so the
 * feed stays valid (`validateFeed` already rejects a `javascript:` licence URL).
 */
export function payloadFeed<T>(feed: T): T {
  let n = 0;
  const payload = () => `${PAYLOADS[n % PAYLOADS.length]} #${++n}`;
  const text = (v: Json): Json => {
    if (typeof v === 'string') return payload();
    if (Array.isArray(v)) return v.map(text);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, text(x)]));
    return v;
  };
  const walk = (v: Json, key = ''): Json => {
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => {
          if (k === 'unit') {
            // flows only know count/percent; indicators get a custom unit object
            return [k, key === 'indicators' ? { de: payload(), en: payload() } : x];
          }
          if (k === 'license') return [k, payload()];
          // link ends are node ids, not text
          if (key === 'links') return [k, x];
          if (TEXT_KEYS.has(k) && (typeof x === 'string' || (x && typeof x === 'object')))
            return [k, text(x)];
          return [k, walk(x, k)];
        }),
      );
    }
    return v;
  };
  return walk(feed as Json) as T;
}

/** The seeded PRNG of the fuzzed feeds: the same seed gives the same mutations on every run. */
export const prng = mulberry32;

const ODD_STRINGS = [
  '\u202eRTL-Überschreibung\u202c',
  'ש\u05b8לוֹם עולם',
  'a\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301',
  '\u200b\u200d\ufeff',
  '🏫👩‍🎓🇩🇪',
  '\ud800',
  '',
  ' ',
  'x'.repeat(5000),
  '0',
  '03453',
  '__proto__',
];
const ODD_VALUES: unknown[] = [
  NaN,
  Infinity,
  -Infinity,
  -0,
  1e308,
  -1e308,
  2 ** 53 + 1,
  0.1 + 0.2,
  -1,
  1e-320,
];

type Container = Record<string, unknown> | unknown[];

/** Every (container, key) pair in `root`, for picking a random place to mutate. */
function places(root: unknown): [Container, string | number][] {
  const out: [Container, string | number][] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach((x, i) => (out.push([v, i]), visit(x)));
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        out.push([v as Record<string, unknown>, k]);
        visit(x);
      }
  };
  visit(root);
  return out;
}

/**
 * One seeded mutation of `feed` (a deep copy with 1–4 changes): fields deleted, types swapped,
 * numbers turned into strings/NaN/huge values, arrays truncated or emptied, strings replaced by
 * unicode oddities (RTL overrides, combining marks, lone surrogates, 5,000 characters), elements
 * duplicated. Returns the mutated feed and a description of what was changed.
 */
export function mutateFeed(feed: unknown, seed: number): { feed: unknown; changes: string[] } {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const copy = structuredClone(feed);
  const changes: string[] = [];
  const count = 1 + Math.floor(rnd() * 4);
  for (let c = 0; c < count; c++) {
    const all = places(copy);
    // mostly the structure (meta, regions, indicator and flow fields), sometimes a value cell
    const structural = all.filter(([c]) => !(Array.isArray(c) && typeof c[0] === 'number'));
    const [container, key] = pick(rnd() < 0.75 && structural.length ? structural : all);
    const obj = container as Record<string | number, unknown>;
    const value = obj[key];
    const op = Math.floor(rnd() * 9);
    switch (op) {
      case 0:
        if (Array.isArray(container)) container.splice(Number(key), 1);
        else delete obj[key];
        changes.push(`delete ${key}`);
        break;
      case 1:
        obj[key] =
          typeof value === 'number'
            ? String(value)
            : typeof value === 'string'
              ? Number(value) || 42
              : Array.isArray(value)
                ? { 0: value[0] }
                : value && typeof value === 'object'
                  ? Object.values(value)
                  : 'x';
        changes.push(`swap type of ${key}`);
        break;
      case 2:
        obj[key] = pick(ODD_VALUES);
        changes.push(`odd number at ${key}`);
        break;
      case 3:
        if (Array.isArray(value)) value.length = Math.floor(value.length * rnd());
        else obj[key] = [];
        changes.push(`truncate ${key}`);
        break;
      case 4:
        obj[key] = pick(ODD_STRINGS);
        changes.push(`odd string at ${key}`);
        break;
      case 5:
        obj[key] = null;
        changes.push(`null at ${key}`);
        break;
      case 6:
        if (Array.isArray(value) && value.length) value.push(structuredClone(value[0]));
        else if (Array.isArray(container)) container.push(structuredClone(value));
        changes.push(`duplicate at ${key}`);
        break;
      case 7:
        if (typeof value === 'string') obj[key] = value + pick(ODD_STRINGS);
        else obj[key] = pick([true, false, {}, [], '']);
        changes.push(`odd value at ${key}`);
        break;
      default:
        if (Array.isArray(value)) value.reverse();
        else if (typeof value === 'number') obj[key] = -value * 1000;
        else obj[key] = undefined;
        changes.push(`reverse/negate ${key}`);
    }
  }
  return { feed: copy, changes };
}
