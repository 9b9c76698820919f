/**
 * Finding and loading the geometry of a map. `geo/build.ts` writes an `index.json` beside its
 * TopoJSON files; a map without a `geo` attribute looks for `../geo/index.json` relative to its
 * feed and takes the smallest file whose area contains the region it shows.
 */
import type { Topology } from 'topojson-specification';

export interface GeoIndexFile {
  file: string;
  area: { key: string; name?: string; level?: string };
  objects: Record<string, number>;
  bytes?: number;
}

export interface GeoIndex {
  version?: number;
  files: GeoIndexFile[];
}

/** Does the area `areaKey` contain region `key`? (`DG` contains everything; keys nest by prefix.) */
export function areaContains(areaKey: string, key: string): boolean {
  return areaKey === 'DG' || key.startsWith(areaKey);
}

/**
 * The file of `index` to draw `level` regions of `focus`: among the files whose area contains
 * `focus` and that have the layer, the one with the most specific area (a Kreis file before the
 * Land file before Germany), then the smallest.
 */
export function chooseGeoFile(index: GeoIndex, focus: string, level: string): GeoIndexFile | undefined {
  const candidates = (index.files ?? []).filter(
    (f) => f && f.area && areaContains(f.area.key, focus) && (f.objects?.[level] ?? 0) > 0,
  );
  candidates.sort(
    (a, b) =>
      (b.area.key === 'DG' ? 0 : b.area.key.length) - (a.area.key === 'DG' ? 0 : a.area.key.length) ||
      (a.bytes ?? Infinity) - (b.bytes ?? Infinity),
  );
  return candidates[0];
}

export type GeoLoadErrorCode = 'geo-not-found' | 'geo-failed' | 'geo-invalid';

export class GeoLoadError extends Error {
  constructor(
    readonly code: GeoLoadErrorCode,
    readonly url: string,
    readonly status?: number,
  ) {
    super(`${code}: ${url}`);
    this.name = 'GeoLoadError';
  }
}

const cache = new Map<string, Promise<unknown>>();

async function fetchJson(url: string, timeoutMs: number): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    if (!res.ok) {
      // release the connection: an unread error body keeps the request open
      void res.body?.cancel().catch(() => undefined);
      if (res.status === 404 || res.status === 410) throw new GeoLoadError('geo-not-found', url, res.status);
      throw new GeoLoadError('geo-failed', url, res.status);
    }
    const text = await res.text();
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new GeoLoadError('geo-invalid', url);
    }
  } catch (err) {
    if (err instanceof GeoLoadError) throw err;
    throw new GeoLoadError('geo-failed', url);
  } finally {
    clearTimeout(timer);
  }
}

/** Fetches JSON once per absolute URL (maps on one page share geometry); failures are not cached. */
export function loadGeoJson(url: string, timeoutMs = 20_000): Promise<unknown> {
  const hit = cache.get(url);
  if (hit) return hit;
  const p = fetchJson(url, timeoutMs);
  cache.set(url, p);
  p.catch(() => cache.delete(url));
  return p;
}

/** Is `value` a TopoJSON topology (type, objects, arcs)? */
export function isTopology(value: unknown): value is Topology {
  const v = value as Partial<Topology> | null;
  return (
    !!v &&
    typeof v === 'object' &&
    v.type === 'Topology' &&
    !!v.objects &&
    typeof v.objects === 'object' &&
    Array.isArray(v.arcs)
  );
}

/** Is `value` a geometry index (see `geo/build.ts`)? */
export function isGeoIndex(value: unknown): value is GeoIndex {
  const v = value as Partial<GeoIndex> | null;
  return !!v && typeof v === 'object' && Array.isArray(v.files);
}

/**
 * Resolves a `geo` URL or the default next to the feed to a topology: a TopoJSON URL is used as it
 * is; an index URL (or the default `../geo/index.json` relative to the feed) is searched for the
 * file that contains `focus`.
 */
export async function resolveTopology(
  geoUrl: string | undefined,
  feedUrl: string | undefined,
  base: string,
  focus: string,
  level: string,
): Promise<{ topology: Topology; url: string }> {
  const start = geoUrl
    ? new URL(geoUrl, base).href
    : feedUrl
      ? new URL('../geo/index.json', new URL(feedUrl, base)).href
      : null;
  if (!start) throw new GeoLoadError('geo-not-found', '');
  const json = await loadGeoJson(start);
  if (isTopology(json)) return { topology: json, url: start };
  if (isGeoIndex(json)) {
    const file = chooseGeoFile(json, focus, level);
    if (!file) throw new GeoLoadError('geo-invalid', start);
    const url = new URL(file.file, start).href;
    const topo = await loadGeoJson(url);
    if (!isTopology(topo)) throw new GeoLoadError('geo-invalid', url);
    return { topology: topo, url };
  }
  throw new GeoLoadError('geo-invalid', start);
}
