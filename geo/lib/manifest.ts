/** The geometry manifest (`geo/sources.json`): which source files to read and which outputs to write. */
import { readFileSync } from 'node:fs';

export type Level = 'gemeinde' | 'verband' | 'kreis' | 'land';
export type AreaLevel = Level | 'bund';
export const LEVELS: readonly Level[] = ['gemeinde', 'verband', 'kreis', 'land'];

/** Official key length per level: AGS 8, ARS prefix 9, Kreis 5, Land 2. */
export const KEY_LENGTH: Record<Level, number> = { gemeinde: 8, verband: 9, kreis: 5, land: 2 };

/** A layer read from a file: property names for key, name, kind (`bez`), … */
export interface ReadLayer {
  /** Input file relative to the geo-source folder; defaults to the source's `file`. */
  file?: string;
  /** Object name inside a TopoJSON file (ignored for GeoJSON). */
  object?: string;
  key: string;
  name: string;
  kind?: string;
  /** Gemeinde only: 12-digit ARS property. */
  ars?: string;
  /** Gemeinde only: 9-digit Verband key property (default: `ars` → first 9 digits). */
  verband?: string;
  /** Parent key property (default: prefix of the key). */
  parent?: string;
  ewz?: string;
}

/** A layer merged from a finer one (topojson-client `mergeArcs`), grouped by key prefix / Verband. */
export interface DerivedLayer {
  derive: {
    from: Level;
    /** Where to look up names/kinds by key, in order; otherwise land names or a fallback. */
    names?: { source: string; level: Level }[];
  };
}

export type LayerSpec = ReadLayer | DerivedLayer;

export interface SourceSpec {
  file?: string;
  attribution: { holder: string; year: number };
  territorialDate: string;
  stand?: string;
  layers: Partial<Record<Level, LayerSpec>>;
}

export interface OutputSpec {
  /** File name; `{key}` is replaced by the area key for `each` outputs. */
  file: string;
  source: string;
  levels: Level[];
  /** One file for this area … */
  area?: { level: AreaLevel; key: string; name?: string };
  /** … or one file per feature of this level. */
  each?: Level;
  /** Restrict `each` to these keys (default: all). */
  keys?: string[];
  /**
   * Per-output overrides of the manifest's `simplify` settings, e.g. `{ "renderWidthPx": 800 }` for
   * a file that is shown at Land or Germany scale.
   */
  simplify?: Partial<SimplifySettings>;
  /** Per-output override of the manifest's `quantization`. */
  quantization?: number;
}

/** How an output is simplified (see geo/README.md). */
export interface SimplifySettings {
  /** The output's extent (max of width and height) is simplified as if drawn this many px wide. */
  renderWidthPx: number;
  /** Points whose Visvalingam weight (effective triangle area) is below this many px² are removed. */
  minAreaPx2: number;
  /** Rings (islands, holes) smaller than this many px² after simplification are dropped. */
  dropRingPx2: number;
  /**
   * Every feature's main ring keeps between this share and its inverse of its full-detail area
   * (default 0.9): points are put back, largest weight first, until it does.
   */
  keepAreaRatio?: number;
}

export interface GeoManifest {
  version: 1;
  simplify: SimplifySettings;
  quantization: number;
  landNames: Record<string, string>;
  sources: Record<string, SourceSpec>;
  outputs: OutputSpec[];
}

export function isDerived(layer: LayerSpec): layer is DerivedLayer {
  return 'derive' in layer;
}

/** Reads and checks a manifest; errors name the offending entry. */
export function readManifest(path: string): GeoManifest {
  const m = JSON.parse(readFileSync(path, 'utf8')) as GeoManifest;
  const fail = (msg: string): never => {
    throw new Error(`Geometry manifest ${path}: ${msg}`);
  };
  if (m.version !== 1) fail(`unsupported version ${String(m.version)} (expected 1)`);
  if (!m.sources || !m.outputs) fail('needs "sources" and "outputs"');
  for (const [name, s] of Object.entries(m.sources)) {
    for (const [level, layer] of Object.entries(s.layers)) {
      if (!LEVELS.includes(level as Level)) fail(`source "${name}": unknown level "${level}"`);
      if (!layer) continue;
      if (isDerived(layer)) {
        const order = LEVELS.indexOf(layer.derive.from);
        if (order < 0 || order >= LEVELS.indexOf(level as Level)) {
          fail(`source "${name}": layer "${level}" must derive from a finer level`);
        }
      } else {
        if (!layer.key || !layer.name)
          fail(`source "${name}", layer "${level}": "key" and "name" are required`);
        if (!(layer.file ?? s.file)) fail(`source "${name}", layer "${level}": no input file`);
      }
    }
  }
  const positive = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v > 0;
  const checkSimplify = (where: string, sp: Partial<SimplifySettings> | undefined, all: boolean) => {
    for (const k of ['renderWidthPx', 'minAreaPx2', 'dropRingPx2'] as const) {
      if ((all || sp?.[k] !== undefined) && !positive(sp?.[k])) fail(`${where}: "simplify.${k}" must be > 0`);
    }
    const r = sp?.keepAreaRatio;
    if (r !== undefined && !(positive(r) && r <= 1))
      fail(`${where}: "simplify.keepAreaRatio" must be in (0, 1]`);
  };
  checkSimplify('manifest', m.simplify, true);
  if (!positive(m.quantization)) fail('"quantization" must be > 0');
  for (const o of m.outputs) {
    if (!m.sources[o.source]) fail(`output "${o.file}": unknown source "${o.source}"`);
    checkSimplify(`output "${o.file}"`, o.simplify, false);
    if (o.quantization !== undefined && !positive(o.quantization))
      fail(`output "${o.file}": "quantization" must be > 0`);
    if (!o.area === !o.each) fail(`output "${o.file}": give exactly one of "area" or "each"`);
    for (const level of o.levels) {
      if (!m.sources[o.source]!.layers[level]) fail(`output "${o.file}": source has no "${level}" layer`);
    }
  }
  return m;
}
