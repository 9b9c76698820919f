/**
 * Official German region keys (DOM-free): `region-key.ts` (parsing, re-exported here) plus the
 * Land names and the relations between keys that adapters and `bildung-widgets/core` use.
 */
import { BUND_KEY, parseRegionKey } from './region-key';
import type { RegionLevel } from './feed/types';

export { BUND_KEY, parseRegionKey, type ParsedRegionKey } from './region-key';

/** Official names of the 16 Länder by key. */
export const LAND_NAMES: Readonly<Record<string, string>> = {
  '01': 'Schleswig-Holstein',
  '02': 'Hamburg',
  '03': 'Niedersachsen',
  '04': 'Bremen',
  '05': 'Nordrhein-Westfalen',
  '06': 'Hessen',
  '07': 'Rheinland-Pfalz',
  '08': 'Baden-Württemberg',
  '09': 'Bayern',
  '10': 'Saarland',
  '11': 'Berlin',
  '12': 'Brandenburg',
  '13': 'Mecklenburg-Vorpommern',
  '14': 'Sachsen',
  '15': 'Sachsen-Anhalt',
  '16': 'Thüringen',
};

/** AGS of a 12-digit Gemeinde ARS (`034530001001` → `03453001`); `null` for anything else. */
export function arsToAgs(ars: string): string | null {
  if (typeof ars !== 'string' || ars.length !== 12) return null;
  return parseRegionKey(ars)?.key ?? null;
}

/** Level of a key, or `null` when the key is invalid. */
export function levelOfKey(key: string): RegionLevel | null {
  return parseRegionKey(key)?.level ?? null;
}

/** True when `key` is a valid region key (of `level`, when given). */
export function isValidKey(key: string, level?: RegionLevel): boolean {
  const parsed = parseRegionKey(key);
  return parsed !== null && (level === undefined || parsed.level === level);
}

/**
 * Keys of the regions enclosing `key`, innermost first, derived from its prefix:
 * `03453001` → `['03453', '03', 'DG']`; a 12-digit ARS also yields its Verband:
 * `034530001001` → `['034530001', '03453', '03', 'DG']`. Empty for `DG` and for invalid keys.
 */
export function parentKeys(key: string): string[] {
  const p = parseRegionKey(key);
  if (!p) return [];
  const out: string[] = [];
  if (p.level === 'gemeinde' && p.verband) out.push(p.verband);
  if (p.kreis && p.level !== 'kreis') out.push(p.kreis);
  if (p.land && p.level !== 'land') out.push(p.land);
  if (p.level !== 'bund') out.push(BUND_KEY);
  return out;
}

/** Folds a Land name for lookup: case, spacing, umlauts/ß spelled out, "Freistaat" etc. dropped. */
function foldLandName(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(freistaat|land|freie und hansestadt|freie hansestadt)\s+/, '');
}

let landByFoldedName: Map<string, string> | undefined;

/**
 * Key of a Land by its name, tolerant of case, whitespace, `ue` for `ü` and prefixes such as
 * "Freistaat" (`' baden-WÜRTTEMBERG '` → `'08'`, `'Freistaat Bayern'` → `'09'`); `undefined`
 * when unknown.
 */
export function landKeyByName(name: string): string | undefined {
  if (typeof name !== 'string') return undefined;
  if (!landByFoldedName) {
    landByFoldedName = new Map();
    for (const [key, official] of Object.entries(LAND_NAMES))
      landByFoldedName.set(foldLandName(official), key);
  }
  return landByFoldedName.get(foldLandName(name));
}
