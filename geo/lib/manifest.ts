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
}

export interface GeoManifest {
  version: 1;
  simplify: { renderWidthPx: number; minAreaPx2: number; dropRingPx2: number };
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
  for (const o of m.outputs) {
    if (!m.sources[o.source]) fail(`output "${o.file}": unknown source "${o.source}"`);
    if (!o.area === !o.each) fail(`output "${o.file}": give exactly one of "area" or "each"`);
    for (const level of o.levels) {
      if (!m.sources[o.source]!.layers[level]) fail(`output "${o.file}": source has no "${level}" layer`);
    }
  }
  return m;
}
