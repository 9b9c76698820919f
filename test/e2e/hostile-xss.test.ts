/**
 * Hostile feed (issue #8, XSS): every text of the feed is an HTML/JS payload. The widgets must show
 * the payloads as text — in charts, tooltips, tables and notes, in German and English — and no
 * payload may ever run or create elements. A tripwire (`window.__pwned`) and a request for `/x`
 * (the `<img src=x>`) would tell.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/paths.ts';
import { allWidgets, launch, monitor, newPage, resultPath, settle } from './support/browser.ts';
import { PAYLOADS, payloadFeed } from './support/payloads.ts';
import { startServer, type TestServer } from './support/server.ts';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  const feed = JSON.parse(
    readFileSync(resolve(projectRoot, 'generated/feeds/kreis-03453.feed.json'), 'utf8'),
  ) as unknown;
  server.setJson('/feeds/xss.feed.json', payloadFeed(feed));
  // no CSP on this page: the tripwire must be able to fire if a payload were interpreted
  server.addPage('/xss.html', { body: allWidgets('/feeds/xss.feed.json') });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Everything dangerous found in the page and all shadow roots (recursively), except our own bundle's script tag. */
function findInjected(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        const tag = el.localName;
        const ours = tag === 'script' && /^\/assets\//.test(el.getAttribute('src') ?? '');
        if (['img', 'script', 'b', 'iframe', 'object', 'embed'].includes(tag) && !ours)
          found.push(`<${tag}>`);
        for (const a of el.getAttributeNames()) {
          if (a.startsWith('on')) found.push(`${tag}[${a}]`);
          if (/^\s*javascript:/i.test(el.getAttribute(a) ?? '') && a !== 'aria-label' && a !== 'title')
            found.push(`${tag}[${a}=javascript:]`);
        }
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return found;
  });
}

/** The text of every widget's shadow root (including hidden tables and the tooltip). */
function widgetTexts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const id of ['map', 'trend', 'sankey', 'info'])
      out[id] = document.getElementById(id)?.shadowRoot?.textContent ?? '';
    return out;
  });
}

async function operate(page: Page): Promise<string[]> {
  const tooltips: string[] = [];
  const tooltipText = (id: string) =>
    page.evaluate(
      (i) => document.getElementById(i)?.shadowRoot?.querySelector('[part~="tooltip"]')?.textContent ?? '',
      id,
    );
  await page.locator('#map').locator('g.regions path').nth(3).hover();
  tooltips.push(await tooltipText('map'));
  const plot = await page.locator('#trend').locator('svg').first().boundingBox();
  if (plot) await page.mouse.move(plot.x + plot.width * 0.6, plot.y + plot.height / 2);
  tooltips.push(await tooltipText('trend'));
  await page.locator('#sankey').locator('g.nodes rect').first().hover();
  tooltips.push(await tooltipText('sankey'));
  for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
  for (const id of ['map', 'trend', 'sankey']) {
    const toggle = page.locator(`#${id}`).locator('[part~="table-toggle"]');
    if (await toggle.count()) await toggle.first().click();
  }
  return tooltips;
}

describe('XSS payload feed', () => {
  it('shows every payload as text and never runs one', async () => {
    const [context, page] = await newPage(browser, 900, 2400);
    const mon = await monitor(page);
    await page.goto(`${server.origin}/xss.html`, { waitUntil: 'networkidle' });
    expect(await settle(page)).toEqual({ map: 'chart', trend: 'chart', sankey: 'chart', info: 'chart' });

    const seen = new Set<string>();
    for (const lang of ['de', 'en']) {
      await page.evaluate((l) => {
        for (const el of document.querySelectorAll('main > *')) el.setAttribute('lang', l);
      }, lang);
      await settle(page);
      const tooltips = await operate(page);
      // the tooltips show names and titles as text
      expect(tooltips[0], `map tooltip (${lang})`).toMatch(/#\d+/);
      expect(tooltips.join(' '), `tooltips (${lang})`).toMatch(/<(img|script)|javascript:|<\/style>/);
      const texts = await widgetTexts(page);
      for (const [id, text] of Object.entries(texts)) {
        const hits = PAYLOADS.filter((p) => text.includes(p));
        expect(hits.length, `${id} (${lang}) shows payloads as text`).toBeGreaterThan(0);
        hits.forEach((p) => seen.add(p));
      }
      await page.screenshot({ path: resultPath(`hostile-xss-${lang}.png`), fullPage: true });
    }
    expect([...seen].sort()).toEqual([...PAYLOADS].sort());

    // visible, not just in the DOM: the feed-info table and the map's title render the text
    const visible = await page.locator('#info').locator('table').first().innerText();
    expect(visible).toMatch(/<img src=x onerror=window\.__pwned=1>|<script>|javascript:/);

    await page.waitForTimeout(200); // give a delayed onerror/onload a chance to fire
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await findInjected(page)).toEqual([]);
    expect(server.requests.filter((r) => r === '/x' || r.startsWith('/x?'))).toEqual([]);
    expect(mon.problems).toEqual([]);
    await context.close();
  });

  it('exports (SVG, CSV) carry the payloads only as text, escaped in the SVG', async () => {
    const [context, page] = await newPage(browser, 900, 2400);
    await page.goto(`${server.origin}/xss.html`, { waitUntil: 'networkidle' });
    expect(await settle(page)).toEqual({ map: 'chart', trend: 'chart', sankey: 'chart', info: 'chart' });
    /** Chooses a format in a widget's download menu and returns the downloaded file's text. */
    const exported = async (id: string, kind: 'svg' | 'csv') => {
      await page.locator(`#${id}`).locator('.export-button').click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`#${id}`).locator(`[role="menuitem"][data-kind="${kind}"]`).click(),
      ]);
      return readFileSync((await download.path())!, 'utf8');
    };
    for (const id of ['map', 'trend', 'sankey']) {
      const svg = await exported(id, 'svg');
      // raw markup of a payload never appears; its escaped text does
      expect(svg, id).not.toMatch(/<img|<script|<b>|<svg onload|<\/style>/);
      expect(svg, id).toMatch(/&lt;(img src=x onerror=window.__pwned=1|script)&gt;/);
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const bad = [...doc.querySelectorAll('*')].filter(
          (el) =>
            ['script', 'img', 'b', 'foreignObject', 'iframe'].includes(el.localName) ||
            el.getAttributeNames().some((a) => a.startsWith('on')),
        );
        return {
          error: !!doc.querySelector('parsererror'),
          bad: bad.length,
          title: doc.querySelector('title')?.textContent,
        };
      }, svg);
      expect(parsed.error, id).toBe(false);
      expect(parsed.bad, id).toBe(0);
      expect(
        PAYLOADS.some((p) => parsed.title?.includes(p)),
        `${id} title is a payload as text`,
      ).toBe(true);
      const csv = await exported(id, 'csv');
      expect(csv.startsWith('\uFEFF'), id).toBe(true);
      expect(
        PAYLOADS.some((p) => csv.includes(p)),
        `${id} CSV holds payload text`,
      ).toBe(true);
    }
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await context.close();
  });

  it('the tripwire works (control: the same payload set via innerHTML fires)', async () => {
    const [context, page] = await newPage(browser);
    await page.goto(`${server.origin}/xss.html`);
    await page.evaluate((p) => {
      document.body.insertAdjacentHTML('beforeend', p);
    }, PAYLOADS[0]);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(1);
    expect((await findInjected(page)).length).toBeGreaterThan(0);
    await context.close();
  });
});
