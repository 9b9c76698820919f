/**
 * What the all-in-one script-tag bundle really loads (issue #6 item 1). `npm run size` counts the
 * entry and its start-up chunk against the 60 KB budget and lists the on-demand chunks apart; that
 * accounting only holds if a typical page loads nothing else. Here every element on its own feed
 * (no problems, not linked), under the strict CSP: a German page loads exactly the entry and the
 * start-up chunk; an English page adds exactly the English strings; a download menu opened with
 * the keyboard adds its popup.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allWidgets, launch, monitor, newPage, settle } from './support/browser.ts';
import { STRICT_CSP, startServer, type TestServer } from './support/server.ts';

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

const SCRIPT = '<script type="module" src="/cdn/bildung-widgets.js"></script>';
const ALL_WIDGETS = { map: 'chart', trend: 'chart', sankey: 'chart', info: 'chart' };

/** Script files of the bundle requested since `from`, with the content hash taken out. */
function scripts(from: number): string[] {
  return server.requests
    .slice(from)
    .filter((r) => r.startsWith('/cdn/') && r.endsWith('.js'))
    .map((r) => r.slice('/cdn/'.length).replace(/-[\w-]{8}\.js$/, '.js'))
    .sort();
}

describe('all-in-one bundle: requests of a page', () => {
  it('German page with every element: the entry and its start-up chunk, nothing on demand', async () => {
    server.addPage('/requests-de.html', {
      body: allWidgets(),
      scripts: SCRIPT,
      headers: { 'content-security-policy': STRICT_CSP },
    });
    const from = server.requests.length;
    const [context, page] = await newPage(browser, 900, 2400);
    const mon = await monitor(page);
    await page.goto(`${server.origin}/requests-de.html`, { waitUntil: 'networkidle' });
    expect(await settle(page)).toEqual(ALL_WIDGETS);
    expect(scripts(from)).toEqual(['bildung-widgets-core.js', 'bildung-widgets.js']);
    // the page is German: German table toggle, no English anywhere
    const toggle = await page.locator('#map').locator('button', { hasText: 'Tabelle anzeigen' }).count();
    expect(toggle).toBe(1);

    // opening the download menu with the keyboard loads its popup, and focus lands in the menu
    await page.locator('#map').locator('button', { hasText: 'Herunterladen' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('#map')?.shadowRoot?.activeElement?.getAttribute('role') === 'menuitem',
    );
    expect(scripts(from)).toEqual([
      'bildung-widgets-core.js',
      'bildung-widgets-export-popup.js',
      'bildung-widgets.js',
    ]);
    expect(mon.problems).toEqual([]);
    await context.close();
  });

  it('English page with every element: one more file, the English strings, and no German shown', async () => {
    server.addPage('/requests-en.html', {
      body: `<div lang="en">${allWidgets()}</div>`,
      scripts: SCRIPT,
      headers: { 'content-security-policy': STRICT_CSP },
    });
    const from = server.requests.length;
    const [context, page] = await newPage(browser, 900, 2400);
    const mon = await monitor(page);
    await page.goto(`${server.origin}/requests-en.html`, { waitUntil: 'networkidle' });
    expect(await settle(page)).toEqual(ALL_WIDGETS);
    expect(scripts(from)).toEqual(['bildung-widgets-core.js', 'bildung-widgets-en.js', 'bildung-widgets.js']);
    for (const id of ['map', 'trend', 'sankey']) {
      expect(await page.locator(`#${id}`).locator('button', { hasText: 'Show table' }).count()).toBe(1);
      expect(await page.locator(`#${id}`).locator('button', { hasText: 'Tabelle anzeigen' }).count()).toBe(0);
    }
    expect(mon.problems).toEqual([]);
    await context.close();
  });
});
