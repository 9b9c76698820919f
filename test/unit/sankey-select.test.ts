import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Feed } from '../../src/core/feed/types';
import {
  ancestors,
  flowRegions,
  flowYears,
  focusRegion,
  mainRegion,
  nodeOrder,
  selectFlow,
} from '../../src/core/sankey/select';
import { FEED } from './sankey-fixtures';

describe('selectFlow', () => {
  it('defaults to the feed region of the Gemeinden (the Kreis) and the latest year', () => {
    const sel = selectFlow(FEED, { flow: 'uebergang' });
    expect(sel.ok).toBe(true);
    if (!sel.ok) return;
    expect(sel.flow.region).toBe('03453');
    expect(sel.flow.year).toBe(2023);
    expect(sel.years).toEqual([2021, 2023]);
    expect(sel.regions).toEqual(['03', '03453']);
  });

  it('takes the first flow of the feed when no id is given', () => {
    const sel = selectFlow(FEED);
    expect(sel.ok && sel.flow.id).toBe('uebergang');
  });

  it('honours year and region', () => {
    const sel = selectFlow(FEED, { flow: 'uebergang', year: 2021 });
    expect(sel.ok && sel.flow.nodes.map((n) => n.id)).toEqual(['gs', 'hs', 'obs', 'gym']);
    const land = selectFlow(FEED, { flow: 'uebergang', region: '03' });
    expect(land.ok && [land.flow.region, land.flow.year, land.years]).toEqual(['03', 2023, [2023]]);
  });

  it('walks up to the Land when the flow exists only there', () => {
    const sel = selectFlow(FEED, { flow: 'nur-land' });
    expect(sel.ok && [sel.flow.region, sel.flow.year]).toEqual(['03', 2020]);
  });

  it('says why there is nothing to draw', () => {
    expect(selectFlow(FEED, { flow: 'gibt-es-nicht' })).toEqual({
      ok: false,
      code: 'unknown-flow',
      id: 'gibt-es-nicht',
    });
    expect(selectFlow(FEED, { flow: 'nur-land', region: '03453' })).toEqual({
      ok: false,
      code: 'unknown-region',
      id: 'nur-land',
      region: '03453',
    });
    expect(selectFlow(FEED, { flow: 'uebergang', year: 2019 })).toEqual({
      ok: false,
      code: 'unknown-year',
      id: 'uebergang',
      region: '03453',
      year: 2019,
      years: [2021, 2023],
    });
    expect(selectFlow({ ...FEED, flows: [] })).toEqual({ ok: false, code: 'no-flows' });
  });
});

describe('regions and years', () => {
  it('ancestors, focus region, regions and years of a flow', () => {
    expect(ancestors(FEED, '03453001')).toEqual(['03453001', '03453', '03', 'DG']);
    expect(focusRegion(FEED)).toBe('03453');
    expect(focusRegion({ ...FEED, regions: FEED.regions.slice(0, 2) })).toBe('03453');
    expect(flowRegions(FEED, 'uebergang')).toEqual(['03', '03453']);
    expect(flowYears(FEED, 'uebergang', '03453')).toEqual([2021, 2023]);
    expect(mainRegion(FEED, 'uebergang')).toBe('03453');
    expect(mainRegion(FEED, 'unbekannt')).toBe(undefined);
  });

  it('node order: newest year first, then nodes only older years have', () => {
    expect([...nodeOrder(FEED, 'uebergang', '03453')]).toEqual([
      ['gs', 0],
      ['gym', 1],
      ['rs', 2],
      ['obs', 3],
      ['fs', 4],
      ['hs', 5],
    ]);
  });

  it('picks the Landkreis in the Cloppenburg demo feed', () => {
    const feed = JSON.parse(readFileSync('generated/feeds/kreis-03453.feed.json', 'utf8')) as Feed;
    const sel = selectFlow(feed, { flow: 'schulabgaenge-abschluss' });
    expect(sel.ok && [sel.flow.region, sel.flow.year]).toEqual(['03453', 2023]);
    const jg5 = selectFlow(feed, { flow: 'uebergang-jg5' });
    expect(jg5.ok && [jg5.flow.region, jg5.flow.year, jg5.years]).toEqual([
      '03',
      2023,
      [2015, 2016, 2017, 2018, 2023],
    ]);
  });
});
