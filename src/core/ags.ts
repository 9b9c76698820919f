/**
 * Official German region keys (DOM-free).
 *
 * Shapes accepted (digits only, leading zeros kept, no trimming):
 * - `DG` (also `00`): Germany (`bund`);
 * - 2 digits: Land, `01`–`16`;
 * - 5 digits: Kreis (AGS of a Landkreis or kreisfreie Stadt);
 * - 8 digits: Gemeinde (AGS);
 * - 9 digits: Gemeindeverband (Samtgemeinde, Amt, Verbandsgemeinde …), the ARS prefix
 *   Land(2) + Regierungsbezirk(1) + Kreis(2) + Verband(4);
 * - 12 digits: Gemeinde ARS, mapped to the AGS `ARS[0:5] + ARS[9:12]`
 *   (`034530001001` → `03453001`).
 *
 * Every key below the Bund must start with a valid Land number. Nothing else is checked: whether
 * a key exists on a given territorial date needs a register, not a syntax check.
 */
import type { RegionLevel } from './feed/types';

/** Key of Germany as a whole. */
export const BUND_KEY = 'DG';

export interface ParsedRegionKey {
  /** Canonical key: the AGS for a 12-digit ARS, `DG` for `00`, otherwise the key as given. */
  key: string;
  level: RegionLevel;
  /** 5-digit Kreis the region lies in (Gemeinde, Verband, Kreis itself). */
  kreis?: string;
  /** 2-digit Land the region lies in (every level below the Bund, the Land itself). */
  land?: string;
  /** 9-digit Verband prefix: the Verband itself, or the one named by a 12-digit Gemeinde ARS. */
  verband?: string;
  /** True when the key was a 12-digit ARS and `key` is the AGS derived from it. */
  fromArs?: boolean;
}

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

/** 2, 5, 8, 9 or 12 ASCII digits, starting with a Land number (`01`–`16`, the keys of `LAND_NAMES`). */
const KEY_SHAPE = /^(0[1-9]|1[0-6])(\d{3}(\d{3}\d?|\d{7})?)?$/;

/** Parses and classifies a region key; `null` when it has none of the accepted shapes. */
export function parseRegionKey(key: string): ParsedRegionKey | null {
  if (key === 'DG' || key === '00') return { key: BUND_KEY, level: 'bund' };
  if (typeof key !== 'string' || !KEY_SHAPE.test(key)) return null;
  const n = key.length;
  const land = key.slice(0, 2);
  if (n === 2) return { key, level: 'land', land };
  const kreis = key.slice(0, 5);
  if (n === 12) {
    return {
      key: kreis + key.slice(9),
      level: 'gemeinde',
      kreis,
      land,
      verband: key.slice(0, 9),
      fromArs: true,
    };
  }
  return n === 9
    ? { key, level: 'verband', kreis, land, verband: key }
    : { key, level: n === 5 ? 'kreis' : 'gemeinde', kreis, land };
}

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
