/**
 * Benchmark of feed parsing and validation: generates a feed with 10,000 Gemeinden × 20 years ×
 * 10 indicators (seeded, with some nulls and flags), then measures `JSON.parse`, `parseFeed`
 * (size check + parse + validate) and `validateFeed` on the parsed object, median of 5 runs.
 *
 *   npx tsx scripts/bench-feed.ts [--regions 10000] [--years 20] [--indicators 10] [--runs 5]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { parseFeed } from '../src/core/feed/parse.ts';
import type { Feed, Indicator, Region, ValueFlag } from '../src/core/feed/types.ts';
import { validateFeed } from '../src/core/feed/validate.ts';
import { mulberry32 as random } from './prng.ts';

/** The benchmark feed: one Land, a Kreis per 500 Gemeinden, Gemeinden with 3 % secret gaps. */
export function generateFeed(regionCount: number, yearCount: number, indicatorCount: number): Feed {
  const rnd = random(42);
  const regions: Region[] = [{ key: '03', name: 'Niedersachsen', level: 'land' }];
  const kreise = Math.ceil(regionCount / 500);
  for (let k = 0; k < kreise; k++) {
    regions.push({
      key: `03${String(101 + k).padStart(3, '0')}`,
      name: `Kreis ${k}`,
      level: 'kreis',
      parent: '03',
    });
  }
  for (let i = 0; i < regionCount; i++) {
    const kreis = `03${String(101 + Math.floor(i / 500)).padStart(3, '0')}`;
    const key = kreis + String((i % 500) + 1).padStart(3, '0');
    regions.push({ key, name: `Gemeinde ${i}`, level: 'gemeinde', parent: kreis });
  }
  const years = Array.from({ length: yearCount }, (_, i) => 2004 + i);
  const indicators: Indicator[] = [];
  for (let n = 0; n < indicatorCount; n++) {
    const values: Record<string, (number | null)[]> = {};
    const flags: Record<string, (ValueFlag | null)[]> = {};
    for (const r of regions) {
      const row: (number | null)[] = [];
      let flagRow: (ValueFlag | null)[] | undefined;
      for (let y = 0; y < yearCount; y++) {
        const missing = rnd() < 0.03;
        row.push(missing ? null : Math.round(rnd() * 1000) / 10);
        if (missing) {
          flagRow ??= new Array<ValueFlag | null>(yearCount).fill(null);
          flagRow[y] = 'secret';
        }
      }
      values[r.key] = row;
      if (flagRow) flags[r.key] = flagRow;
    }
    indicators.push({
      id: `indicator-${n}`,
      title: { de: `Indikator ${n}`, en: `Indicator ${n}` },
      unit: 'percent',
      decimals: 1,
      polarity: 'neutral',
      source: 'Benchmark',
      sample: true,
      years,
      values,
      flags,
    });
  }
  return {
    version: 1,
    meta: {
      title: 'Benchmark',
      publisher: 'bildung-widgets',
      license: 'dl-de/by-2-0',
      attribution: 'Beispieldaten',
      date: '2025-01-01',
      sample: true,
    },
    regions,
    indicators,
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function measure(runs: number, fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

function main(): void {
  const { values: args } = parseArgs({
    options: {
      regions: { type: 'string', default: '10000' },
      years: { type: 'string', default: '20' },
      indicators: { type: 'string', default: '10' },
      runs: { type: 'string', default: '5' },
    },
  });
  const regionCount = Number(args.regions);
  const yearCount = Number(args.years);
  const indicatorCount = Number(args.indicators);
  const runs = Number(args.runs);
  const feed = generateFeed(regionCount, yearCount, indicatorCount);
  const text = JSON.stringify(feed);
  const check = parseFeed(text);
  if (!check.ok) throw new Error(`generated feed is invalid: ${JSON.stringify(check.errors.slice(0, 3))}`);
  const parsed: unknown = JSON.parse(text);
  const cells = (regionCount + Math.ceil(regionCount / 500) + 1) * yearCount * indicatorCount;
  console.log(
    `feed: ${regionCount} Gemeinden (+ Kreise, Land) × ${yearCount} years × ${indicatorCount} indicators` +
      ` = ${cells.toLocaleString('en')} values, ${(text.length / 1024 / 1024).toFixed(1)} MB JSON`,
  );
  console.log(`median of ${runs} runs (node ${process.version}):`);
  console.log(`  JSON.parse alone          ${measure(runs, () => JSON.parse(text)).toFixed(1)} ms`);
  console.log(`  validateFeed (object)     ${measure(runs, () => validateFeed(parsed)).toFixed(1)} ms`);
  console.log(`  parseFeed (text → feed)   ${measure(runs, () => parseFeed(text)).toFixed(1)} ms`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
