import { describe, expect, it } from 'vitest';
import { classColors, divergingColors } from '../../src/core/colors';
import type { Feed } from '../../src/core/feed/types';
import {
  buildMapModel,
  latestYearWithValues,
  MapModelError,
  mapTableRows,
  matchNotes,
  regionDetails,
  regionLabel,
} from '../../src/core/map/model';
import { formatIsoDate } from '../../src/core/format';

const KEYS = ['03453001', '03453002', '03453003', '03453004', '03453005'];
const NAMES = ['Barßel', 'Bösel', 'Cappeln', 'Cloppenburg', 'Emstek'];

function feed(overrides: Partial<Feed['indicators'][number]> = {}): Feed {
  return {
    version: 1,
    meta: { title: 'T', publisher: 'P', license: 'L', attribution: 'A', date: '2025-01-01' },
    regions: [
      { key: '03', name: 'Niedersachsen', level: 'land' },
      { key: '03453', name: 'LK Cloppenburg', level: 'kreis', parent: '03' },
      ...KEYS.map((key, i) => ({ key, name: NAMES[i]!, level: 'gemeinde' as const, parent: '03453' })),
      { key: '03453099', name: 'Nicht auf der Karte', level: 'gemeinde', parent: '03453' },
    ],
    indicators: [
      {
        id: 'q',
        title: { de: 'Quote', en: 'Rate' },
        unit: 'percent',
        decimals: 1,
        polarity: 'lower-is-better',
        source: 'S',
        years: [2022, 2023],
        values: {
          '03453001': [2, 4],
          '03453002': [4, 8],
          '03453003': [6, null],
          '03453004': [8, 8],
          '03453005': [10, null],
          '03453099': [1, 1],
          '03453': [7, 7.5],
          '03': [6, 6.5],
        },
        flags: { '03453005': [null, 'secret'], '03453004': [null, 'provisional'] },
        ...overrides,
      },
    ],
  };
}

describe('buildMapModel', () => {
  it('classifies the drawn regions, ranks them (1 = highest, ties share) and marks gaps by kind', () => {
    const m = buildMapModel({
      feed: feed(),
      indicator: 'q',
      keys: KEYS,
      lang: 'de',
      classification: 'manual',
      breaks: [5, 7],
    });
    expect(m.year).toBe(2023);
    expect(m.regions.map((r) => r.cls)).toEqual([0, 2, -1, 2, -1]);
    expect(m.regions.map((r) => r.kind)).toEqual(['value', 'value', 'no-data', 'value', 'secret']);
    expect(m.regions.map((r) => r.rank)).toEqual([3, 1, null, 1, null]);
    expect(m.colors).toEqual(classColors('ylgnbu', 3));
    expect(m.legend.map((e) => [e.id, e.label, e.count])).toEqual([
      [0, '4,0–5,0\u00A0%', 1],
      [1, '5,0–7,0\u00A0%', 0],
      [2, '7,0–8,0\u00A0%', 2],
      ['no-data', 'keine Daten', 1],
      ['secret', 'geheim gehalten', 1],
    ]);
    expect(m.polarityNote).toBe('Niedrigere Werte sind günstiger');
  });

  it('finds the parent value for the comparison and reports keys missing on either side', () => {
    const m = buildMapModel({ feed: feed(), indicator: 'q', keys: [...KEYS, '03453098'], lang: 'en' });
    expect(m.regions[0]!.parent).toEqual({ key: '03453', name: 'LK Cloppenburg', value: 7.5 });
    expect(m.missingInGeometry).toEqual(['03453099']);
    expect(m.offMap).toEqual([{ key: '03453099', name: 'Nicht auf der Karte', value: 1, flag: null }]);
    expect(m.missingInFeed).toEqual(['03453098']);
    const d = regionDetails(m.regions[0]!, m, 'en');
    expect(d.value).toBe('4.0% (2023)');
    expect(d.parent).toBe('LK Cloppenburg: 7.5% (difference −3.5\u00A0pp)');
    expect(d.rank).toBe('Rank 3 of 3 (rank 1 = highest value)');
    expect(regionLabel(m.regions[3]!, m.indicator, 'de')).toBe('Cloppenburg: 8,0\u00A0% (vorläufig)');
    expect(regionLabel(m.regions[4]!, m.indicator, 'de')).toBe('Emstek: unbekannt oder geheim');
  });

  it('notes unmatched regions by name and key, with both territorial dates when they differ', () => {
    const m = buildMapModel({ feed: feed(), indicator: 'q', keys: [...KEYS, '03453098'], lang: 'de' });
    expect(matchNotes(m, { feed: '2025-01-01', geometry: '2023-12-31' }, 'de')).toEqual([
      '1 Region der Datendatei ist nicht auf der Karte (ihre Werte stehen in der Tabelle): Nicht auf der Karte (03453099)',
      '1 Region der Karte fehlt in der Datendatei: 03453098',
      'Gebietsstand der Daten: 01.01.2025, der Karte: 31.12.2023. Nach Gebietsänderungen (z. B. Gemeindefusionen) passen Regionalschlüssel nicht mehr zusammen.',
    ]);
    // same date, or no geometry date: no date note; matching keys: no notes at all
    expect(matchNotes(m, { feed: '2023-12-31', geometry: '2023-12-31' }, 'en')).toHaveLength(2);
    expect(matchNotes(m, { feed: '2025-01-01' }, 'en')).toHaveLength(2);
    expect(matchNotes(m, { geometry: '2023-12-31' }, 'en')[2]).toBe(
      'Territorial reference date of the map: 31 Dec 2023; the data file states none (meta.territorialDate).',
    );
    const f = feed();
    delete f.indicators[0]!.values['03453099'];
    f.regions = f.regions.filter((r) => r.key !== '03453099');
    const clean = buildMapModel({ feed: f, indicator: 'q', keys: KEYS, lang: 'de' });
    expect(matchNotes(clean, { feed: '2025-01-01', geometry: '2023-12-31' }, 'de')).toEqual([]);
    const rows = mapTableRows(m, 'de');
    expect(rows[rows.length - 1]!.cells[0]).toBe('Nicht auf der Karte (nicht auf der Karte)');
  });

  it('formats ISO dates for German and English', () => {
    expect(formatIsoDate('2023-12-31', 'de')).toBe('31.12.2023');
    expect(formatIsoDate('2025-01-01', 'en')).toBe('1 Jan 2025');
    expect(formatIsoDate('31.12.2023', 'en')).toBe('31.12.2023');
  });

  it('counts only feed regions inside the shown area as missing from the geometry', () => {
    const f = feed();
    f.regions.push({ key: '03459001', name: 'Anderswo', level: 'gemeinde', parent: '03459' });
    f.indicators[0]!.values['03459001'] = [1, 1];
    const inArea = buildMapModel({ feed: f, indicator: 'q', keys: KEYS, lang: 'de', area: '03453' });
    expect(inArea.missingInGeometry).toEqual(['03453099']);
    const everywhere = buildMapModel({ feed: f, indicator: 'q', keys: KEYS, lang: 'de' });
    expect(everywhere.missingInGeometry).toEqual(['03453099', '03459001']);
  });

  it('uses a diverging scheme split at the reference value', () => {
    const m = buildMapModel({
      feed: feed({ reference: 5 }),
      indicator: 'q',
      year: 2022,
      keys: KEYS,
      lang: 'de',
      classification: 'equal',
      classes: 4,
    });
    // equal intervals over 2..10: 4, 6, 8 — plus the reference 5
    expect(m.classification.breaks).toEqual([4, 5, 6, 8]);
    expect(m.colors).toEqual(divergingColors('puor', 2, 3));
    expect(m.regions.map((r) => r.cls)).toEqual([0, 1, 3, 4, 4]);
  });

  it('labels a class that holds a single value with that value, not a range', () => {
    const m = buildMapModel({
      feed: feed(),
      indicator: 'q',
      keys: KEYS,
      lang: 'de',
      classification: 'manual',
      breaks: [8],
    });
    expect(m.legend.slice(0, 2).map((e) => e.label)).toEqual(['4,0–8,0\u00A0%', '8,0\u00A0%']);
  });

  it('summarises range and gaps in one sentence', () => {
    const m = buildMapModel({ feed: feed(), indicator: 'q', keys: KEYS, lang: 'de' });
    expect(m.summary).toBe(
      'Quote, 2023: 3 Regionen mit Werten von 4,0\u00A0% (Barßel) bis 8,0\u00A0% (Bösel). 2 Regionen ohne Wert. Niedrigere Werte sind günstiger.',
    );
  });

  it('lists every drawn region in the table, sorted by name, then the regions not on the map', () => {
    const m = buildMapModel({ feed: feed(), indicator: 'q', keys: KEYS, lang: 'de' });
    const rows = mapTableRows(m, 'de');
    expect(rows.map((r) => r.cells[0])).toEqual([
      'Barßel',
      'Bösel',
      'Cappeln',
      'Cloppenburg',
      'Emstek',
      'Nicht auf der Karte (nicht auf der Karte)',
    ]);
    expect(rows[3]!.cells).toEqual(['Cloppenburg', '8,0\u00A0%', '1', 'vorläufig']);
    expect(rows[2]!.sort).toEqual(['Cappeln', null, null, null]);
  });

  it('throws precise errors for an unknown indicator, an unknown year and a year without values', () => {
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e as MapModelError;
      }
      throw new Error('did not throw');
    };
    expect(err(() => buildMapModel({ feed: feed(), indicator: 'x', keys: KEYS, lang: 'de' })).code).toBe(
      'unknown-indicator',
    );
    expect(
      err(() => buildMapModel({ feed: feed(), indicator: 'q', year: 1999, keys: KEYS, lang: 'de' })).code,
    ).toBe('unknown-year');
    expect(
      err(() => buildMapModel({ feed: feed(), indicator: 'q', keys: ['03453077'], lang: 'de' })).code,
    ).toBe('no-data');
  });
});

describe('latestYearWithValues', () => {
  it('skips trailing years without values for the drawn regions', () => {
    const f = feed({ years: [2022, 2023], values: { '03453001': [1, null] } });
    expect(latestYearWithValues(f.indicators[0]!, ['03453001'])).toBe(2022);
    expect(latestYearWithValues(f.indicators[0]!, ['03453002'])).toBeUndefined();
  });
});
