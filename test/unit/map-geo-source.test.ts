import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  areaContains,
  chooseGeoFile,
  isGeoIndex,
  isTopology,
  type GeoIndex,
} from '../../src/core/map/geo-source';

const index = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../generated/geo/index.json'), 'utf8'),
) as GeoIndex;

describe('chooseGeoFile', () => {
  it('takes the Kreis file for a Kreis, the Land file for the Land, Germany for a Kreis elsewhere', () => {
    expect(chooseGeoFile(index, '03453', 'gemeinde')?.file).toBe('kreis-03453.topo.json');
    expect(chooseGeoFile(index, '03', 'gemeinde')?.file).toBe('niedersachsen.topo.json');
    expect(chooseGeoFile(index, '03', 'kreis')?.file).toBe('niedersachsen.topo.json');
    expect(chooseGeoFile(index, '09162', 'gemeinde')?.file).toBe('deutschland-gemeinden.topo.json');
    expect(chooseGeoFile(index, 'DG', 'kreis')?.file).toBe('deutschland-kreise.topo.json');
  });
  it('returns undefined when no file has the layer', () => {
    expect(chooseGeoFile(index, '03453', 'ortsteil')).toBeUndefined();
  });
});

describe('areaContains / type guards', () => {
  it('nests keys by prefix; DG contains all', () => {
    expect(areaContains('03', '03453001')).toBe(true);
    expect(areaContains('03453', '03459001')).toBe(false);
    expect(areaContains('DG', '09162000')).toBe(true);
  });
  it('recognises topologies and indexes', () => {
    expect(isTopology({ type: 'Topology', objects: {}, arcs: [] })).toBe(true);
    expect(isTopology({ type: 'FeatureCollection', features: [] })).toBe(false);
    expect(isGeoIndex(index)).toBe(true);
    expect(isGeoIndex({ files: 'x' })).toBe(false);
  });
});
