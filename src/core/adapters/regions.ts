/**
 * Region keys for adapters (DOM-free): known regions from a feed or geometry file, names → keys
 * (tables that list Kreise or Länder by name only), NUTS codes → keys, ARS ↔ AGS.
 *
 * Name matching folds case, umlauts (`ü` = `ue`), punctuation and the type words German tables add
 * (`Cloppenburg, Landkreis`, `Landkreis Cloppenburg`, `Osnabrück, kreisfreie Stadt`, `Kreis Unna`).
 * When a name fits several regions (Stadt and Landkreis Osnabrück) the type word decides; without
 * one the name is reported as ambiguous, never guessed.
 */
import { LAND_NAMES, parseRegionKey, arsToAgs } from '../ags';
import type { RegionLevel } from '../feed/types';

export interface KnownRegion {
  /** Official key (AGS 8, Verband 9, AGS 5, Land 2, `DG`). */
  key: string;
  name: string;
  level?: RegionLevel;
  /** Kind as written by the source (`Landkreis`, `Kreisfreie Stadt`, `Samtgemeinde` …). */
  kind?: string;
  /** NUTS code (`DE948`), when the source has one. */
  nuts?: string;
  /** 12-digit ARS of a Gemeinde, when the source has one. */
  ars?: string;
  /** Other names (English names of Germany and the Länder). */
  aliases?: readonly string[];
}

/** English and other common names of Germany and the Länder. */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  DG: ['Germany', 'Bundesrepublik Deutschland', 'Deutschland insgesamt', 'Federal Republic of Germany'],
  '03': ['Lower Saxony'],
  '05': ['North Rhine-Westphalia'],
  '06': ['Hesse'],
  '07': ['Rhineland-Palatinate'],
  '09': ['Bavaria'],
  '13': ['Mecklenburg-Western Pomerania', 'Mecklenburg-West Pomerania'],
  '14': ['Saxony'],
  '15': ['Saxony-Anhalt'],
  '16': ['Thuringia'],
};

export { arsToAgs };

/** The 16 Länder and Germany, for tables that name Länder only. */
export function builtInRegions(): KnownRegion[] {
  return [
    { key: 'DG', name: 'Deutschland', level: 'bund', nuts: 'DE', aliases: ALIASES.DG },
    ...Object.entries(LAND_NAMES).map(([key, name]) => {
      const r: KnownRegion = { key, name, level: 'land', nuts: NUTS1_BY_LAND[key]! };
      if (ALIASES[key]) r.aliases = ALIASES[key];
      return r;
    }),
  ];
}

/** NUTS 1 code of each Land. */
const NUTS1_BY_LAND: Readonly<Record<string, string>> = {
  '08': 'DE1',
  '09': 'DE2',
  '11': 'DE3',
  '12': 'DE4',
  '04': 'DE5',
  '02': 'DE6',
  '06': 'DE7',
  '13': 'DE8',
  '03': 'DE9',
  '05': 'DEA',
  '07': 'DEB',
  '10': 'DEC',
  '14': 'DED',
  '15': 'DEE',
  '01': 'DEF',
  '16': 'DEG',
};
const LAND_BY_NUTS1 = new Map(Object.entries(NUTS1_BY_LAND).map(([k, v]) => [v, k]));

/**
 * Key of a NUTS code: `DE` → `DG`, a NUTS 1 code → the Land (`DE9` → `03`); NUTS 2/3 codes via
 * `regions` that carry `nuts` (e.g. the BKG Kreis geometry: `DE948` → `03453`). `undefined` when
 * unknown.
 */
export function nutsToKey(code: string, regions: readonly KnownRegion[] = []): string | undefined {
  const c = code.trim().toUpperCase();
  if (!/^DE[0-9A-G]{0,3}$/.test(c)) return undefined;
  if (c === 'DE') return 'DG';
  const land = LAND_BY_NUTS1.get(c);
  if (land) return land;
  for (const r of regions) if (r.nuts && r.nuts.toUpperCase() === c) return r.key;
  return undefined;
}

/**
 * 12-digit ARS of a Gemeinde AGS, from `regions` that carry `ars` (the AGS alone does not contain
 * the Verband number). `undefined` when not found.
 */
export function agsToArs(ags: string, regions: readonly KnownRegion[]): string | undefined {
  for (const r of regions) if (r.key === ags && r.ars) return r.ars;
  return undefined;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined;

function fromProperties(id: unknown, p: Obj): KnownRegion | undefined {
  const rawKey = str(p.ags) ?? str(p.AGS) ?? str(p.key) ?? str(id) ?? str(p.ars) ?? str(p.ARS) ?? str(p.RS);
  const name = str(p.name) ?? str(p.gen) ?? str(p.GEN) ?? str(p.NAME);
  if (!rawKey || !name) return undefined;
  const parsed = parseRegionKey(rawKey);
  if (!parsed) return undefined;
  const r: KnownRegion = { key: parsed.key, name, level: parsed.level };
  const kind = str(p.kind) ?? str(p.bez) ?? str(p.BEZ);
  if (kind) r.kind = kind;
  const nuts = str(p.nuts) ?? str(p.NUTS) ?? str(p.nuts3);
  if (nuts) r.nuts = nuts;
  const ars = str(p.ars) ?? str(p.ARS);
  if (ars && ars.length === 12) r.ars = ars;
  return r;
}

/**
 * Known regions from a parsed document: a feed (`regions`), a TopoJSON topology (every geometry
 * with a key in `id` or `properties.ags`/`ars` and a `name`/`gen`), a GeoJSON FeatureCollection, or
 * an array of `{ key, name }`. Duplicates (same key) keep the first.
 */
export function knownRegionsFrom(doc: unknown): KnownRegion[] {
  const out: KnownRegion[] = [];
  const seen = new Set<string>();
  const add = (r: KnownRegion | undefined): void => {
    if (r && !seen.has(r.key)) {
      seen.add(r.key);
      out.push(r);
    }
  };
  if (Array.isArray(doc)) {
    for (const r of doc) if (isObj(r)) add(fromProperties(r.key, r));
  } else if (isObj(doc)) {
    if (Array.isArray(doc.regions)) {
      for (const r of doc.regions) if (isObj(r)) add(fromProperties(r.key, r));
    } else if (isObj(doc.objects)) {
      for (const o of Object.values(doc.objects)) {
        if (!isObj(o) || !Array.isArray(o.geometries)) continue;
        for (const g of o.geometries)
          if (isObj(g)) add(fromProperties(g.id, isObj(g.properties) ? g.properties : {}));
      }
    } else if (Array.isArray(doc.features)) {
      for (const f of doc.features)
        if (isObj(f)) add(fromProperties(f.id, isObj(f.properties) ? f.properties : {}));
    }
  }
  return out;
}

/** Words German tables put before or after a region name; removed for matching. */
const TYPE_WORDS =
  /\b(landkreis|kreisfreie stadt|kreisfreie|krfr|stadtkreis|kreisstadt|grosse kreisstadt|kreis|lk|sk|kr|stadt|st|region|regionalverband|landeshauptstadt|hansestadt|freie und hansestadt|freie hansestadt|universitaetsstadt|wissenschaftsstadt|documenta-stadt|samtgemeinde|verbandsgemeinde|verwaltungsgemeinschaft|amt|gemeinde|einheitsgemeinde|flecken|markt|freistaat|land|statistische region|regierungsbezirk|reg bez)\b/g;

/** Folds a name for comparison: lower case, `ä` → `ae` …, punctuation and extra spaces removed. */
export function foldName(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[.,;:()"'„“”/]/g, ' ')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Core of a name without type words: `Cloppenburg, Landkreis` → `cloppenburg`. */
export function coreName(name: string): string {
  const core = foldName(name).replace(TYPE_WORDS, ' ').replace(/\s+/g, ' ').trim();
  return core || foldName(name);
}

/** `kreis` / `stadt` when the name or kind says so. */
function typeOf(text: string | undefined): 'kreis' | 'stadt' | undefined {
  if (!text) return undefined;
  const f = foldName(text);
  if (/\b(kreisfreie stadt|kreisfreie|krfr|stadtkreis|sk)\b/.test(f)) return 'stadt';
  if (/\b(landkreis|kreis|lk|kr|region|regionalverband)\b/.test(f)) return 'kreis';
  if (/\bstadt\b/.test(f)) return 'stadt';
  return undefined;
}

export interface NameResolution {
  key?: string;
  /** Regions the name fits equally well (two or more) when it is ambiguous. */
  candidates?: KnownRegion[];
}

/** Index of known regions for resolving names. */
export class RegionNameIndex {
  private readonly byFull = new Map<string, KnownRegion[]>();
  private readonly byCore = new Map<string, KnownRegion[]>();
  readonly regions: readonly KnownRegion[];
  private readonly byKey = new Map<string, KnownRegion>();

  constructor(regions: readonly KnownRegion[]) {
    this.regions = regions;
    const push = (m: Map<string, KnownRegion[]>, k: string, r: KnownRegion): void => {
      const list = m.get(k);
      if (!list) m.set(k, [r]);
      else if (!list.includes(r)) list.push(r);
    };
    for (const r of regions) {
      this.byKey.set(r.key, r);
      push(this.byFull, foldName(r.name), r);
      if (r.kind) {
        push(this.byFull, foldName(`${r.kind} ${r.name}`), r);
        push(this.byFull, foldName(`${r.name}, ${r.kind}`), r);
      }
      push(this.byCore, coreName(r.name), r);
      for (const a of r.aliases ?? []) {
        push(this.byFull, foldName(a), r);
        push(this.byCore, coreName(a), r);
      }
    }
  }

  get(key: string): KnownRegion | undefined {
    return this.byKey.get(key);
  }

  /** Resolves one name; `preferLevel` settles names shared by levels (Land and Stadt Berlin). */
  resolve(name: string, preferLevel?: RegionLevel): NameResolution {
    const full = this.byFull.get(foldName(name));
    if (full?.length === 1) return { key: full[0]!.key };
    let cands = full && full.length > 1 ? full : (this.byCore.get(coreName(name)) ?? []);
    if (cands.length === 0) return {};
    if (cands.length > 1) {
      const t = typeOf(name);
      if (t) {
        const typed = cands.filter((r) => {
          const rt = typeOf(r.kind) ?? typeOf(r.name) ?? (r.level === 'kreis' ? 'kreis' : undefined);
          return rt === t && (r.level === undefined || r.level === 'kreis');
        });
        if (typed.length >= 1) cands = typed;
      }
    }
    if (cands.length > 1 && preferLevel) {
      const lv = cands.filter((r) => r.level === preferLevel);
      if (lv.length >= 1) cands = lv;
    }
    return cands.length === 1 ? { key: cands[0]!.key } : { candidates: cands };
  }

  /** True when `name` plausibly names the region `key` (used to catch foreign codes that look like keys). */
  nameFits(key: string, name: string): boolean {
    const r = this.byKey.get(key);
    if (!r) return true;
    const a = coreName(name);
    return [r.name, ...(r.aliases ?? [])].some((n) => {
      const b = coreName(n);
      return a === b || a.includes(b) || b.includes(a);
    });
  }
}

export interface NamesReport {
  /** Name → key for every resolved name. */
  keys: Record<string, string>;
  unmatched: string[];
  ambiguous: { name: string; candidates: { key: string; name: string }[] }[];
}

/**
 * Resolves many names at once against known regions (default: Germany and the 16 Länder). Names
 * that fit several regions are settled by the level most other names resolved to, if that leaves
 * one; the rest are reported as ambiguous.
 */
export function resolveRegionNames(
  names: readonly string[],
  regions: readonly KnownRegion[] = builtInRegions(),
): NamesReport {
  const index = new RegionNameIndex(regions);
  const report: NamesReport = { keys: {}, unmatched: [], ambiguous: [] };
  const levels = new Map<RegionLevel, number>();
  const later: string[] = [];
  for (const name of names) {
    const r = index.resolve(name);
    if (r.key) {
      report.keys[name] = r.key;
      const lv = index.get(r.key)?.level;
      if (lv) levels.set(lv, (levels.get(lv) ?? 0) + 1);
    } else if (r.candidates) later.push(name);
    else report.unmatched.push(name);
  }
  const dominant = [...levels.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  for (const name of later) {
    const r = index.resolve(name, dominant);
    if (r.key) report.keys[name] = r.key;
    else
      report.ambiguous.push({
        name,
        candidates: (r.candidates ?? []).map((c) => ({
          key: c.key,
          name: c.kind ? `${c.name} (${c.kind})` : c.name,
        })),
      });
  }
  return report;
}
