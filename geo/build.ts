/**
 * Geometry build: official BKG boundaries → projected, simplified, quantized TopoJSON per display
 * scale, written to `<out>/geo/` with an `index.json`. See geo/README.md.
 *
 *   npx tsx geo/build.ts [--geo-source DIR] [--out DIR] [--manifest FILE] [--quiet]
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { GERMANY_PROJECTION, germanyProjection } from '../src/core/geo/projection.ts';
import { flag, projectRoot, requireDir, resolvePaths } from '../scripts/paths.ts';
import {
  readManifest,
  type AreaLevel,
  type GeoManifest,
  type Level,
  type OutputSpec,
} from './lib/manifest.ts';
import { SourceLoader, type LoadedSource } from './lib/source.ts';
import {
  bboxOfArcs,
  buildOutputTopology,
  type AreaFeature,
  type BBox,
  type Polygon,
} from './lib/topology.ts';

export const DEFAULT_MANIFEST = join(projectRoot, 'geo', 'sources.json');
export const ATTRIBUTION_URL = 'https://www.bkg.bund.de';
export const LICENSE = 'dl-de/by-2-0';
/** Share of its full-detail area a feature's main ring keeps at least (see `SimplifySettings`). */
export const DEFAULT_KEEP_AREA_RATIO = 0.9;

export interface GeoArea {
  key: string;
  name: string;
  level: AreaLevel;
}

/** Top-level `bildung` member of every generated topology. */
export interface BildungTopologyMeta {
  version: 1;
  projection: string;
  units: 'km';
  attribution: string;
  attributionUrl: string;
  license: string;
  territorialDate: string;
  stand?: string;
  area: GeoArea;
}

/** One entry of `index.json`. */
export interface GeoIndexEntry {
  file: string;
  area: GeoArea;
  /** Level → feature count. */
  objects: Partial<Record<Level, number>>;
  /** Projected bounding box [x0, y0, x1, y1] in km (y down), i.e. the SVG viewBox. */
  bbox: BBox;
  bytes: number;
  gzipBytes: number;
  arcs: number;
  points: number;
  attribution: string;
  attributionUrl: string;
  license: string;
  territorialDate: string;
  stand?: string;
}

export interface GeoIndex {
  version: 1;
  projection: string;
  units: 'km';
  files: GeoIndexEntry[];
}

export interface GeoBuildReport {
  outDir: string;
  files: GeoIndexEntry[];
  ms: number;
}

export interface GeoBuildOptions {
  /** Folder with the boundary files (default: from `resolvePaths()`). */
  geoSource?: string;
  /** Output root; files go to `<out>/geo/` (default: `generated/`). */
  out?: string;
  /** Manifest path (default: geo/sources.json). */
  manifest?: string;
  quiet?: boolean;
}

/** "© GeoBasis-DE / BKG 2022, 2025 (Daten verändert)" from the sources actually used. */
export function attributionText(parts: { holder: string; year: number }[]): string {
  const holders = [...new Set(parts.map((p) => p.holder))].sort();
  return holders
    .map((h) => {
      const years = [...new Set(parts.filter((p) => p.holder === h).map((p) => p.year))].sort(
        (a, b) => a - b,
      );
      return `© ${h} ${years.join(', ')} (Daten verändert)`;
    })
    .join('; ');
}

const round = (x: number, d = 3): number => Math.round(x * 10 ** d) / 10 ** d;

function inArea(f: AreaFeature, area: GeoArea): boolean {
  return area.level === 'bund' || f.id.startsWith(area.key);
}

function geometryJson(f: AreaFeature): unknown {
  const p = f.properties;
  const properties: Record<string, unknown> = { name: p.name, level: p.level, parent: p.parent };
  if (p.kind !== undefined) properties.kind = p.kind;
  if (p.verband !== undefined) properties.verband = p.verband;
  if (p.ars !== undefined) properties.ars = p.ars;
  if (p.ewz !== undefined) properties.ewz = p.ewz;
  const single = f.polygons.length === 1;
  return {
    type: single ? 'Polygon' : 'MultiPolygon',
    id: f.id,
    properties,
    arcs: single ? f.polygons[0] : (f.polygons as Polygon[]),
  };
}

interface Job {
  file: string;
  area: GeoArea;
  spec: OutputSpec;
  source: LoadedSource;
}

function expandJobs(manifest: GeoManifest, loader: SourceLoader): Job[] {
  const jobs: Job[] = [];
  for (const spec of manifest.outputs) {
    const source = loader.get(spec.source);
    if (spec.each) {
      const features = source.layers[spec.each] ?? [];
      for (const f of features) {
        if (spec.keys && !spec.keys.includes(f.id)) continue;
        jobs.push({
          file: spec.file.replace('{key}', f.id),
          area: { key: f.id, name: f.properties.name, level: spec.each },
          spec,
          source,
        });
      }
    } else {
      const a = spec.area!;
      const own = a.level === 'bund' ? undefined : source.layers[a.level]?.find((f) => f.id === a.key);
      jobs.push({
        file: spec.file,
        area: { key: a.key, name: a.name ?? own?.properties.name ?? a.key, level: a.level },
        spec,
        source,
      });
    }
  }
  return jobs;
}

function buildJob(job: Job, manifest: GeoManifest, loader: SourceLoader, outDir: string): GeoIndexEntry {
  const { source, spec, area } = job;
  const objects: Partial<Record<Level, AreaFeature[]>> = {};
  for (const level of spec.levels) {
    const features = (source.layers[level] ?? []).filter((f) => inArea(f, area));
    if (features.length === 0)
      throw new Error(`${job.file}: no ${level} features in ${area.level} ${area.key}`);
    objects[level] = features;
  }

  // Scale: one pixel when the full-detail extent is fitted into renderWidthPx × renderWidthPx.
  const used = new Set<number>();
  for (const fs of Object.values(objects)) {
    for (const f of fs)
      for (const p of f.polygons) for (const r of p) for (const a of r) used.add(a < 0 ? ~a : a);
  }
  const [x0, y0, x1, y1] = bboxOfArcs([...used].map((a) => source.arcs[a]!));
  const simplify = { ...manifest.simplify, ...spec.simplify };
  const px = Math.max(x1 - x0, y1 - y0) / simplify.renderWidthPx;
  const topo = buildOutputTopology(source.arcs, objects as Record<string, AreaFeature[]>, {
    minWeight: simplify.minAreaPx2 * px * px,
    dropArea: simplify.dropRingPx2 * px * px,
    keepAreaRatio: simplify.keepAreaRatio ?? DEFAULT_KEEP_AREA_RATIO,
    quantization: spec.quantization ?? manifest.quantization,
  });

  // Attribution from the sources used: this one plus any whose names were borrowed.
  const usedSources = new Set([source.name]);
  for (const [level, fs] of Object.entries(topo.objects)) {
    for (const f of fs) for (const s of source.borrowed.get(`${level}:${f.id}`) ?? []) usedSources.add(s);
  }
  const attribution = attributionText([...usedSources].map((s) => loader.get(s).spec.attribution));
  const meta: BildungTopologyMeta = {
    version: 1,
    projection: GERMANY_PROJECTION,
    units: 'km',
    attribution,
    attributionUrl: ATTRIBUTION_URL,
    license: LICENSE,
    territorialDate: source.spec.territorialDate,
    ...(source.spec.stand ? { stand: source.spec.stand } : {}),
    area,
  };
  const outObjects: Record<string, unknown> = {};
  for (const level of spec.levels) {
    outObjects[level] = { type: 'GeometryCollection', geometries: topo.objects[level]!.map(geometryJson) };
  }
  const bbox = topo.bbox.map((v) => round(v, 4)) as BBox;
  const json = JSON.stringify({
    type: 'Topology',
    bildung: meta,
    bbox,
    transform: topo.transform,
    objects: outObjects,
    arcs: topo.arcs,
  });
  const bytes = Buffer.from(json, 'utf8');
  writeFileSync(join(outDir, job.file), bytes);
  const counts: Partial<Record<Level, number>> = {};
  for (const level of spec.levels) counts[level] = topo.objects[level]!.length;
  return {
    file: job.file,
    area,
    objects: counts,
    bbox,
    bytes: bytes.length,
    gzipBytes: gzipSync(bytes, { level: 9 }).length,
    arcs: topo.arcs.length,
    points: topo.arcs.reduce((s, a) => s + a.length, 0),
    attribution,
    attributionUrl: ATTRIBUTION_URL,
    license: LICENSE,
    territorialDate: source.spec.territorialDate,
    ...(source.spec.stand ? { stand: source.spec.stand } : {}),
  };
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

/** Builds every output of the manifest into `<out>/geo/` and writes `index.json`. */
export async function buildGeometry(opts: GeoBuildOptions = {}): Promise<GeoBuildReport> {
  const t0 = performance.now();
  const paths = resolvePaths([]);
  const geoSource = resolve(opts.geoSource ?? paths.geoSource);
  const outDir = join(resolve(opts.out ?? paths.out), 'geo');
  requireDir(
    geoSource,
    'Geometry source folder',
    'Pass --geo-source DIR or set BILDUNG_GEO_SOURCE (see geo/README.md).',
  );
  const manifest = readManifest(opts.manifest ?? DEFAULT_MANIFEST);
  const log = (msg: string): void => {
    if (!opts.quiet) console.log(msg);
  };

  mkdirSync(outDir, { recursive: true });
  // Remove stale outputs of earlier runs (only our own file patterns).
  for (const f of readdirSync(outDir)) {
    if (f.endsWith('.topo.json') || f === 'index.json') rmSync(join(outDir, f));
  }

  const loader = new SourceLoader(manifest, geoSource, germanyProjection());
  const files: GeoIndexEntry[] = [];
  for (const job of expandJobs(manifest, loader)) {
    const entry = buildJob(job, manifest, loader, outDir);
    files.push(entry);
    const counts = Object.entries(entry.objects)
      .map(([l, n]) => `${l} ${n}`)
      .join(', ');
    log(
      `[geo] ${entry.file.padEnd(32)} ${counts.padEnd(50)} ${kb(entry.bytes).padStart(9)} raw ${kb(entry.gzipBytes).padStart(8)} gzip`,
    );
  }
  for (const name of Object.keys(manifest.sources)) {
    // Only sources that were loaded (used by an output or for names).
    const s = loader.peek(name);
    if (s && s.fallbackNames > 0)
      log(`[geo] note: ${name}: ${s.fallbackNames} derived units named from their members`);
  }

  const index: GeoIndex = { version: 1, projection: GERMANY_PROJECTION, units: 'km', files };
  writeFileSync(join(outDir, 'index.json'), `${JSON.stringify(index, null, 1)}\n`);
  const ms = Math.round(performance.now() - t0);
  const raw = files.reduce((s, f) => s + f.bytes, 0);
  const gz = files.reduce((s, f) => s + f.gzipBytes, 0);
  log(
    `[geo] ${files.length} files, ${kb(raw)} raw, ${kb(gz)} gzip → ${outDir} in ${(ms / 1000).toFixed(1)} s`,
  );
  return { outDir, files, ms };
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const argv = process.argv.slice(2);
  const paths = resolvePaths(argv);
  const manifest = flag(argv, 'manifest');
  buildGeometry({
    geoSource: paths.geoSource,
    out: paths.out,
    quiet: argv.includes('--quiet'),
    ...(manifest ? { manifest: resolve(manifest) } : {}),
  }).catch((err: unknown) => {
    console.error(`[geo] ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
