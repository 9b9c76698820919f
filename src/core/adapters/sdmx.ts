/**
 * SDMX-JSON data messages → cubes → feed (DOM-free).
 *
 * Reads SDMX-JSON 2.x (`data.structures[]`, each data set pointing at its structure) and 1.0
 * (`data.structure` or top-level `structure`/`dataSets`). Dimensions at data-set, series and
 * observation level are all read; series keys (`"0:1"`) and observation keys index into them.
 * `TIME_PERIOD` (or a dimension with role `TIME_PERIOD`) is the time; `REF_AREA`/`GEO` the
 * region. The observation attribute `OBS_STATUS` becomes a flag.
 */
import type { ValueFlag } from '../feed/types';
import { FLAG_SYMBOLS } from '../feed/types';
import {
  cubeToFeed,
  pickCube,
  type ConvertOptions,
  type Cube,
  type CubeDimension,
  type FeedResult,
} from './cube';
import { fail, listSome, quote, type AdapterText } from './errors';
import { inputText, type TextInputOptions } from './input';
import { parseJsonStrict } from './json';
import { STATUS_FLAGS } from './jsonstat';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function bad(de: string, en: string): never {
  fail('bad-structure', `SDMX-JSON: ${de}`, `SDMX-JSON: ${en}`);
}

function nameOf(o: Obj): string | undefined {
  const names = isObj(o.names) ? o.names : {};
  for (const v of [names.de, o.name, names.en, ...Object.values(names)])
    if (typeof v === 'string' && v.trim()) return v.trim();
  return undefined;
}

interface SdmxDim {
  dim: CubeDimension;
  level: 'dataSet' | 'series' | 'observation';
}

function readDims(structure: Obj): SdmxDim[] {
  const dims = isObj(structure.dimensions)
    ? structure.dimensions
    : bad('„dimensions“ fehlt.', '"dimensions" is missing.');
  const out: SdmxDim[] = [];
  for (const level of ['dataSet', 'series', 'observation'] as const) {
    for (const d of arr(dims[level])) {
      if (!isObj(d) || typeof d.id !== 'string')
        bad(`eine Dimension in „${level}“ hat keine „id“.`, `a dimension in "${level}" has no "id".`);
      const values = arr(d.values).filter(isObj);
      const codes = values.map((v, k) =>
        typeof v.id === 'string' ? v.id : typeof v.value === 'string' ? v.value : String(k),
      );
      const dim: CubeDimension = {
        id: d.id,
        label: nameOf(d) ?? d.id,
        codes,
        labels: values.map((v, k) => nameOf(v) ?? codes[k]!),
      };
      const roles = arr(d.roles)
        .map(String)
        .concat(typeof d.role === 'string' ? [d.role] : []);
      if (d.id === 'TIME_PERIOD' || roles.includes('TIME_PERIOD') || roles.includes('time'))
        dim.role = 'time';
      else if (
        /^(REF_AREA|GEO|GEO_AREA|REGION)$/i.test(d.id) ||
        roles.includes('REF_AREA') ||
        roles.includes('GEO')
      )
        dim.role = 'geo';
      out.push({ dim, level });
    }
  }
  return out;
}

function readDataSet(ds: Obj, structure: Obj, warnings: AdapterText[]): Cube {
  const dims = readDims(structure);
  const series = dims.filter((d) => d.level === 'series');
  const obsDims = dims.filter((d) => d.level === 'observation');
  const attrs = isObj(structure.attributes) ? arr(structure.attributes.observation).filter(isObj) : [];
  const statusAttr = attrs.findIndex((a) => a.id === 'OBS_STATUS' || arr(a.roles).includes('OBS_STATUS'));
  const statusValues =
    statusAttr >= 0
      ? arr(attrs[statusAttr]!.values)
          .filter(isObj)
          .map((v) => String(v.id ?? ''))
      : [];
  const coordLists: number[][] = dims.map(() => []);
  const values: number[] = [];
  const flags: (ValueFlag | undefined)[] = [];
  const markers: Record<string, number> = {};
  const unknown = new Map<string, number>();
  const pos = (d: SdmxDim): number => dims.indexOf(d);
  const parseKey = (key: string, level: SdmxDim[], what: string): number[] => {
    const parts = key === '' ? [] : key.split(':');
    if (parts.length !== level.length)
      bad(
        `der ${what}-Schlüssel „${quote(key)}“ hat ${parts.length} Teile, erwartet ${level.length}.`,
        `${what} key "${quote(key)}" has ${parts.length} parts, ${level.length} expected.`,
      );
    return parts.map((p, k) => {
      const n = Number(p);
      if (!/^\d+$/.test(p) || n >= level[k]!.dim.codes.length)
        bad(
          `der ${what}-Schlüssel „${quote(key)}“ verweist auf keine Kategorie.`,
          `${what} key "${quote(key)}" points to no category.`,
        );
      return n;
    });
  };
  const addObs = (fixed: Map<number, number>, obsKey: string, obs: unknown): void => {
    const o = Array.isArray(obs) ? obs : [obs];
    const raw = o[0];
    let v: number;
    let flag: ValueFlag | undefined;
    if (typeof raw === 'number' && Number.isFinite(raw)) v = raw;
    else if (raw === null || raw === undefined || raw === 'NaN' || raw === '') v = NaN;
    else if (typeof raw === 'string' && /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(raw.trim())) v = Number(raw);
    else if (typeof raw === 'string' && FLAG_SYMBOLS[raw.trim()]) {
      v = NaN;
      flag = FLAG_SYMBOLS[raw.trim()];
    } else
      fail(
        'text-in-number',
        `SDMX-JSON: die Beobachtung „${quote(obsKey)}“ hat den Wert „${quote(String(raw))}“, keine Zahl.`,
        `SDMX-JSON: observation "${quote(obsKey)}" has the value "${quote(String(raw))}", not a number.`,
      );
    if (statusAttr >= 0) {
      const idx = o[statusAttr + 1];
      const code = typeof idx === 'number' ? statusValues[idx] : undefined;
      if (code) {
        markers[code] = (markers[code] ?? 0) + 1;
        const f = STATUS_FLAGS[code];
        if (f === undefined) unknown.set(code, (unknown.get(code) ?? 0) + 1);
        else if (f) flag ??= f;
      }
    }
    if (Number.isNaN(v) && !flag) return;
    const ok = parseKey(obsKey, obsDims, 'Beobachtungs');
    for (let k = 0; k < dims.length; k++) {
      const d = dims[k]!;
      const c = d.level === 'dataSet' ? 0 : d.level === 'series' ? fixed.get(k)! : ok[obsDims.indexOf(d)]!;
      coordLists[k]!.push(c);
    }
    values.push(v);
    if (flag) flags[values.length - 1] = flag;
  };
  for (const d of dims)
    if (d.level === 'dataSet' && d.dim.codes.length !== 1)
      bad(
        `die Data-Set-Dimension „${d.dim.id}“ hat ${d.dim.codes.length} Werte statt einem.`,
        `data-set dimension "${d.dim.id}" has ${d.dim.codes.length} values instead of one.`,
      );
  if (isObj(ds.series)) {
    for (const [skey, s] of Object.entries(ds.series)) {
      const sk = parseKey(skey, series, 'Serien');
      const fixed = new Map(series.map((d, k) => [pos(d), sk[k]!]));
      const obs = isObj(s) && isObj(s.observations) ? s.observations : {};
      for (const [okey, o] of Object.entries(obs)) addObs(fixed, okey, o);
    }
  } else if (isObj(ds.observations)) {
    if (series.length)
      bad(
        'Beobachtungen ohne Serien, aber Seriendimensionen vorhanden.',
        'observations without series, but series dimensions exist.',
      );
    for (const [okey, o] of Object.entries(ds.observations)) addObs(new Map(), okey, o);
  } else
    bad(
      'der Datensatz hat weder „series“ noch „observations“.',
      'the data set has neither "series" nor "observations".',
    );
  const w = [...warnings];
  if (unknown.size) {
    const list = listSome([...unknown.entries()].map(([s, c]) => `${s} (${c}×)`));
    w.push({
      de: `Unbekannte OBS_STATUS-Codes ohne Kennzeichen übernommen: ${list.de}.`,
      en: `Unknown OBS_STATUS codes kept without a flag: ${list.en}.`,
    });
  }
  const cube: Cube = {
    format: 'sdmx',
    notes: [],
    dimensions: dims.map((d) => d.dim),
    length: values.length,
    coords: coordLists.map((l) => Uint32Array.from(l)),
    values: Float64Array.from(values),
    flags,
    markers,
    warnings: w,
  };
  const label = nameOf(structure);
  if (label) cube.label = label;
  return cube;
}

/** Reads an SDMX-JSON data message into one cube per data set. */
export function readSdmxJson(input: Uint8Array | string | object, opts: TextInputOptions = {}): Cube[] {
  const doc =
    typeof input === 'object' && !(input instanceof Uint8Array)
      ? input
      : parseJsonStrict(inputText(input, opts));
  if (!isObj(doc)) bad('das Dokument ist kein Objekt.', 'the document is not an object.');
  const root = isObj(doc.data) ? doc.data : doc;
  const structures = Array.isArray(root.structures)
    ? root.structures.filter(isObj)
    : isObj(root.structure)
      ? [root.structure]
      : isObj(doc.structure)
        ? [doc.structure]
        : [];
  const dataSets = arr(root.dataSets).filter(isObj);
  if (!dataSets.length)
    fail(
      'no-data',
      'Die SDMX-JSON-Nachricht enthält keine Datensätze („dataSets“); vermutlich ist es eine Struktur-Nachricht.',
      'The SDMX-JSON message contains no data sets ("dataSets"); it is probably a structure message.',
    );
  if (!structures.length)
    bad('keine Struktur („structure(s)“) gefunden.', 'no structure ("structure(s)") found.');
  const sender = isObj(doc.meta) && isObj(doc.meta.sender) ? nameOf(doc.meta.sender) : undefined;
  const prepared = isObj(doc.meta) && typeof doc.meta.prepared === 'string' ? doc.meta.prepared : undefined;
  const warnings: AdapterText[] = [];
  if (isObj(doc.meta) && doc.meta.test === true)
    warnings.push({
      de: 'Die SDMX-Nachricht ist als Test markiert (meta.test).',
      en: 'The SDMX message is marked as a test (meta.test).',
    });
  return dataSets.map((ds) => {
    const si = typeof ds.structure === 'number' ? ds.structure : 0;
    const st =
      structures[si] ??
      bad(
        `Datensatz verweist auf Struktur ${si}, die fehlt.`,
        `data set refers to structure ${si}, which is missing.`,
      );
    const cube = readDataSet(ds, st, warnings);
    if (sender) cube.source = sender;
    if (prepared && /^\d{4}-\d{2}-\d{2}/.test(prepared)) cube.date = prepared.slice(0, 10);
    return cube;
  });
}

/** SDMX-JSON data message → validated feed v1. */
export function sdmxToFeed(
  input: Uint8Array | string | object,
  opts: ConvertOptions & TextInputOptions = {},
): FeedResult {
  return cubeToFeed(pickCube(readSdmxJson(input, opts), opts.dataset), opts);
}
