/**
 * Planar topology helpers for the geometry build: decode, project, merge, simplify per output,
 * quantize and prune. Works on a small internal model (absolute coordinates, polygons as lists of
 * rings of arc indices) and calls topojson-client / topojson-simplify at the edges.
 */
import type { GeoProjection } from 'd3-geo';
import { mergeArcs, quantize } from 'topojson-client';
import { presimplify } from 'topojson-simplify';
import type * as TopoJSON from 'topojson-specification';

export type Point = [number, number];
/** A presimplified point: x, y and its Visvalingam weight (effective triangle area, km²). */
export type WeightedPoint = [number, number, number];
/** A ring is a list of arc indices (negative = reversed, `~i`). */
export type Ring = number[];
/** A polygon is an exterior ring followed by its holes. */
export type Polygon = Ring[];

export interface FeatureProps {
  name: string;
  level: string;
  parent: string;
  kind?: string;
  verband?: string;
  ars?: string;
  ewz?: number;
}

/** An area feature of one level: official key, properties and its polygons (arc references). */
export interface AreaFeature {
  id: string;
  properties: FeatureProps;
  polygons: Polygon[];
}

export type BBox = [number, number, number, number];

/** Absolute coordinates of every arc, undoing the delta encoding and transform of a topology. */
export function decodeArcs(topology: TopoJSON.Topology): Point[][] {
  const t = topology.transform;
  if (!t) return topology.arcs.map((arc) => arc.map((p) => [p[0]!, p[1]!] as Point));
  const [sx, sy] = t.scale;
  const [tx, ty] = t.translate;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      x += p[0]!;
      y += p[1]!;
      return [x * sx + tx, y * sy + ty] as Point;
    });
  });
}

/**
 * Projects every arc point (lon/lat → km) and drops consecutive duplicates that projection might
 * create. Arc endpoints are kept, so shared borders stay exactly shared.
 */
export function projectArcs(arcs: Point[][], projection: GeoProjection): Point[][] {
  return arcs.map((arc) => {
    const out: Point[] = [];
    for (const p of arc) {
      const q = projection(p);
      if (!q || !Number.isFinite(q[0]) || !Number.isFinite(q[1])) {
        throw new Error(`Cannot project point ${p[0]}, ${p[1]}`);
      }
      const last = out[out.length - 1];
      if (last && last[0] === q[0] && last[1] === q[1]) continue;
      out.push([q[0], q[1]]);
    }
    if (out.length === 1) out.push([out[0]![0], out[0]![1]]);
    return out;
  });
}

/** Polygons (arc references) of a Polygon or MultiPolygon TopoJSON geometry; [] for anything else. */
export function geometryPolygons(geometry: TopoJSON.GeometryObject<GeoJSON.GeoJsonProperties>): Polygon[] {
  if (geometry.type === 'Polygon') return [geometry.arcs];
  if (geometry.type === 'MultiPolygon') return geometry.arcs;
  return [];
}

/** Merges features into one set of polygons along shared arcs (topojson-client `mergeArcs`). */
export function mergePolygons(arcs: Point[][], members: readonly AreaFeature[]): Polygon[] {
  const topology = { type: 'Topology', objects: {}, arcs } as unknown as Parameters<typeof mergeArcs>[0];
  const objects = members.map((m) => ({ type: 'MultiPolygon', arcs: m.polygons }) as TopoJSON.MultiPolygon);
  return mergeArcs(topology, objects).arcs;
}

/** Visvalingam weights for every point (topojson-simplify `presimplify`, planar triangle area). */
export function presimplifyArcs(arcs: Point[][]): WeightedPoint[][] {
  const topology = { type: 'Topology', objects: {}, arcs } as unknown as Parameters<typeof presimplify>[0];
  return presimplify(topology).arcs as unknown as WeightedPoint[][];
}

function arcIndex(a: number): number {
  return a < 0 ? ~a : a;
}

/** Coordinates of a ring from absolute arcs (without repeating the shared arc endpoints). */
export function ringPoints(ring: Ring, arcs: readonly (readonly (readonly number[])[])[]): Point[] {
  const out: Point[] = [];
  for (const a of ring) {
    const arc = arcs[arcIndex(a)]!;
    const n = arc.length;
    for (let i = 0; i < n - 1; i++) {
      const p = a < 0 ? arc[n - 1 - i]! : arc[i]!;
      out.push([p[0]!, p[1]!]);
    }
  }
  return out;
}

/** Signed planar ring area (shoelace). */
export function ringArea(points: readonly Point[]): number {
  let s = 0;
  const n = points.length;
  for (let i = 0; i < n; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % n]!;
    s += a[0] * b[1] - a[1] * b[0];
  }
  return s / 2;
}

/** Arc-set signature of a ring: the same ring used as exterior, hole or merged part has one signature. */
function ringSignature(ring: Ring): string {
  return ring
    .map(arcIndex)
    .sort((x, y) => x - y)
    .join(',');
}

export function bboxOfArcs(arcs: Iterable<readonly (readonly number[])[]>): BBox {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const arc of arcs) {
    for (const p of arc) {
      const x = p[0]!;
      const y = p[1]!;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  return [x0, y0, x1, y1];
}

export interface SimplifyOptions {
  /** Points with a weight below this (km²) are removed. */
  minWeight: number;
  /** Rings with a final area below this (km²) are removed unless they are a feature's main ring. */
  dropArea: number;
  /**
   * Every main ring keeps between this share and its inverse of its full-detail area (default: no
   * check): removed points are put back, largest weight first, until it does.
   */
  keepAreaRatio?: number;
  /** Quantization: number of grid steps across the output's bounding box. */
  quantization: number;
}

export interface QuantizedTopology {
  bbox: BBox;
  transform: { scale: [number, number]; translate: [number, number] };
  /** Level → features with rewritten arc references. */
  objects: Record<string, AreaFeature[]>;
  /** Delta-encoded integer arcs. */
  arcs: number[][][];
  droppedRings: number;
}

/**
 * Builds one output topology from features that reference the shared presimplified arcs:
 * simplify to `minWeight` while keeping every feature's main ring (largest exterior) at ≥ 3
 * vertices and, with `keepAreaRatio`, close to its full-detail area; prune unused arcs, quantize,
 * drop rings that became smaller than `dropArea` (never a main ring), prune again. Points are only
 * ever removed from or put back on shared arcs, so neighbours keep identical borders.
 * Deterministic.
 */
export function buildOutputTopology(
  weighted: readonly WeightedPoint[][],
  objects: Record<string, readonly AreaFeature[]>,
  opts: SimplifyOptions,
): QuantizedTopology {
  const all = Object.values(objects).flat();

  // Main ring of every feature (largest exterior ring at full detail); protected from vanishing.
  const protectedRings = new Set<string>();
  const mainRings: { ring: Ring; area: number }[] = [];
  for (const f of all) {
    let best: Ring | undefined;
    let bestArea = -1;
    for (const polygon of f.polygons) {
      const ring = polygon[0];
      if (!ring) continue;
      const area = Math.abs(ringArea(ringPoints(ring, weighted)));
      if (area > bestArea) {
        bestArea = area;
        best = ring;
      }
    }
    if (!best) throw new Error(`Feature ${f.id} (${f.properties.level}) has no polygon.`);
    mainRings.push({ ring: best, area: bestArea });
    protectedRings.add(ringSignature(best));
  }

  // Points kept per arc: weight ≥ minWeight (endpoints are Infinity) plus protected extras.
  const extra = new Map<number, Set<number>>();
  const keep = (a: number, i: number): boolean =>
    weighted[a]![i]![2] >= opts.minWeight || (extra.get(a)?.has(i) ?? false);
  const putBack = (a: number, i: number): void => {
    let set = extra.get(a);
    if (!set) extra.set(a, (set = new Set()));
    set.add(i);
  };
  /** The kept points of a ring (in ring order) and the removed ones, largest weight first. */
  const keptRing = (ring: Ring): { points: Point[]; removed: [number, number, number][] } => {
    const points: Point[] = [];
    const removed: [number, number, number][] = [];
    for (const signed of ring) {
      const a = arcIndex(signed);
      const arc = weighted[a]!;
      const n = arc.length;
      for (let k = 0; k < n - 1; k++) {
        const i = signed < 0 ? n - 1 - k : k;
        if (keep(a, i)) points.push([arc[i]![0], arc[i]![1]]);
        else removed.push([arc[i]![2], a, i]);
      }
    }
    removed.sort((p, q) => q[0] - p[0] || p[1] - q[1] || p[2] - q[2]);
    return { points, removed };
  };
  const ratio = opts.keepAreaRatio;
  for (const { ring, area } of mainRings) {
    let { points, removed } = keptRing(ring);
    // at least a triangle
    for (const [, a, i] of removed.slice(0, Math.max(0, 3 - points.length))) putBack(a, i);
    if (ratio === undefined || !(area > 0)) continue;
    // and about its area: put points back, largest weight first, until the area is within bounds
    for (;;) {
      ({ points, removed } = keptRing(ring));
      const r = Math.abs(ringArea(points)) / area;
      if ((r >= ratio && r <= 1 / ratio) || removed.length === 0) break;
      const [, a, i] = removed[0]!;
      putBack(a, i);
    }
  }

  // Simplified, pruned arcs (absolute coordinates).
  const simplified = new Map<number, Point[]>();
  const usedOrder: number[] = [];
  for (const f of all) {
    for (const polygon of f.polygons) {
      for (const ring of polygon) {
        for (const signed of ring) {
          const a = arcIndex(signed);
          if (simplified.has(a)) continue;
          const arc = weighted[a]!;
          const out: Point[] = [];
          for (let i = 0; i < arc.length; i++) if (keep(a, i)) out.push([arc[i]![0], arc[i]![1]]);
          simplified.set(a, out);
          usedOrder.push(a);
        }
      }
    }
  }
  usedOrder.sort((x, y) => x - y);
  const remap = new Map<number, number>();
  usedOrder.forEach((a, i) => remap.set(a, i));
  const arcs = usedOrder.map((a) => simplified.get(a)!);
  const bbox = bboxOfArcs(arcs);
  const reindex = (ring: Ring, map: Map<number, number>): Ring =>
    ring.map((s) => (s < 0 ? ~map.get(~s)! : map.get(s)!));

  // Quantize (topojson-client: delta-encoded integers, coincident points removed).
  const q = quantize(
    { type: 'Topology', bbox, objects: {}, arcs } as unknown as Parameters<typeof quantize>[0],
    opts.quantization,
  );
  const qArcs = q.arcs as number[][][];
  const transform = q.transform as QuantizedTopology['transform'];
  const [sx, sy] = transform.scale;
  const absolute = qArcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      x += p[0]!;
      y += p[1]!;
      return [x, y] as Point;
    });
  });
  const areaKm2 = (ring: Ring): number => Math.abs(ringArea(ringPoints(ring, absolute))) * sx * sy;

  // Drop rings that ended up below dropArea, unless they are (or coincide with) a main ring.
  let droppedRings = 0;
  const protectedNew = new Set(
    [...protectedRings].map((sig) =>
      sig
        .split(',')
        .map((s) => remap.get(+s)!)
        .join(','),
    ),
  );
  const outObjects: Record<string, AreaFeature[]> = {};
  for (const [level, features] of Object.entries(objects)) {
    outObjects[level] = features.map((f) => {
      const polygons: Polygon[] = [];
      for (const polygon of f.polygons) {
        const rings = polygon.map((r) => reindex(r, remap));
        const kept = rings.filter((r) => {
          if (protectedNew.has(ringSignature(r))) return true;
          const small = areaKm2(r) < opts.dropArea;
          if (small) droppedRings++;
          return !small;
        });
        if (kept[0] !== rings[0]) {
          droppedRings += kept.length;
          continue; // exterior ring gone: the whole polygon goes
        }
        polygons.push(kept);
      }
      const main = polygons.reduce((m, p) => Math.max(m, areaKm2(p[0]!)), 0);
      if (!(main > 0)) {
        throw new Error(
          `Feature ${f.id} (${level}) collapsed during simplification/quantization; raise "quantization".`,
        );
      }
      return { id: f.id, properties: f.properties, polygons };
    });
  }

  // Prune arcs no longer referenced, keep delta encoding (arcs are independent).
  const used = new Set<number>();
  for (const features of Object.values(outObjects)) {
    for (const f of features)
      for (const p of f.polygons) for (const r of p) for (const s of r) used.add(arcIndex(s));
  }
  const finalOrder = [...used].sort((x, y) => x - y);
  const remap2 = new Map<number, number>();
  finalOrder.forEach((a, i) => remap2.set(a, i));
  for (const features of Object.values(outObjects)) {
    for (const f of features) f.polygons = f.polygons.map((p) => p.map((r) => reindex(r, remap2)));
  }
  const finalArcs = finalOrder.map((a) => qArcs[a]!);
  const qb = bboxOfArcs(finalOrder.map((a) => absolute[a]!));
  const [tx, ty] = transform.translate;
  return {
    bbox: [qb[0] * sx + tx, qb[1] * sy + ty, qb[2] * sx + tx, qb[3] * sy + ty],
    transform,
    objects: outObjects,
    arcs: finalArcs,
    droppedRings,
  };
}
