/**
 * Double loading and load (issue #8). The bundle loaded twice on one page (two module graphs, as a
 * CMS page that embeds the script twice), and the IIFE and ESM script-tag bundles on top: no
 * exception, widgets work. Then 30 widgets on one feed — render time and long
 * tasks are printed, not asserted; the feed is requested once — and 200 add/remove cycles with the
 * heap measured through CDP.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allWidgets, launch, monitor, newPage, settle } from './support/browser.ts';
import { startServer, type TestServer } from './support/server.ts';

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

describe('double loading', () => {
  it('the bundle twice on one page: no exception, every widget renders', async () => {
    const second = server.scriptTags.replaceAll('/assets/', '/copy2/assets/');
    server.addPage('/double.html', { body: allWidgets(), scripts: `${server.scriptTags}\n${second}` });
    const [context, page] = await newPage(browser, 900, 2400);
    const mon = await monitor(page);
    await page.goto(`${server.origin}/double.html`, { waitUntil: 'networkidle' });
    // both copies were fetched and executed
    expect(
      server.requests.filter((r) => /^\/(copy2\/)?assets\/.*\.js$/.test(r)).length,
    ).toBeGreaterThanOrEqual(2);
    expect(server.requests.some((r) => r.startsWith('/copy2/assets/'))).toBe(true);
    expect(await settle(page)).toEqual({ map: 'chart', trend: 'chart', sankey: 'chart', info: 'chart' });
    // widgets created after both loads still upgrade and render
    await page.evaluate((feed) => {
      const el = document.createElement('indicator-trend');
      el.id = 'late';
      el.setAttribute('feed', feed);
      el.setAttribute('indicator', 'betreuungsquote-u3');
      document.body.append(el);
    }, FEED);
    expect(await settle(page, '#late')).toEqual({ late: 'chart' });
    expect(mon.problems).toEqual([]);
    await context.close();
  });

  it('the IIFE bundle, the ESM bundle and the npm-style build together: no exception, widgets work', async () => {
    server.addPage('/triple.html', {
      body: allWidgets(),
      scripts: `<script src="/cdn/bildung-widgets.iife.js"></script>
<script type="module" src="/cdn/bildung-widgets.js"></script>
${server.scriptTags}`,
    });
    const [context, page] = await newPage(browser, 900, 2400);
    const mon = await monitor(page);
    await page.goto(`${server.origin}/triple.html`, { waitUntil: 'networkidle' });
    expect(server.requests).toContain('/cdn/bildung-widgets.iife.js');
    expect(server.requests).toContain('/cdn/bildung-widgets.js');
    // the classic script ran first and registered the elements under its global
    expect(
      await page.evaluate(() => typeof (window as unknown as { BildungWidgets?: unknown }).BildungWidgets),
    ).toBe('object');
    expect(await settle(page)).toEqual({ map: 'chart', trend: 'chart', sankey: 'chart', info: 'chart' });
    expect(mon.problems).toEqual([]);
    await context.close();
  });
});

describe('load', () => {
  it('30 widgets on one feed: one feed request; render time printed', async () => {
    const body = Array.from({ length: 10 }, (_, i) =>
      [
        `<bildung-map id="map-${i}" feed="${FEED}" indicator="abgang-ohne-hsa-gemeinden"></bildung-map>`,
        `<indicator-trend id="trend-${i}" feed="${FEED}" indicator="betreuungsquote-u3" regions="03453 03453004 03453001"></indicator-trend>`,
        `<transition-sankey id="sankey-${i}" feed="${FEED}" flow="schulabgaenge-abschluss"></transition-sankey>`,
      ].join('\n'),
    ).join('\n');
    server.addPage('/load30.html', { body: `<div class="grid">${body}</div>` });
    const [context, page] = await newPage(browser, 1000, 900);
    const mon = await monitor(page);
    await page.addInitScript(() => {
      const w = window as unknown as { __long: number[] };
      w.__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__long.push(e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const before = server.requests.length;
    await page.goto(`${server.origin}/load30.html`);
    const states = await settle(page, undefined, 60_000);
    const rendered = await page.evaluate(() => performance.now());
    expect(Object.values(states).filter((s) => s === 'chart')).toHaveLength(30);
    const requests = server.requests.slice(before);
    expect(requests.filter((r) => r === FEED)).toHaveLength(1);

    // responsiveness: time for a task to run while all 30 are on the page
    const taskDelay = await page.evaluate(
      () =>
        new Promise<number>((r) => {
          const t = performance.now();
          setTimeout(() => r(performance.now() - t), 0);
        }),
    );
    const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
    console.log(
      `load: 30 widgets rendered ${rendered.toFixed(0)} ms after navigation start; ` +
        `requests ${requests.length} (${requests.filter((r) => r.startsWith('/geo/')).length} geometry); ` +
        `long tasks ${long.length}, longest ${Math.max(0, ...long).toFixed(0)} ms; setTimeout(0) delay afterwards ${taskDelay.toFixed(1)} ms`,
    );
    expect(mon.problems).toEqual([]);
    await context.close();
  });

  it('200 add/remove cycles: heap printed, no unbounded growth', async () => {
    server.addPage('/churn.html', { body: '<div id="host"></div>' });
    const [context, page] = await newPage(browser, 900, 900);
    const mon = await monitor(page);
    await page.goto(`${server.origin}/churn.html`);
    await page.evaluate(() => customElements.whenDefined('bildung-map'));
    const cdp = await context.newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize / 1024 / 1024;
    };
    const churn = (cycles: number) =>
      page.evaluate(
        async ({ cycles, feed }) => {
          const host = document.getElementById('host')!;
          const make = () => {
            const frag = document.createDocumentFragment();
            const map = document.createElement('bildung-map');
            map.setAttribute('feed', feed);
            map.setAttribute('indicator', 'abgang-ohne-hsa-gemeinden');
            const trend = document.createElement('indicator-trend');
            trend.setAttribute('feed', feed);
            trend.setAttribute('indicator', 'betreuungsquote-u3');
            const sankey = document.createElement('transition-sankey');
            sankey.setAttribute('feed', feed);
            sankey.setAttribute('flow', 'schulabgaenge-abschluss');
            frag.append(map, trend, sankey);
            return [map, trend, sankey] as (HTMLElement & { updateComplete: Promise<unknown> })[];
          };
          for (let i = 0; i < cycles; i++) {
            const els = make();
            host.append(...els);
            // let them load (cached feed and geometry) and draw before removing them
            for (let turn = 0; turn < 100 && !els[0]!.shadowRoot?.querySelector('g.regions path'); turn++)
              await new Promise((r) => setTimeout(r, 2));
            await Promise.all(els.map((e) => e.updateComplete));
            host.replaceChildren();
          }
        },
        { cycles, feed: FEED },
      );
    await churn(10); // warm-up: code, caches, feed and geometry
    const start = await heap();
    await churn(200);
    const end = await heap();
    console.log(
      `memory: heap ${start.toFixed(1)} MB after warm-up, ${end.toFixed(1)} MB after 200 add/remove cycles (+${(end - start).toFixed(1)} MB)`,
    );
    expect(end - start).toBeLessThan(20);
    expect(mon.problems).toEqual([]);
    await context.close();
  });
});
