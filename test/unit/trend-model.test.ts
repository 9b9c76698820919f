import { describe, expect, it } from 'vitest';
import type { Feed } from '../../src/core/feed/types';
import { buildTrendModel, defaultRegions, focusRegion, parseRegionList } from '../../src/core/trend/model';
import { model, TREND_FEED } from './trend-fixture';

describe('parseRegionList', () => {
  it('splits at spaces, commas and semicolons, maps ARS-12 to AGS, drops duplicates', () => {
    expect(parseRegionList('03453001, 03453 03;034530001001  00')).toEqual(['03453001', '03453', '03', 'DG']);
    expect(parseRegionList(['03453', ' 03 ', ''])).toEqual(['03453', '03']);
    expect(parseRegionList('')).toEqual([]);
    expect(parseRegionList(null)).toEqual([]);
    expect(parseRegionList('foo 99999')).toEqual(['foo', '99999']);
  });
});

describe('default regions', () => {
  it('finds the focus region by walking down single children', () => {
    expect(focusRegion(TREND_FEED)?.key).toBe('03453');
    const twoTops: Feed = {
      ...TREND_FEED,
      regions: [...TREND_FEED.regions, { key: '09', name: 'Bayern', level: 'land' }],
    };
    expect(focusRegion(twoTops)).toBe(null);
  });

  it('is the focus region and its parents that have values (Bund without values is left out)', () => {
    const ind = TREND_FEED.indicators[0]!;
    expect(defaultRegions(TREND_FEED, ind, [0, 1, 2, 3, 4])).toEqual(['03453', '03']);
    const einw = TREND_FEED.indicators[1]!;
    expect(defaultRegions(TREND_FEED, einw, [0, 1])).toEqual(['03453', 'DG']);
  });

  it('falls back to the most senior region with values', () => {
    const feed: Feed = {
      ...TREND_FEED,
      indicators: [
        {
          ...TREND_FEED.indicators[0]!,
          values: { '03453002': [1, 2, 3, 4, 5], '03453001': [1, 2, 3, 4, 5] },
        },
      ],
    };
    expect(defaultRegions(feed, feed.indicators[0]!, [0, 1, 2, 3, 4])).toEqual(['03453002']);
  });
});

describe('buildTrendModel', () => {
  it('builds aligned points with flags, hollow markers and styles', () => {
    const m = model({ indicator: 'quote', regions: '03453 03 03453001' });
    expect(m.years).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(m.series.map((s) => s.key)).toEqual(['03453', '03', '03453001']);
    expect(m.series.map((s) => s.name)).toEqual(['Landkreis Cloppenburg', 'Niedersachsen', 'Barßel']);
    expect(m.series.map((s) => s.style.index)).toEqual([0, 1, 2]);
    expect(m.series[1]!.points[2]).toEqual({ year: 2021, value: null, flag: 'secret', hollow: false });
    expect(m.series[1]!.points[4]).toEqual({ year: 2023, value: 7.4, flag: 'provisional', hollow: true });
    expect(m.series[2]!.points[4]!.hollow).toBe(true);
    expect(m.highlight).toBe('03453');
    expect(m.yZero).toBe(true);
    expect(m.xDomain).toEqual([2019, 2026]);
    expect(m.sample).toBe(false);
  });

  it('uses the default regions without a `regions` setting', () => {
    expect(model({ indicator: 'quote' }).series.map((s) => s.key)).toEqual(['03453', '03']);
  });

  it('gives the emphasised style to the highlight and keeps the order', () => {
    const m = model({ indicator: 'quote', regions: '03453 03 03453001', highlight: '03' });
    expect(m.highlight).toBe('03');
    expect(m.series.map((s) => [s.key, s.style.index, s.style.emphasis])).toEqual([
      ['03453', 1, false],
      ['03', 0, true],
      ['03453001', 2, false],
    ]);
    const bad = model({ indicator: 'quote', highlight: '03453002' });
    expect(bad.highlight).toBe('03453');
    expect(bad.unknownHighlight).toBe('03453002');
  });

  it('clamps years with from/to and drops targets after `to`', () => {
    const m = model({ indicator: 'quote', from: 2020, to: 2022 });
    expect(m.years).toEqual([2020, 2021, 2022]);
    expect(m.series[0]!.points.map((p) => p.value)).toEqual([8.0, 8.4, 8.2]);
    expect(m.targets).toEqual([]);
    expect(m.xDomain).toEqual([2020, 2022]);
  });

  it('shows targets of drawn regions only, and none with targets: false', () => {
    const m = model({ indicator: 'quote', regions: '03453 03' });
    expect(m.targets).toEqual([{ region: '03453', series: 0, year: 2026, value: 6 }]);
    expect(model({ indicator: 'quote', targets: false }).targets).toEqual([]);
    expect(model({ indicator: 'quote', targets: false }).xDomain).toEqual([2019, 2023]);
    const band = model({ indicator: 'einkommen' });
    expect(band.targets).toEqual([{ region: undefined, series: -1, year: 2022, min: 33000, max: 36000 }]);
  });

  it('keeps series breaks inside the years and footnotes of drawn regions and years', () => {
    const m = model({ indicator: 'quote' });
    expect(m.breaks).toEqual([{ year: 2021, note: { de: 'Neue Erhebung', en: 'New survey' } }]);
    expect(m.footnotes.map((n) => n.text)).toEqual([{ de: 'Alle Regionen', en: 'All regions' }]);
    expect(model({ indicator: 'quote', from: 2021 }).breaks).toEqual([]);
  });

  it('resolves y-zero: auto is on for counts and percent, off otherwise', () => {
    expect(model({ indicator: 'einwohner' }).yZero).toBe(true);
    expect(model({ indicator: 'einkommen' }).yZero).toBe(false);
    expect(model({ indicator: 'einkommen', yZero: 'on' }).yZero).toBe(true);
    expect(model({ indicator: 'quote', yZero: 'off' }).yZero).toBe(false);
  });

  it('marks sample data', () => {
    expect(model({ indicator: 'einwohner' }).sample).toBe(true);
  });

  it('lists unknown keys and known regions without values, and draws the rest', () => {
    const m = model({ indicator: 'quote', regions: '03453 99999 DG 03453002' });
    expect(m.series.map((s) => s.key)).toEqual(['03453']);
    expect(m.unknownRegions).toEqual(['99999']);
    expect(m.emptyRegions).toEqual(['Deutschland', 'Bösel']);
  });

  it('reports an unknown or missing indicator', () => {
    expect(buildTrendModel(TREND_FEED, { indicator: 'nope' })).toEqual({
      ok: false,
      problem: { code: 'unknown-indicator', params: { id: 'nope' } },
    });
    expect(buildTrendModel(TREND_FEED, {})).toEqual({
      ok: false,
      problem: { code: 'unknown-indicator', params: { id: '' } },
    });
  });

  it('reports unknown regions when none is known', () => {
    expect(buildTrendModel(TREND_FEED, { indicator: 'quote', regions: '99999, 12345678' })).toEqual({
      ok: false,
      problem: { code: 'unknown-region', params: { keys: '99999, 12345678' } },
    });
  });

  it('reports no data for regions without values or years outside the data', () => {
    const noData = { ok: false, problem: { code: 'no-data', params: { indicator: 'quote' } } };
    expect(buildTrendModel(TREND_FEED, { indicator: 'quote', regions: 'DG 03453002' })).toEqual(noData);
    expect(buildTrendModel(TREND_FEED, { indicator: 'quote', from: 2030 })).toEqual(noData);
    expect(buildTrendModel(TREND_FEED, { indicator: 'quote', from: 2023, to: 2019 })).toEqual(noData);
  });
});
