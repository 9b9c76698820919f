/**
 * Fuzzed feeds (issue #8): seeded mutations of the Cloppenburg demo feed, each given to all four
 * widgets through the `data` property in one page — half of them raw (mostly stopped by
 * validation), half chosen among those that pass validation, so they reach the renderers. No uncaught exception may occur and every widget
 * must end showing a chart or an error message — never a blank box. Prints the counts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/paths.ts';
import { launch, newPage } from './support/browser.ts';
import { validateFeed } from '../../src/core/feed/validate.ts';
import { mutateFeed } from './support/payloads.ts';
import { startServer, type TestServer } from './support/server.ts';

/** Raw mutations (most are rejected by validation) plus mutations that pass validation (they reach the renderers). */
const RAW = 250;
const VALID = 250;
const MUTATIONS = RAW + VALID;
const BATCH = 50;

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  server.addPage('/fuzz.html', {
    body: `<bildung-map id="map" geo="/geo/index.json" indicator="abgang-ohne-hsa-gemeinden" controls></bildung-map>
<indicator-trend id="trend" indicator="betreuungsquote-u3" regions="03453 03453004 03453001"></indicator-trend>
<transition-sankey id="sankey" flow="schulabgaenge-abschluss" controls></transition-sankey>
<bildung-feed-info id="info"></bildung-feed-info>`,
  });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Outcome {
  /** per widget: how often it ended with a chart, an error, or neither */
  counts: Record<string, Record<string, number>>;
  /** mutations after which some widget was blank or still loading */
  bad: { index: number; id: string; state: string }[];
  rejected: string[];
}

describe('fuzzed feeds', () => {
  it(`${MUTATIONS} seeded mutations: no uncaught exception, never blank`, async () => {
    const base = JSON.parse(
      readFileSync(resolve(projectRoot, 'generated/feeds/kreis-03453.feed.json'), 'utf8'),
    ) as unknown;
    const [context, page] = await newPage(browser, 800, 900);
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await page.goto(`${server.origin}/fuzz.html`, { waitUntil: 'networkidle' });
    await page.evaluate(() => customElements.whenDefined('bildung-map'));

    // the mutations, fixed by their seeds: RAW as they come, then VALID among those validateFeed accepts
    const all: { feed: unknown; changes: string[] }[] = [];
    for (let seed = 1000; all.length < RAW; seed++) all.push(mutateFeed(base, seed));
    let valid = 0;
    for (let seed = 100_000; valid < VALID && seed < 120_000; seed++) {
      const m = mutateFeed(base, seed);
      if (!validateFeed(m.feed).ok) continue;
      all.push(m);
      valid++;
    }
    expect(all).toHaveLength(MUTATIONS);
    const changes = all.map((m) => m.changes);

    const total: Outcome = { counts: {}, bad: [], rejected: [] };
    for (let start = 0; start < MUTATIONS; start += BATCH) {
      const feeds = all.slice(start, start + BATCH).map((m) => m.feed);
      const out = await page.evaluate(
        async ({ feeds, start }) => {
          type W = HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
          const charts: Record<string, string> = {
            map: 'svg.map-svg g.regions path, canvas.fills',
            trend: 'g.lines path.line',
            sankey: 'g.links path, g.nodes rect',
            info: 'table',
          };
          const ids = Object.keys(charts);
          const els = ids.map((id) => document.getElementById(id) as W);
          const state = (el: W) => {
            const root = el.shadowRoot;
            if (root?.querySelector('.error')) return 'error';
            if (root?.querySelector(charts[el.id]!)) return 'chart';
            if (root?.querySelector('[role="status"]')?.textContent?.trim()) return 'loading';
            return 'blank';
          };
          const result: Outcome = { counts: {}, bad: [], rejected: [] };
          for (let f = 0; f < feeds.length; f++) {
            for (const el of els) el.data = feeds[f];
            for (const el of els)
              await el.updateComplete.catch((e: unknown) => result.rejected.push(String(e)));
            // the map loads geometry asynchronously (shared, cached): give it a few turns
            let states = els.map(state);
            for (let turn = 0; turn < 200 && states.some((s) => s !== 'chart' && s !== 'error'); turn++) {
              await new Promise((r) => setTimeout(r, 5));
              for (const el of els)
                await el.updateComplete.catch((e: unknown) => result.rejected.push(String(e)));
              states = els.map(state);
            }
            states.forEach((s, i) => {
              const id = ids[i]!;
              result.counts[id] ??= {};
              result.counts[id][s] = (result.counts[id][s] ?? 0) + 1;
              if (s !== 'chart' && s !== 'error') result.bad.push({ index: start + f, id, state: s });
            });
          }
          return result;
        },
        { feeds, start },
      );
      for (const [id, c] of Object.entries(out.counts))
        for (const [s, n] of Object.entries(c)) {
          total.counts[id] ??= {};
          total.counts[id][s] = (total.counts[id][s] ?? 0) + n;
        }
      total.bad.push(...out.bad);
      total.rejected.push(...out.rejected);
    }

    console.log(
      `fuzz: ${MUTATIONS} mutations (${RAW} raw, ${VALID} valid) × 4 widgets, page errors ${pageErrors.length}`,
    );
    for (const [id, c] of Object.entries(total.counts)) console.log(`  ${id.padEnd(7)} ${JSON.stringify(c)}`);
    for (const b of total.bad.slice(0, 10))
      console.log(`  ${b.state}: ${b.id} after mutation ${b.index}: ${changes[b.index]!.join('; ')}`);
    for (const e of [...new Set([...pageErrors, ...total.rejected])].slice(0, 10))
      console.log(`  error: ${e}`);

    expect(pageErrors).toEqual([]);
    expect(total.rejected).toEqual([]);
    expect(total.bad).toEqual([]);
    // the fuzzer reaches both outcomes for every widget (it neither always breaks nor never does)
    for (const id of ['map', 'trend', 'sankey', 'info']) {
      expect(total.counts[id]?.chart ?? 0, id).toBeGreaterThan(0);
      expect(total.counts[id]?.error ?? 0, id).toBeGreaterThan(0);
    }
    await context.close();
  });
});
