/**
 * Faults (issue #8): the feed or the geometry fails — 404, 500, truncated JSON, an HTML page
 * instead of JSON. Each affected widget shows its localized error with a retry button and fires
 * `bildung-error`; widgets on a healthy feed and the host page keep working; after the server
 * recovers, the retry button renders the chart. A slow server beyond the load timeout and a feed
 * that changes between requests are in hostile-timeout.test.ts.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allWidgets, launch, monitor, newPage, resultPath, settle } from './support/browser.ts';
import { startServer, type Fault, type TestServer } from './support/server.ts';

let server: TestServer;
let browser: Browser;

const FEED = 'feeds/kreis-03453.feed.json';
const IDS = ['map', 'trend', 'sankey', 'info'];

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page with the four widgets on the mounted feed, a healthy trend, and a host button. */
function faultPage(mount: string, lang = 'de'): string {
  const path = `/${mount}.html`;
  server.addPage(path, {
    body: `<div lang="${lang}">${allWidgets(`/${mount}/${FEED}`)}</div>
<indicator-trend id="healthy" feed="/${FEED}" indicator="betreuungsquote-u3"></indicator-trend>
<button id="host-button" type="button">Host</button><output id="host-out">0</output>`,
  });
  return path;
}

async function openWithErrorLog(
  path: string,
): Promise<[Page, () => Promise<Record<string, string[]>>, string[]]> {
  const [, page] = await newPage(browser, 900, 2600);
  const mon = await monitor(page);
  await page.addInitScript(() => {
    const w = window as unknown as { __errors: Record<string, string[]> };
    w.__errors = {};
    document.addEventListener('bildung-error', (e) => {
      const id = (e.target as Element).id;
      (w.__errors[id] ??= []).push((e as CustomEvent<{ code: string }>).detail.code);
    });
  });
  // not 'networkidle': Chromium keeps an error response whose body is never read open
  await page.goto(`${server.origin}${path}`);
  await page.evaluate(() => {
    const out = document.getElementById('host-out')!;
    document.getElementById('host-button')!.addEventListener('click', () => {
      out.textContent = String(Number(out.textContent) + 1);
    });
  });
  const errors = () =>
    page.evaluate(() => (window as unknown as { __errors: Record<string, string[]> }).__errors);
  return [page, errors, mon.problems];
}

/** The error box text of each widget. */
function errorTexts(page: Page, ids: string[]): Promise<Record<string, string>> {
  return page.evaluate(
    (list) =>
      Object.fromEntries(
        list.map((id) => [
          id,
          document.getElementById(id)?.shadowRoot?.querySelector('.error')?.textContent ?? '',
        ]),
      ),
    ids,
  );
}

async function hostStillWorks(page: Page): Promise<void> {
  await page.click('#host-button');
  expect(await page.textContent('#host-out')).toBe('1');
}

async function clickRetry(page: Page, ids: string[], label: string): Promise<void> {
  for (const id of ids) await page.locator(`#${id}`).getByRole('button', { name: label }).click();
}

const FEED_FAULTS: [Fault, string, RegExp][] = [
  ['404', 'not-found', /Die Datendatei wurde nicht gefunden: .*kreis-03453\.feed\.json/],
  ['500', 'http-error', /Die Datendatei konnte nicht geladen werden: .*\(Status 500\)/],
  ['truncated', 'invalid', /Die Datendatei ist fehlerhaft/],
  ['html', 'invalid', /Die Datendatei ist fehlerhaft/],
];

describe('feed faults', () => {
  it.each(FEED_FAULTS)(
    'feed %s: localized error, bildung-error, retry after recovery',
    async (fault, code, text) => {
      const mount = `m-feed-${String(fault)}`;
      server.setFault(`/${mount}/${FEED}`, fault);
      const [page, errors, problems] = await openWithErrorLog(faultPage(mount));

      const states = await settle(page);
      expect(states).toEqual({
        map: 'error',
        trend: 'error',
        sankey: 'error',
        info: 'error',
        healthy: 'chart',
      });
      const texts = await errorTexts(page, IDS);
      for (const id of IDS) {
        expect(texts[id], id).toContain('Die Daten konnten nicht angezeigt werden.');
        expect(texts[id], id).toMatch(text);
      }
      const fired = await errors();
      expect(Object.fromEntries(IDS.map((id) => [id, fired[id]]))).toEqual(
        Object.fromEntries(IDS.map((id) => [id, [code]])),
      );
      await hostStillWorks(page);
      await page.locator('#trend').screenshot({ path: resultPath(`hostile-fault-${String(fault)}.png`) });

      // still failing: retry shows the error again and reports it again
      const before = server.requests.filter((r) => r === `/${mount}/${FEED}`).length;
      await clickRetry(page, ['trend'], 'Erneut versuchen');
      await expect.poll(() => settle(page, '#trend')).toEqual({ trend: 'error' });
      await expect.poll(async () => (await errors()).trend).toEqual([code, code]);
      expect(server.requests.filter((r) => r === `/${mount}/${FEED}`).length).toBe(before + 1);

      // the server recovers: each retry button renders its chart
      server.setFault(`/${mount}/${FEED}`, null);
      await clickRetry(page, IDS, 'Erneut versuchen');
      expect(await settle(page)).toEqual({
        map: 'chart',
        trend: 'chart',
        sankey: 'chart',
        info: 'chart',
        healthy: 'chart',
      });
      expect(problems.filter((p) => !/Failed to load resource/.test(p))).toEqual([]);
      await page.context().close();
    },
  );

  it('the error and the retry button speak English on an English page', async () => {
    const mount = 'm-feed-en';
    server.setFault(`/${mount}/${FEED}`, '404');
    const [page] = await openWithErrorLog(faultPage(mount, 'en'));
    await settle(page);
    const texts = await errorTexts(page, IDS);
    for (const id of IDS)
      expect(texts[id], id).toMatch(/The data could not be shown\.\s*The data file was not found/);
    server.setFault(`/${mount}/${FEED}`, null);
    await clickRetry(page, ['sankey'], 'Try again');
    expect(await settle(page, '#sankey')).toEqual({ sankey: 'chart' });
    await page.context().close();
  });

  it('a bad data object gets an error but no retry button (retrying cannot help)', async () => {
    server.addPage('/bad-data.html', { body: '<indicator-trend id="t"></indicator-trend>' });
    const [, page] = await newPage(browser);
    await page.goto(`${server.origin}/bad-data.html`);
    await page.evaluate(async () => {
      const el = document.getElementById('t') as HTMLElement & {
        data: unknown;
        updateComplete: Promise<unknown>;
      };
      el.data = { version: 1 };
      await el.updateComplete;
    });
    expect(await settle(page, '#t')).toEqual({ t: 'error' });
    expect(await page.locator('#t').getByRole('button', { name: 'Erneut versuchen' }).count()).toBe(0);
    await page.context().close();
  });
});

describe('geometry faults', () => {
  const GEO: [string, Fault, string, RegExp][] = [
    ['geo/index.json', '404', 'geo-not-found', /Die Geometrie wurde nicht gefunden: .*geo\/index\.json/],
    [
      'geo/kreis-03453.topo.json',
      '500',
      'geo-failed',
      /Die Geometrie konnte nicht geladen werden: .*kreis-03453\.topo\.json/,
    ],
    ['geo/kreis-03453.topo.json', 'truncated', 'geo-invalid', /Die Geometrie/],
  ];
  it.each(GEO)(
    '%s %s: the map shows its error, the rest renders, retry recovers',
    async (file, fault, code, text) => {
      const mount = `m-geo-${String(fault)}`;
      server.setFault(`/${mount}/${file}`, fault);
      const [page, errors, problems] = await openWithErrorLog(faultPage(mount));
      expect(await settle(page)).toEqual({
        map: 'error',
        trend: 'chart',
        sankey: 'chart',
        info: 'chart',
        healthy: 'chart',
      });
      expect((await errorTexts(page, ['map'])).map).toMatch(text);
      expect((await errors()).map).toEqual([code]);
      await hostStillWorks(page);

      server.setFault(`/${mount}/${file}`, null);
      await clickRetry(page, ['map'], 'Erneut versuchen');
      expect(await settle(page, '#map')).toEqual({ map: 'chart' });
      expect(await page.locator('#map').locator('g.regions path').count()).toBeGreaterThan(10);
      expect(problems.filter((p) => !/Failed to load resource/.test(p))).toEqual([]);
      await page.context().close();
    },
  );
});
