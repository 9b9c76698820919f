#!/usr/bin/env node
/**
 * `npm run size`: builds the script-tag bundles (vite.bundle.config.ts) and prints raw and gzip
 * bytes per entry; exits 1 when an entry exceeds its budget. Geometry and feeds are not included
 * (they are fetched). An entry counts with the chunk it imports statically (`<file>-core-<hash>.js`:
 * everything it needs at once); chunks loaded only when a feature is used are listed but not
 * counted against the widget's budget: d3-geo for a user's lon/lat TopoJSON, the JSON-stat
 * converter, the wording of feed problems, the JSON syntax scanner for a feed that is not JSON,
 * natural breaks for `classification="jenks"`, colour tables other than the two defaults, the
 * English strings (pages in English, or a `bildung-error`), the download menu's popup (first
 * open) and the downloads, linking (`<bildung-feed>`, `link-group`), table sources. None of them
 * loads on a German page that shows a feed without problems and is not linked (checked by
 * test/e2e/bundle-requests.test.ts). Where the bytes go, module by module:
 * `node scripts/size-report.mjs map` (or `all`, `trend`, `sankey`, `iife`).
 *
 * Budgets are the current sizes plus 0.5 KB, rounded up to whole KB, so growth is a conscious
 * decision; the all-in-one file's is issue #6's target (every element ≤ 60 KB gzip), the map's
 * is well under its target (≤ 45 KB).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist/cdn');
const KB = 1024;
const BUDGETS = {
  // issue #6: every element in one file ≤ 60 KB
  'bildung-widgets.js': 60 * KB,
  // the classic script inlines the on-demand parts too (d3-geo, JSON-stat, messages, exports,
  // linking, tables)
  'bildung-widgets.iife.js': 102 * KB,
  'bildung-map.js': 38 * KB,
  'indicator-trend.js': 34 * KB,
  'transition-sankey.js': 34 * KB,
};

rmSync(out, { recursive: true, force: true });
for (const bundle of ['all', 'iife', 'map', 'trend', 'sankey']) {
  const res = spawnSync(
    resolve(root, 'node_modules/.bin/vite'),
    ['build', '--config', 'vite.bundle.config.ts', '--logLevel', 'error'],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, BUNDLE: bundle, NODE_ENV: 'production' },
    },
  );
  if (res.status !== 0) process.exit(res.status ?? 1);
}

// An entry's cost: its file plus the chunks it imports statically (on-demand chunks are listed apart).
const files = readdirSync(out)
  .filter((f) => f.endsWith('.js'))
  .sort();
const size = (file) => {
  const buf = readFileSync(join(out, file));
  return { raw: buf.length, gz: gzipSync(buf, { level: 9 }).length, text: buf.toString('utf8') };
};
// static `import … from "./chunk.js"` / `import "./chunk.js"` / `export … from "./chunk.js"` (not
// dynamic `import("./chunk.js")`), wherever they stand in minified code
const staticImports = (text) =>
  [...text.matchAll(/(?<![\w$.])(?:import|export)\s*(?:[\w$*{][^'"()]*?from\s*)?["']\.\/([^"']+)["']/g)].map(
    (m) => m[1],
  );
/** The chunks an entry loads before it runs: its static imports, transitively. */
const staticClosure = (file) => {
  const seen = new Set();
  const visit = (f) => {
    for (const dep of staticImports(size(f).text)) {
      if (seen.has(dep)) continue;
      seen.add(dep);
      visit(dep);
    }
  };
  visit(file);
  return [...seen];
};
const counted = new Set();
let failed = 0;
console.log('entry                                  raw        gzip     budget (gzip)');
for (const file of files) {
  const budget = BUDGETS[file];
  if (budget === undefined) continue;
  const own = size(file);
  let raw = own.raw;
  let gz = own.gz;
  const deps = staticClosure(file);
  for (const dep of deps) {
    const d = size(dep);
    raw += d.raw;
    gz += d.gz;
    counted.add(dep);
  }
  const over = gz > budget;
  if (over) failed++;
  console.log(
    `${(file + (deps.length ? ` (+${deps.length} chunk)` : '')).padEnd(36)} ${(raw / KB).toFixed(1).padStart(7)} KB ${(gz / KB).toFixed(1).padStart(7)} KB   ${(budget / KB).toFixed(0)} KB${over ? '  OVER BUDGET' : ''}`,
  );
}
for (const file of files) {
  if (BUDGETS[file] !== undefined || counted.has(file)) continue;
  const s = size(file);
  console.log(
    `${file.padEnd(36)} ${(s.raw / KB).toFixed(1).padStart(7)} KB ${(s.gz / KB).toFixed(1).padStart(7)} KB   (loaded on demand)`,
  );
}
if (failed) {
  console.error(`\n${failed} bundle(s) over budget.`);
  process.exit(1);
}
