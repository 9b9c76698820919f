/**
 * Conversion benchmark (issue #7), part of `npm run bench`: the largest sample in
 * ../shared/data-source (a 1.4 MB CSV of population by age group for every Kreis) and a synthetic
 * JSON-stat dataset with 300,000 values, each converted to a feed by the same adapters the CLI and
 * the widgets use. Prints milliseconds (median of 5) against the targets: well under 1 s and
 * under 2 s. Numbers, not assertions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertToFeed } from '../src/core/adapters/convert.ts';
import { resolvePaths } from './paths.ts';
import { syntheticJsonStat } from './synthetic-jsonstat.ts';

const BASE = { today: '2025-06-01', meta: { publisher: 'bench' } };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

function time(run: () => void, runs = 5): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

const { dataSource } = resolvePaths(process.argv.slice(2));
const largest = readFileSync(join(dataSource, 'derived', 'bevoelkerung-altersgruppen_kreise_2023-2024.csv'));
const largestMs = time(() =>
  convertToFeed(largest, {
    ...BASE,
    indicatorId: 'u3',
    column: 'insgesamt',
    select: { altersgruppe: 'unter 3 Jahre' },
  }),
);

const jsonStat = JSON.stringify(syntheticJsonStat().doc);
const jsonStatMs = time(() => convertToFeed(jsonStat, { ...BASE, indicatorDim: 'metric', unit: 'percent' }));

console.log('\n| conversion (median of 5) | input | time | target |');
console.log('|---|---|---|---|');
console.log(
  `| largest sample: population by age group, all Kreise (CSV) | ${(largest.length / 1e6).toFixed(1)} MB | ${largestMs.toFixed(0)} ms | well under 1,000 ms |`,
);
console.log(
  `| JSON-stat, 300,000 values | ${(jsonStat.length / 1e6).toFixed(1)} MB | ${jsonStatMs.toFixed(0)} ms | under 2,000 ms |`,
);
