/**
 * JSON-stat → cubes → feed (DOM-free).
 *
 * - JSON-stat 2.0 `dataset` (dense `value` array or sparse object keyed by index; `status` as a
 *   string, array or object; `size` entries may be strings), `collection` (datasets embedded in
 *   `link.item`; a collection of links only is refused with the links listed).
 * - JSON-stat 1.x bundles (`{ "name": { "dimension": { "id", "size", "role", … }, "value" } }`) are
 *   converted: `id`/`size`/`role` move from `dimension` to the dataset.
 * - Roles `geo`/`time`/`metric` are used to detect the region, time and measure; without roles,
 *   dimensions named `geo` and `time` (Eurostat) count as such.
 * - `status` codes become flags (Eurostat/SDMX: `p` provisional, `r` revised, `e`/`s`/`f`
 *   estimated, `u` limited, `c` secret, `z` not applicable; German symbols `.` `-` `x` `/` `...`).
 */
import type { ValueFlag } from '../feed/types';
import { FLAG_SYMBOLS } from '../feed/types';
import {
  cubeToFeed,
  pickCube,
  type ConvertOptions,
  type Cube,
  type CubeDimension,
  type DimensionRole,
  type FeedResult,
} from './cube';
import { fail, listSome, quote, type AdapterText } from './errors';
import { inputText, type TextInputOptions } from './input';
import { parseJsonStrict } from './json';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Status codes of JSON-stat (Eurostat) and SDMX OBS_STATUS → flag (`null` = no flag). */
export const STATUS_FLAGS: Readonly<Record<string, ValueFlag | null>> = {
  p: 'provisional',
  r: 'revised',
  e: 'estimated',
  s: 'estimated',
  f: 'estimated',
  u: 'limited',
  c: 'secret',
  z: 'not-applicable',
  ':': null,
  A: null,
  P: 'provisional',
  E: 'estimated',
  F: 'estimated',
  I: 'estimated',
  U: 'limited',
  C: 'secret',
  Q: 'secret',
  M: 'not-applicable',
  ...FLAG_SYMBOLS,
};

function flagOfStatus(s: string, unknown: Map<string, number>): ValueFlag | undefined {
  const t = s.trim();
  if (!t) return undefined;
  const f = STATUS_FLAGS[t];
  if (f === undefined) {
    unknown.set(t, (unknown.get(t) ?? 0) + 1);
    return undefined;
  }
  return f ?? undefined;
}

function badStructure(de: string, en: string): never {
  fail('bad-structure', `JSON-stat: ${de}`, `JSON-stat: ${en}`);
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** Converts a JSON-stat 1.x dataset to the 2.0 layout (a new object). */
function fromV1(ds: Obj): Obj {
  const dim = isObj(ds.dimension) ? ds.dimension : {};
  const { id, size, role, ...dims } = dim;
  return { ...ds, version: '2.0', class: 'dataset', id, size, role, dimension: dims };
}

/** Datasets (2.0 layout) of a JSON-stat document, with a warning when converted from 1.x. */
function datasetsOf(doc: unknown, warnings: AdapterText[]): Obj[] {
  if (!isObj(doc)) badStructure('das Dokument ist kein Objekt.', 'the document is not an object.');
  const version = doc.version;
  if (version !== undefined && !(typeof version === 'string' && version.startsWith('2')))
    fail(
      'unsupported-format',
      `JSON-stat-Version ${quote(String(version))} wird nicht unterstützt (2.0 und 1.x).`,
      `JSON-stat version ${quote(String(version))} is not supported (2.0 and 1.x are).`,
    );
  if (doc.class === 'collection') {
    const items = isObj(doc.link) && Array.isArray(doc.link.item) ? doc.link.item : [];
    const embedded = items.filter(
      (it): it is Obj => isObj(it) && it.class === 'dataset' && 'value' in it && 'dimension' in it,
    );
    if (!embedded.length) {
      const hrefs = items.filter(isObj).map((it) => text(it.href) ?? text(it.label) ?? '?');
      const list = listSome(hrefs, 5);
      fail(
        'no-data',
        `Die JSON-stat-Sammlung enthält keine Daten, nur ${hrefs.length} Verweise: ${list.de}. Bitte die einzelnen Datensätze herunterladen und umwandeln.`,
        `The JSON-stat collection contains no data, only ${hrefs.length} links: ${list.en}. Download the datasets themselves and convert those.`,
      );
    }
    return embedded;
  }
  if (doc.class === 'dimension')
    fail(
      'no-data',
      'Die Datei ist eine JSON-stat-Dimension (nur Kategorien), kein Datensatz mit Werten.',
      'The file is a JSON-stat dimension (categories only), not a dataset with values.',
    );
  if (doc.class === 'dataset' || (typeof version === 'string' && version.startsWith('2'))) return [doc];
  // 1.x: a bundle of named datasets, or one dataset without `class`.
  if ('dimension' in doc && 'value' in doc) {
    warnings.push({ de: 'JSON-stat 1.x in 2.0 umgewandelt.', en: 'JSON-stat 1.x converted to 2.0.' });
    return [fromV1(doc)];
  }
  const out: Obj[] = [];
  for (const [name, ds] of Object.entries(doc)) {
    if (isObj(ds) && 'dimension' in ds && 'value' in ds) out.push({ ...fromV1(ds), label: ds.label ?? name });
  }
  if (!out.length)
    badStructure(
      'kein Datensatz gefunden (weder „class“ noch 1.x-Bündel).',
      'no dataset found (neither "class" nor a 1.x bundle).',
    );
  warnings.push({ de: 'JSON-stat 1.x in 2.0 umgewandelt.', en: 'JSON-stat 1.x converted to 2.0.' });
  return out;
}

function readDataset(ds: Obj, warnings: AdapterText[]): Cube {
  const ids = ds.id;
  const sizesRaw = ds.size;
  if (!Array.isArray(ids) || !ids.every((x) => typeof x === 'string'))
    badStructure('„id“ muss eine Liste von Dimensionsnamen sein.', '"id" must be a list of dimension names.');
  if (!Array.isArray(sizesRaw) || sizesRaw.length !== ids.length)
    badStructure(
      '„size“ muss so viele Einträge haben wie „id“.',
      '"size" must have as many entries as "id".',
    );
  const sizes = sizesRaw.map((s, k) => {
    const n = typeof s === 'number' ? s : typeof s === 'string' && /^\s*\d+\s*$/.test(s) ? Number(s) : NaN;
    if (!Number.isInteger(n) || n < 0)
      badStructure(
        `„size“[${k}] ist keine Anzahl: ${quote(String(s))}.`,
        `"size"[${k}] is not a count: ${quote(String(s))}.`,
      );
    return n;
  });
  if (!isObj(ds.dimension)) badStructure('„dimension“ fehlt.', '"dimension" is missing.');
  const role = isObj(ds.role) ? ds.role : {};
  const roleOf = (id: string): DimensionRole | undefined => {
    for (const r of ['geo', 'time', 'metric'] as const) {
      const list = role[r];
      if (Array.isArray(list) && list.includes(id)) return r;
    }
    if (!Object.keys(role).length) {
      if (/^geo$/i.test(id)) return 'geo';
      if (/^time$/i.test(id)) return 'time';
    }
    return undefined;
  };
  const dims: CubeDimension[] = (ids as string[]).map((id, k) => {
    const d = (ds.dimension as Obj)[id];
    if (!isObj(d) || !isObj(d.category))
      badStructure(
        `Dimension „${quote(id)}“ fehlt oder hat keine „category“.`,
        `dimension "${quote(id)}" is missing or has no "category".`,
      );
    const cat = d.category;
    let codes: string[];
    if (Array.isArray(cat.index)) {
      codes = cat.index.map(String);
    } else if (isObj(cat.index)) {
      const entries = Object.entries(cat.index);
      codes = new Array<string>(entries.length);
      for (const [code, pos] of entries) {
        if (
          typeof pos !== 'number' ||
          !Number.isInteger(pos) ||
          pos < 0 ||
          pos >= entries.length ||
          codes[pos] !== undefined
        )
          badStructure(
            `Dimension „${quote(id)}“: ungültige Position ${quote(String(pos))} für „${quote(code)}“.`,
            `dimension "${quote(id)}": invalid position ${quote(String(pos))} for "${quote(code)}".`,
          );
        codes[pos] = code;
      }
    } else if (isObj(cat.label)) {
      codes = Object.keys(cat.label);
    } else codes = [];
    if (new Set(codes).size !== codes.length) {
      const dup = codes.find((c, i) => codes.indexOf(c) !== i)!;
      fail(
        'duplicate-key',
        `JSON-stat: die Kategorie „${quote(dup)}“ steht in Dimension „${quote(id)}“ zweimal.`,
        `JSON-stat: category "${quote(dup)}" occurs twice in dimension "${quote(id)}".`,
      );
    }
    if (codes.length !== sizes[k])
      badStructure(
        `Dimension „${quote(id)}“ hat ${codes.length} Kategorien, „size“ nennt ${sizes[k]}.`,
        `dimension "${quote(id)}" has ${codes.length} categories, "size" says ${sizes[k]}.`,
      );
    const labels = codes.map((c) => (isObj(cat.label) ? text(cat.label[c]) : undefined) ?? c);
    const dim: CubeDimension = { id, label: text(d.label) ?? id, codes, labels };
    const r = roleOf(id);
    if (r) dim.role = r;
    if (isObj(cat.unit)) {
      const units = codes.map((c) => {
        const u = (cat.unit as Obj)[c];
        return isObj(u) ? (text(u.label) ?? text(u.symbol) ?? text(u.base)) : undefined;
      });
      const decs = codes.map((c) => {
        const u = (cat.unit as Obj)[c];
        return isObj(u) && typeof u.decimals === 'number' && Number.isInteger(u.decimals)
          ? Math.min(6, Math.max(0, u.decimals))
          : undefined;
      });
      if (units.some((u) => u !== undefined)) dim.units = units;
      if (decs.some((u) => u !== undefined)) dim.decimals = decs;
    }
    return dim;
  });

  const total = sizes.reduce((a, b) => a * b, 1);
  const value = ds.value;
  const status = ds.status;
  const unknownStatus = new Map<string, number>();
  const markers: Record<string, number> = {};
  const statusAt = (i: number): string | undefined => {
    if (typeof status === 'string') return status;
    if (Array.isArray(status))
      return status.length === 1
        ? String(status[0] ?? '')
        : typeof status[i] === 'string'
          ? (status[i] as string)
          : undefined;
    if (isObj(status)) {
      const s = status[i];
      return typeof s === 'string' ? s : undefined;
    }
    return undefined;
  };
  // Observation indices.
  let indices: number[] | null = null;
  if (Array.isArray(value)) {
    if (value.length !== total)
      fail(
        value.length < total ? 'truncated' : 'bad-structure',
        `JSON-stat: „value“ hat ${value.length} Einträge, laut „size“ (${sizes.join(' × ')}) müssten es ${total} sein.`,
        `JSON-stat: "value" has ${value.length} entries; "size" (${sizes.join(' × ')}) requires ${total}.`,
      );
  } else if (isObj(value)) {
    indices = Object.keys(value).map((k) => {
      const n = Number(k);
      if (!/^\d+$/.test(k) || n >= total)
        badStructure(
          `Index „${quote(k)}“ in „value“ liegt außerhalb von 0–${total - 1}.`,
          `index "${quote(k)}" of "value" is outside 0–${total - 1}.`,
        );
      return n;
    });
    indices.sort((a, b) => a - b);
  } else
    badStructure(
      '„value“ fehlt oder ist weder Liste noch Objekt.',
      '"value" is missing or neither a list nor an object.',
    );

  const count = indices ? indices.length : total;
  const coords = dims.map(() => new Uint32Array(count));
  const values = new Float64Array(count);
  const flags: (ValueFlag | undefined)[] = [];
  const strides = sizes.map((_, k) => sizes.slice(k + 1).reduce((a, b) => a * b, 1));
  const arr = Array.isArray(value) ? (value as unknown[]) : null;
  const obj = arr ? null : (value as Obj);
  let n = 0;
  for (let j = 0; j < count; j++) {
    const i = indices ? indices[j]! : j;
    const v = arr ? arr[i] : obj![String(i)];
    let num: number;
    let flag: ValueFlag | undefined;
    if (typeof v === 'number' && Number.isFinite(v)) num = v;
    else if (v === null || v === undefined) num = NaN;
    else if (typeof v === 'string') {
      const t = v.trim();
      const asMarker = FLAG_SYMBOLS[t];
      if (asMarker) {
        num = NaN;
        flag = asMarker;
        markers[t] = (markers[t] ?? 0) + 1;
      } else if (t === ':' || t === '..' || t === '') num = NaN;
      else if (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(t)) num = Number(t);
      else {
        const where = dims
          .map((d, k) => `${d.id}=${d.codes[Math.floor(i / strides[k]!) % sizes[k]!]}`)
          .join(', ');
        fail(
          'text-in-number',
          `JSON-stat: der Wert an Position ${i} (${where}) ist Text („${quote(t)}“), keine Zahl.`,
          `JSON-stat: the value at position ${i} (${where}) is text ("${quote(t)}"), not a number.`,
        );
      }
    } else
      badStructure(
        `der Wert an Position ${i} ist weder Zahl noch null.`,
        `the value at position ${i} is neither a number nor null.`,
      );
    const st = statusAt(i);
    if (st !== undefined) {
      markers[st] = (markers[st] ?? 0) + 1;
      flag ??= flagOfStatus(st, unknownStatus);
    }
    if (Number.isNaN(num) && !flag) continue;
    let rest = i;
    for (let k = 0; k < dims.length; k++) {
      const s = strides[k]!;
      const c = Math.floor(rest / s);
      rest -= c * s;
      coords[k]![n] = c;
    }
    values[n] = num;
    if (flag) flags[n] = flag;
    n++;
  }
  if (n === 0)
    fail(
      'no-data',
      `JSON-stat: der Datensatz${text(ds.label) ? ` „${quote(text(ds.label)!)}“` : ''} enthält keine Werte (alle ${total} Zellen leer).`,
      `JSON-stat: the dataset${text(ds.label) ? ` "${quote(text(ds.label)!)}"` : ''} contains no values (all ${total} cells empty).`,
    );
  const dsWarnings: AdapterText[] = [...warnings];
  if (unknownStatus.size) {
    const list = listSome([...unknownStatus.entries()].map(([s, c]) => `${s} (${c}×)`));
    dsWarnings.push({
      de: `Unbekannte Statuscodes ohne Kennzeichen übernommen: ${list.de}.`,
      en: `Unknown status codes kept without a flag: ${list.en}.`,
    });
  }
  const cube: Cube = {
    format: 'jsonstat',
    notes: [],
    dimensions: dims,
    length: n,
    coords: coords.map((c) => c.subarray(0, n)),
    values: values.subarray(0, n),
    flags,
    markers,
    warnings: dsWarnings,
  };
  const label = text(ds.label);
  if (label) cube.label = label;
  const source = text(ds.source);
  if (source) cube.source = source;
  const updated = text(ds.updated);
  if (updated && /^\d{4}-\d{2}-\d{2}/.test(updated)) cube.date = updated.slice(0, 10);
  if (Array.isArray(ds.note))
    cube.notes = ds.note
      .filter((x): x is string => typeof x === 'string' && x.trim() !== '')
      .map((t) => ({ text: t }));
  return cube;
}

/** Reads a JSON-stat document (text, bytes or parsed) into one cube per dataset. */
export function readJsonStat(input: Uint8Array | string | object, opts: TextInputOptions = {}): Cube[] {
  const doc =
    typeof input === 'object' && !(input instanceof Uint8Array)
      ? input
      : parseJsonStrict(inputText(input, opts));
  const warnings: AdapterText[] = [];
  return datasetsOf(doc, warnings).map((ds) => readDataset(ds, warnings));
}

/** JSON-stat 2.0 dataset/collection or 1.x bundle → validated feed v1. */
export function jsonStatToFeed(
  input: Uint8Array | string | object,
  opts: ConvertOptions & TextInputOptions = {},
): FeedResult {
  return cubeToFeed(pickCube(readJsonStat(input, opts), opts.dataset), opts);
}
