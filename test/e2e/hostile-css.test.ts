/**
 * Hostile host CSS (issue #8): a page with aggressive global styles must not change how the widgets
 * look. Each widget is screenshotted on a blank page and on the hostile page and the pixels are
 * compared (small tolerance for anti-aliasing).
 */
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, monitor, newPage, resultPath, settle } from './support/browser.ts';
import { decodePng, diffRatio, type Image } from './support/png.ts';
import { startServer, type TestServer } from './support/server.ts';

/** The host styles of the issue, verbatim. */
export const HOSTILE_CSS = `
* { all: revert; box-sizing: content-box; line-height: 3 }
svg { width: 100% !important; fill: red }
path { stroke-width: 5px }
table { display: none }
:root { font-size: 9px }
`;

const FEED = '/feeds/kreis-03453.feed.json';
const WIDGETS: [string, string][] = [
  ['map', `<bildung-map feed="${FEED}" indicator="abgang-ohne-hsa-gemeinden" controls></bildung-map>`],
  [
    'trend',
    `<indicator-trend feed="${FEED}" indicator="betreuungsquote-u3" regions="03453 03453004 03453001"></indicator-trend>`,
  ],
  [
    'sankey',
    `<transition-sankey feed="${FEED}" flow="schulabgaenge-abschluss" controls></transition-sankey>`,
  ],
  ['info', `<bildung-feed-info feed="${FEED}"></bildung-feed-info>`],
];
// the page's own layout (class selectors beat the hostile `*` rule, as a real site's would)
const LAYOUT = '<style>.slot { display: block; width: 640px; margin: 0; padding: 8px; }</style>';
// the stylesheet is inline, so it is served as a data: URL stylesheet-free page: no CSP on these pages
const body = WIDGETS.map(([id, el]) => `<div class="slot" id="slot-${id}">${el}</div>`).join('\n');

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  server.addPage('/blank.html', { head: LAYOUT, body });
  server.addPage('/hostile.html', { head: `${LAYOUT}<style>${HOSTILE_CSS}</style>`, body });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function shots(page: Page, path: string): Promise<Record<string, Buffer>> {
  await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
  const states = await settle(page);
  expect(Object.values(states)).toEqual(['chart', 'chart', 'chart', 'chart']);
  await page.evaluate(() => document.fonts.ready);
  const out: Record<string, Buffer> = {};
  for (const [id] of WIDGETS) out[id] = await page.locator(`#slot-${id}`).screenshot();
  return out;
}

describe('hostile host CSS', () => {
  it('the widgets look the same as on a blank page', async () => {
    const [context, page] = await newPage(browser, 700, 1000);
    const mon = await monitor(page);
    const blank = await shots(page, '/blank.html');
    const hostile = await shots(page, '/hostile.html');
    const ratios: Record<string, number> = {};
    for (const [id] of WIDGETS) {
      const a: Image = decodePng(blank[id]!);
      const b: Image = decodePng(hostile[id]!);
      ratios[id] = diffRatio(a, b);
      writeFileSync(resultPath(`hostile-css-${id}-blank.png`), blank[id]!);
      writeFileSync(resultPath(`hostile-css-${id}-hostile.png`), hostile[id]!);
      console.log(
        `hostile css ${id}: blank ${a.width}×${a.height}, hostile ${b.width}×${b.height}, differing pixels ${(ratios[id] * 100).toFixed(2)} %`,
      );
    }
    for (const [id] of WIDGETS) expect(ratios[id], id).toBeLessThan(0.01);
    expect(mon.problems).toEqual([]);
    await context.close();
  });
});
