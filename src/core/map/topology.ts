/**
 * Turns a TopoJSON topology into what a choropleth draws: one SVG path string per region, the
 * shared borders as one mesh, and per region a bounding box, a label point and its neighbours.
 *
 * Fast path (geometry from `geo/build.ts`): coordinates are already projected (km, y down) and
 * quantized, so a region's path is its arcs' delta-encoded integers written as relative `l`
 * commands — no projection, no floating point, and each arc's string is built once and shared by
 * the two regions it separates. The caller draws the paths in a group with `pathTransform` (the
 * topology's quantization transform) inside an SVG whose viewBox is in km, so resizing or zooming
 * to another Kreis changes only the viewBox; path strings are computed once per geometry.
 *
 * Other topologies (e.g. a user's own TopoJSON in longitude/latitude) are projected vertex by
 * vertex with the same Germany projection and written as absolute coordinates in km.
 */
import { meshArcs, neighbors } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { parseRegionKey } from '../ags';
import type { RegionLevel } from '../feed/types';
import { germanyProjection } from '../geo/projection';

/** [minX, minY, maxX, maxY] in km (x east, y south). */
export type Box = [number, number, number, number];

export interface MapFeature {
  /** Official key (AGS/ARS normalised: a 12-digit Gemeinde ARS becomes the 8-digit AGS). */
  key: string;
  name: string;
  level: RegionLevel | string;
  parent?: string;
  /** SVG path data in path units (see `MapGeometry.pathTransform`). */
  d: string;
  /** Bounding box in km. */
  bbox: Box;
  /** Label / keyboard-navigation point in km: centre of the largest ring's bounding box, area-weighted. */
  center: [number, number];
  /** Area in km² (planar, projected). */
  area: number;
  /** Indexes of neighbouring features (sharing a border) in `MapGeometry.features`. */
  neighbors: number[];
}

export interface MapGeometry {
  /** The object (layer) used, e.g. `gemeinde`. */
  object: string;
  features: MapFeature[];
  /** Borders between two features of the layer (path units). */
  innerBorders: string;
  /** Outline of the layer (path units). */
  outline: string;
  /** SVG `transform` that maps path units to km ('' when the paths are in km). */
  pathTransform: string;
  /** km per path unit in x and y (1 when the paths are in km). */
  unit: [number, number];
  /** Bounding box of all features in km. */
  bbox: Box;
  /** Attribution required by the geometry's licence, from the topology's `bildung` member. */
  attribution?: string;
  attributionUrl?: string;
  /** Features of the topology without a usable key or geometry (reported, not drawn). */
  skipped: string[];
  /** Milliseconds spent (for the benchmark). */
  ms: number;
}

/** Metadata `geo/build.ts` stores in every topology. */
export interface BildungTopologyMeta {
  units?: string;
  attribution?: string;
  attributionUrl?: string;
  area?: { key: string; name: string; level: string };
}

type Props = Record<string, unknown> | null;
type Geom = GeometryObject<Props> & { arcs?: unknown; id?: string | number; properties?: Props };

const KEY_PROPERTIES = ['key', 'ags', 'AGS', 'ars', 'ARS', 'id', 'ID'];
const NAME_PROPERTIES = ['name', 'GEN', 'gen', 'NAME'];

function str(v: unknown): string | undefined {
  if (typeof v === 'string' && v) return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/** The official key of a topology geometry: its `id`, else a key-like property. */
export function featureKey(g: { id?: string | number; properties?: Props }): string | undefined {
  const candidates = [str(g.id), ...KEY_PROPERTIES.map((p) => str(g.properties?.[p]))];
  for (const c of candidates) {
    if (!c) continue;
    const parsed = parseRegionKey(c);
    if (parsed) return parsed.key;
  }
  return undefined;
}

/** Names of the objects (layers) of a topology, e.g. `['gemeinde', 'verband', 'kreis', 'land']`. */
export function topologyLayers(topology: Topology): string[] {
  return Object.keys(topology.objects ?? {});
}

function isLonLat(topology: Topology): boolean {
  const meta = (topology as unknown as { bildung?: BildungTopologyMeta }).bildung;
  if (meta?.units === 'km') return false;
  const b = topology.bbox;
  if (b && b.length >= 4) {
    const [x0, y0, x1, y1] = b as number[];
    return x0! >= -180 && x1! <= 180 && y0! >= -90 && y1! <= 90;
  }
  return false;
}

/** Writes a ring or polygon list as path commands, collecting bbox, area and centroid. */
class PathWriter {
  parts: string[] = [];
  x0 = Infinity;
  y0 = Infinity;
  x1 = -Infinity;
  y1 = -Infinity;
  // largest ring, for the label point
  bestArea = -1;
  bestCenter: [number, number] = [0, 0];
  area = 0;

  ring(points: Float64Array): void {
    // points: x0,y0,x1,y1,… absolute, in km
    let a = 0;
    let cx = 0;
    let cy = 0;
    let rx0 = Infinity;
    let ry0 = Infinity;
    let rx1 = -Infinity;
    let ry1 = -Infinity;
    const n = points.length;
    for (let i = 0; i < n; i += 2) {
      const x = points[i]!;
      const y = points[i + 1]!;
      if (x < rx0) rx0 = x;
      if (x > rx1) rx1 = x;
      if (y < ry0) ry0 = y;
      if (y > ry1) ry1 = y;
      const j = i + 2 < n ? i + 2 : 0;
      const xj = points[j]!;
      const yj = points[j + 1]!;
      const cross = x * yj - xj * y;
      a += cross;
      cx += (x + xj) * cross;
      cy += (y + yj) * cross;
    }
    if (rx0 < this.x0) this.x0 = rx0;
    if (ry0 < this.y0) this.y0 = ry0;
    if (rx1 > this.x1) this.x1 = rx1;
    if (ry1 > this.y1) this.y1 = ry1;
    const area = Math.abs(a / 2);
    this.area += a / 2;
    if (area > this.bestArea) {
      this.bestArea = area;
      this.bestCenter = a !== 0 ? [cx / (3 * a), cy / (3 * a)] : [(rx0 + rx1) / 2, (ry0 + ry1) / 2];
    }
  }
}

/**
 * Prepares the layer `object` of `topology` for drawing, keeping the features whose key passes
 * `include` (e.g. the Gemeinden of one Kreis); borders and outline are those of the kept features.
 * Throws a `TypeError` when the layer does not exist. Features without a key or geometry are
 * listed in `skipped`.
 */
export function prepareGeometry(
  topology: Topology,
  object: string,
  include: (key: string) => boolean = () => true,
): MapGeometry {
  const t0 = now();
  const layer = topology.objects?.[object] as (GeometryObject & { geometries?: Geom[] }) | undefined;
  if (!layer) throw new TypeError(`topology has no object "${object}"`);
  const all: Geom[] = layer.type === 'GeometryCollection' ? (layer.geometries ?? []) : [layer as Geom];
  const geometries = all.filter((g) => {
    const key = featureKey(g);
    return !key || include(key);
  });
  const kept = { type: 'GeometryCollection', geometries } as unknown as GeometryObject;
  const meta = (topology as unknown as { bildung?: BildungTopologyMeta }).bildung;
  const arcs = topology.arcs as number[][][];
  const tf = topology.transform;
  const lonLat = isLonLat(topology);
  const quantized = !!tf && !lonLat;
  const sx = tf ? tf.scale[0] : 1;
  const sy = tf ? tf.scale[1] : 1;
  const tx = tf ? tf.translate[0] : 0;
  const ty = tf ? tf.translate[1] : 0;
  const project = lonLat ? germanyProjection() : null;

  // Absolute coordinates (km) of every arc, and for the quantized case the integer start point.
  const arcPoints: Float64Array[] = new Array(arcs.length);
  const arcStart: Int32Array = new Int32Array(arcs.length * 4); // qx0,qy0,qxN,qyN (quantized only)
  for (let i = 0; i < arcs.length; i++) {
    const arc = arcs[i]!;
    const pts = new Float64Array(arc.length * 2);
    let qx = 0;
    let qy = 0;
    for (let k = 0; k < arc.length; k++) {
      const p = arc[k]!;
      let x: number;
      let y: number;
      if (tf) {
        qx += p[0]!;
        qy += p[1]!;
        x = qx * sx + tx;
        y = qy * sy + ty;
      } else {
        x = p[0]!;
        y = p[1]!;
      }
      if (project) {
        const xy = project([x, y]);
        x = xy ? xy[0] : NaN;
        y = xy ? xy[1] : NaN;
      }
      pts[2 * k] = x;
      pts[2 * k + 1] = y;
      if (k === 0) {
        arcStart[4 * i] = qx;
        arcStart[4 * i + 1] = qy;
      }
    }
    arcStart[4 * i + 2] = qx;
    arcStart[4 * i + 3] = qy;
    arcPoints[i] = pts;
  }

  // Path strings per arc (without the first point), built lazily and shared.
  const forward: (string | undefined)[] = new Array(arcs.length);
  const backward: (string | undefined)[] = new Array(arcs.length);
  const r3 = (v: number) => Math.round(v * 1000) / 1000;
  function arcString(index: number): string {
    const reversed = index < 0;
    const i = reversed ? ~index : index;
    const cache = reversed ? backward : forward;
    const hit = cache[i];
    if (hit !== undefined) return hit;
    const arc = arcs[i]!;
    let s = '';
    if (quantized) {
      const parts: number[] = [];
      if (!reversed) {
        for (let k = 1; k < arc.length; k++) {
          const p = arc[k]!;
          if (p[0] !== 0 || p[1] !== 0) parts.push(p[0]!, p[1]!);
        }
      } else {
        for (let k = arc.length - 1; k >= 1; k--) {
          const p = arc[k]!;
          if (p[0] !== 0 || p[1] !== 0) parts.push(-p[0]!, -p[1]!);
        }
      }
      s = parts.length ? 'l' + parts.join(' ').replace(/ -/g, '-') : '';
    } else {
      const pts = arcPoints[i]!;
      const n = pts.length / 2;
      const out: string[] = [];
      for (let k = 1; k < n; k++) {
        const idx = reversed ? n - 1 - k : k;
        out.push(`${r3(pts[2 * idx]!)},${r3(pts[2 * idx + 1]!)}`);
      }
      s = out.length ? 'L' + out.join('L') : '';
    }
    cache[i] = s;
    return s;
  }
  function ringStart(index: number): string {
    const reversed = index < 0;
    const i = reversed ? ~index : index;
    if (quantized) return `M${arcStart[4 * i + (reversed ? 2 : 0)]} ${arcStart[4 * i + (reversed ? 3 : 1)]}`;
    const pts = arcPoints[i]!;
    const k = reversed ? pts.length / 2 - 1 : 0;
    return `M${r3(pts[2 * k]!)},${r3(pts[2 * k + 1]!)}`;
  }
  function ringPoints(ring: number[]): Float64Array {
    let total = 0;
    for (const a of ring) total += arcPoints[a < 0 ? ~a : a]!.length;
    const out = new Float64Array(total);
    let o = 0;
    ring.forEach((a, r) => {
      const pts = arcPoints[a < 0 ? ~a : a]!;
      const n = pts.length / 2;
      for (let k = r === 0 ? 0 : 1; k < n; k++) {
        const idx = a < 0 ? n - 1 - k : k;
        out[o++] = pts[2 * idx]!;
        out[o++] = pts[2 * idx + 1]!;
      }
    });
    return out.subarray(0, o);
  }

  const features: MapFeature[] = [];
  const geomIndex: number[] = []; // feature index → geometry index (for neighbours)
  const skipped: string[] = [];
  geometries.forEach((g, gi) => {
    const key = featureKey(g);
    const name = str(NAME_PROPERTIES.map((p) => g.properties?.[p]).find((v) => str(v))) ?? key ?? '';
    let polygons: number[][][] = [];
    if (g.type === 'Polygon') polygons = [g.arcs as number[][]];
    else if (g.type === 'MultiPolygon') polygons = g.arcs as number[][][];
    if (!key || !polygons.length) {
      skipped.push(key ?? str(g.id) ?? name ?? `#${gi}`);
      return;
    }
    const w = new PathWriter();
    for (const polygon of polygons) {
      for (const ring of polygon) {
        if (!ring.length) continue;
        let s = ringStart(ring[0]!);
        for (const a of ring) s += arcString(a);
        w.parts.push(s + 'Z');
        w.ring(ringPoints(ring));
      }
    }
    const props = g.properties ?? {};
    features.push({
      key,
      name,
      level: str(props['level']) ?? parseRegionKey(key)?.level ?? object,
      parent: str(props['parent']),
      d: w.parts.join(''),
      bbox: [w.x0, w.y0, w.x1, w.y1],
      center: w.bestCenter,
      area: Math.abs(w.area),
      neighbors: [],
    });
    geomIndex.push(gi);
  });

  // Neighbours (shared arcs), mapped from geometry to feature indexes.
  const featureOf = new Map<number, number>();
  geomIndex.forEach((gi, fi) => featureOf.set(gi, fi));
  const adjacency = neighbors(geometries as Parameters<typeof neighbors>[0]);
  geomIndex.forEach((gi, fi) => {
    features[fi]!.neighbors = (adjacency[gi] ?? [])
      .map((n) => featureOf.get(n))
      .filter((n): n is number => n !== undefined);
  });

  const meshString = (filter: (a: GeometryObject, b: GeometryObject) => boolean): string => {
    const ml = meshArcs(topology, kept, filter) as unknown as { arcs: number[][] };
    let s = '';
    for (const line of ml.arcs) {
      if (!line.length) continue;
      s += ringStart(line[0]!);
      for (const a of line) s += arcString(a);
    }
    return s;
  };

  let bbox: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features) bbox = unionBox(bbox, f.bbox);
  return {
    object,
    features,
    innerBorders: meshString((a, b) => a !== b),
    outline: meshString((a, b) => a === b),
    pathTransform: quantized ? `translate(${tx} ${ty}) scale(${sx} ${sy})` : '',
    unit: quantized ? [sx, sy] : [1, 1],
    bbox,
    attribution: meta?.attribution,
    attributionUrl: meta?.attributionUrl,
    skipped,
    ms: now() - t0,
  };
}

export function unionBox(a: Box, b: Box): Box {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

/**
 * The viewBox (x, y, width, height in km) that shows `box` in a `width` × `height` pixel area with
 * `padding` pixels around it, centred; the returned `height` in pixels fits the box's aspect when
 * `height` is not given.
 */
export function fitBox(
  box: Box,
  width: number,
  height?: number,
  padding = 4,
): { viewBox: [number, number, number, number]; height: number; kmPerPx: number } {
  const bw = Math.max(box[2] - box[0], 1e-9);
  const bh = Math.max(box[3] - box[1], 1e-9);
  const innerW = Math.max(width - 2 * padding, 1);
  const h = height ?? Math.round((innerW * bh) / bw + 2 * padding);
  const innerH = Math.max(h - 2 * padding, 1);
  const kmPerPx = Math.max(bw / innerW, bh / innerH);
  const vw = width * kmPerPx;
  const vh = h * kmPerPx;
  const cx = (box[0] + box[2]) / 2;
  const cy = (box[1] + box[3]) / 2;
  return { viewBox: [cx - vw / 2, cy - vh / 2, vw, vh], height: h, kmPerPx };
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
