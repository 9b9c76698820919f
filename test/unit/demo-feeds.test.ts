import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoFeeds, type BuiltFeed } from '../../scripts/build-demo-feeds';
import { resolvePaths } from '../../scripts/paths';
import { validateFeed } from '../../src/core/feed/validate';
import type { Feed, Indicator, LocalizedText } from '../../src/core/feed/types';

const paths = resolvePaths([]);
let dirA: string;
let dirB: string;
let built: BuiltFeed[];
const feeds = new Map<string, Feed>();

function text(t: LocalizedText | undefined, lang: 'de' | 'en' = 'de'): string {
  if (t === undefined) return '';
  return typeof t === 'string' ? t : (t[lang] ?? '');
}
function feed(file: string): Feed {
  const f = feeds.get(file);
  if (!f) throw new Error(`missing ${file}`);
  return f;
}
function indicator(f: Feed, id: string): Indicator {
  const ind = f.indicators.find((i) => i.id === id);
  if (!ind) throw new Error(`missing indicator ${id}`);
  return ind;
}

beforeAll(async () => {
  dirA = mkdtempSync(join(tmpdir(), 'demo-feeds-a-'));
  dirB = mkdtempSync(join(tmpdir(), 'demo-feeds-b-'));
  const opts = { dataSource: paths.dataSource, geoSource: paths.geoSource, quiet: true };
  built = await buildDemoFeeds({ ...opts, out: dirA });
  await buildDemoFeeds({ ...opts, out: dirB });
  for (const file of readdirSync(join(dirA, 'feeds'))) {
    if (file.endsWith('.feed.json'))
      feeds.set(file, JSON.parse(readFileSync(join(dirA, 'feeds', file), 'utf8')) as Feed);
  }
});

afterAll(() => {
  rmSync(dirA, { recursive: true, force: true });
  rmSync(dirB, { recursive: true, force: true });
});

describe('buildDemoFeeds', () => {
  it('writes the four feeds and an index', () => {
    expect([...feeds.keys()].sort()).toEqual([
      'kreis-03151.feed.json',
      'kreis-03453.feed.json',
      'kreis-03459.feed.json',
      'niedersachsen.feed.json',
    ]);
    const index = JSON.parse(readFileSync(join(dirA, 'feeds', 'index.json'), 'utf8')) as {
      feeds: BuiltFeed[];
    };
    expect(index.feeds.map((f) => f.file)).toEqual(built.map((f) => f.file));
    for (const f of index.feeds) {
      expect(f.bytes).toBe(readFileSync(join(dirA, 'feeds', f.file)).length);
    }
  });

  it('is deterministic', () => {
    for (const file of readdirSync(join(dirA, 'feeds'))) {
      expect(readFileSync(join(dirB, 'feeds', file), 'utf8')).toBe(
        readFileSync(join(dirA, 'feeds', file), 'utf8'),
      );
    }
  });

  it('every feed validates without errors', () => {
    for (const [file, f] of feeds) {
      const result = validateFeed(f);
      expect(result.errors, file).toEqual([]);
      expect(result.ok).toBe(true);
      expect(f.meta.sample).toBe(false);
      expect(f.meta.license).toBe('dl-de/by-2-0');
    }
  });

  it('has the region structure', () => {
    const clp = feed('kreis-03453.feed.json');
    expect(clp.regions.filter((r) => r.level === 'gemeinde').length).toBe(13);
    expect(clp.regions.filter((r) => r.level === 'verband').length).toBe(13);
    expect(clp.regions.find((r) => r.key === '03453')).toEqual({
      key: '03453',
      name: 'Landkreis Cloppenburg',
      level: 'kreis',
      parent: '03',
    });
    expect(clp.regions.find((r) => r.key === '03453001')).toEqual({
      key: '03453001',
      name: 'Barßel',
      level: 'gemeinde',
      parent: '03453',
    });
    expect(clp.regions.find((r) => r.key === '03')?.parent).toBe('DG');
    const osn = feed('kreis-03459.feed.json');
    expect(osn.regions.filter((r) => r.level === 'gemeinde').length).toBe(34);
    expect(osn.regions.filter((r) => r.level === 'verband').length).toBe(21);
    const gif = feed('kreis-03151.feed.json');
    expect(gif.regions.filter((r) => r.level === 'gemeinde').length).toBe(42);
    expect(gif.regions.filter((r) => r.level === 'verband').length).toBe(11);
    const ni = feed('niedersachsen.feed.json');
    expect(ni.regions.filter((r) => r.level === 'kreis').length).toBe(45);
    expect(ni.regions.filter((r) => r.level === 'gemeinde').length).toBe(964);
  });

  it('has the real known answers', () => {
    const clp = feed('kreis-03453.feed.json');
    const share = indicator(clp, 'abgang-ohne-hsa');
    expect(share.years).toEqual([2023]);
    expect(share.values['03453']![0]).toBeCloseTo(8.3, 1);
    expect(Math.abs(share.values['03453']![0]! - 8.3)).toBeLessThan(0.05);
    expect(share.values['03453001']).toBeUndefined();
    expect(text(share.source)).toContain('21111-02-06-4');
    expect(text(share.source)).toContain('Daten verändert');
    expect(share.footnotes?.map((f) => text(f.text))).toContain(
      'zu "gesamte Tabelle": Niedersachsen: ohne Schulfremdenprüfung',
    );

    const pop = indicator(clp, 'einwohner');
    expect(pop.years).toEqual([2018, 2021, 2023, 2024]);
    expect(pop.values['03453']).toEqual([169348, 173980, 176540, 177025]);
    const census = indicator(clp, 'einwohner-zensus-2022');
    expect(census.values['03453']).toEqual([175408]);
    expect(census.values['03453001']).toEqual([13516]);
    const gif = indicator(feed('kreis-03151.feed.json'), 'einwohner-zensus-2022');
    expect(gif.values['03151']).toEqual([174662]);
    expect(gif.values['03151501']).toEqual([null]); // gemeindefreies Gebiet Giebel
    expect(gif.flags?.['03151501']).toEqual(['nil']);

    const income = indicator(clp, 'einkommen-je-steuerpflichtigen');
    expect(income.years).toEqual([2013, 2014, 2015, 2016, 2017, 2018, 2019]);
    expect(income.unit).toBe('eur');
  });

  it('has the real flows', () => {
    const clp = feed('kreis-03453.feed.json');
    const leavers = clp.flows!.find((f) => f.id === 'schulabgaenge-abschluss' && f.region === '03453')!;
    expect(leavers.links.map((l) => [l.target, l.value])).toEqual([
      ['ohne-hsa', 163],
      ['hsa', 347],
      ['msa', 1087],
      ['ahr', 370],
    ]);
    expect(leavers.links.reduce((s, l) => s + l.value, 0)).toBe(1967);
    const grade7 = clp.flows!.find((f) => f.id === 'klasse7-schularten' && f.region === '03453')!;
    expect(grade7.links.find((l) => l.target === 'gymnasien')?.value).toBe(549);
    const ni = feed('niedersachsen.feed.json');
    const transitions = ni.flows!.filter((f) => f.id === 'uebergang-jg5');
    expect(transitions.map((f) => f.year)).toEqual([2015, 2016, 2017, 2018, 2023]);
    expect(transitions[0]!.links.find((l) => l.target === 'gymnasium')?.value).toBe(42.4);
  });

  it('marks invented values as sample data, and only those', () => {
    for (const [, f] of feeds) {
      for (const ind of f.indicators) {
        const sample = ind.id === 'abgang-ohne-hsa-gemeinden' || ind.id === 'betreuungsquote-u3';
        expect(ind.sample === true, ind.id).toBe(sample);
        expect(text(ind.source).includes('Beispieldaten'), ind.id).toBe(sample);
        expect(text(ind.source, 'en').includes('sample data'), ind.id).toBe(sample);
      }
    }
    const clp = feed('kreis-03453.feed.json');
    const childcare = indicator(clp, 'betreuungsquote-u3');
    expect(childcare.targets).toEqual([
      { region: '03453', year: 2026, value: 40, label: { de: 'Zielwert 2026', en: 'Target 2026' } },
    ]);
    expect(childcare.years).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    const gemeinden = indicator(feed('niedersachsen.feed.json'), 'abgang-ohne-hsa-gemeinden');
    expect(gemeinden.years).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    const flags = Object.values(gemeinden.flags ?? {}).flat();
    expect(flags).toContain('secret');
    expect(flags).toContain('provisional');
    for (const [key, values] of Object.entries(gemeinden.values)) {
      values.forEach((v, i) => {
        if (v === null) expect(gemeinden.flags?.[key]?.[i], key).toBe('secret');
      });
    }
  });
});
