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
import type { GeometryObject, Topology } from 'topojson-specification';
import { parseRegionKey } from '../region-key';
import type { RegionLevel } from '../feed/types';

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
  /** Draws feature `i` (path units) into a canvas-like path sink, e.g. a `Path2D`. */
  trace(i: number, ctx: PathSink): void;
  /** Draws the inner borders or the outline into a path sink. */
  traceBorders(kind: 'inner' | 'outline', ctx: PathSink): void;
  /** SVG `transform` that maps path units to km ('' when the paths are in km). */
  pathTransform: string;
  /** km per path unit in x and y (1 when the paths are in km). */
  unit: [number, number];
  /** Where path unit (0, 0) lies in km (the translation of `pathTransform`). */
  origin: [number, number];
  /** Bounding box of all features in km. */
  bbox: Box;
  /** Attribution required by the geometry's licence, from the topology's `bildung` member. */
  attribution?: string;
  attributionUrl?: string;
  /**
   * Gebietsstand of the boundaries (ISO date) from the topology's `bildung` member: region keys
   * of a feed with another date may not match (Gemeinde mergers).
   */
  territorialDate?: string;
  /** Features of the topology without a usable key or geometry (reported, not drawn). */
  skipped: string[];
}

/** The part of the canvas path API the geometry draws with (`Path2D`, `CanvasRenderingContext2D`). */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
}

/** Metadata `geo/build.ts` stores in every topology. */
export interface BildungTopologyMeta {
  units?: string;
  attribution?: string;
  attributionUrl?: string;
  /** Gebietsstand of the boundaries (ISO date), e.g. `2023-12-31`. */
  territorialDate?: string;
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
  const id = str(g.id);
  const parsed = id ? parseRegionKey(id) : null;
  if (parsed) return parsed.key;
  for (const p of KEY_PROPERTIES) {
    const c = str(g.properties?.[p]);
    const hit = c ? parseRegionKey(c) : null;
    if (hit) return hit.key;
  }
  return undefined;
}

/** The name of a topology geometry: the first non-empty name-like property. */
function featureName(props: Record<string, unknown>): string | undefined {
  for (const p of NAME_PROPERTIES) {
    const v = str(props[p]);
    if (v) return v;
  }
  return undefined;
}

const LAYER_ALIASES: Readonly<Record<string, readonly string[]>> = {
  gemeinde: ['gemeinde', 'gemeinden', 'municipalities', 'vg250_gem', 'VG250_GEM'],
  verband: ['verband', 'verbaende', 'verwaltungsgemeinschaften', 'vg250_vwg', 'VG250_VWG'],
  kreis: ['kreis', 'kreise', 'landkreise', 'districts', 'vg250_krs', 'VG250_KRS'],
  land: ['land', 'laender', 'länder', 'states', 'vg250_lan', 'VG250_LAN'],
};

/**
 * The object of `topology` that holds `level`: the object of that name, a common alias
 * (`gemeinden`, `kreise`, BKG's `vg250_gem` …), or the only object there is. Undefined otherwise.
 */
export function findLayer(topology: Topology, level: string): string | undefined {
  const objects = topology.objects ?? {};
  const names = Object.keys(objects);
  for (const candidate of [level, ...(LAYER_ALIASES[level] ?? [])]) {
    const hit =
      names.find((n) => n === candidate) ?? names.find((n) => n.toLowerCase() === candidate.toLowerCase());
    if (hit) return hit;
  }
  return names.length === 1 ? names[0] : undefined;
}

/**
 * Is the topology in longitude/latitude (not built by geo/build.ts)? Then `prepareGeometry` needs a
 * `project` function, e.g. `germanyProjection()` from `core/geo/projection` (loaded on demand by
 * the map, so the usual pre-projected case does not ship d3-geo).
 */
export function isLonLat(topology: Topology): boolean {
  const meta = (topology as unknown as { bildung?: BildungTopologyMeta }).bildung;
  if (meta?.units === 'km') return false;
  const b = topology.bbox;
  if (b && b.length >= 4) {
    const [x0, y0, x1, y1] = b as number[];
    return x0! >= -180 && x1! <= 180 && y0! >= -90 && y1! <= 90;
  }
  return false;
}

/**
 * Prepares the layer `object` of `topology` for drawing, keeping the features whose key passes
 * `include` (e.g. the Gemeinden of one Kreis); borders and outline are those of the kept features.
 * Throws a `TypeError` when the layer does not exist. Features without a key or geometry are
 * listed in `skipped`.
 *
 * Work is split so a first render pays only for what it draws: arcs are decoded once into one
 * typed array; path strings, per-feature boxes, label points and neighbours are computed on first
 * use (an SVG map needs strings, a canvas map traces arcs; hover and keyboard need boxes and
 * label points only when the user gets there).
 */
export function prepareGeometry(
  topology: Topology,
  object: string,
  include: (key: string) => boolean = () => true,
  project?: (lonLat: [number, number]) => [number, number] | null,
): MapGeometry {
  const layer = topology.objects?.[object] as (GeometryObject & { geometries?: Geom[] }) | undefined;
  if (!layer) throw new TypeError(`topology has no object "${object}"`);
  const all: Geom[] = layer.type === 'GeometryCollection' ? (layer.geometries ?? []) : [layer as Geom];
  const meta = (topology as unknown as { bildung?: BildungTopologyMeta }).bildung;
  const arcs = topology.arcs as number[][][];
  const tf = topology.transform;
  const lonLat = isLonLat(topology);
  const quantized = !!tf && !lonLat;
  const sx = tf ? tf.scale[0] : 1;
  const sy = tf ? tf.scale[1] : 1;
  const tx = tf ? tf.translate[0] : 0;
  const ty = tf ? tf.translate[1] : 0;
  if (lonLat && !project) throw new TypeError('a longitude/latitude topology needs a projection');

  /**
   * A feature whose path string and statistics are computed on first access (getters on the
   * prototype; steps 3–5).
   */
  class LazyFeature implements MapFeature {
    constructor(
      public index: number,
      public key: string,
      public name: string,
      public level: string,
      public parent?: string,
    ) {}
    get d(): string {
      let d = paths[this.index];
      if (d === undefined) {
        d = '';
        for (const ring of featureRings[this.index]!) {
          d += moveTo(ring[0]!);
          for (const a of ring) d += arcString(a);
          d += 'Z';
        }
        paths[this.index] = d;
      }
      return d;
    }
    get bbox(): Box {
      return (stats ??= computeStats())[this.index]!.bbox;
    }
    get center(): [number, number] {
      return (stats ??= computeStats())[this.index]!.center;
    }
    get area(): number {
      return (stats ??= computeStats())[this.index]!.area;
    }
    get neighbors(): number[] {
      return (neighbors ??= computeNeighbors())[this.index]!;
    }
  }

  // 1. Features: key, name, rings; which arcs they use.
  const features: MapFeature[] = [];
  const featureRings: number[][][] = [];
  const skipped: string[] = [];
  const owner = new Int32Array(arcs.length).fill(-1);
  const second = new Int32Array(arcs.length).fill(-1);
  for (let gi = 0; gi < all.length; gi++) {
    const g = all[gi]!;
    const key = featureKey(g);
    if (key && !include(key)) continue;
    const props = g.properties ?? {};
    const name = featureName(props) ?? key ?? '';
    const polygons: number[][][] =
      g.type === 'Polygon'
        ? [g.arcs as number[][]]
        : g.type === 'MultiPolygon'
          ? (g.arcs as number[][][])
          : [];
    if (!key || !polygons.length) {
      skipped.push(key ?? str(g.id) ?? (name || `#${gi}`));
      continue;
    }
    const fi = features.length;
    const rings: number[][] = [];
    for (const polygon of polygons) {
      for (const ring of polygon) {
        if (!ring.length) continue;
        rings.push(ring);
        for (const a of ring) {
          const i = a < 0 ? ~a : a;
          if (owner[i] === -1) owner[i] = fi;
          else if (owner[i] !== fi && second[i] === -1) second[i] = fi;
        }
      }
    }
    featureRings.push(rings);
    features.push(
      new LazyFeature(
        fi,
        key,
        name,
        str(props['level']) ?? parseRegionKey(key)?.level ?? object,
        str(props['parent']),
      ),
    );
  }

  // 2. Decode the used arcs into one typed array of path-unit coordinates (quantized integers, or
  //    km for other topologies), with the overall bounding box in km.
  const offset = new Int32Array(arcs.length + 1);
  for (let i = 0; i < arcs.length; i++) offset[i + 1] = offset[i]! + (owner[i] === -1 ? 0 : arcs[i]!.length);
  const coords = quantized
    ? new Int32Array(offset[arcs.length]! * 2)
    : new Float64Array(offset[arcs.length]! * 2);
  let bx0 = Infinity;
  let by0 = Infinity;
  let bx1 = -Infinity;
  let by1 = -Infinity;
  for (let i = 0; i < arcs.length; i++) {
    if (owner[i] === -1) continue;
    const arc = arcs[i]!;
    let o = offset[i]! * 2;
    let qx = 0;
    let qy = 0;
    for (let k = 0; k < arc.length; k++) {
      const p = arc[k]!;
      let x: number;
      let y: number;
      if (tf) {
        qx += p[0]!;
        qy += p[1]!;
        x = qx;
        y = qy;
      } else {
        x = p[0]!;
        y = p[1]!;
      }
      if (!quantized) {
        if (tf) {
          x = x * sx + tx;
          y = y * sy + ty;
        }
        if (lonLat && project) {
          const xy = project([x, y]);
          x = xy ? xy[0] : NaN;
          y = xy ? xy[1] : NaN;
        }
      }
      coords[o++] = x;
      coords[o++] = y;
      if (x < bx0) bx0 = x;
      if (x > bx1) bx1 = x;
      if (y < by0) by0 = y;
      if (y > by1) by1 = y;
    }
  }
  const kx = quantized ? sx : 1;
  const ky = quantized ? sy : 1;
  const ox = quantized ? tx : 0;
  const oy = quantized ? ty : 0;
  const bbox: Box = features.length
    ? [bx0 * kx + ox, by0 * ky + oy, bx1 * kx + ox, by1 * ky + oy]
    : [0, 0, 0, 0];

  // 3. Path strings, built on demand and shared per arc.
  const forward: (string | undefined)[] = new Array(arcs.length);
  const backward: (string | undefined)[] = new Array(arcs.length);
  const num = (v: number) => String(Math.round(v * 1000) / 1000); // (not quantized)
  function arcString(index: number): string {
    const reversed = index < 0;
    const i = reversed ? ~index : index;
    const cache = reversed ? backward : forward;
    const hit = cache[i];
    if (hit !== undefined) return hit;
    const start = offset[i]!;
    const n = offset[i + 1]! - start;
    let s = '';
    if (quantized) {
      // relative commands; a separator only before a non-negative number
      let first = true;
      for (let k = 1; k < n; k++) {
        const a = (start + (reversed ? n - 1 - k : k)) * 2;
        const b = (start + (reversed ? n - k : k - 1)) * 2;
        const dx = coords[a]! - coords[b]!;
        const dy = coords[a + 1]! - coords[b + 1]!;
        if (dx === 0 && dy === 0) continue;
        s += first ? `l${dx}` : dx < 0 ? `${dx}` : ` ${dx}`;
        s += dy < 0 ? `${dy}` : ` ${dy}`;
        first = false;
      }
    } else {
      for (let k = 1; k < n; k++) {
        const a = (start + (reversed ? n - 1 - k : k)) * 2;
        s += `L${num(coords[a]!)},${num(coords[a + 1]!)}`;
      }
    }
    cache[i] = s;
    return s;
  }
  function moveTo(index: number): string {
    const i = index < 0 ? ~index : index;
    const n = offset[i + 1]! - offset[i]!;
    const a = (offset[i]! + (index < 0 ? n - 1 : 0)) * 2;
    return quantized ? `M${coords[a]} ${coords[a + 1]}` : `M${num(coords[a]!)},${num(coords[a + 1]!)}`;
  }
  function traceArc(index: number, ctx: PathSink, move: boolean): void {
    const i = index < 0 ? ~index : index;
    const start = offset[i]!;
    const n = offset[i + 1]! - start;
    for (let k = move ? 0 : 1; k < n; k++) {
      const a = (start + (index < 0 ? n - 1 - k : k)) * 2;
      if (k === 0) ctx.moveTo(coords[a]!, coords[a + 1]!);
      else ctx.lineTo(coords[a]!, coords[a + 1]!);
    }
  }
  const borderString = (inner: boolean): string => {
    let out = '';
    for (let i = 0; i < arcs.length; i++) {
      if (owner[i] === -1 || (second[i] !== -1) !== inner) continue;
      out += moveTo(i) + arcString(i);
    }
    return out;
  };

  // 4. Per-feature statistics (km), all at once on first use: box, area and the area-weighted
  //    centroid of the largest ring, from the shared coordinates (plain loops: this runs over every
  //    vertex of the map when the first label point or box is asked for).
  let stats: FeatureStats[] | null = null;
  function computeStats(): FeatureStats[] {
    const out = featureRings.map((rings): FeatureStats => {
      let fx0 = Infinity;
      let fy0 = Infinity;
      let fx1 = -Infinity;
      let fy1 = -Infinity;
      let total = 0;
      let bestArea = -1;
      let center: [number, number] = [0, 0];
      for (const ring of rings) {
        // shoelace and centroid sums in path units relative to the ring's first point (precision)
        let a2 = 0;
        let cx = 0;
        let cy = 0;
        let x0 = NaN;
        let y0 = NaN;
        let px = 0;
        let py = 0;
        let first = true;
        let rx0 = Infinity;
        let ry0 = Infinity;
        let rx1 = -Infinity;
        let ry1 = -Infinity;
        for (let r = 0; r < ring.length; r++) {
          const index = ring[r]!;
          const reversed = index < 0;
          const i = reversed ? ~index : index;
          const start = offset[i]!;
          const n = offset[i + 1]! - start;
          for (let k = r === 0 ? 0 : 1; k < n; k++) {
            const a = (start + (reversed ? n - 1 - k : k)) * 2;
            const qx = coords[a]!;
            const qy = coords[a + 1]!;
            if (qx < rx0) rx0 = qx;
            if (qx > rx1) rx1 = qx;
            if (qy < ry0) ry0 = qy;
            if (qy > ry1) ry1 = qy;
            if (first) {
              x0 = qx;
              y0 = qy;
              first = false;
            } else {
              const x = qx - x0;
              const y = qy - y0;
              const cross = px * y - x * py;
              a2 += cross;
              cx += (px + x) * cross;
              cy += (py + y) * cross;
              px = x;
              py = y;
            }
          }
        }
        if (first) continue;
        // (the closing edge back to the first point adds nothing: it ends at the origin)
        const area = (a2 / 2) * kx * ky;
        total += area;
        const bx0 = rx0 * kx + ox;
        const by0 = ry0 * ky + oy;
        const bx1 = rx1 * kx + ox;
        const by1 = ry1 * ky + oy;
        if (bx0 < fx0) fx0 = bx0;
        if (by0 < fy0) fy0 = by0;
        if (bx1 > fx1) fx1 = bx1;
        if (by1 > fy1) fy1 = by1;
        if (Math.abs(area) > bestArea) {
          bestArea = Math.abs(area);
          center =
            a2 !== 0
              ? [(x0 + cx / (3 * a2)) * kx + ox, (y0 + cy / (3 * a2)) * ky + oy]
              : [(bx0 + bx1) / 2, (by0 + by1) / 2];
        }
      }
      return { bbox: [fx0, fy0, fx1, fy1], center, area: Math.abs(total) };
    });
    return out;
  }

  // 5. Neighbours (features sharing an arc), on first use (keyboard navigation).
  let neighbors: number[][] | null = null;
  function computeNeighbors(): number[][] {
    const sets = features.map(() => new Set<number>());
    for (let i = 0; i < arcs.length; i++) {
      if (owner[i] === -1 || second[i] === -1) continue;
      sets[owner[i]!]!.add(second[i]!);
      sets[second[i]!]!.add(owner[i]!);
    }
    return sets.map((set) => [...set].sort((a, b) => a - b));
  }

  const paths: (string | undefined)[] = new Array(features.length);

  let innerBorders: string | undefined;
  let outline: string | undefined;
  return {
    object,
    features,
    get innerBorders(): string {
      return (innerBorders ??= borderString(true));
    },
    get outline(): string {
      return (outline ??= borderString(false));
    },
    trace(i: number, ctx: PathSink): void {
      for (const ring of featureRings[i] ?? []) {
        for (let r = 0; r < ring.length; r++) traceArc(ring[r]!, ctx, r === 0);
        ctx.closePath();
      }
    },
    traceBorders(kind: 'inner' | 'outline', ctx: PathSink): void {
      for (let i = 0; i < arcs.length; i++) {
        if (owner[i] === -1 || (second[i] !== -1) !== (kind === 'inner')) continue;
        traceArc(i, ctx, true);
      }
    },
    pathTransform: quantized ? `translate(${ox} ${oy}) scale(${kx} ${ky})` : '',
    unit: [kx, ky],
    origin: [ox, oy],
    bbox,
    attribution: meta?.attribution,
    attributionUrl: meta?.attributionUrl,
    territorialDate:
      typeof meta?.territorialDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(meta.territorialDate)
        ? meta.territorialDate
        : undefined,
    skipped,
  };
}

interface FeatureStats {
  bbox: Box;
  center: [number, number];
  area: number;
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
