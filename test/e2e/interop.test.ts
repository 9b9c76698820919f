/**
 * Framework interop (issue #6 item 8): the widgets on a React 19 page and on a plain HTML page,
 * with the parsed feed set as the `data` property (an object, not a URL), properties changed after
 * the first render, and `bildung-select` received by the page's own code — checked in the page's
 * own output (React-rendered text, the plain page's text), under the strict CSP.
 *
 * The React app (interop/react-app.js) is bundled here with esbuild: React 19's CommonJS build,
 * react-dom, and `bildung-widgets` aliased to the script-tag bundle global setup builds into
 * dist-demo/cdn/ — the library a user's bundler would include. The plain page loads that bundle
 * with a `<script type="module">` tag and runs interop/plain.js after it.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, monitor, newPage, settle, type Monitor } from './support/browser.ts';
import { DIST, STRICT_CSP, startServer, type TestServer } from './support/server.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(DIST, 'interop');
const MAP_INDICATOR = 'abgang-ohne-hsa-gemeinden';
const CDN_BUNDLE = resolve(DIST, 'cdn', 'bildung-widgets.js');
const CSP = { 'content-security-policy': STRICT_CSP };

type Text = string | { de?: string; en?: string };
interface DemoFeed {
  regions: { key: string; name: string; level: string }[];
  indicators: { id: string; title: Text; years: number[] }[];
}
const demo = JSON.parse(readFileSync(join(DIST, 'feeds', 'kreis-03453.feed.json'), 'utf8')) as DemoFeed;
const mapIndicator = demo.indicators.find((i) => i.id === MAP_INDICATOR)!;
const title = (lang: 'de' | 'en') => {
  const t = mapIndicator.title;
  return typeof t === 'string' ? t : t[lang]!;
};
const gemeinden = demo.regions.filter((r) => r.level === 'gemeinde' && r.key.startsWith('03453'));
const latest = Math.max(...mapIndicator.years);

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  await build({
    entryPoints: [join(HERE, 'interop', 'react-app.js')],
    outfile: join(OUT, 'react-app.js'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    // `bildung-widgets` → the built bundle. Marked as having side effects (defining the elements):
    // the file lies below this package, whose `sideEffects` list does not name dist-demo/, and
    // esbuild would otherwise drop the bare import.
    plugins: [
      {
        name: 'bildung-widgets',
        setup(b) {
          b.onResolve({ filter: /^bildung-widgets$/ }, () => ({ path: CDN_BUNDLE, sideEffects: true }));
        },
      },
    ],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  copyFileSync(join(HERE, 'interop', 'plain.js'), join(OUT, 'plain.js'));

  server = await startServer();
  server.addPage('/interop-react.html', {
    body: '<div id="root"></div>',
    scripts: '<script type="module" src="/interop/react-app.js"></script>',
    headers: CSP,
  });
  server.addPage('/interop-plain.html', {
    body: `<main>
  <h1>HTML</h1>
  <p><button id="year-2019" type="button">Jahr 2019</button> <button id="lang-en" type="button">English</button></p>
  <bildung-map id="map" indicator="${MAP_INDICATOR}" geo="/geo/index.json" lang="de"></bildung-map>
  <indicator-trend id="trend" indicator="betreuungsquote-u3" regions="03453 03453004 03453001" lang="de"></indicator-trend>
  <p id="selected">Keine Auswahl</p>
  <p id="count">0</p>
</main>`,
    scripts: `<script type="module" src="/cdn/bildung-widgets.js"></script>
<script type="module" src="/interop/plain.js"></script>`,
    headers: CSP,
  });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What the map and the trend show: region paths, fills, title, subtitle, trend lines. */
function shown(page: Page) {
  return page.evaluate(() => {
    const map = document.querySelector('bildung-map')!.shadowRoot!;
    const trend = document.querySelector('indicator-trend')!.shadowRoot!;
    const paths = [...map.querySelectorAll('svg.map-svg g.regions path')];
    return {
      keys: paths.map((p) => p.getAttribute('data-key')).sort(),
      fills: paths.map((p) => `${p.getAttribute('data-key')}:${p.getAttribute('fill')}`).sort(),
      title: map.querySelector('.caption .title')?.textContent?.trim() ?? '',
      subtitle: map.querySelector('.caption .subtitle')?.textContent?.trim() ?? '',
      trendTitle: trend.querySelector('.caption .title')?.textContent?.trim() ?? '',
      trendLines: trend.querySelectorAll('g.lines path.line').length,
    };
  });
}

/** Waits until `fn` returns true (polled in Node), or fails with `what`. */
async function until(fn: () => Promise<boolean>, what: string, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await fn())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Clicks region `key` with the mouse at a point inside its shape (not its bounding box's centre,
 * which may be a neighbour), found with `isPointInFill` and checked with `elementFromPoint`.
 */
async function clickRegion(page: Page, key: string): Promise<void> {
  const point = await page.evaluate((k) => {
    const map = document.querySelector('bildung-map')!;
    map.scrollIntoView({ block: 'center' });
    const root = map.shadowRoot!;
    const path = root.querySelector<SVGPathElement>(`g.regions path[data-key="${k}"]`)!;
    const svg = path.ownerSVGElement!;
    const box = path.getBBox();
    const ctm = path.getScreenCTM()!;
    for (let i = 1; i < 10; i++)
      for (let j = 1; j < 10; j++) {
        const p = svg.createSVGPoint();
        p.x = box.x + (box.width * i) / 10;
        p.y = box.y + (box.height * j) / 10;
        if (!path.isPointInFill(p)) continue;
        const s = p.matrixTransform(ctm);
        if (root.elementFromPoint(s.x, s.y) === path) return { x: s.x, y: s.y };
      }
    return null;
  }, key);
  expect(point, `a clickable point inside region ${key}`).not.toBeNull();
  await page.mouse.click(point!.x, point!.y);
}

const text = (page: Page, sel: string) => page.locator(sel).innerText();

/**
 * The scenario both pages share: renders from the `data` property, re-renders on year and
 * language changes, and hands a clicked region to the page's own `bildung-select` handler.
 */
async function scenario(page: Page, mon: Monitor): Promise<void> {
  // 1. the feed object set as a property draws both widgets
  expect(await settle(page)).toEqual({ map: 'chart', trend: 'chart' });
  const first = await shown(page);
  expect(first.keys).toEqual(gemeinden.map((g) => g.key).sort());
  expect(first.keys).toHaveLength(13);
  expect(first.title).toBe(title('de'));
  expect(first.subtitle.startsWith(String(latest))).toBe(true);
  expect(first.trendLines).toBe(3);
  expect(first.fills.every((f) => /:(#|rgb|url)/.test(f))).toBe(true);
  // the feed is a property, never an attribute: no "[object Object]" anywhere
  expect(await page.evaluate(() => document.querySelector('bildung-map')!.hasAttribute('data'))).toBe(false);

  // 2. property changes: year, then language
  await page.click('#year-2019');
  await until(async () => (await shown(page)).subtitle.startsWith('2019'), 'the map to show 2019');
  const y2019 = await shown(page);
  expect(y2019.fills).not.toEqual(first.fills);
  expect(y2019.title).toBe(title('de'));
  await page.click('#lang-en');
  await until(async () => (await shown(page)).title === title('en'), 'the English title');
  expect((await shown(page)).trendTitle).not.toBe(first.trendTitle);

  // 3. a click on a region reaches the page's handler, twice, once per click
  const [a, b] = [gemeinden[3]!, gemeinden[10]!];
  await clickRegion(page, a.key);
  await until(async () => (await text(page, '#count')) === '1', 'one bildung-select');
  expect(await text(page, '#selected')).toBe(`${a.name} (${a.key}), 2019`);
  await clickRegion(page, b.key);
  await until(async () => (await text(page, '#count')) === '2', 'a second bildung-select');
  expect(await text(page, '#selected')).toBe(`${b.name} (${b.key}), 2019`);
  expect(await page.evaluate(() => document.querySelector('bildung-map')!.getAttribute('selected'))).toBe(
    b.key,
  );

  expect(mon.problems).toEqual([]);
  expect(await mon.violations()).toEqual([]);
}

describe('framework interop', () => {
  it('React 19: data as a property, state changes re-render, onbildung-select updates React state', async () => {
    const [context, page] = await newPage(browser);
    const mon = await monitor(page);
    await page.goto(`${server.origin}/interop-react.html`);
    await page.waitForSelector('#map', { state: 'attached' });
    // React set `year` as a property (the element has one), not only as an attribute
    expect(
      await page.evaluate(() => (document.querySelector('bildung-map') as unknown as { year: number }).year),
    ).toBe(2023);
    await scenario(page, mon);

    // a new `data` object from React state replaces the feed; the selection listener survives
    await page.click('#new-data');
    await until(
      async () => (await shown(page)).title === 'Leavers without a qualification (new)',
      'the title of the new data',
    );
    await clickRegion(page, gemeinden[0]!.key);
    await until(async () => (await text(page, '#count')) === '3', 'bildung-select after new data');
    expect(await text(page, '#selected')).toBe(`${gemeinden[0]!.name} (${gemeinden[0]!.key}), 2019`);
    expect(mon.problems).toEqual([]);
    await context.close();
  });

  it('plain HTML: el.data = feed from a module script, addEventListener("bildung-select")', async () => {
    const [context, page] = await newPage(browser);
    const mon = await monitor(page);
    await page.goto(`${server.origin}/interop-plain.html`);
    await scenario(page, mon);
    await context.close();
  });
});
