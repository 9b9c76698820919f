import { describe, it, expect } from 'vitest';
import {
  BUND_KEY,
  LAND_NAMES,
  arsToAgs,
  isValidKey,
  landKeyByName,
  levelOfKey,
  parentKeys,
  parseRegionKey,
} from '../../src/core/ags';

describe('parseRegionKey', () => {
  it('maps the 12-digit Gemeinde ARS of Barßel to its AGS', () => {
    expect(parseRegionKey('034530001001')).toEqual({
      key: '03453001',
      level: 'gemeinde',
      kreis: '03453',
      land: '03',
      verband: '034530001',
      fromArs: true,
    });
  });

  it('maps a member of Samtgemeinde Artland (ARS 034595401007 → AGS 03459007)', () => {
    expect(parseRegionKey('034595401007')?.key).toBe('03459007');
    expect(parseRegionKey('034595401007')?.verband).toBe('034595401');
  });

  it('classifies every level', () => {
    expect(parseRegionKey('03453001')).toEqual({
      key: '03453001',
      level: 'gemeinde',
      kreis: '03453',
      land: '03',
    });
    expect(parseRegionKey('034595401')).toEqual({
      key: '034595401',
      level: 'verband',
      kreis: '03459',
      land: '03',
      verband: '034595401',
    });
    expect(parseRegionKey('03453')).toEqual({ key: '03453', level: 'kreis', kreis: '03453', land: '03' });
    expect(parseRegionKey('16')).toEqual({ key: '16', level: 'land', land: '16' });
    expect(parseRegionKey('DG')).toEqual({ key: 'DG', level: 'bund' });
  });

  it('accepts 00 for Germany and canonicalises it to DG', () => {
    expect(parseRegionKey('00')).toEqual({ key: BUND_KEY, level: 'bund' });
  });

  it('keeps city states intact (Hamburg Gemeinde 02000000, Berlin Kreis 11000)', () => {
    expect(parseRegionKey('02000000')?.level).toBe('gemeinde');
    expect(parseRegionKey('11000')?.level).toBe('kreis');
  });

  it.each([
    '',
    '3',
    '17',
    '99',
    '000',
    '3453',
    '00000',
    '17001',
    '0345300',
    '0345300100',
    '03453001x',
    '0345300a',
    ' 03453',
    '03453 ',
    'dg',
    'Dg',
    '1234567890123',
    '٠٣٤٥٣',
  ])('rejects %j', (key) => {
    expect(parseRegionKey(key)).toBeNull();
  });

  it('rejects non-strings without throwing', () => {
    expect(parseRegionKey(3453 as unknown as string)).toBeNull();
    expect(parseRegionKey(null as unknown as string)).toBeNull();
  });
});

describe('arsToAgs', () => {
  it('maps 12-digit ARS only', () => {
    expect(arsToAgs('034530001001')).toBe('03453001');
    expect(arsToAgs('034595401028')).toBe('03459028');
    expect(arsToAgs('03453001')).toBeNull();
    expect(arsToAgs('034530001')).toBeNull();
    expect(arsToAgs('174530001001')).toBeNull();
  });
});

describe('levelOfKey / isValidKey', () => {
  it('gives the level or null', () => {
    expect(levelOfKey('03453001')).toBe('gemeinde');
    expect(levelOfKey('034530001001')).toBe('gemeinde');
    expect(levelOfKey('034595401')).toBe('verband');
    expect(levelOfKey('03453')).toBe('kreis');
    expect(levelOfKey('03')).toBe('land');
    expect(levelOfKey('DG')).toBe('bund');
    expect(levelOfKey('3453')).toBeNull();
  });

  it('checks validity, optionally for a level', () => {
    expect(isValidKey('03453')).toBe(true);
    expect(isValidKey('03453', 'kreis')).toBe(true);
    expect(isValidKey('03453', 'gemeinde')).toBe(false);
    expect(isValidKey('034530001001', 'gemeinde')).toBe(true);
    expect(isValidKey('00', 'bund')).toBe(true);
    expect(isValidKey('17')).toBe(false);
  });
});

describe('parentKeys', () => {
  it('lists enclosing keys by prefix, innermost first', () => {
    expect(parentKeys('03453001')).toEqual(['03453', '03', 'DG']);
    expect(parentKeys('034530001001')).toEqual(['034530001', '03453', '03', 'DG']);
    expect(parentKeys('034595401')).toEqual(['03459', '03', 'DG']);
    expect(parentKeys('03453')).toEqual(['03', 'DG']);
    expect(parentKeys('03')).toEqual(['DG']);
    expect(parentKeys('DG')).toEqual([]);
    expect(parentKeys('00')).toEqual([]);
    expect(parentKeys('nonsense')).toEqual([]);
  });
});

describe('LAND_NAMES / landKeyByName', () => {
  it('names the 16 Länder', () => {
    expect(Object.keys(LAND_NAMES).sort()).toEqual([
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
      '10',
      '11',
      '12',
      '13',
      '14',
      '15',
      '16',
    ]);
    expect(LAND_NAMES['03']).toBe('Niedersachsen');
    expect(LAND_NAMES['08']).toBe('Baden-Württemberg');
    expect(LAND_NAMES['13']).toBe('Mecklenburg-Vorpommern');
    expect(LAND_NAMES['16']).toBe('Thüringen');
  });

  it('finds every official name again', () => {
    for (const [key, name] of Object.entries(LAND_NAMES)) expect(landKeyByName(name)).toBe(key);
  });

  it('tolerates case, spacing, spelled-out umlauts and official prefixes', () => {
    expect(landKeyByName('  niedersachsen ')).toBe('03');
    expect(landKeyByName('BADEN-WÜRTTEMBERG')).toBe('08');
    expect(landKeyByName('Baden - Württemberg')).toBe('08');
    expect(landKeyByName('Baden-Wuerttemberg')).toBe('08');
    expect(landKeyByName('Thueringen')).toBe('16');
    expect(landKeyByName('Freistaat Bayern')).toBe('09');
    expect(landKeyByName('Freie und Hansestadt Hamburg')).toBe('02');
    expect(landKeyByName('Nordrhein-\tWestfalen')).toBe('05');
    expect(landKeyByName('Sachsen-Anhalt')).toBe('15');
    expect(landKeyByName('Sachsen')).toBe('14');
  });

  it('returns undefined for unknown names', () => {
    expect(landKeyByName('Bayer')).toBeUndefined();
    expect(landKeyByName('')).toBeUndefined();
    expect(landKeyByName('Deutschland')).toBeUndefined();
  });
});
