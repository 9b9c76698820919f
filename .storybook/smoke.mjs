#!/usr/bin/env node
/**
 * Smoke test of the static Storybook (`npm run build-storybook` → storybook-static/):
 *
 * 0. `.storybook/*.ts` type-check;
 * 1. every story exported from stories/*.stories.ts is in the built index, plus one docs page per
 *    widget;
 * 2. the manifest (custom-elements.json) describes the four elements with their events;
 * 3. served by a plain Node HTTP server (no network), chosen stories render in Chromium with the
 *    data loaded relative to iframe.html, and the docs page shows the tables generated from the
 *    JSDoc (events, CSS custom properties).
 *
 *   node .storybook/smoke.mjs [--build] [--screenshots DIR] [--url http://127.0.0.1:6006]
 *
 * `--build` runs `npm run build-storybook` first; `--screenshots DIR` saves a PNG per checked page;
 * `--url` checks a running Storybook (e.g. `npm run storybook`) instead of storybook-static/.
 * Timings are printed, not asserted. Exit code 1 on any failure.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'storybook-static');
const args = process.argv.slice(2);
const shotsArg = args.indexOf('--screenshots');
const shots = shotsArg >= 0 ? resolve(args[shotsArg + 1] ?? 'storybook-screenshots') : null;
const urlArg = args.indexOf('--url');
const remote = urlArg >= 0 ? (args[urlArg + 1] ?? '').replace(/\/$/, '') : null;
const failures = [];
const fail = (msg) => {
  failures.push(msg);
  console.error(`  FAIL ${msg}`);
};
const t0 = Date.now();

if (args.includes('--build')) {
  const res = spawnSync('npm', ['run', '--silent', 'build-storybook'], { cwd: root, encoding: 'utf8' });
  if (res.status !== 0) {
    console.error(`${res.stdout}\n${res.stderr}\nbuild-storybook failed`);
    process.exit(1);
  }
  console.log(`build-storybook: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

// 0. the Storybook config type-checks (not in the root tsconfig: it imports the generated manifest)
const tsc = spawnSync(
  join(root, 'node_modules', '.bin', 'tsc'),
  ['--noEmit', '-p', '.storybook/tsconfig.json'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (tsc.status !== 0) fail('tsc -p .storybook/tsconfig.json');

// 1. the index lists every story export and a docs page per widget
const index = remote
  ? await (await fetch(`${remote}/index.json`)).json()
  : JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
const entries = Object.values(index.entries);
const storyFiles = readdirSync(join(root, 'stories')).filter((f) => f.endsWith('.stories.ts'));
let expected = 0;
for (const file of storyFiles) {
  const src = readFileSync(join(root, 'stories', file), 'utf8');
  const names = [...src.matchAll(/^export const (\w+)\s*:/gm)].map((m) => m[1]);
  const built = entries.filter((e) => e.importPath === `./stories/${file}`);
  expected += names.length;
  for (const name of names)
    if (!built.some((e) => e.type === 'story' && e.exportName === name))
      fail(`${file}: story ${name} not built`);
  if (!built.some((e) => e.type === 'docs')) fail(`${file}: no docs page`);
}
console.log(`index: ${entries.filter((e) => e.type === 'story').length} stories (${expected} exported)`);

// 2. the manifest
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
for (const tag of ['bildung-map', 'indicator-trend', 'transition-sankey', 'bildung-feed-info']) {
  const el = elements.find((d) => d.tagName === tag);
  if (!el) fail(`manifest: no <${tag}>`);
  else if (!el.events?.some((e) => e.name === 'bildung-error' && e.description))
    fail(`manifest: <${tag}> events`);
  else if (!el.cssProperties?.length || !el.cssParts?.length) fail(`manifest: <${tag}> CSS API`);
}

// 3. render in Chromium from a local server
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  let file = join(out, path);
  if (!file.startsWith(out)) return res.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
if (!remote) await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = remote ?? `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
const shadowText = (tag, selector) =>
  `(() => { const el = document.querySelector('${tag}'); const r = el && el.shadowRoot;
     return !!(r && r.querySelector('${selector}')); })()`;

/** [story id, element, selector that shows it rendered, viewport width] */
const CHECKS = [
  ['widgets-bildung-map--default', 'bildung-map', 'g.regions path', 900],
  ['widgets-bildung-map--diverging', 'bildung-map', 'g.regions path', 900],
  ['widgets-bildung-map--dark-theme', 'bildung-map', 'g.regions path', 900],
  ['widgets-bildung-map--canvas-niedersachsen-gemeinden', 'bildung-map', 'canvas.fills', 900],
  ['widgets-bildung-map--error-feed-not-found', 'bildung-map', '[part="error"]', 900],
  ['widgets-indicator-trend--targets', 'indicator-trend', 'g.target', 900],
  ['widgets-indicator-trend--narrow-320', 'indicator-trend', 'path.line', 400],
  ['widgets-transition-sankey--default', 'transition-sankey', '.plot svg path', 900],
  ['widgets-transition-sankey--imbalance-warning', 'transition-sankey', '.plot svg path', 900],
  ['widgets-bildung-feed-info--dark-theme', 'bildung-feed-info', 'table', 900],
];
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
  const external = [];
  page.on('pageerror', (err) => fail(`uncaught in ${page.url()}: ${err.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('data:')) external.push(r.url());
  });
  if (shots) mkdirSync(shots, { recursive: true });
  for (const [id, tag, selector, width] of CHECKS) {
    const t = Date.now();
    await page.setViewportSize({ width, height: 700 });
    await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`);
    try {
      await page.waitForFunction(shadowText(tag, selector), null, { timeout: 15000 });
      await page.waitForTimeout(100); // let the last paint settle before a screenshot
      if (shots) await page.screenshot({ path: join(shots, `${id}.png`), fullPage: true });
      console.log(`  ok   ${id} (${Date.now() - t} ms)`);
    } catch {
      fail(`${id}: ${tag} shows no ${selector}`);
    }
  }
  // the docs page: description and tables from the manifest
  const t = Date.now();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(`${base}/iframe.html?id=widgets-bildung-map--docs&viewMode=docs`);
  try {
    await page.waitForFunction(
      () => {
        const text = document.body.innerText;
        return text.includes('bildung-select') && text.includes('--bildung-map-border-color');
      },
      null,
      { timeout: 15000 },
    );
    if (shots) await page.screenshot({ path: join(shots, 'widgets-bildung-map--docs.png') });
    console.log(`  ok   widgets-bildung-map--docs (${Date.now() - t} ms)`);
  } catch {
    fail('docs page of bildung-map lacks the events / CSS custom properties tables');
  }
  if (external.length) fail(`requests outside the static Storybook: ${[...new Set(external)].join(', ')}`);
} finally {
  await browser.close();
  if (!remote) server.close();
}

console.log(
  `storybook smoke: ${failures.length ? 'FAILED' : 'ok'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
);
process.exit(failures.length ? 1 : 0);
