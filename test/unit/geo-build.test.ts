import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type * as TopoJSON from 'topojson-specification';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGeometry, type GeoBuildReport, type GeoIndex } from '../../geo/build.ts';
import { GERMANY_PROJECTION, germanyProjection } from '../../src/core/geo/projection.ts';

type Props = {
  name: string;
  level: string;
  parent: string;
  kind?: string;
  verband?: string;
  ars?: string;
  ewz?: number;
};
interface Geom {
  type: string;
  id: string;
  properties: Props;
}
type Topo = Omit<TopoJSON.Topology, 'objects'> & {
  objects: Record<string, { type: 'GeometryCollection'; geometries: Geom[] }>;
  bildung: { attribution: string; projection: string; units: string; license: string; area: { key: string } };
  bbox: [number, number, number, number];
};

const ATTR_2025 = '© GeoBasis-DE / BKG 2025 (Daten verändert)';
// The VG5000 file (BKG 2022) also carries Kreis names from VG250 2025 → both years (geo-source README).
const ATTR_2022_2025 = '© GeoBasis-DE / BKG 2022, 2025 (Daten verändert)';
const KEY: Record<string, RegExp> = {
  gemeinde: /^\d{8}$/,
  verband: /^\d{9}$/,
  kreis: /^\d{5}$/,
  land: /^\d{2}$/,
};

let root: string;
let dir: string;
let report: GeoBuildReport;
const cache = new Map<string, Topo>();
function load(file: string): Topo {
  let t = cache.get(file);
  if (!t) {
    t = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Topo;
    cache.set(file, t);
  }
  return t;
}
function counts(file: string): Record<string, number> {
  const t = load(file);
  return Object.fromEntries(Object.entries(t.objects).map(([k, o]) => [k, o.geometries.length]));
}
const path = geoPath();
/** topojson-client `feature()` for one geometry of a generated topology. */
function toFeature(t: Topo, g: Geom): GeoJSON.Feature {
  return feature(
    t as unknown as TopoJSON.Topology,
    g as unknown as TopoJSON.GeometryObject,
  ) as GeoJSON.Feature;
}
/** Bounding box of one feature after topojson-client decoding. */
function featureBox(file: string, level: string, id: string): number[] {
  const t = load(file);
  const g = t.objects[level]!.geometries.find((x) => x.id === id)!;
  return path.bounds(toFeature(t, g)).flat();
}
function digest(d: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(d)
      .sort()
      .map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(join(d, f)))
          .digest('hex'),
      ]),
  );
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'bildung-geo-'));
  report = await buildGeometry({ out: join(root, 'a'), quiet: true });
  dir = report.outDir;
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('germanyProjection', () => {
  it('maps the origin and a known point to km, y down', () => {
    const p = germanyProjection();
    expect(p([10.5, 0])).toEqual([0, 0]);
    const [x, y] = p([10.5, 51])!;
    expect(x).toBe(0);
    expect(y).toBeCloseTo(-6402.5247, 3);
    // North is up: Sylt (55°N) has a smaller y than the Alps (47.3°N); east is right.
    expect(p([8.3, 55])![1]).toBeLessThan(p([10.5, 47.3])![1]);
    expect(p([14, 51])![0]).toBeGreaterThan(p([6, 51])![0]);
    const back = p.invert!(p([9.7, 52.37])!)!;
    expect(back[0]).toBeCloseTo(9.7, 9);
    expect(back[1]).toBeCloseTo(52.37, 9);
  });
});

describe('buildGeometry outputs', () => {
  it('writes the Land, Kreis and Germany files with exact feature counts', () => {
    expect(counts('niedersachsen.topo.json')).toEqual({ gemeinde: 964, verband: 429, kreis: 45, land: 1 });
    expect(counts('kreis-03453.topo.json')).toEqual({ gemeinde: 13, verband: 13, kreis: 1 });
    expect(counts('kreis-03459.topo.json')).toEqual({ gemeinde: 34, verband: 21, kreis: 1 });
    expect(counts('kreis-03151.topo.json')).toEqual({ gemeinde: 42, verband: 11, kreis: 1 });
    // VG5000 01.01.2021: 401 Kreise (Eisenach still kreisfrei), Verbände merged from ARS[0:9].
    expect(counts('deutschland-gemeinden.topo.json')).toEqual({
      gemeinde: 10997,
      verband: 4605,
      kreis: 401,
      land: 16,
    });
    expect(counts('deutschland-kreise.topo.json')).toEqual({ kreis: 400, land: 16 });
    const kreisFiles = readdirSync(dir).filter((f) => /^kreis-\d{5}\.topo\.json$/.test(f));
    expect(kreisFiles).toHaveLength(45);
    expect(kreisFiles.map((f) => f.slice(6, 11))).toEqual(
      load('niedersachsen.topo.json').objects.kreis!.geometries.map((g) => g.id),
    );
  });

  it('gives every feature a valid key, name and level, and parents that match key prefixes', () => {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.topo.json'))) {
      const t = load(file);
      for (const [level, obj] of Object.entries(t.objects)) {
        const ids = new Set<string>();
        for (const g of obj.geometries) {
          const id = String(g.id);
          const p = g.properties;
          expect(id, `${file} ${level}`).toMatch(KEY[level]!);
          expect(ids.has(id), `${file} duplicate ${id}`).toBe(false);
          ids.add(id);
          expect(p.level).toBe(level);
          expect(p.name.length).toBeGreaterThan(0);
          const parent = level === 'land' ? 'DG' : id.slice(0, level === 'kreis' ? 2 : 5);
          expect(p.parent, `${file} ${id}`).toBe(parent);
          if (level === 'gemeinde') {
            expect(p.ars, `${file} ${id}`).toMatch(/^\d{12}$/);
            expect(p.verband).toBe(p.ars!.slice(0, 9));
            expect(p.ars!.slice(0, 5)).toBe(id.slice(0, 5));
          }
        }
      }
      // Every Gemeinde's Verband exists in the same file.
      const verband = t.objects.verband?.geometries.map((g) => String(g.id));
      if (verband && t.objects.gemeinde) {
        const set = new Set(verband);
        expect(t.objects.gemeinde.geometries.every((g) => set.has(g.properties.verband!))).toBe(true);
      }
    }
  });

  it('keeps selected properties from the sources', () => {
    const k = load('kreis-03453.topo.json');
    const barssel = k.objects.gemeinde!.geometries.find((g) => g.id === '03453001')!;
    expect(barssel.properties).toEqual({
      name: 'Barßel',
      level: 'gemeinde',
      parent: '03453',
      kind: 'Gemeinde',
      verband: '034530001',
      ars: '034530001001',
      ewz: 13706,
    });
    expect(k.objects.kreis!.geometries[0]!.properties).toEqual({
      name: 'Cloppenburg',
      level: 'kreis',
      parent: '03',
      kind: 'Landkreis',
      ewz: 178564,
    });
    const artland = load('kreis-03459.topo.json').objects.verband!.geometries.filter(
      (g) => g.properties.kind === 'Samtgemeinde',
    );
    expect(artland.map((g) => g.properties.name)).toEqual([
      'Artland',
      'Bersenbrück',
      'Fürstenau',
      'Neuenkirchen',
    ]);
    const ni = load('niedersachsen.topo.json').objects.land!.geometries[0]!;
    expect([ni.id, ni.properties!.name, ni.properties!.parent]).toEqual(['03', 'Niedersachsen', 'DG']);
    const de = load('deutschland-gemeinden.topo.json');
    expect(de.objects.kreis!.geometries.find((g) => g.id === '03453')!.properties!.name).toBe('Cloppenburg');
    expect(de.objects.land!.geometries.map((g) => g.id).join(',')).toBe(
      '01,02,03,04,05,06,07,08,09,10,11,12,13,14,15,16',
    );
  });

  it('has non-empty geometry with positive area for every feature, tiny islands included', () => {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.topo.json'))) {
      const t = load(file);
      for (const obj of Object.values(t.objects)) {
        for (const g of obj.geometries) {
          const f = toFeature(t, g);
          expect(f.geometry, `${file} ${g.id}`).not.toBeNull();
          expect(path.area(f), `${file} ${g.id}`).toBeGreaterThan(0);
        }
      }
    }
    for (const file of ['niedersachsen.topo.json', 'kreis-03457.topo.json']) {
      const t = load(file);
      const g = t.objects.gemeinde!.geometries.find((x) => x.id === '03457501')!;
      expect(g.properties.name).toBe('Insel Lütje Hörn');
      expect(path.area(toFeature(t, g))).toBeGreaterThan(0.05); // km²
    }
  });

  it('simplifies the Land file for Land scale and keeps every Gemeinde close to its Kreis-scale area', () => {
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as GeoIndex;
    const entry = (file: string) => index.files.find((f) => f.file === file)!;
    // the 45 Kreis files together draw the same Gemeinden with far more points than the Land file
    const kreisPoints = index.files
      .filter((f) => f.file.startsWith('kreis-'))
      .reduce((s, f) => s + f.points, 0);
    expect(entry('niedersachsen.topo.json').points).toBeLessThan(kreisPoints * 0.45); // 0.54 at Kreis scale
    const land = load('niedersachsen.topo.json');
    let compared = 0;
    for (const g of land.objects.gemeinde!.geometries) {
      const k = load(`kreis-${g.id.slice(0, 5)}.topo.json`);
      const fine = k.objects.gemeinde!.geometries.find((x) => x.id === g.id)!;
      const ratio = path.area(toFeature(land, g)) / path.area(toFeature(k, fine));
      expect(ratio, `${g.id} ${g.properties.name}`).toBeGreaterThan(0.8);
      expect(ratio, `${g.id} ${g.properties.name}`).toBeLessThan(1.25);
      compared++;
    }
    expect(compared).toBe(964);
  });

  it('rejects invalid per-output simplify settings', async () => {
    const manifest = JSON.parse(readFileSync(join(process.cwd(), 'geo', 'sources.json'), 'utf8')) as {
      outputs: { simplify?: Record<string, number> }[];
    };
    manifest.outputs[0]!.simplify = { renderWidthPx: 0 };
    const file = join(root, 'bad-manifest.json');
    writeFileSync(file, JSON.stringify(manifest));
    await expect(buildGeometry({ out: join(root, 'bad'), manifest: file, quiet: true })).rejects.toThrow(
      /"simplify.renderWidthPx" must be > 0/,
    );
  });

  it('uses one projected coordinate system in every file', () => {
    const local = featureBox('kreis-03453.topo.json', 'kreis', '03453');
    expect(local.map((v) => Math.round(v))).toEqual([-193, -6649, -150, -6592]);
    const land = featureBox('niedersachsen.topo.json', 'kreis', '03453');
    const germany = featureBox('deutschland-kreise.topo.json', 'kreis', '03453');
    for (let i = 0; i < 4; i++) {
      expect(Math.abs(land[i]! - local[i]!)).toBeLessThan(0.1); // < half a pixel at Land scale
      expect(Math.abs(germany[i]! - local[i]!)).toBeLessThan(0.25); // other source (VG250 KRS)
    }
    // The topology bbox is the feature extent (the SVG viewBox of the Kreis file).
    expect(load('kreis-03453.topo.json').bbox.map((v) => Math.round(v * 100) / 100)).toEqual(
      local.map((v) => Math.round(v * 100) / 100),
    );
  });

  it('writes the bildung metadata with the required attribution', () => {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.topo.json'))) {
      const b = load(file).bildung;
      expect(b.projection).toBe(GERMANY_PROJECTION);
      expect(b.units).toBe('km');
      expect(b.license).toBe('dl-de/by-2-0');
      expect(b.attribution).toBe(file === 'deutschland-gemeinden.topo.json' ? ATTR_2022_2025 : ATTR_2025);
    }
    expect(load('kreis-03151.topo.json').bildung.area).toEqual({
      key: '03151',
      name: 'Gifhorn',
      level: 'kreis',
    });
  });

  it('lists every file in index.json with its counts and sizes', () => {
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as GeoIndex;
    const files = readdirSync(dir).filter((f) => f.endsWith('.topo.json'));
    expect(files).toHaveLength(48);
    expect(index.files.map((f) => f.file).sort()).toEqual(files.sort());
    expect(index.projection).toBe(GERMANY_PROJECTION);
    for (const entry of index.files) {
      expect(entry.bytes).toBe(statSync(join(dir, entry.file)).size);
      expect(entry.gzipBytes).toBeLessThan(entry.bytes);
      expect(entry.objects).toEqual(counts(entry.file));
      expect(entry.bbox).toEqual(load(entry.file).bbox);
      expect(entry.attribution).toBe(load(entry.file).bildung.attribution);
    }
    expect(index.files.find((f) => f.file === 'niedersachsen.topo.json')!.area).toEqual({
      key: '03',
      name: 'Niedersachsen',
      level: 'land',
    });
    expect(report.files.map((f) => f.file)).toEqual(index.files.map((f) => f.file));
  });

  it('is deterministic (same bytes on a second run)', async () => {
    const again = await buildGeometry({ out: join(root, 'b'), quiet: true });
    expect(digest(again.outDir)).toEqual(digest(dir));
  });

  it('builds from GeoJSON inputs through a custom manifest', async () => {
    const manifest = join(root, 'geojson-manifest.json');
    writeFileSync(
      manifest,
      JSON.stringify({
        version: 1,
        simplify: { renderWidthPx: 1600, minAreaPx2: 0.1, dropRingPx2: 0.2 },
        quantization: 8000,
        landNames: {},
        sources: {
          ni: {
            attribution: { holder: 'GeoBasis-DE / BKG', year: 2025 },
            territorialDate: '2023-12-31',
            layers: {
              gemeinde: {
                file: 'niedersachsen-gemeinden.geojson',
                key: 'ags',
                name: 'gen',
                kind: 'bez',
                ars: 'ars',
              },
              verband: {
                file: 'niedersachsen-verwaltungsgemeinschaften.geojson',
                key: 'ars',
                name: 'gen',
                kind: 'bez',
              },
              kreis: { derive: { from: 'gemeinde' } },
            },
          },
        },
        outputs: [
          {
            file: 'k-{key}.topo.json',
            source: 'ni',
            each: 'kreis',
            keys: ['03453'],
            levels: ['gemeinde', 'verband', 'kreis'],
          },
        ],
      }),
    );
    const r = await buildGeometry({ out: join(root, 'c'), manifest, quiet: true });
    expect(r.files.map((f) => [f.file, f.objects])).toEqual([
      ['k-03453.topo.json', { gemeinde: 13, verband: 13, kreis: 1 }],
    ]);
    const t = JSON.parse(readFileSync(join(r.outDir, 'k-03453.topo.json'), 'utf8')) as Topo;
    const box = path.bounds(toFeature(t, t.objects.kreis!.geometries[0]!)).flat();
    const ref = featureBox('kreis-03453.topo.json', 'kreis', '03453');
    for (let i = 0; i < 4; i++) expect(Math.abs(box[i]! - ref[i]!)).toBeLessThan(0.05);
  });
});
