/**
 * Faults, part 2 (issue #8): a server slower than the widget's timeout, and a feed that changes
 * between requests. A widget's `timeout` attribute (ms) shortens the default 15 s so the test is
 * quick; after the server recovers, the retry button renders the chart. A feed that changes on the
 * server while the page is open does not split the page: widgets added later share the copy the
 * page already has (one request per URL), and reloading the page shows the new version.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, monitor, newPage } from './support/browser.ts';
import { startServer, type TestServer } from './support/server.ts';

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

const shadowText = (id: string, sel: string) =>
  `document.getElementById(${JSON.stringify(id)})?.shadowRoot?.querySelector(${JSON.stringify(sel)})?.textContent ?? ''`;

describe('slow and changing feeds', () => {
  it('a server slower than the timeout: localized timeout error, bildung-error, retry renders after recovery', async () => {
    const feed = '/m-slow/feeds/kreis-03453.feed.json';
    server.setFault(feed, { slowMs: 2500 });
    server.addPage('/slow.html', {
      body: `<indicator-trend id="trend" lang="de" timeout="600" feed="${feed}" indicator="betreuungsquote-u3"></indicator-trend>`,
    });
    const [context, page] = await newPage(browser, 900, 900);
    const mon = await monitor(page);
    await page.addInitScript(() => {
      const w = window as unknown as { __codes: string[] };
      w.__codes = [];
      document.addEventListener('bildung-error', (e) =>
        w.__codes.push((e as CustomEvent<{ code: string }>).detail.code),
      );
    });
    await page.goto(`${server.origin}/slow.html`);
    await page.waitForFunction(shadowText('trend', '[role="alert"]'), undefined, { timeout: 5000 });
    expect(await page.evaluate(shadowText('trend', '[role="alert"]'))).toContain(
      'nicht rechtzeitig geantwortet',
    );
    expect(await page.evaluate(() => (window as unknown as { __codes: string[] }).__codes)).toEqual([
      'timeout',
    ]);

    server.setFault(feed, null);
    await page.evaluate(() =>
      document.getElementById('trend')!.shadowRoot!.querySelector<HTMLButtonElement>('button.retry')!.click(),
    );
    await page.waitForFunction(
      () =>
        (document.getElementById('trend')?.shadowRoot?.querySelectorAll('g.lines path.line').length ?? 0) > 0,
      undefined,
      { timeout: 5000 },
    );
    expect(await page.evaluate(shadowText('trend', '[role="alert"]'))).toBe('');
    expect(mon.problems.filter((p) => !p.includes('Failed to load resource'))).toEqual([]);
    await context.close();
  });

  it('a feed that changes on the server: one consistent copy per page, the new one after a reload', async () => {
    const path = '/changing.feed.json';
    const base = JSON.parse(await (await fetch(`${server.origin}/feeds/kreis-03453.feed.json`)).text()) as {
      meta: { title: unknown };
    };
    server.setJson(path, { ...base, meta: { ...base.meta, title: 'Version 1' } });
    server.addPage('/changing.html', {
      body: `<bildung-feed-info id="a" lang="de" feed="${path}"></bildung-feed-info><div id="later"></div>`,
    });
    const [context, page] = await newPage(browser, 900, 900);
    await page.goto(`${server.origin}/changing.html`);
    await page.waitForFunction(shadowText('a', '[role="heading"]'));
    expect(await page.evaluate(shadowText('a', '[role="heading"]'))).toBe('Version 1');

    server.setJson(path, { ...base, meta: { ...base.meta, title: 'Version 2' } });
    await page.evaluate((feed) => {
      const el = document.createElement('bildung-feed-info');
      el.id = 'b';
      el.setAttribute('feed', feed);
      document.getElementById('later')!.append(el);
    }, path);
    await page.waitForFunction(shadowText('b', '[role="heading"]'));
    expect(await page.evaluate(shadowText('b', '[role="heading"]'))).toBe('Version 1');
    expect(server.requests.filter((r) => r === path).length).toBe(1);

    await page.reload();
    await page.waitForFunction(shadowText('a', '[role="heading"]'));
    expect(await page.evaluate(shadowText('a', '[role="heading"]'))).toBe('Version 2');
    await context.close();
  });
});
