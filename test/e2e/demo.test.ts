/**
 * End-to-end: the demo site in Debian's Chromium (playwright-core), served by Vite on localhost.
 * Serves the production build of the demo (built once by the e2e global setup) with `vite preview`. Asserts the page loads without console errors or third-party requests and that the feed
 * catalogue renders real feed content; saves a screenshot to test-results/ for people to look at.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/paths.ts';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

let server: PreviewServer;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  // The production build of the demo (test/e2e/support/global-setup.ts), as a site would serve it
  // (no dev-mode Lit, no HMR client).
  const configFile = resolve(projectRoot, 'vite.config.ts');
  server = await preview({ configFile, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no server address');
  origin = `http://127.0.0.1:${address.port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('demo site', () => {
  it('loads with no console error, no foreign request, and shows the Cloppenburg feed', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    const problems: string[] = [];
    const foreign: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(origin) && !url.startsWith('data:')) foreign.push(url);
    });

    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    const heading = page.locator('bildung-feed-info [role="heading"]');
    await heading.waitFor();
    await expect.poll(() => heading.textContent(), { timeout: 15_000 }).toContain('Cloppenburg');

    const rows = page.locator('bildung-feed-info table[part="table"] tbody tr');
    expect(await rows.count()).toBeGreaterThan(2);
    await expect.poll(() => page.locator('#widget-list li').count()).toBe(4);

    mkdirSync(resolve(projectRoot, 'test-results'), { recursive: true });
    await page.screenshot({ path: resolve(projectRoot, 'test-results', 'demo-de.png'), fullPage: true });

    await page.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(() => page.locator('bildung-feed-info table[part="table"] caption').first().textContent())
      .toContain('Indicators');
    await page.screenshot({ path: resolve(projectRoot, 'test-results', 'demo-en.png'), fullPage: true });

    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });
});
