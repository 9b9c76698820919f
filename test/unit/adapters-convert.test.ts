/**
 * Every file in ../shared/data-source converts to a valid feed, or is rejected with a precise
 * reason where it is not German regional indicator data. Values are checked against the files.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertToFeed, type AnyInputOptions } from '../../src/core/adapters/convert';
import { AdapterError } from '../../src/core/adapters/errors';
import type { Feed, Indicator } from '../../src/core/feed/types';
import { validateFeed } from '../../src/core/feed/validate';
import { resolvePaths } from '../../scripts/paths';

const root = resolvePaths([]).dataSource;

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? listFiles(p) : f.endsWith('.md') ? [] : [relative(root, p)];
  });
}

const bytes = (file: string): Uint8Array => new Uint8Array(readFileSync(join(root, file)));
const BASE: AnyInputOptions = { today: '2025-06-01', meta: { publisher: 'Test' } };

function convert(file: string, opts: AnyInputOptions): Feed {
  const { feed } = convertToFeed(bytes(file), { ...BASE, ...opts });
  expect(validateFeed(feed).ok).toBe(true);
  return feed;
}

function rejection(file: string, opts: AnyInputOptions): AdapterError {
  try {
    convertToFeed(bytes(file), { ...BASE, ...opts });
  } catch (e) {
    if (e instanceof AdapterError) return e;
    throw e;
  }
  throw new Error(`${file} converted, but a rejection was expected`);
}

function at(
  ind: Indicator,
  key: string,
  year: number,
): { value: number | null | undefined; flag: string | null | undefined } {
  const i = ind.years.indexOf(year);
  return {
    value: i < 0 ? undefined : ind.values[key]?.[i],
    flag: i < 0 ? undefined : (ind.flags?.[key]?.[i] ?? null),
  };
}

const ABGAENGE = 'regionalstatistik/21111-02-06-4_abgaenge-abschlussart_kreise_2023.csv';
const SCHULEN = 'regionalstatistik/21111-01-03-4_schulen-schueler-schularten_kreise_2023.csv';

/** Every data file and what must happen to it; a new file without an entry fails the first test. */
const CASES: Record<string, (file: string) => void> = {
  [ABGAENGE]: (file) => {
    const feed = convert(file, {
      indicatorId: 'abgang-ohne-hsa',
      column: 'ohne Hauptschulabschluss / Insgesamt',
    });
    const ind = feed.indicators[0]!;
    expect(ind.years).toEqual([2023]);
    expect(ind.unit).toBe('count');
    expect(at(ind, '03453', 2023).value).toBe(163); // Landkreis Cloppenburg
    expect(at(ind, '03459', 2023).value).toBe(299); // Landkreis Osnabrück
    expect(at(ind, '03151', 2023).value).toBe(110); // Landkreis Gifhorn
    expect(at(ind, 'DG', 2023).value).toBe(55708);
    expect(feed.regions.find((r) => r.key === '03453')).toEqual({
      key: '03453',
      name: 'Cloppenburg, Landkreis',
      level: 'kreis',
      parent: '03',
    });
    // Historical Kreise (every value "-") and 3-digit statistical regions are not in the feed.
    expect(feed.regions.some((r) => r.key === '03152')).toBe(false);
    expect(feed.regions.some((r) => r.key.length === 3)).toBe(false);
    expect(feed.meta.license).toBe('dl-de/by-2-0');
    expect(feed.meta.date).toBe('2025-03-13');
    expect(ind.source).toBe(
      'Regionaldatenbank Deutschland, Tabelle 21111-02-06-4. © Statistische Ämter des Bundes und der Länder, Deutschland, 2025',
    );
    // A marker becomes a flag, never a number: "." (secret) in Niedersachsen, "-" (nil) in Schleswig-Holstein.
    const fhr = convert(file, { indicatorId: 'fhr', column: 'mit Fachhochschulreife / Insgesamt' })
      .indicators[0]!;
    expect(at(fhr, '03453', 2023)).toEqual({ value: null, flag: 'secret' });
    expect(at(fhr, '01001', 2023)).toEqual({ value: null, flag: 'nil' });
    expect(at(fhr, 'DG', 2023)).toEqual({ value: 802, flag: null });
    // Footnotes of the table are kept.
    expect(ind.footnotes?.some((n) => String(n.text).includes('Niedersachsen'))).toBe(true);
    // Without a column the table is ambiguous, and the message lists the columns.
    const e = rejection(file, { indicatorId: 'x' });
    expect(e.code).toBe('ambiguous-dimension');
    expect(e.format('en')).toContain('ohne Hauptschulabschluss / Insgesamt');
  },
  [SCHULEN]: (file) => {
    const feed = convert(file, {
      indicatorId: 'klasse7',
      column: '7. Klassenstufe',
      select: { label: 'Gymnasien' },
    });
    expect(at(feed.indicators[0]!, '03453', 2023).value).toBe(549);
    const grund = convert(file, {
      indicatorId: 'k7',
      column: '7. Klassenstufe',
      select: { label: 'Grundschulen' },
    });
    expect(at(grund.indicators[0]!, '03453', 2023)).toEqual({ value: null, flag: 'not-applicable' });
    // One indicator per school type.
    const all = convert(file, { indicatorId: 'k7', column: '7. Klassenstufe', indicatorDim: 'label' });
    expect(all.indicators.map((i) => i.id)).toContain('k7-hauptschulen');
    expect(
      at(
        all.indicators.find((i) => i.id === 'k7-hauptschulen')!,
        '03453',
        2023,
      ).value,
    ).toBe(82);
  },
  'regionalstatistik/12411-01-01-4_bevoelkerung-geschlecht_kreise_2018.csv': (file) => {
    const ind = convert(file, { indicatorId: 'einwohner', column: 'Insgesamt' }).indicators[0]!;
    expect(ind.years).toEqual([2018]);
    expect(at(ind, 'DG', 2018).value).toBe(83019213);
  },
  'regionalstatistik/12411-01-01-4_bevoelkerung-geschlecht_kreise_2021.csv': (file) => {
    const ind = convert(file, { indicatorId: 'einwohner', column: 'Insgesamt' }).indicators[0]!;
    expect(at(ind, '03453', 2021).value).toBe(173980);
    expect(at(ind, '03459', 2021).value).toBe(361550);
    expect(at(ind, '03151', 2021).value).toBe(177919);
  },
  'regionalstatistik/11111-01-01-4_gebietsflaeche_kreise_2018.csv': (file) => {
    const ind = convert(file, { indicatorId: 'flaeche' }).indicators[0]!;
    expect(ind.unit).toBe('km2');
    expect(ind.decimals).toBe(2);
    expect(at(ind, '03453', 2018).value).toBe(1420.35); // decimal comma
  },
  'regionalstatistik/73111-01-01-4_lohn-einkommensteuer_kreise_2013-2019.csv': (file) => {
    const ind = convert(file, { indicatorId: 'einkuenfte', column: 'Gesamtbetrag der Einkünfte' })
      .indicators[0]!;
    expect(ind.years).toEqual([2013, 2014, 2015, 2016, 2017, 2018, 2019]);
    expect(ind.unit).toBe('eur'); // "Tsd. EUR" × 1000
    expect(at(ind, 'DG', 2019).value).toBe(1857866233 * 1000);
    const raw = convert(file, { indicatorId: 'e', column: 'Gesamtbetrag der Einkünfte', scale: false })
      .indicators[0]!;
    expect(at(raw, 'DG', 2019).value).toBe(1857866233);
    expect(raw.unit).toEqual({ de: 'Tsd. EUR', en: 'Tsd. EUR' });
  },
  'regionalstatistik/82411-01-03-4_verfuegbares-einkommen_kreise_2021.csv': (file) => {
    const ind = convert(file, {
      indicatorId: 'einkommen-je-ew',
      column: 'verfüg. Einkommen der priv. Haushalte je Einwohner',
    }).indicators[0]!;
    expect(ind.unit).toBe('eur');
    expect(at(ind, 'DG', 2021).value).toBe(24415);
  },
  'genesis-online/12411-0010_bevoelkerung_laender_2009-2022.csv': (file) => {
    // Länder by name only: keys come from the names; one column per reference date.
    const { feed, warnings } = convertToFeed(bytes(file), { ...BASE, indicatorId: 'bevoelkerung' });
    const ind = feed.indicators[0]!;
    expect(ind.years).toEqual([
      2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022,
    ]);
    expect(feed.regions.map((r) => r.key).sort()).toEqual([
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
    expect(at(ind, '11', 2010).value).toBe(3460725); // Berlin
    expect(at(ind, '11', 2011).value).toBe(3326002);
    expect(warnings.some((w) => w.en.includes('16 regions identified by their name'))).toBe(true);
  },
  'ffcsv/12613-0013_gestorbene-monate-laender_de_flat.csv': (file) => {
    const e = rejection(file, { indicatorId: 'x' });
    expect(e.code).toBe('ambiguous-dimension');
    expect(e.format('en')).toContain('"MONAT" (Monate)');
    expect(e.format('en')).toContain('"GES" (Geschlecht)');
    const ind = convert(file, {
      indicatorId: 'gestorbene-april',
      select: { MONAT: 'April', GES: 'Insgesamt' },
    }).indicators[0]!;
    expect(ind.years).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(at(ind, '08', 2017).value).toBe(8402); // first data row
    const w = convert(file, { indicatorId: 'g', select: { MONAT: 'MONAT08', GES: 'weiblich' } })
      .indicators[0]!;
    expect(at(w, '04', 2018).value).toBe(347);
  },
  'derived/bevoelkerung-altersgruppen_kreise_2023-2024.csv': (file) => {
    expect(rejection(file, { indicatorId: 'x' }).format('en')).toContain(
      'numeric columns: insgesamt, maennlich, weiblich',
    );
    const e = rejection(file, { indicatorId: 'x', column: 'insgesamt' });
    expect(e.code).toBe('ambiguous-dimension');
    expect(e.format('en')).toContain('"altersgruppe"');
    const ind = convert(file, {
      indicatorId: 'u3',
      column: 'insgesamt',
      select: { altersgruppe: 'unter 3 Jahre' },
    }).indicators[0]!;
    expect(ind.years).toEqual([2023, 2024]);
    expect(at(ind, 'DG', 2023).value).toBe(2222340);
  },
  'zensus2022/zensus2022_einwohnerzahl_alle-ebenen_ars.csv': (file) => {
    // "00" occurs three times (with/without Germans abroad, Germans abroad).
    const e = rejection(file, { indicatorId: 'x', column: 'EWZ' });
    expect(e.code).toBe('ambiguous-dimension');
    expect(e.format('de')).toContain('Deutsche im Ausland');
    const feed = convert(file, {
      indicatorId: 'ewz',
      column: 'EWZ',
      exclude: { Regionalebene: ['Deutsche im Ausland', 'Bund (mit Deutschen im Ausland)'] },
    });
    const ind = feed.indicators[0]!;
    expect(ind.years).toEqual([2022]);
    expect(at(ind, 'DG', 2022).value).toBe(82711282);
    expect(at(ind, '03453', 2022).value).toBe(175408);
    // Barßel: 12-digit ARS 034530001001 → AGS 03453001.
    expect(at(ind, '03453001', 2022).value).toBe(13516);
    expect(feed.regions.find((r) => r.key === '03453001')?.parent).toBe('03453'); // Einheitsgemeinde
    // Dersum (ARS 034545401007) lies in Samtgemeinde Dörpen (034545401).
    expect(feed.regions.find((r) => r.key === '03454007')).toEqual({
      key: '03454007',
      name: 'Dersum',
      level: 'gemeinde',
      parent: '034545401',
    });
    expect(at(ind, '034545401', 2022).value).toBe(17083);
    const bfs = convert(file, {
      indicatorId: 'bfs',
      column: 'EWZ_BFS_20220630',
      exclude: { Regionalebene: ['Deutsche im Ausland', 'Bund (ohne Deutsche im Ausland)'] },
    }).indicators[0]!;
    // "–" (en dash) is a marker, not a number.
    expect(
      Object.values(bfs.flags ?? {})
        .flat()
        .filter((f) => f === 'nil').length,
    ).toBeGreaterThanOrEqual(1);
  },
  'gemeindeverzeichnis/kreise-ags-nuts3-flaeche-bevoelkerung_2018.csv': (file) => {
    expect(rejection(file, { indicatorId: 'x', column: 'population' }).code).toBe('no-time-dimension');
    const ind = convert(file, { indicatorId: 'ew', column: 'population', year: 2018 }).indicators[0]!;
    expect(at(ind, '03453', 2018).value).toBe(169348);
    const area = convert(file, { indicatorId: 'a', column: 'area_km2', year: 2018, unit: 'km2' })
      .indicators[0]!;
    expect(at(area, '03453', 2018).value).toBe(1420.35); // decimal point
  },
  'uebergaenge/niedersachsen_uebergaenge-jahrgang5_schulformen.csv': (file) => {
    const feed = convert(file, {
      indicatorId: 'jg5',
      column: 'wert_prozent',
      select: { kennzahl: 'Verteilung Jg. 5' },
      indicatorDim: 'nach',
    });
    const gy = feed.indicators.find((i) => i.id === 'jg5-gymnasium')!;
    expect(gy.unit).toBe('percent');
    expect(at(gy, '03', 2015).value).toBe(42.4); // 2014/2015, decimal comma
  },
  'jsonstat/jsonstat-org_oecd.json': (file) => {
    const e = rejection(file, { indicatorId: 'x' });
    expect(e.code).toBe('unknown-region');
    expect(e.format('en')).toContain('35 of 36 regions of dimension "area"');
    // Only Germany (DE → DG) is German; the others may be left out.
    const { feed, warnings } = convertToFeed(bytes(file), {
      ...BASE,
      indicatorId: 'unr',
      dropUnknownRegions: true,
    });
    const ind = feed.indicators[0]!;
    expect(feed.regions.map((r) => r.key)).toEqual(['DG']);
    expect(at(ind, 'DG', 2012)).toEqual({ value: 5.28775372, flag: null });
    expect(at(ind, 'DG', 2014)).toEqual({ value: 5.565600014, flag: 'estimated' }); // status "e"
    expect(warnings.some((w) => w.en.startsWith('35 regions without an official key left out'))).toBe(true);
  },
  'jsonstat/jsonstat-org_canada.json': (file) => {
    const e = rejection(file, { indicatorId: 'x', select: { age: 'T', sex: 'T', concept: 'POP' } });
    expect(e.code).toBe('unknown-region');
    expect(e.format('en')).toContain('CA (Canada)');
    const ind = jsonStatAt(file, { select: { age: 'T', sex: 'F', concept: 'POP' }, regionMap: { CA: 'DG' } });
    expect(ind.unit).toEqual({ de: 'thousands of persons', en: 'thousands of persons' });
    expect(at(ind, 'DG', 2012).value).toBe(17571.3);
  },
  'jsonstat/jsonstat-org_galicia.json': (file) => {
    const e = rejection(file, { indicatorId: 'x' });
    expect(e.code).toBe('ambiguous-dimension');
    expect(e.format('en')).toContain('Several dimensions hold regions (birth, residence)');
    // Province codes 15 (A Coruña) and 27… are not Länder.
    const e2 = rejection(file, {
      indicatorId: 'x',
      regionDim: 'residence',
      select: { birth: 'T', age: 'T', gender: 'T' },
    });
    expect(e2.code).toBe('unknown-region');
  },
  'jsonstat/jsonstat-org_hierarchy.json': (file) => {
    const e = rejection(file, { indicatorId: 'x' });
    expect(e.code).toBe('no-data');
    expect(e.format('en')).toContain('contains no values (all 132 cells empty)');
  },
  'jsonstat/jsonstat-org_order.json': (file) => {
    const e = rejection(file, { indicatorId: 'x' });
    expect(e.code).toBe('text-in-number');
    expect(e.format('en')).toContain('position 0 (A=1, B=1, C=1) is text ("A1B1C1")');
  },
  'jsonstat/jsonstat-org_us-unr.json': (file) => {
    const e = rejection(file, { indicatorId: 'x' });
    expect(e.code).toBe('unknown-region');
    expect(e.format('en')).toMatch(
      /^\d+ of 3220 regions of dimension "county" have neither an official German key/,
    );
  },
  'jsonstat/jsonstat-org_collection.json': (file) => {
    const e = rejection(file, { indicatorId: 'x' });
    expect(e.code).toBe('no-data');
    expect(e.format('en')).toContain('only 8 links: http://json-stat.org/samples/oecd.json');
  },
  'jsonstat/eurostat_nama_10_gdp.json': (file) => {
    expect(rejection(file, { indicatorId: 'x' }).code).toBe('ambiguous-dimension');
    // Sparse value and status objects: index 1 = unit at position 0, na_item B1G (position 1).
    const doc = JSON.parse(readFileSync(join(root, file), 'utf8')) as {
      dimension: { unit: { category: { index: Record<string, number> } } };
    };
    const unit0 = Object.entries(doc.dimension.unit.category.index).find(([, p]) => p === 0)![0];
    const ind = jsonStatAt(file, { select: { unit: unit0, na_item: 'B1G' }, regionMap: { DK: 'DG' } });
    expect(at(ind, 'DG', 2023).value).toBe(113.094);
  },
  'jsonstat/statistikbanken-dk_HISB3.json': (file) => {
    // JSON-stat 1.x, converted; no region dimension (Denmark as a whole).
    expect(rejection(file, { indicatorId: 'x' }).code).toBe('no-region-dimension');
    const { feed, warnings } = convertToFeed(bytes(file), {
      ...BASE,
      indicatorId: 'bef',
      region: 'DG',
      select: { BEVÆGELSE: 'M+K' },
    });
    const ind = feed.indicators[0]!;
    expect(ind.years).toEqual([2022, 2023]);
    expect(ind.values.DG).toEqual([5873, 5933]);
    expect(ind.unit).toBe('count'); // "Antal" (number)
    expect(ind.decimals).toBe(0);
    expect(warnings[0]!.en).toBe('JSON-stat 1.x converted to 2.0.');
  },
  'sdmx-json/sdmx-json-2_exr-time-series.json': (file) => sdmxCase(file),
  'sdmx-json/sdmx-json-2_exr-flat.json': (file) => sdmxCase(file),
};

function jsonStatAt(file: string, opts: AnyInputOptions): Indicator {
  return convert(file, { indicatorId: 'x', ...opts }).indicators[0]!;
}

function sdmxCase(file: string): void {
  expect(rejection(file, { indicatorId: 'x' }).code).toBe('no-region-dimension');
  // Daily exchange rates: two days fall into one year.
  const e = rejection(file, { indicatorId: 'x', region: 'DG', select: { CURRENCY: 'NZD' } });
  expect(e.code).toBe('duplicate-value');
  expect(e.format('en')).toContain('sub-annual');
  const ind = convert(file, {
    indicatorId: 'nzd',
    region: 'DG',
    select: { CURRENCY: 'NZD', TIME_PERIOD: '2013-01-18' },
  }).indicators[0]!;
  expect(ind.values.DG).toEqual([1.5931]);
  const rub = convert(file, {
    indicatorId: 'rub',
    region: 'DG',
    select: { CURRENCY: 'RUB', TIME_PERIOD: '2013-01-21' },
  }).indicators[0]!;
  expect(ind.years).toEqual([2013]);
  expect(rub.values.DG).toEqual([40.3]);
}

describe('every file of ../shared/data-source', () => {
  const files = listFiles(root).sort();

  it('has an expectation for each file', () => {
    expect(files.length).toBeGreaterThanOrEqual(24);
    expect(files.filter((f) => !CASES[f])).toEqual([]);
  });

  for (const file of files) {
    it(file, () => {
      CASES[file]!(file);
    });
  }
});
