import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { germanyProjection } from '../../src/core/geo/projection';
import { findLayer, fitBox, featureKey, prepareGeometry } from '../../src/core/map/topology';

const root = resolve(import.meta.dirname, '../..');
const load = (file: string) =>
  JSON.parse(readFileSync(resolve(root, 'generated/geo', file), 'utf8')) as Topology;

/** A 2×1 grid of unit squares sharing one arc, quantized (delta-encoded) like geo/build.ts writes. */
function grid(): Topology {
  return {
    type: 'Topology',
    transform: { scale: [0.5, 0.5], translate: [100, 200] },
    bildung: { units: 'km', attribution: '© Test' },
    objects: {
      gemeinde: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', id: '03453001', properties: { name: 'West' }, arcs: [[0, 1]] },
          { type: 'Polygon', id: '03453002', properties: { name: 'Ost' }, arcs: [[~0, 2]] },
        ],
      },
    },
    arcs: [
      [
        [2, 0],
        [0, 2],
      ], // shared border x=2 from y=0 to y=2 (quantized)
      [
        [2, 2],
        [-2, 0],
        [0, -2],
        [2, 0],
      ], // west square's other sides
      [
        [2, 0],
        [2, 0],
        [0, 2],
        [-2, 0],
      ], // east square's other sides
    ],
  } as unknown as Topology;
}

describe('prepareGeometry', () => {
  it('writes quantized arcs as relative path commands shared by both neighbours', () => {
    const g = prepareGeometry(grid(), 'gemeinde');
    expect(g.features.map((f) => f.key)).toEqual(['03453001', '03453002']);
    expect(g.features[0]!.d).toBe('M2 0l0 2l-2 0 0-2 2 0Z');
    expect(g.features[1]!.d).toBe('M2 2l0-2l2 0 0 2-2 0Z');
    expect(g.pathTransform).toBe('translate(100 200) scale(0.5 0.5)');
    expect(g.unit).toEqual([0.5, 0.5]);
    expect(g.origin).toEqual([100, 200]);
    expect(g.attribution).toBe('© Test');
  });

  it('computes boxes, areas and label points in km, and neighbours', () => {
    const g = prepareGeometry(grid(), 'gemeinde');
    expect(g.features[0]!.bbox).toEqual([100, 200, 101, 201]);
    expect(g.features[1]!.bbox).toEqual([101, 200, 102, 201]);
    expect(g.features[0]!.area).toBeCloseTo(1, 10);
    expect(g.features[0]!.center[0]).toBeCloseTo(100.5, 10);
    expect(g.features[0]!.center[1]).toBeCloseTo(200.5, 10);
    expect(g.features[0]!.neighbors).toEqual([1]);
    expect(g.bbox).toEqual([100, 200, 102, 201]);
  });

  it('separates the inner border from the outline', () => {
    const g = prepareGeometry(grid(), 'gemeinde');
    expect(g.innerBorders).toBe('M2 0l0 2');
    expect(g.outline).toContain('M2 2l-2 0 0-2 2 0');
    expect(g.outline).not.toContain('l0 2M');
  });

  it('keeps only the features `include` accepts, with their own outline', () => {
    const g = prepareGeometry(grid(), 'gemeinde', (k) => k === '03453002');
    expect(g.features.map((f) => f.key)).toEqual(['03453002']);
    expect(g.innerBorders).toBe('');
    expect(g.outline).toContain('M2 0l0 2'); // the formerly shared border is now outline
  });

  it('projects a longitude/latitude topology without transform and writes absolute km', () => {
    const topo = {
      type: 'Topology',
      bbox: [8, 52, 8.2, 52.1],
      objects: {
        x: {
          type: 'GeometryCollection',
          geometries: [{ type: 'Polygon', properties: { AGS: '03453004', GEN: 'Cloppenburg' }, arcs: [[0]] }],
        },
      },
      arcs: [
        [
          [8, 52],
          [8.2, 52],
          [8.2, 52.1],
          [8, 52.1],
          [8, 52],
        ],
      ],
    } as unknown as Topology;
    expect(() => prepareGeometry(topo, 'x')).toThrow(/projection/);
    const g = prepareGeometry(topo, 'x', undefined, germanyProjection());
    expect(g.features[0]!.key).toBe('03453004');
    expect(g.features[0]!.name).toBe('Cloppenburg');
    expect(g.pathTransform).toBe('');
    expect(g.origin).toEqual([0, 0]);
    expect(g.features[0]!.d).toMatch(/^M-?\d+(\.\d+)?,-?\d+(\.\d+)?L/);
    // 0.2° of longitude at 52° N ≈ 13.7 km, 0.1° of latitude ≈ 11.1 km (the box grows a little
    // because meridians converge west of the central meridian)
    const [x0, y0, x1, y1] = g.features[0]!.bbox;
    expect(x1 - x0).toBeGreaterThan(13.6);
    expect(x1 - x0).toBeLessThan(14.2);
    expect(y1 - y0).toBeGreaterThan(10.9);
    expect(y1 - y0).toBeLessThan(11.7);
  });

  it('throws for a missing layer and lists features without a key', () => {
    expect(() => prepareGeometry(grid(), 'kreis')).toThrow(TypeError);
    const t = grid() as unknown as { objects: { gemeinde: { geometries: { id?: string }[] } } };
    delete t.objects.gemeinde.geometries[0]!.id;
    const g = prepareGeometry(t as unknown as Topology, 'gemeinde');
    expect(g.features.length).toBe(1);
    expect(g.skipped).toEqual(['West']);
  });

  it('prepares the real Cloppenburg geometry: 13 Gemeinden, all with neighbours and valid keys', () => {
    const g = prepareGeometry(load('kreis-03453.topo.json'), 'gemeinde');
    expect(g.features.length).toBe(13);
    for (const f of g.features) {
      expect(f.key).toMatch(/^03453\d{3}$/);
      expect(f.neighbors.length).toBeGreaterThan(0);
      expect(f.area).toBeGreaterThan(10); // km²
    }
    const total = g.features.reduce((s, f) => s + f.area, 0);
    expect(total).toBeGreaterThan(1350); // Landkreis Cloppenburg: 1,420 km²
    expect(total).toBeLessThan(1480);
    expect(g.attribution).toMatch(/© GeoBasis-DE \/ BKG/);
  });

  it('computes the same areas and boxes as d3-geo for every Gemeinde of Niedersachsen (holes, islands, enclaves)', () => {
    const topo = load('niedersachsen.topo.json');
    const g = prepareGeometry(topo, 'gemeinde');
    const path = geoPath();
    const fc = feature(topo, topo.objects['gemeinde'] as GeometryCollection) as GeoJSON.FeatureCollection;
    expect(fc.features.length).toBe(g.features.length);
    fc.features.forEach((f, i) => {
      const mine = g.features[i]!;
      expect(mine.key).toBe(String(f.id));
      expect(mine.area / path.area(f), mine.name).toBeCloseTo(1, 9);
      const [[x0, y0], [x1, y1]] = path.bounds(f);
      mine.bbox.forEach((v, k) => expect(v).toBeCloseTo([x0, y0, x1, y1][k]!, 9));
      // the label point lies inside the box
      expect(mine.center[0]).toBeGreaterThanOrEqual(x0);
      expect(mine.center[0]).toBeLessThanOrEqual(x1);
      expect(mine.center[1]).toBeGreaterThanOrEqual(y0);
      expect(mine.center[1]).toBeLessThanOrEqual(y1);
    });
  });

  it('prepares all German Gemeinden quickly enough for a first render', () => {
    const topo = load('deutschland-gemeinden.topo.json');
    const g = prepareGeometry(topo, 'gemeinde');
    expect(g.features.length).toBe(10997);
    expect(g.skipped).toEqual([]);
  });
});

describe('featureKey', () => {
  it('normalises a 12-digit ARS to the AGS and finds keys in properties', () => {
    expect(featureKey({ id: '034530001001' })).toBe('03453001');
    expect(featureKey({ properties: { ARS: '034530001001' } })).toBe('03453001');
    expect(featureKey({ id: 7, properties: { AGS: '03453' } })).toBe('03453');
    expect(featureKey({ id: 'x' })).toBeUndefined();
  });
});

describe('fitBox', () => {
  it('fits a box into a width with padding, keeping the aspect ratio', () => {
    const f = fitBox([0, 0, 100, 50], 208, undefined, 4);
    expect(f.height).toBe(108);
    expect(f.kmPerPx).toBeCloseTo(0.5, 10);
    expect(f.viewBox).toEqual([-2, -2, 104, 54]);
  });
  it('centres a tall box in a fixed height', () => {
    const f = fitBox([0, 0, 10, 100], 100, 100, 0);
    expect(f.kmPerPx).toBeCloseTo(1, 10);
    expect(f.viewBox).toEqual([-45, 0, 100, 100]);
  });
});

describe('findLayer', () => {
  it('finds a level by name, by a common alias, or as the only object', () => {
    const topo = (names: string[]) =>
      ({
        type: 'Topology',
        arcs: [],
        objects: Object.fromEntries(names.map((n) => [n, {}])),
      }) as unknown as Topology;
    expect(findLayer(topo(['gemeinde', 'kreis']), 'kreis')).toBe('kreis');
    expect(findLayer(topo(['gemeinden', 'kreise']), 'gemeinde')).toBe('gemeinden');
    expect(findLayer(topo(['VG250_KRS', 'VG250_GEM']), 'kreis')).toBe('VG250_KRS');
    expect(findLayer(topo(['orte']), 'gemeinde')).toBe('orte');
    expect(findLayer(topo(['a', 'b']), 'gemeinde')).toBeUndefined();
  });
});
