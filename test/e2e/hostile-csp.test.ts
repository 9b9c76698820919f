/**
 * Hostile host, part 1 (issue #8): all widgets on a page served with the strict CSP of the issue,
 * and what they do to the visitor's privacy: only same-origin requests, no cookies, no storage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allWidgets, launch, monitor, newPage, resultPath, settle } from './support/browser.ts';
import { decodePng } from './support/png.ts';
import { startServer, STRICT_CSP, type TestServer } from './support/server.ts';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  server.addPage('/csp.html', { body: allWidgets(), headers: { 'content-security-policy': STRICT_CSP } });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('strict CSP', () => {
  it('renders every widget fully with no CSP violation and no console error', async () => {
    const [context, page] = await newPage(browser, 900, 2400);
    const mon = await monitor(page);
    const response = await page.goto(`${server.origin}/csp.html`, { waitUntil: 'networkidle' });
    expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);

    expect(await settle(page)).toEqual({ map: 'chart', trend: 'chart', sankey: 'chart', info: 'chart' });
    const counts = await page.evaluate(() => {
      const q = (id: string, sel: string) =>
        document.getElementById(id)?.shadowRoot?.querySelectorAll(sel).length ?? 0;
      return {
        regions: q('map', 'g.regions path'),
        legend: q('map', '.legend li'),
        lines: q('trend', 'g.lines path.line'),
        links: q('sankey', 'g.links path'),
        nodes: q('sankey', 'g.nodes rect'),
        infoRows: q('info', 'table tbody tr'),
        // Lit's styles arrive as constructable stylesheets, not <style> elements
        adopted: ['map', 'trend', 'sankey', 'info'].map(
          (id) => document.getElementById(id)?.shadowRoot?.adoptedStyleSheets.length ?? 0,
        ),
      };
    });
    expect(counts.regions).toBeGreaterThan(10); // Cloppenburg's Gemeinden
    expect(counts.legend).toBeGreaterThan(2);
    expect(counts.lines).toBe(3);
    expect(counts.links).toBeGreaterThan(2);
    expect(counts.nodes).toBeGreaterThan(3);
    expect(counts.infoRows).toBeGreaterThan(2);
    expect(counts.adopted.every((n) => n > 0)).toBe(true);

    // interact: tooltip positioning (CSSOM styles) must not trip style-src either
    const region = page.locator('#map').locator('g.regions path').first();
    await region.hover();
    await page.locator('#trend svg.svg, #trend svg').first().hover();
    await page.locator('#sankey').locator('g.nodes rect').first().hover();
    await page.keyboard.press('Tab');

    await page.screenshot({ path: resultPath('hostile-csp.png'), fullPage: true });
    expect(await mon.violations()).toEqual([]);
    expect(mon.problems).toEqual([]);
    await context.close();
  });

  it('exports a PNG (2×) of every chart under the strict CSP with no violation', async () => {
    const [context, page] = await newPage(browser, 900, 2400);
    const mon = await monitor(page);
    await page.goto(`${server.origin}/csp.html`, { waitUntil: 'networkidle' });
    expect(await settle(page)).toEqual({ map: 'chart', trend: 'chart', sankey: 'chart', info: 'chart' });
    const exported = async (id: string, kind: 'png' | 'svg') => {
      await page.locator(`#${id}`).locator('.export-button').click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`#${id}`).locator(`[role="menuitem"][data-kind="${kind}"]`).click(),
      ]);
      return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
    };
    for (const id of ['map', 'trend', 'sankey']) {
      const svg = (await exported(id, 'svg')).bytes.toString('utf8');
      const size = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg)!;
      const png = await exported(id, 'png');
      expect(png.name, id).toMatch(/\.png$/);
      const image = decodePng(png.bytes);
      expect([image.width, image.height], id).toEqual([Number(size[1]) * 2, Number(size[2]) * 2]);
      let inked = 0; // drawn, not blank: pixels darker than the white background
      for (let i = 0; i < image.data.length; i += 4) if (image.data[i]! + image.data[i + 1]! < 400) inked++;
      expect(inked, `${id} PNG has content`).toBeGreaterThan(2000);
      writeFileSync(resultPath(`export-${id}.png`), png.bytes);
    }
    expect(await mon.violations()).toEqual([]);
    expect(mon.problems).toEqual([]);
    await context.close();
  });

  it('a page under CSP reports violations (the probe works)', async () => {
    // control: an inline style attribute on this CSP page must be reported, else the check above is blind
    server.addPage('/csp-control.html', {
      body: '<p>control</p>',
      headers: { 'content-security-policy': STRICT_CSP },
      noScripts: true,
    });
    const [context, page] = await newPage(browser);
    const mon = await monitor(page);
    await page.goto(`${server.origin}/csp-control.html`);
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<p style="color:red">x</p>');
    });
    await expect.poll(() => mon.violations().then((v) => v.length)).toBeGreaterThan(0);
    await context.close();
  });
});

describe('privacy', () => {
  it('requests only its own origin, sets no cookie and stores nothing', async () => {
    const [context, page] = await newPage(browser, 900, 2400);
    const foreign: string[] = [];
    const own: string[] = [];
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith(`${server.origin}/`) || url.startsWith('data:')) {
        own.push(url.slice(server.origin.length));
        await route.continue();
      } else {
        foreign.push(url);
        await route.abort();
      }
    });
    await page.goto(`${server.origin}/csp.html`, { waitUntil: 'networkidle' });
    await settle(page);
    // use the widgets: hover, focus, open the tables
    await page.locator('#map').locator('g.regions path').first().hover();
    await page.keyboard.press('Tab');
    for (const id of ['map', 'trend', 'sankey']) {
      const toggle = page.locator(`#${id}`).locator('[part~="table-toggle"]');
      if (await toggle.count()) await toggle.first().click();
    }
    await page.waitForLoadState('networkidle');

    expect(foreign).toEqual([]);
    // the feed once, however many widgets use it
    expect(own.filter((u) => u.startsWith('/feeds/kreis-03453.feed.json'))).toHaveLength(1);
    expect(own.some((u) => u.startsWith('/geo/'))).toBe(true);
    expect(await context.cookies()).toEqual([]);
    const storage = await page.evaluate(async () => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      idb: (await indexedDB.databases()).map((d) => d.name),
      caches: await caches.keys(),
    }));
    expect(storage).toEqual({ cookie: '', local: 0, session: 0, idb: [], caches: [] });
    console.log(`privacy: ${own.length} same-origin requests: ${own.join(', ')}`);
    await context.close();
  });
});
