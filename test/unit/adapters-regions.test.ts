/** Region keys for adapters: names → keys against real geometry, NUTS, ARS ↔ AGS. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/core/adapters/decode';
import { parseRegionalstatistikTable } from '../../src/core/adapters/regionalstatistik';
import {
  agsToArs,
  arsToAgs,
  builtInRegions,
  coreName,
  knownRegionsFrom,
  nutsToKey,
  RegionNameIndex,
  resolveRegionNames,
} from '../../src/core/adapters/regions';
import { resolvePaths } from '../../scripts/paths';

const { geoSource, dataSource } = resolvePaths([]);
const kreise = knownRegionsFrom(
  JSON.parse(readFileSync(join(geoSource, 'deutschland-kreise.topojson'), 'utf8')),
);
const nds = knownRegionsFrom(JSON.parse(readFileSync(join(geoSource, 'niedersachsen.topojson'), 'utf8')));

describe('knownRegionsFrom', () => {
  it('reads the 400 Kreise of the BKG geometry with kind and NUTS code', () => {
    expect(kreise.length).toBe(400);
    expect(kreise.find((r) => r.key === '03453')).toEqual({
      key: '03453',
      name: 'Cloppenburg',
      level: 'kreis',
      kind: 'Landkreis',
      nuts: 'DE948',
      ars: undefined,
    } as unknown as (typeof kreise)[number]);
  });

  it('reads Gemeinden with their 12-digit ARS and a feed’s regions', () => {
    const barssel = nds.find((r) => r.key === '03453001');
    expect(barssel?.name).toBe('Barßel');
    expect(barssel?.ars).toBe('034530001001');
    const feed = { version: 1, regions: [{ key: '03453', name: 'Cloppenburg', level: 'kreis' }] };
    expect(knownRegionsFrom(feed)).toEqual([{ key: '03453', name: 'Cloppenburg', level: 'kreis' }]);
  });
});

describe('names → keys', () => {
  const index = new RegionNameIndex(kreise);

  it('uses the type word to tell Stadt and Landkreis apart, and reports a bare name as ambiguous', () => {
    expect(index.resolve('Osnabrück, Landkreis').key).toBe('03459');
    expect(index.resolve('Landkreis Osnabrück').key).toBe('03459');
    expect(index.resolve('Osnabrück, kreisfreie Stadt').key).toBe('03404');
    expect(index.resolve('Osnabrueck, Stadt').key).toBe('03404');
    expect(
      index
        .resolve('Osnabrück')
        .candidates?.map((r) => r.key)
        .sort(),
    ).toEqual(['03404', '03459']);
    expect(index.resolve('Atlantis').key).toBeUndefined();
  });

  it('matches the Kreis names of a Regionalstatistik table to the geometry, never to a wrong key', () => {
    const text = decodeText(
      new Uint8Array(
        readFileSync(
          join(dataSource, 'regionalstatistik/21111-02-06-4_abgaenge-abschlussart_kreise_2023.csv'),
        ),
      ),
    ).text;
    const rows = parseRegionalstatistikTable(text).rows.filter(
      (r) => r.key && /^\d{5}$/.test(r.key) && r.existing !== false && kreise.some((k) => k.key === r.key),
    );
    expect(rows.length).toBeGreaterThanOrEqual(398);
    const report = resolveRegionNames(
      rows.map((r) => r.name),
      kreise,
    );
    let right = 0;
    for (const r of rows) {
      const key = report.keys[r.name];
      if (key === undefined) continue;
      expect(key, r.name).toBe(r.key);
      right++;
    }
    // Names that differ between the table and the geometry are reported, not guessed.
    console.log(
      `names → keys: ${right} of ${rows.length} resolved; unmatched ${JSON.stringify(report.unmatched)}; ambiguous ${JSON.stringify(report.ambiguous.map((a) => a.name))}`,
    );
    expect(right).toBeGreaterThanOrEqual(390);
    expect(right + report.unmatched.length + report.ambiguous.length).toBe(rows.length);
  });

  it('resolves Länder names (German and English) and prefers the level most names have', () => {
    const r = resolveRegionNames(['Bayern', 'Freistaat Sachsen', 'Lower Saxony', 'Germany', 'Mordor']);
    expect(r.keys).toEqual({ Bayern: '09', 'Freistaat Sachsen': '14', 'Lower Saxony': '03', Germany: 'DG' });
    expect(r.unmatched).toEqual(['Mordor']);
    const both = [
      ...builtInRegions(),
      { key: '11000', name: 'Berlin', level: 'kreis' as const, kind: 'Kreisfreie Stadt' },
    ];
    const berlin = resolveRegionNames(['Bayern', 'Hessen', 'Berlin'], both);
    expect(berlin.keys.Berlin).toBe('11');
  });

  it('folds type words and spelling', () => {
    expect(coreName('Cloppenburg, Landkreis')).toBe('cloppenburg');
    expect(coreName('Kreis Unna')).toBe('unna');
    expect(coreName('Göttingen')).toBe('goettingen');
  });
});

describe('NUTS and ARS', () => {
  it('maps NUTS 0/1 built in and NUTS 3 through the geometry', () => {
    expect(nutsToKey('DE')).toBe('DG');
    expect(nutsToKey('DE9')).toBe('03');
    expect(nutsToKey('DEA')).toBe('05');
    expect(nutsToKey('DE948')).toBeUndefined();
    expect(nutsToKey('DE948', kreise)).toBe('03453');
    expect(nutsToKey('FR1')).toBeUndefined();
  });

  it('converts ARS to AGS and back (the AGS alone lacks the Verband)', () => {
    expect(arsToAgs('034530001001')).toBe('03453001');
    expect(agsToArs('03453001', nds)).toBe('034530001001');
    expect(agsToArs('03454007', nds)).toBe('034545401007'); // Dersum in Samtgemeinde Dörpen
    expect(agsToArs('03453001', kreise)).toBeUndefined();
  });
});
