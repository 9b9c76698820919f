/**
 * Issue #9 item 2: `bildung-widgets render` draws each widget as a static SVG and an HTML fragment
 * (picture + table inside the widget's element). Checked here against the production bundle:
 * the SVG is valid (parsed as XML, decoded as an image) with one path per Gemeinde and the
 * geometry attribution; a CMS-like page that strips `<script>` (and sends `script-src 'none'`)
 * still shows picture and table; with the script the same fragment upgrades to the live widgets,
 * whose data tables hold the values of the feed path.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMain } from '../../src/cli/render.ts';
import { launch, monitor, newPage, resultPath, settle } from './support/browser.ts';
import { DIST, STRICT_CSP, startServer, type TestServer } from './support/server.ts';

const OUT = resultPath('static');
const FEED = join(DIST, 'feeds', 'kreis-03453.feed.json');
const BUNDLE = join(DIST, 'cdn', 'bildung-widgets.iife.js');
const demo = JSON.parse(readFileSync(FEED, 'utf8')) as {
  regions: { key: string; name: string; level: string }[];
};
const GEMEINDEN = demo.regions.filter((r) => r.level === 'gemeinde' && r.key.startsWith('03453'));

/** The widgets as rendered: CLI arguments and the live twin's attributes. */
const WIDGETS = {
  map: {
    args: ['--widget', 'map', '--indicator', 'abgang-ohne-hsa-gemeinden', '--year', '2023'],
    live: 'bildung-map geo="/geo/kreis-03453.topo.json" indicator="abgang-ohne-hsa-gemeinden" year="2023" lang="de"',
  },
  trend: {
    args: [
      '--widget',
      'indicator-trend',
      '--indicator',
      'betreuungsquote-u3',
      '--regions',
      '03453 03453004 03453001',
    ],
    live: 'indicator-trend indicator="betreuungsquote-u3" regions="03453 03453004 03453001" lang="de"',
  },
  sankey: {
    args: ['--widget', 'sankey', '--flow', 'schulabgaenge-abschluss'],
    live: 'transition-sankey flow="schulabgaenge-abschluss" lang="de"',
  },
} as const;
type Id = keyof typeof WIDGETS;
const IDS = Object.keys(WIDGETS) as Id[];

const fragments = {} as Record<Id, string>;
const svgs = {} as Record<Id, string>;
const logs: string[] = [];
let server: TestServer;
let browser: Browser;

/** A CMS that allows no scripts: `<script>` elements and `on…` attributes are removed. */
const stripScripts = (html: string): string =>
  html.replace(/<script\b[\s\S]*?<\/script>/gi, '').replace(/\son\w+="[^"]*"/gi, '');

/** The fragment with an id on its element, so the page can find it. */
const withId = (html: string, id: string): string => html.replace(/^<([a-z-]+)/, `<$1 id="${id}"`);

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  for (const id of IDS) {
    const io = {
      stdout: (s: string) => void logs.push(s),
      stderr: (s: string) => void logs.push(s),
    };
    const code = await renderMain(
      [
        ...WIDGETS[id].args,
        '--feed',
        FEED,
        '--bundle',
        BUNDLE,
        '--width',
        '640',
        ...(id === 'map' ? ['--geo-url', '/geo/kreis-03453.topo.json'] : []),
        '--svg',
        join(OUT, `${id}.svg`),
        '--html',
        join(OUT, `${id}.html`),
      ],
      io,
    );
    expect(code, logs.join('')).toBe(0);
    svgs[id] = readFileSync(join(OUT, `${id}.svg`), 'utf8');
    fragments[id] = readFileSync(join(OUT, `${id}.html`), 'utf8');
  }
  server = await startServer();
  browser = await launch();
  const body = (transform: (html: string) => string) =>
    `<main><h1>Bildung im Landkreis Cloppenburg</h1>\n${IDS.map((id) => withId(transform(fragments[id]), id)).join('\n')}</main>`;
  const cmsBody = stripScripts(
    `${body((h) => h)}<script src="/cdn/bildung-widgets.iife.js"></script><p onclick="alert(1)">Ende</p>`,
  );
  server.addPage('/static-cms.html', {
    body: cmsBody,
    headers: { 'content-security-policy': "default-src 'self'; img-src 'self' data:; script-src 'none'" },
    noScripts: true,
  });
  server.addPage('/static-live.html', {
    body: body((h) => h),
    headers: { 'content-security-policy': STRICT_CSP },
  });
  server.addPage('/static-twin.html', {
    body: `<main>${IDS.map((id) => `<${WIDGETS[id].live.replace(/^([a-z-]+)/, `$1 id="${id}" feed="/feeds/kreis-03453.feed.json"`)}></${WIDGETS[id].live.split(' ')[0]}>`).join('\n')}</main>`,
    headers: { 'content-security-policy': STRICT_CSP },
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Rows of each widget's own data table (shadow DOM), whitespace collapsed. */
function dataTables(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate((ids) => {
    const out: Record<string, string[]> = {};
    for (const id of ids) {
      const root = document.getElementById(id)!.shadowRoot!;
      out[id] = [...root.querySelectorAll('[part="table"] tbody tr')].map((r) =>
        (r.textContent ?? '').replace(/\s+/g, ' ').trim(),
      );
    }
    return out;
  }, IDS);
}

describe('static pre-render (issue #9 item 2)', () => {
  it('writes valid SVG: one path per Gemeinde, title, legend, source and the geometry attribution', async () => {
    const [context, page] = await newPage(browser);
    await page.goto(`${server.origin}/static-twin.html`);
    for (const id of IDS) {
      const check = await page.evaluate(async (svg) => {
        const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
        const error = doc.querySelector('parsererror')?.textContent ?? null;
        const img = new Image();
        img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
        let decoded = false;
        try {
          await img.decode();
          decoded = img.naturalWidth > 0;
        } catch {
          decoded = false;
        }
        return {
          error,
          root: doc.documentElement.localName,
          title: doc.querySelector('svg > title')?.textContent ?? '',
          keys: [...doc.querySelectorAll('path[data-key]')].map((p) => p.getAttribute('data-key')),
          text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join('\n'),
          decoded,
          scripts: doc.querySelectorAll('script, foreignObject, [style]').length,
        };
      }, svgs[id]);
      expect(check.error, id).toBe(null);
      expect(check.root).toBe('svg');
      expect(check.decoded, id).toBe(true);
      expect(check.scripts, id).toBe(0);
      if (id === 'map') {
        expect(check.title).toContain('Abgänge ohne Hauptschulabschluss');
        expect(new Set(check.keys)).toEqual(new Set(GEMEINDEN.map((g) => g.key)));
        expect(check.keys).toHaveLength(13);
        expect(check.text).toContain('© GeoBasis-DE / BKG');
        expect(check.text).toMatch(/\d+,\d–\d+,\d\s%/); // legend classes in German
      }
      if (id === 'sankey') expect(check.text).toContain('Allgemeine Hochschulreife');
      expect(check.text).toMatch(/Quelle/);
    }
    await context.close();
  });

  it("exits 1 with the widget's own message and writes nothing when the widget cannot draw", async () => {
    const err: string[] = [];
    const target = join(OUT, 'never.svg');
    const code = await renderMain(
      [
        '--widget',
        'map',
        '--feed',
        FEED,
        '--bundle',
        BUNDLE,
        '--indicator',
        'gibt-es-nicht',
        '--svg',
        target,
      ],
      { stdout: () => undefined, stderr: (s: string) => void err.push(s) },
    );
    expect(code).toBe(1);
    expect(err.join('')).toContain(
      'Das Widget meldet: Die Daten konnten nicht angezeigt werden. Unbekannter Indikator: gibt-es-nicht',
    );
    expect(existsSync(target)).toBe(false);
  });

  it('gives the live elements the attributes that reproduce the picture', () => {
    const open = (id: Id) => /^<[a-z-]+[^>]*>/.exec(fragments[id])![0];
    // the map's drawn area, level and year, which a table alone would not pin down
    expect(open('map')).toBe(
      '<bildung-map year="2023" focus="03453" level="gemeinde" indicator="abgang-ohne-hsa-gemeinden" lang="de" geo="/geo/kreis-03453.topo.json">',
    );
    expect(open('sankey')).toMatch(
      /^<transition-sankey year="\d{4}" region="\d+" flow="schulabgaenge-abschluss" lang="de">$/,
    );
    expect(open('trend')).toBe(
      '<indicator-trend indicator="betreuungsquote-u3" regions="03453 03453004 03453001" lang="de">',
    );
    expect(fragments.map).toContain('data-territorial-date="2023-12-31"');
  });

  it('a CMS page that strips <script> still shows the static pictures and tables', async () => {
    const [context, page] = await newPage(browser, 800, 900);
    const mon = await monitor(page);
    await page.goto(`${server.origin}/static-cms.html`);
    const html = await page.content();
    expect(html).not.toContain('<script');
    for (const id of IDS) {
      const el = page.locator(`#${id}`);
      expect(await el.evaluate((e) => e.shadowRoot)).toBe(null);
      expect(await page.locator(`#${id} > figure.bildung-static > svg`).isVisible(), id).toBe(true);
      expect(await page.locator(`#${id} > table`).isVisible(), id).toBe(true);
      const box = await page.locator(`#${id} > figure.bildung-static > svg`).boundingBox();
      expect(box!.width).toBeGreaterThan(300);
      expect(box!.width).toBeLessThanOrEqual(800);
    }
    expect(await page.locator('#map > figure.bildung-static path[data-key]').count()).toBe(13);
    const table = await page.locator('#map > table').innerText();
    for (const g of GEMEINDEN) expect(table).toContain(g.name);
    expect(await page.locator('#sankey > table').innerText()).toContain('Allgemeine Hochschulreife');
    // ids of the three inline SVGs do not collide
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(await mon.violations()).toEqual([]);
    await page.screenshot({ path: resultPath('static-cms.png'), fullPage: true });
    await context.close();
  });

  it('with the script the fragments upgrade to live widgets with the values of the feed path', async () => {
    const [context, page] = await newPage(browser, 900, 900);
    const mon = await monitor(page);
    await page.goto(`${server.origin}/static-live.html`);
    expect(await settle(page)).toEqual({ map: 'chart', trend: 'chart', sankey: 'chart' });
    // the static picture is light DOM without a slot: not shown once the widget runs
    for (const id of IDS)
      expect(await page.locator(`#${id} > figure.bildung-static`).isVisible(), id).toBe(false);
    expect(
      await page.evaluate(
        () => document.getElementById('map')!.shadowRoot!.querySelectorAll('g.regions path').length,
      ),
    ).toBe(13);
    const fromTables = await dataTables(page);
    await page.screenshot({ path: resultPath('static-live.png'), fullPage: true });

    const [context2, twin] = await newPage(browser, 900, 900);
    await twin.goto(`${server.origin}/static-twin.html`);
    expect(await settle(twin)).toEqual({ map: 'chart', trend: 'chart', sankey: 'chart' });
    const fromFeed = await dataTables(twin);
    expect(fromTables.map!.length).toBe(13);
    expect(fromTables.map).toEqual(fromFeed.map);
    // every series and year, and the target (read from the footer row's data-target-* attributes)
    expect(fromTables.trend!.length).toBeGreaterThan(5);
    expect(fromFeed.trend!.some((row) => row.startsWith('2026 (Zielwert)'))).toBe(true);
    expect(fromTables.trend).toEqual(fromFeed.trend);
    expect(fragments.trend).toMatch(
      /<tfoot><tr data-target-year="2026"[^>]*data-target-value="40"[^>]*><td colspan="\d+">Zielwert 2026 \(Landkreis Cloppenburg\): 40,0<\/td><\/tr><\/tfoot>/,
    );
    expect(fromTables.sankey!.length).toBeGreaterThan(3);
    expect(fromTables.sankey).toEqual(fromFeed.sankey);
    expect(mon.problems).toEqual([]);
    expect(await mon.violations()).toEqual([]);
    await context.close();
    await context2.close();
  });
});
