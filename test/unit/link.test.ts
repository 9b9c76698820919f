import { describe, expect, it } from 'vitest';
import type { Feed, Flow } from '../../src/core/feed/types';
import { flowHasYear, flowRegionLink, indicatorHasYear, regionChain, trendLink } from '../../src/core/link';

const flow = (id: string, region: string, year: number): Flow => ({
  id,
  title: id,
  year,
  region,
  unit: 'count',
  nodes: [
    { id: 'a', label: 'A', stage: 0 },
    { id: 'b', label: 'B', stage: 1 },
  ],
  links: [{ source: 'a', target: 'b', value: 10 }],
});

/** Bund → Niedersachsen → Cloppenburg → Barßel/Bösel, two indicators, flows for Kreis and Land. */
const FEED: Feed = {
  version: 1,
  meta: {
    title: 'Test',
    publisher: 'Test',
    license: 'dl-de/by-2-0',
    attribution: 'Test',
    date: '2025-01-01',
  },
  regions: [
    { key: 'DG', name: 'Deutschland', level: 'bund' },
    { key: '03', name: 'Niedersachsen', level: 'land', parent: 'DG' },
    { key: '03453', name: 'Cloppenburg', level: 'kreis', parent: '03' },
    { key: '03453001', name: 'Barßel', level: 'gemeinde', parent: '03453' },
    { key: '03453002', name: 'Bösel', level: 'gemeinde', parent: '03453' },
  ],
  indicators: [
    {
      id: 'kreise-only',
      title: 'Nur Kreise',
      unit: 'percent',
      decimals: 1,
      polarity: 'neutral',
      source: 'Test',
      years: [2019, 2020],
      values: { '03453': [1, 2], '03': [3, 4] },
    },
    {
      id: 'quote',
      title: 'Quote',
      unit: 'percent',
      decimals: 1,
      polarity: 'neutral',
      source: 'Test',
      years: [2021, 2022, 2023],
      values: {
        '03453001': [5, 6, 7],
        '03453002': [null, null, null],
        '03453': [4, null, 5],
        DG: [3, 3, 3],
      },
    },
  ],
  flows: [flow('f', '03453', 2022), flow('f', '03453', 2023), flow('f', '03', 2023), flow('g', '03', 2020)],
};

describe('regionChain', () => {
  it('walks from a Gemeinde up to the Bund', () => {
    expect(regionChain(FEED, '03453001')).toEqual(['03453001', '03453', '03', 'DG']);
  });
  it('keeps an unknown key alone', () => {
    expect(regionChain(FEED, '09999')).toEqual(['09999']);
  });
});

describe('trendLink', () => {
  it('gives the region and its parents with values, the region emphasised', () => {
    expect(trendLink(FEED, 'quote', '03453001')).toEqual({
      regions: ['03453001', '03453', 'DG'],
      highlight: '03453001',
    });
  });
  it('emphasises the nearest parent when the region has no value', () => {
    expect(trendLink(FEED, 'quote', '03453002')).toEqual({ regions: ['03453', 'DG'], highlight: '03453' });
  });
  it('is null for an unknown indicator or when no region of the chain has values', () => {
    expect(trendLink(FEED, 'nope', '03453001')).toBeNull();
    expect(trendLink(FEED, undefined, '03453001')).toBeNull();
    expect(trendLink(FEED, 'kreise-only', '09999')).toBeNull();
  });
});

describe('flowRegionLink', () => {
  it('takes the nearest region of the chain that has the flow', () => {
    expect(flowRegionLink(FEED, 'f', '03453001')).toBe('03453');
    expect(flowRegionLink(FEED, 'f', '03')).toBe('03');
    expect(flowRegionLink(FEED, 'g', '03453001')).toBe('03');
  });
  it('defaults to the first flow and is null without a match', () => {
    expect(flowRegionLink(FEED, undefined, '03453002')).toBe('03453');
    expect(flowRegionLink(FEED, 'g', 'DG')).toBeNull();
    expect(flowRegionLink({ ...FEED, flows: [] }, undefined, '03')).toBeNull();
  });
});

describe('flowHasYear', () => {
  it('checks the year for the region (default: the main region)', () => {
    expect(flowHasYear(FEED, 'f', '03453', 2022)).toBe(true);
    expect(flowHasYear(FEED, 'f', '03', 2022)).toBe(false);
    expect(flowHasYear(FEED, 'f', undefined, 2023)).toBe(true);
    expect(flowHasYear(FEED, 'f', undefined, 2020)).toBe(false);
  });
});

describe('indicatorHasYear', () => {
  it('checks the named indicator', () => {
    expect(indicatorHasYear(FEED, 'kreise-only', 'kreis', 2020)).toBe(true);
    expect(indicatorHasYear(FEED, 'kreise-only', 'kreis', 2021)).toBe(false);
    expect(indicatorHasYear(FEED, 'nope', 'gemeinde', 2021)).toBe(false);
  });
  it('defaults to the first indicator with values for the level, as the map does', () => {
    expect(indicatorHasYear(FEED, undefined, undefined, 2022)).toBe(true);
    expect(indicatorHasYear(FEED, undefined, 'gemeinde', 2019)).toBe(false);
    expect(indicatorHasYear(FEED, undefined, 'kreis', 2019)).toBe(true);
  });
});
