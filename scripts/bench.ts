/**
 * `npm run bench`: renders the same choropleths with bildung-map, a plain d3-geo baseline and
 * Vega-Lite in one headless Chromium session (a fresh page per measurement, median of N) and
 * prints first-render and year-switch times, ratios, and the JS and geometry bytes each needs.
 *
 *   npm run bench [-- --runs 3 --maps cloppenburg,niedersachsen,deutschland]
 *
 * Timing method (as in ../shared/PERFORMANCE.md): from the call until the 2nd animation frame after
 * the DOM is complete; "switch" is a year change where most regions change class. Results go to
 * bench-results/bench.json. Numbers are machine-dependent: compare ratios, not milliseconds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { ensureGenerated } from './generate.ts';
import { flag, projectRoot, resolvePaths } from './paths.ts';

declare global {
  interface Window {
    benchReady?: boolean;
    runBench(contestant: string, map: string): Promise<{ first: number; switch: number; elements: number }>;
  }
}

const argv = process.argv.slice(2);
const runs = Number(flag(argv, 'runs') ?? 3);
const maps = (flag(argv, 'maps') ?? 'cloppenburg,niedersachsen,deutschland').split(',');
const contestants = ['floor', 'plain-d3-svg', 'bildung-map', 'vega-lite-canvas', 'vega-lite-svg'];

const paths = resolvePaths();
await ensureGenerated(paths, { quiet: true });
const out = resolve(projectRoot, 'bench-results');
const site = join(out, 'site');
mkdirSync(out, { recursive: true });

console.log('[bench] building the benchmark page (vite, production) …');
const build = spawnSync(
  resolve(projectRoot, 'node_modules/.bin/vite'),
  ['build', '--config', 'bench/vite.config.ts'],
  {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);

// JS bytes per contestant: its chunk plus everything it imports, from Vite's manifest.
type ManifestChunk = { file: string; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean };
const manifest = JSON.parse(readFileSync(join(site, '.vite/manifest.json'), 'utf8')) as Record<
  string,
  ManifestChunk
>;
function chunkBytes(src: string): { raw: number; gzip: number } {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const i of manifest[key]?.imports ?? []) visit(i);
  };
  visit(src);
  let raw = 0;
  let gzip = 0;
  for (const key of seen) {
    const file = manifest[key]?.file;
    if (!file) continue;
    const buf = readFileSync(join(site, file));
    raw += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
  }
  return { raw, gzip };
}
const JS_SOURCES: Record<string, string> = {
  floor: 'floor.ts',
  'plain-d3-svg': 'plain-d3.ts',
  'bildung-map': 'bildung.ts',
  'vega-lite-canvas': 'vega.ts',
  'vega-lite-svg': 'vega.ts',
};

// A static server: the built page, built geometry at /geo, source geometry at /geo-source.
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};
function serve(): Promise<{ server: Server; origin: string }> {
  const roots: [string, string][] = [
    ['/geo-source/', paths.geoSource],
    ['/geo/', join(paths.out, 'geo')],
    ['/', site],
  ];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let pathname = decodeURIComponent(url.pathname);
    if (pathname === '/') pathname = '/index.html';
    const [prefix, dir] = roots.find(([p]) => pathname.startsWith(p))!;
    const file = normalize(join(dir, pathname.slice(prefix.length)));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      ok({ server, origin: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}` });
    }),
  );
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const { server, origin } = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--no-first-run',
  ],
});
const version = browser.version();
const results: Record<string, Record<string, { first: number; switch: number; elements: number }>> = {};
try {
  for (const map of maps) {
    results[map] = {};
    for (const name of contestants) {
      const firsts: number[] = [];
      const switches: number[] = [];
      let elements = 0;
      for (let r = 0; r < runs; r++) {
        const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(`${origin}/`, { waitUntil: 'load' });
        await page.waitForFunction(() => window.benchReady === true);
        const res = await Promise.race([
          page.evaluate(([c, m]) => window.runBench(c!, m!), [name, map]),
          new Promise<never>((_, fail) =>
            setTimeout(() => fail(new Error(`${name} on ${map}: timed out`)), 60_000),
          ),
        ]);
        if (errors.length) throw new Error(`${name} on ${map}: ${errors.join('; ')}`);
        firsts.push(res.first);
        switches.push(res.switch);
        elements = res.elements;
        await page.close();
      }
      results[map]![name] = { first: median(firsts), switch: median(switches), elements };
      process.stdout.write(
        `[bench] ${map.padEnd(14)} ${name.padEnd(17)} first ${median(firsts).toFixed(0).padStart(5)} ms  switch ${median(switches).toFixed(0).padStart(5)} ms\n`,
      );
    }
  }
} finally {
  await browser.close();
  server.close();
}

// Geometry bytes: built file (bildung-map) vs source file (peers).
const geoFiles: Record<string, [string, string]> = {
  cloppenburg: ['kreis-03453.topo.json', 'niedersachsen.topojson'],
  niedersachsen: ['niedersachsen.topo.json', 'niedersachsen.topojson'],
  deutschland: ['deutschland-gemeinden.topo.json', 'deutschland-gemeinden-vg5000-2021.topojson'],
};
const bytes = (file: string) => {
  const buf = readFileSync(file);
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

console.log(`\nChromium ${version}, ${runs} runs per cell (median), 800 px wide, 7 classes.\n`);
console.log(
  '| map | contestant | first render | year switch | first vs plain d3 | first vs Vega-Lite (canvas) | switch − floor |',
);
console.log('|---|---|---|---|---|---|---|');
for (const map of maps) {
  const r = results[map]!;
  const floor = r['floor']!;
  for (const name of contestants) {
    const c = r[name]!;
    console.log(
      `| ${map} (${r['plain-d3-svg']!.elements}) | ${name} | ${c.first.toFixed(0)} ms | ${c.switch.toFixed(0)} ms | ` +
        `${(c.first / r['plain-d3-svg']!.first).toFixed(2)}× | ${(c.first / r['vega-lite-canvas']!.first).toFixed(2)}× | ` +
        `${(c.switch - floor.switch).toFixed(0)} ms |`,
    );
  }
}
console.log('\n| contestant | JS raw | JS gzip |');
console.log('|---|---|---|');
const js: Record<string, { raw: number; gzip: number }> = {};
for (const name of contestants) {
  js[name] = chunkBytes(JS_SOURCES[name]!);
  console.log(`| ${name} | ${kb(js[name]!.raw)} | ${kb(js[name]!.gzip)} |`);
}
console.log('\n| map | geometry | bildung-map (built) raw / gzip | peers (source) raw / gzip |');
console.log('|---|---|---|---|');
const geo: Record<string, unknown> = {};
for (const map of maps) {
  const [built, source] = geoFiles[map]!;
  const b = bytes(join(paths.out, 'geo', built));
  const s = bytes(join(paths.geoSource, source));
  geo[map] = { built: { file: built, ...b }, source: { file: source, ...s } };
  console.log(
    `| ${map} | ${built} vs ${source} | ${kb(b.raw)} / ${kb(b.gzip)} | ${kb(s.raw)} / ${kb(s.gzip)} |`,
  );
}
writeFileSync(
  join(out, 'bench.json'),
  JSON.stringify({ date: new Date().toISOString(), chromium: version, runs, results, js, geo }, null, 2),
);
console.log(`\n[bench] written ${join(out, 'bench.json')}`);
