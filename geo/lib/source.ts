/**
 * Loads one manifest source into a projected, presimplified topology with one feature list per
 * level: read TopoJSON (or GeoJSON → topology via topojson-server), project every arc point, map
 * properties to the bildung schema, merge derived levels with `mergeArcs`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import { topology as toTopology } from 'topojson-server';
import type * as TopoJSON from 'topojson-specification';
import {
  KEY_LENGTH,
  LEVELS,
  isDerived,
  type DerivedLayer,
  type GeoManifest,
  type Level,
  type ReadLayer,
  type SourceSpec,
} from './manifest.ts';
import {
  decodeArcs,
  geometryPolygons,
  mergePolygons,
  presimplifyArcs,
  projectArcs,
  type AreaFeature,
  type FeatureProps,
  type Point,
  type WeightedPoint,
} from './topology.ts';

export interface LoadedSource {
  name: string;
  spec: SourceSpec;
  /** Projected arcs with Visvalingam weights, shared by every output of this source. */
  arcs: WeightedPoint[][];
  layers: Partial<Record<Level, AreaFeature[]>>;
  /** Feature key (per level) → names of other sources whose attributes were used for it. */
  borrowed: Map<string, Set<string>>;
  /** How many derived features got a fallback name (no lookup, no land name). */
  fallbackNames: number;
}

const KEY_PATTERN: Record<Level, RegExp> = {
  gemeinde: /^\d{8}$/,
  verband: /^\d{9}$/,
  kreis: /^\d{5}$/,
  land: /^\d{2}$/,
};

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

function isTopology(x: unknown): x is TopoJSON.Topology {
  return typeof x === 'object' && x !== null && (x as { type?: unknown }).type === 'Topology';
}

/** One topology holding every read layer as an object named by its level. */
function readTopology(
  spec: SourceSpec,
  read: [Level, ReadLayer][],
  geoSource: string,
): { topology: TopoJSON.Topology; objectOf: (l: Level) => string } {
  const files = new Set(read.map(([, l]) => l.file ?? spec.file!));
  const cache = new Map<string, unknown>();
  const load = (file: string): unknown => {
    if (!cache.has(file)) cache.set(file, readJson(resolve(geoSource, file)));
    return cache.get(file);
  };
  if (files.size === 1) {
    const only = load([...files][0]!);
    if (isTopology(only))
      return { topology: only, objectOf: (l) => read.find(([x]) => x === l)![1].object ?? l };
  }
  // Mixed or GeoJSON inputs: convert to GeoJSON and build one topology (shared borders are found
  // wherever coordinates coincide exactly).
  const collections: Record<string, GeoJSON.FeatureCollection> = {};
  for (const [level, layer] of read) {
    const file = layer.file ?? spec.file!;
    const data = load(file);
    if (isTopology(data)) {
      const name = layer.object ?? Object.keys(data.objects)[0]!;
      const obj = data.objects[name];
      if (!obj) throw new Error(`${file}: no object "${name}" (has ${Object.keys(data.objects).join(', ')})`);
      collections[level] = feature(data, obj as TopoJSON.GeometryCollection) as GeoJSON.FeatureCollection;
    } else if ((data as { type?: unknown }).type === 'FeatureCollection') {
      collections[level] = data as GeoJSON.FeatureCollection;
    } else {
      throw new Error(`${file}: neither TopoJSON nor a GeoJSON FeatureCollection`);
    }
  }
  return { topology: toTopology(collections), objectOf: (l) => l };
}

function str(v: unknown): string | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  return String(v);
}

function mapProperties(level: Level, layer: ReadLayer, id: string, p: Record<string, unknown>): FeatureProps {
  const out: FeatureProps = {
    name: str(p[layer.name]) ?? id,
    level,
    parent:
      level === 'land' ? 'DG' : (str(layer.parent ? p[layer.parent] : undefined) ?? parentKey(level, id)),
  };
  const kind = layer.kind ? str(p[layer.kind]) : undefined;
  if (kind) out.kind = kind;
  if (level === 'gemeinde') {
    const ars = layer.ars ? str(p[layer.ars]) : undefined;
    const verband = str(layer.verband ? p[layer.verband] : undefined) ?? ars?.slice(0, 9);
    if (verband) out.verband = verband;
    if (ars) out.ars = ars;
  }
  const ewz = layer.ewz ? p[layer.ewz] : undefined;
  if (typeof ewz === 'number' && Number.isFinite(ewz)) out.ewz = ewz;
  return out;
}

/** Parent key by prefix: Gemeinde/Verband → Kreis (5), Kreis → Land (2), Land → "DG". */
export function parentKey(level: Level, key: string): string {
  if (level === 'land') return 'DG';
  return key.slice(0, level === 'kreis' ? 2 : 5);
}

function byId(a: AreaFeature, b: AreaFeature): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export class SourceLoader {
  private readonly cache = new Map<string, LoadedSource>();

  constructor(
    private readonly manifest: GeoManifest,
    private readonly geoSource: string,
    private readonly projection: GeoProjection,
  ) {}

  /** A source if it has been loaded already. */
  peek(name: string): LoadedSource | undefined {
    return this.cache.get(name);
  }

  get(name: string): LoadedSource {
    let s = this.cache.get(name);
    if (!s) {
      s = this.load(name);
      this.cache.set(name, s);
    }
    return s;
  }

  private load(name: string): LoadedSource {
    const spec = this.manifest.sources[name];
    if (!spec) throw new Error(`Unknown geometry source "${name}"`);
    const read = LEVELS.flatMap((l) => {
      const layer = spec.layers[l];
      return layer && !isDerived(layer) ? [[l, layer] as [Level, ReadLayer]] : [];
    });
    const { topology, objectOf } = readTopology(spec, read, this.geoSource);
    const arcs: Point[][] = projectArcs(decodeArcs(topology), this.projection);
    const layers: Partial<Record<Level, AreaFeature[]>> = {};
    for (const [level, layer] of read) {
      const obj = topology.objects[objectOf(level)];
      if (!obj || obj.type !== 'GeometryCollection') {
        throw new Error(`Source "${name}": object "${objectOf(level)}" missing or not a GeometryCollection`);
      }
      const seen = new Set<string>();
      layers[level] = obj.geometries
        .map((g) => {
          const props = (g.properties ?? {}) as Record<string, unknown>;
          const id = str(props[layer.key]) ?? str(g.id);
          if (!id || !KEY_PATTERN[level].test(id)) {
            throw new Error(
              `Source "${name}", ${level}: invalid key ${JSON.stringify(id)} (property "${layer.key}")`,
            );
          }
          if (seen.has(id)) throw new Error(`Source "${name}", ${level}: duplicate key ${id}`);
          seen.add(id);
          const polygons = geometryPolygons(g);
          if (polygons.length === 0)
            throw new Error(`Source "${name}", ${level} ${id}: empty or non-polygon geometry`);
          return { id, properties: mapProperties(level, layer, id, props), polygons };
        })
        .sort(byId);
    }
    const loaded: LoadedSource = {
      name,
      spec,
      arcs: [],
      layers,
      borrowed: new Map(),
      fallbackNames: 0,
    };
    for (const level of LEVELS) {
      const layer = spec.layers[level];
      if (layer && isDerived(layer)) layers[level] = this.derive(loaded, level, layer, arcs);
    }
    loaded.arcs = presimplifyArcs(arcs);
    return loaded;
  }

  /** Merges the `from` layer by Verband key or key prefix into `level`. */
  private derive(src: LoadedSource, level: Level, layer: DerivedLayer, arcs: Point[][]): AreaFeature[] {
    const members = src.layers[layer.derive.from];
    if (!members)
      throw new Error(`Source "${src.name}": "${level}" derives from missing "${layer.derive.from}"`);
    const groups = new Map<string, AreaFeature[]>();
    for (const m of members) {
      const key = level === 'verband' ? m.properties.verband : m.id.slice(0, KEY_LENGTH[level]);
      if (!key || !KEY_PATTERN[level].test(key)) {
        throw new Error(
          `Source "${src.name}": cannot derive ${level} key from ${m.properties.level} ${m.id}`,
        );
      }
      const g = groups.get(key);
      if (g) g.push(m);
      else groups.set(key, [m]);
    }
    const out: AreaFeature[] = [];
    for (const [key, group] of groups) {
      const props: FeatureProps = { name: key, level, parent: parentKey(level, key) };
      const named = this.lookupName(src, level, key, layer, group);
      props.name = named.name;
      if (named.kind) props.kind = named.kind;
      const ewz = group.map((m) => m.properties.ewz);
      if (ewz.every((e) => e !== undefined)) props.ewz = ewz.reduce((s, e) => s + e!, 0);
      out.push({ id: key, properties: props, polygons: mergePolygons(arcs, group) });
    }
    return out.sort(byId);
  }

  private lookupName(
    src: LoadedSource,
    level: Level,
    key: string,
    layer: DerivedLayer,
    group: AreaFeature[],
  ): { name: string; kind?: string } {
    for (const ref of layer.derive.names ?? []) {
      const other = this.get(ref.source).layers[ref.level]?.find((f) => f.id === key);
      if (other) {
        const set = src.borrowed.get(`${level}:${key}`) ?? new Set<string>();
        set.add(ref.source);
        src.borrowed.set(`${level}:${key}`, set);
        return { name: other.properties.name, kind: other.properties.kind };
      }
    }
    if (level === 'land') {
      const name = this.manifest.landNames[key];
      if (name) return { name, kind: 'Land' };
    }
    src.fallbackNames++;
    const first = group[0]!;
    if (group.length === 1) {
      return {
        name: first.properties.name,
        kind: level === 'verband' ? 'Einheitsgemeinde' : level === 'kreis' ? 'Kreisfreie Stadt' : undefined,
      };
    }
    const names = group.map((m) => m.properties.name);
    const label = names.length > 3 ? `${names.slice(0, 3).join(', ')} u. a.` : names.join(', ');
    if (level === 'verband') return { name: label, kind: 'Gemeindeverband' };
    return {
      name: `${level === 'kreis' ? 'Kreis' : 'Land'} ${key}`,
      kind: level === 'kreis' ? 'Kreis' : 'Land',
    };
  }
}
