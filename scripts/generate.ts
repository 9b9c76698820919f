/**
 * Builds the generated geometry (`generated/geo/`) and demo feeds (`generated/feeds/`) when they are
 * missing or older than their inputs. Called by `npm start`, `npm test` and the unit-test setup.
 *
 *   npx tsx scripts/generate.ts [--force] [--shared DIR] [--geo-source DIR] [--data-source DIR] [--out DIR]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildGeometry } from '../geo/build.ts';
import { buildDemoFeeds } from './build-demo-feeds.ts';
import { projectRoot, requireDir, resolvePaths, type SourcePaths } from './paths.ts';

/** Files below `dir` (recursively), sorted. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out.sort();
}

/** A fingerprint of the inputs: source files (size + mtime) and the build code itself. */
function fingerprint(inputs: string[], code: string[]): string {
  const h = createHash('sha256');
  for (const dir of inputs) {
    for (const f of listFiles(dir)) {
      const s = statSync(f);
      h.update(`${f}:${s.size}:${s.mtimeMs}\n`);
    }
  }
  for (const dir of code) {
    for (const f of listFiles(dir)) {
      if (/\.(ts|json)$/.test(f)) h.update(readFileSync(f));
    }
  }
  return h.digest('hex');
}

export async function ensureGenerated(
  paths: SourcePaths = resolvePaths(),
  opts: { force?: boolean; quiet?: boolean } = {},
): Promise<void> {
  requireDir(
    paths.geoSource,
    'Geometry source folder',
    'Set BILDUNG_SHARED or BILDUNG_GEO_SOURCE, or pass --geo-source DIR.',
  );
  requireDir(
    paths.dataSource,
    'Data source folder',
    'Set BILDUNG_SHARED or BILDUNG_DATA_SOURCE, or pass --data-source DIR.',
  );
  mkdirSync(paths.out, { recursive: true });
  const jobs = [
    {
      name: 'geometry',
      stamp: join(paths.out, 'geo', '.stamp'),
      inputs: [paths.geoSource],
      code: [join(projectRoot, 'geo'), join(projectRoot, 'src', 'core', 'geo')],
      run: () => buildGeometry({ geoSource: paths.geoSource, out: paths.out, quiet: opts.quiet }),
    },
    {
      name: 'demo feeds',
      stamp: join(paths.out, 'feeds', '.stamp'),
      inputs: [paths.dataSource, paths.geoSource],
      code: [join(projectRoot, 'scripts'), join(projectRoot, 'src', 'core')],
      run: () =>
        buildDemoFeeds({
          dataSource: paths.dataSource,
          geoSource: paths.geoSource,
          out: paths.out,
          quiet: opts.quiet,
        }),
    },
  ];
  for (const job of jobs) {
    const fp = fingerprint(job.inputs, job.code);
    if (!opts.force && existsSync(job.stamp) && readFileSync(job.stamp, 'utf8') === fp) {
      if (!opts.quiet)
        console.log(`[generate] ${job.name}: up to date (${relative(projectRoot, job.stamp)})`);
      continue;
    }
    if (!opts.quiet) console.log(`[generate] building ${job.name} …`);
    await job.run();
    writeFileSync(job.stamp, fp);
  }
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  ensureGenerated(resolvePaths(), { force: process.argv.includes('--force') }).catch((err: unknown) => {
    console.error(`[generate] ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
