/**
 * Issue #7: a feed made by the `bildung-feed` CLI from an official export renders in
 * `<bildung-map>`. The Regionalstatistik table 21111-02-06-4 (school leavers by qualification,
 * Kreise, 2023; Windows-1252, footnotes, markers) is converted with the CLI's `main`, served by the
 * test server next to the demo's geometry, and drawn as a map of Niedersachsen's Kreise.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePaths } from '../../scripts/paths.ts';
import { main } from '../../src/cli/main.ts';
import { launch, monitor, newPage, resultPath } from './support/browser.ts';
import { startServer, STRICT_CSP, type TestServer } from './support/server.ts';

let server: TestServer;
let browser: Browser;
let feed: { indicators: { id: string; values: Record<string, (number | null)[]> }[] };

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bildung-convert-'));
  const out = join(dir, 'abgaenge.feed.json');
  const source = join(
    resolvePaths([]).dataSource,
    'regionalstatistik',
    '21111-02-06-4_abgaenge-abschlussart_kreise_2023.csv',
  );
  const stderr: string[] = [];
  const code = main(
    [
      'convert',
      source,
      '--indicator-id',
      'abgang-ohne-hsa',
      '--column',
      'ohne Hauptschulabschluss / Insgesamt',
      '--title',
      'Abgänge ohne Hauptschulabschluss',
      '--polarity',
      'lower-is-better',
      '-o',
      out,
    ],
    { stdout: () => undefined, stderr: (text: string) => void stderr.push(text) },
  );
  expect(code, stderr.join('')).toBe(0);
  feed = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  server = await startServer();
  // beside the demo's feeds, so the map finds ../geo/index.json by itself
  server.setJson('/feeds/converted.feed.json', feed);
  server.addPage('/converted.html', {
    body: '<bildung-map id="map" lang="de" feed="/feeds/converted.feed.json" level="kreis" focus="03"></bildung-map>',
    headers: { 'content-security-policy': STRICT_CSP },
  });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a feed converted by bildung-feed', () => {
  it('holds the official value and renders as a map of the 45 Kreise of Niedersachsen', async () => {
    const values = feed.indicators[0]!.values;
    expect(values['03453']).toEqual([163]); // Landkreis Cloppenburg, 2023
    const [context, page] = await newPage(browser, 900, 1200);
    const mon = await monitor(page);
    await page.goto(`${server.origin}/converted.html`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => (document.getElementById('map')?.shadowRoot?.querySelectorAll('g.regions path').length ?? 0) > 0,
      undefined,
      { timeout: 15_000 },
    );
    const result = await page.evaluate(() => {
      const root = document.getElementById('map')!.shadowRoot!;
      const row = [...root.querySelectorAll('[part="table"] tbody tr')].find((tr) =>
        tr.textContent!.includes('Cloppenburg'),
      );
      return {
        regions: root.querySelectorAll('g.regions path').length,
        alert: root.querySelector('[role="alert"]')?.textContent ?? '',
        row: row?.textContent?.replace(/\s+/g, ' ') ?? '',
        attribution: root.querySelector('.attribution')?.textContent ?? '',
      };
    });
    await page.screenshot({ path: resultPath('converted-feed-map.png'), fullPage: true });
    expect(result.alert).toBe('');
    expect(result.regions).toBe(45);
    expect(result.row).toContain('163');
    expect(result.attribution).toContain('GeoBasis-DE / BKG');
    expect(mon.problems).toEqual([]);
    expect(await mon.violations()).toEqual([]);
    await context.close();
  });
});
