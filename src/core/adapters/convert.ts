/**
 * One entry point for every supported export (DOM-free): detect the format, read it into cubes,
 * build a feed, merge several feeds, or describe what an adapter sees (`inspectInput`).
 */
import { parseRegionKey } from '../ags';
import type { Feed, Indicator, Region, ValueFlag } from '../feed/types';
import {
  cubeToFeed,
  finishFeed,
  pickCube,
  yearOfPeriod,
  type ConvertOptions,
  type Cube,
  type FeedMetaOptions,
  type FeedResult,
} from './cube';
import type { TextEncodingName } from './decode';
import { fail, quote, type AdapterText } from './errors';
import { readFlatFile } from './ffcsv';
import { readGenesisTable } from './genesis-table';
import { decodeInput, detectFormat, type InputFormat } from './input';
import { parseJsonStrict } from './json';
import { readJsonStat } from './jsonstat';
import { csvCubeOptions, readPlainCsv, type CsvInputOptions } from './plain-csv';
import { readSdmxJson } from './sdmx';

export interface AnyInputOptions extends ConvertOptions, CsvInputOptions {
  /** Format of the input; default `auto` (detected from the content). */
  format?: InputFormat | 'auto';
  encoding?: 'auto' | TextEncodingName;
}

export interface ReadResult {
  format: InputFormat;
  encoding?: TextEncodingName;
  cubes: Cube[];
}

/** Decodes, detects and reads any supported input into cubes. */
export function readInput(input: Uint8Array | string, opts: AnyInputOptions = {}): ReadResult {
  let text: string;
  let encoding: TextEncodingName | undefined;
  if (typeof input === 'string') {
    if (input.trim() === '') fail('empty-file', 'Die Datei ist leer.', 'The file is empty.');
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    const d = decodeInput(input, opts.encoding ?? 'auto');
    text = d.text;
    encoding = d.encoding;
  }
  const looksJson = /^\s*[[{]/.test(text);
  const wanted = opts.format && opts.format !== 'auto' ? opts.format : undefined;
  let json: unknown;
  if (looksJson && (wanted === undefined || wanted === 'jsonstat' || wanted === 'sdmx'))
    json = parseJsonStrict(text);
  const detected = detectFormat(text, json);
  const format: InputFormat | 'json' = wanted ?? detected;
  if (format === 'json') {
    const o = json as Record<string, unknown> | null;
    if (o && typeof o === 'object' && o.version === 1 && 'indicators' in o)
      fail(
        'unsupported-format',
        'Die Datei ist bereits ein bildung-Feed; zum Prüfen „validate“ verwenden.',
        'The file is already a bildung feed; use "validate" to check it.',
      );
    fail(
      'unknown-format',
      'Die JSON-Datei ist weder JSON-stat noch SDMX-JSON.',
      'The JSON file is neither JSON-stat nor SDMX-JSON.',
    );
  }
  if ((format === 'jsonstat' || format === 'sdmx') && !looksJson)
    fail(
      'unknown-format',
      `Die Datei ist kein JSON, passt also nicht zum Format „${format}“.`,
      `The file is not JSON, so it does not fit the format "${format}".`,
    );
  let cubes: Cube[];
  switch (format) {
    case 'regionalstatistik':
      cubes = [readGenesisTable(text, opts)];
      break;
    case 'ffcsv':
      cubes = [readFlatFile(text, opts)];
      break;
    case 'jsonstat':
      cubes = readJsonStat(json as object, opts);
      break;
    case 'sdmx':
      cubes = readSdmxJson(json as object, opts);
      break;
    default:
      cubes = [readPlainCsv(text, opts)];
  }
  const res: ReadResult = { format, cubes };
  if (encoding) res.encoding = encoding;
  return res;
}

/** Any supported input → validated feed v1 (format detected unless `opts.format` says). */
export function convertToFeed(
  input: Uint8Array | string,
  opts: AnyInputOptions = {},
): FeedResult & { format: InputFormat } {
  const { format, cubes } = readInput(input, opts);
  const cube = pickCube(cubes, opts.dataset);
  const res: FeedResult = cubeToFeed(cube, format === 'csv' ? csvCubeOptions(cube, opts) : opts);
  return { ...res, format };
}

function textOf(t: unknown): string {
  if (typeof t === 'string') return t;
  if (t && typeof t === 'object') {
    const o = t as { de?: string; en?: string };
    return o.de ?? o.en ?? '';
  }
  return '';
}

function mergeIndicator(a: Indicator, b: Indicator): Indicator {
  if (JSON.stringify(a.unit) !== JSON.stringify(b.unit))
    fail(
      'conflicting-values',
      `Indikator „${a.id}“: die Eingaben haben verschiedene Einheiten (${quote(JSON.stringify(a.unit))} / ${quote(JSON.stringify(b.unit))}).`,
      `Indicator "${a.id}": the inputs have different units (${quote(JSON.stringify(a.unit))} / ${quote(JSON.stringify(b.unit))}).`,
    );
  const years = [...new Set([...a.years, ...b.years])].sort((x, y) => x - y);
  const pos = new Map(years.map((y, i) => [y, i]));
  const values: Record<string, (number | null)[]> = {};
  const flags: Record<string, (ValueFlag | null)[]> = {};
  for (const ind of [a, b]) {
    for (const [key, vals] of Object.entries(ind.values)) {
      const target = (values[key] ??= years.map(() => null));
      const fl = ind.flags?.[key];
      vals.forEach((v, i) => {
        const k = pos.get(ind.years[i]!)!;
        const prev = target[k];
        if (v !== null && prev !== null && prev !== undefined && prev !== v)
          fail(
            'conflicting-values',
            `Indikator „${a.id}“: zwei Eingaben nennen für Region ${key} im Jahr ${ind.years[i]} verschiedene Werte (${prev} / ${v}).`,
            `Indicator "${a.id}": two inputs give different values for region ${key} in ${ind.years[i]} (${prev} / ${v}).`,
          );
        if (v !== null) target[k] = v;
        const f = fl?.[i];
        if (f) (flags[key] ??= years.map(() => null))[k] = f;
      });
    }
  }
  const out: Indicator = { ...a, years, values, decimals: Math.max(a.decimals, b.decimals) };
  if (Object.keys(flags).length) out.flags = flags;
  else delete out.flags;
  const notes = [...(a.footnotes ?? [])];
  for (const n of b.footnotes ?? []) if (!notes.some((m) => textOf(m.text) === textOf(n.text))) notes.push(n);
  if (notes.length) out.footnotes = notes.slice(0, 100);
  if (textOf(a.source) !== textOf(b.source)) out.source = `${textOf(a.source)}; ${textOf(b.source)}`;
  return out;
}

/**
 * Merges feeds into one: regions united (first name wins), indicators with the same id joined
 * year by year (same unit required; two different values for one region and year are an error),
 * meta from the first feed with `meta` applied, the newest date.
 */
export function mergeFeeds(feeds: readonly Feed[], meta: FeedMetaOptions = {}): FeedResult {
  if (!feeds.length) fail('no-data', 'Keine Eingabe.', 'No input.');
  const regions = new Map<string, Region>();
  const indicators = new Map<string, Indicator>();
  for (const f of feeds) {
    for (const r of f.regions) if (!regions.has(r.key)) regions.set(r.key, { ...r });
    for (const ind of f.indicators) {
      const prev = indicators.get(ind.id);
      indicators.set(ind.id, prev ? mergeIndicator(prev, ind) : ind);
    }
  }
  for (const r of regions.values()) {
    if (r.parent && !regions.has(r.parent)) delete r.parent;
    if (!r.parent && r.key !== 'DG') {
      const p = parseRegionKey(r.key);
      const cand = [
        p?.verband !== r.key ? p?.verband : undefined,
        p?.kreis !== r.key ? p?.kreis : undefined,
        p?.land !== r.key ? p?.land : undefined,
        'DG',
      ];
      const parent = cand.find((k) => k && k !== r.key && regions.has(k));
      if (parent) r.parent = parent;
    }
  }
  const first = feeds[0]!;
  const date = feeds
    .map((f) => f.meta.date)
    .sort()
    .pop()!;
  const feed: Feed = {
    version: 1,
    meta: { ...first.meta, date },
    regions: [...regions.values()],
    indicators: [...indicators.values()],
  };
  if (meta.title) feed.meta.title = meta.title;
  if (meta.publisher) feed.meta.publisher = meta.publisher;
  if (meta.license) feed.meta.license = meta.license;
  if (meta.attribution) feed.meta.attribution = meta.attribution;
  if (meta.date) feed.meta.date = meta.date;
  if (meta.territorialDate) feed.meta.territorialDate = meta.territorialDate;
  const flows = feeds.flatMap((f) => f.flows ?? []);
  if (flows.length) feed.flows = flows;
  return finishFeed(feed, []);
}

export interface InspectedDimension {
  id: string;
  label: string;
  role?: string;
  size: number;
  /** First categories as `code (label)`. */
  categories: string[];
  /** Years read from the categories, when they are times. */
  years?: number[];
  /** How many categories are official region keys, by level. */
  regionKeys?: { valid: number; levels: Record<string, number> };
}

export interface InspectedDataset {
  label?: string;
  source?: string;
  date?: string;
  license?: string;
  observations: number;
  dimensions: InspectedDimension[];
  /** Markers and status codes with their counts. */
  markers: Record<string, number>;
  /** Flags of the observations with their counts. */
  flags: Record<string, number>;
  notes: number;
  warnings: AdapterText[];
}

export interface InspectReport {
  format: InputFormat;
  encoding?: TextEncodingName;
  datasets: InspectedDataset[];
}

/** What the adapters see in an input: dimensions, categories, years, region keys, markers. */
export function inspectInput(input: Uint8Array | string, opts: AnyInputOptions = {}): InspectReport {
  const { format, encoding, cubes } = readInput(input, opts);
  const datasets = cubes.map((c): InspectedDataset => {
    const flags: Record<string, number> = {};
    for (const f of c.flags) if (f) flags[f] = (flags[f] ?? 0) + 1;
    const ds: InspectedDataset = {
      observations: c.length,
      dimensions: c.dimensions.map((d) => {
        const out: InspectedDimension = {
          id: d.id,
          label: d.label,
          size: d.codes.length,
          categories: d.codes
            .slice(0, 12)
            .map((code, i) => (d.labels[i] && d.labels[i] !== code ? `${code} (${d.labels[i]})` : code)),
        };
        if (d.role) out.role = d.role;
        const years = d.codes.map((code, i) => yearOfPeriod(code) ?? yearOfPeriod(d.labels[i] ?? ''));
        if (d.role === 'time' || (years.every((y) => y !== undefined) && d.codes.length > 0))
          out.years = [...new Set(years.filter((y): y is number => y !== undefined))].sort((a, b) => a - b);
        const levels: Record<string, number> = {};
        let valid = 0;
        for (const code of d.codes) {
          const p = parseRegionKey(code.trim());
          if (p) {
            valid++;
            levels[p.level] = (levels[p.level] ?? 0) + 1;
          }
        }
        if (d.role === 'geo' || valid > 0) out.regionKeys = { valid, levels };
        return out;
      }),
      markers: c.markers,
      flags,
      notes: c.notes.length,
      warnings: c.warnings,
    };
    if (c.label) ds.label = c.label;
    if (c.source) ds.source = c.source;
    if (c.date) ds.date = c.date;
    if (c.license) ds.license = c.license;
    return ds;
  });
  const report: InspectReport = { format, datasets };
  if (encoding) report.encoding = encoding;
  return report;
}
