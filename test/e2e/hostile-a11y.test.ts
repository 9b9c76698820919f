/**
 * Accessibility across the board (issue #8): axe-core on the demo page in its default state, a
 * keyboard-only walkthrough of each widget (Tab in, operate, Tab out), reflow at 320 px (no
 * horizontal scrolling of the document), and a forced-colors screenshot for people to look at
 * (test-results/hostile-forced-colors.png).
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/paths.ts';
import { allWidgets, launch, monitor, newPage, resultPath, settle } from './support/browser.ts';
import { startServer, type TestServer } from './support/server.ts';

const AXE = resolve(projectRoot, 'node_modules/axe-core/axe.min.js');
const FEED = '/feeds/kreis-03453.feed.json';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run: (ctx: Document) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
      };
    };
    const r = await w.axe.run(document);
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

async function openDemo(page: Page): Promise<void> {
  await page.goto(`${server.origin}/index.html`, { waitUntil: 'networkidle' });
  const states = await settle(page);
  expect(
    Object.values(states).every((s) => s === 'chart'),
    JSON.stringify(states),
  ).toBe(true);
}

describe('accessibility', () => {
  it('axe: the demo page has no violations', async () => {
    const [context, page] = await newPage(browser, 1100, 1400);
    const mon = await monitor(page);
    await openDemo(page);
    expect(await axe(page)).toEqual([]);
    expect(mon.problems).toEqual([]);
    await context.close();
  });

  it.each([
    ['bildung-map', `feed="${FEED}" indicator="abgang-ohne-hsa-gemeinden" controls`, 'bildung-select'],
    ['indicator-trend', `feed="${FEED}" indicator="betreuungsquote-u3"`, 'bildung-select'],
    ['transition-sankey', `feed="${FEED}" flow="schulabgaenge-abschluss" controls`, 'bildung-select'],
  ])('keyboard only: Tab into %s, operate it, Tab out', async (tag, attrs, event) => {
    server.addPage(`/kbd-${tag}.html`, {
      body: `<button id="before" type="button">vorher</button><${tag} id="w" ${attrs}></${tag}><button id="after" type="button">nachher</button>`,
    });
    const [context, page] = await newPage(browser, 900, 900);
    await page.goto(`${server.origin}/kbd-${tag}.html`);
    expect(await settle(page)).toEqual({ w: 'chart' });
    await page.evaluate((ev) => {
      const w = window as unknown as { __events: string[] };
      w.__events = [];
      document.getElementById('w')!.addEventListener(ev, () => w.__events.push(ev));
    }, event);
    await page.focus('#before');
    const inside = () => page.evaluate(() => document.activeElement?.id);
    // Tab until focus is on the chart itself (the plot / a region / a node), not a control
    let stops = 0;
    let onChart = false;
    for (; stops < 10 && !onChart; stops++) {
      await page.keyboard.press('Tab');
      expect(await inside()).toBe('w');
      onChart = await page.evaluate(() => {
        let a = document.getElementById('w')!.shadowRoot!.activeElement;
        while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
        return (
          !!a &&
          (a.closest('svg') !== null || a.getAttribute('role') === 'group' || a.classList.contains('plot'))
        );
      });
    }
    expect(onChart, 'a Tab stop on the chart').toBe(true);
    // operate: move with the arrow keys, select with Enter
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const events = await page.evaluate(() => (window as unknown as { __events: string[] }).__events);
    expect(events.length, `${event} after Enter`).toBeGreaterThan(0);
    // Tab out: no trap
    let out = false;
    for (let i = 0; i < 15 && !out; i++) {
      await page.keyboard.press('Tab');
      out = (await inside()) === 'after';
    }
    expect(out, 'focus leaves the widget').toBe(true);
    console.log(`keyboard: ${tag} reached its chart after ${stops} Tab stop(s)`);
    await context.close();
  });

  // On the demo page itself the demo's own feed <select> (demo/demo.css, not a widget) is wider than
  // 320 px; this page holds only the widgets, so the document width is theirs.
  it('320 px wide: the widgets do not make the document scroll sideways', async () => {
    server.addPage('/reflow.html', { head: '<style>body { margin: 8px; }</style>', body: allWidgets() });
    const [context, page] = await newPage(browser, 320, 800);
    await page.goto(`${server.origin}/reflow.html`, { waitUntil: 'networkidle' });
    expect(await settle(page)).toEqual({ map: 'chart', trend: 'chart', sankey: 'chart', info: 'chart' });
    const widths = await page.evaluate(() => ({
      doc: document.documentElement.scrollWidth,
      wide: [...document.querySelectorAll('main > *')]
        .filter((e) => e.getBoundingClientRect().right > 321 || e.scrollWidth > e.clientWidth + 1)
        .map((e) => `${e.id} ${Math.round(e.getBoundingClientRect().right)} ${e.scrollWidth}`),
    }));
    await page.screenshot({ path: resultPath('hostile-320px.png'), fullPage: true });
    expect(widths.doc, widths.wide.join(', ')).toBeLessThanOrEqual(321);
    expect(widths.wide).toEqual([]);
    await context.close();
  });

  it('200 % zoom (640 px CSS viewport at device scale 2): no sideways scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 640, height: 800 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await openDemo(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(641);
    await context.close();
  });

  it('forced colors: screenshot for review', async () => {
    const [context, page] = await newPage(browser, 1000, 1400);
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    await openDemo(page);
    await page.locator('#map-cloppenburg').locator('g.regions path').nth(2).hover();
    await page.screenshot({ path: resultPath('hostile-forced-colors.png'), fullPage: true });
    for (const id of ['map-cloppenburg', 'trend-betreuung', 'sankey-cloppenburg'])
      await page.locator(`#${id}`).screenshot({ path: resultPath(`hostile-forced-colors-${id}.png`) });
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    await context.close();
  });
});
