/**
 * Official German region keys (DOM-free): parsing and classifying. The widgets need only this
 * at start-up; `ags.ts` (which re-exports it) adds Land names and key relations for adapters and
 * `bildung-widgets/core`.
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

/** 2, 5, 8, 9 or 12 ASCII digits, starting with a Land number (`01`–`16`). */
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
