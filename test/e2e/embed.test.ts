/**
 * iframe embeds and the snippet builder (issue #6, items 3 and 4; issue #9, item 3), against the
 * production build: embed.html renders each widget from URL parameters; embed.js sizes an iframe to
 * its content and ignores forged or malformed messages; without embed.js the iframe keeps its fixed
 * height; the builder's three paths (script, iframe, static fragment) work when pasted into a blank
 * page served with exactly the CSP directives the builder shows (and `default-src 'none'`), the
 * static fragment also with JavaScript off and, with the library, as the live widget.
 *
 * The script-tag snippet points at the built `/cdn/bildung-widgets.js` (global-setup builds the
 * script-tag bundle into dist-demo/cdn/, which is also where the builder's default library
 * address points on a deployed demo) — the file a webmaster would host.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/paths.ts';
import { launch, monitor, newPage, resultPath, settle } from './support/browser.ts';
import { decodePng } from './support/png.ts';
import { DIST, startServer, STRICT_CSP, type TestServer } from './support/server.ts';

const AXE = resolve(projectRoot, 'node_modules/axe-core/axe.min.js');
const TSX = resolve(projectRoot, 'node_modules/.bin/tsx');
const FEED = './feeds/kreis-03453.feed.json';
const CSP = { 'content-security-policy': STRICT_CSP };

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

/** Serves the built embed.html (a file of the build) with the strict CSP added to its response. */
async function withCsp(page: Page): Promise<void> {
  await page.route(
    (url) => url.pathname === '/embed.html',
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), ...CSP } });
    },
  );
}

/** settle() for a frame: it only needs evaluate() and waitForTimeout(), which frames have too. */
const settleFrame = (frame: Frame, selector?: string) => settle(frame as unknown as Page, selector);

/**
 * axe-core violations. `fragment`: the page is an iframe's content (embed.html), which has no
 * `<h1>` of its own by design — the host page has it — so axe's page-level heading rule is off.
 */
async function axe(page: Page, fragment = false): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (frag) => {
    const w = window as unknown as {
      axe: {
        run: (
          ctx: Document,
          options: object,
        ) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
      };
    };
    const r = await w.axe.run(
      document,
      frag ? { rules: { 'page-has-heading-one': { enabled: false } } } : {},
    );
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }, fragment);
}

/** The iframe's rendered height and the content height of its document. */
function heights(page: Page, selector = 'iframe') {
  return page.evaluate(async (sel) => {
    const iframe = document.querySelector<HTMLIFrameElement>(sel)!;
    const body = iframe.contentDocument!.body;
    return {
      iframe: iframe.getBoundingClientRect().height - (iframe.offsetHeight - iframe.clientHeight),
      content: Math.ceil(body.getBoundingClientRect().height),
    };
  }, selector);
}

function embedFrame(page: Page): Promise<Frame> {
  return expect
    .poll(() => page.frames().find((f) => f.url().includes('/embed.html')), { timeout: 10_000 })
    .toBeTruthy()
    .then(() => page.frames().find((f) => f.url().includes('/embed.html'))!);
}

describe('embed.html', () => {
  const CASES = [
    {
      name: 'map',
      query: `widget=map&feed=${FEED}&indicator=abgang-ohne-hsa-gemeinden&year=2021&classification=jenks&scheme=blues&controls&lang=en`,
      tag: 'bildung-map',
      attrs: {
        indicator: 'abgang-ohne-hsa-gemeinden',
        year: '2021',
        classification: 'jenks',
        scheme: 'blues',
      },
    },
    {
      name: 'trend',
      query: `widget=trend&feed=${FEED}&indicator=betreuungsquote-u3&regions=03453004,03453&theme=dark`,
      tag: 'indicator-trend',
      attrs: { indicator: 'betreuungsquote-u3', regions: '03453004 03453' },
    },
    {
      name: 'sankey',
      query: `widget=sankey&feed=${FEED}&flow=uebergang-jg5&year=2016&controls`,
      tag: 'transition-sankey',
      attrs: { flow: 'uebergang-jg5', year: '2016', controls: '' },
    },
    { name: 'info', query: `widget=info&feed=${FEED}`, tag: 'bildung-feed-info', attrs: { feed: FEED } },
  ];

  it('renders each widget from its parameters under the strict CSP, without console errors', async () => {
    const [context, page] = await newPage(browser, 800, 900);
    await withCsp(page);
    const mon = await monitor(page);
    for (const c of CASES) {
      const response = await page.goto(`${server.origin}/embed.html?${c.query}`, {
        waitUntil: 'networkidle',
      });
      expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
      expect(await settle(page), c.name).toEqual({ [`${c.tag}#0`]: 'chart' });
      const seen = await page.evaluate((tag) => {
        const el = document.querySelector(tag)!;
        return {
          attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
          htmlLang: document.documentElement.lang,
          background: getComputedStyle(document.documentElement).backgroundColor,
          notes: document.querySelector('.embed-notes, .embed-problems')?.textContent ?? null,
        };
      }, c.tag);
      expect(seen.attrs, c.name).toMatchObject(c.attrs);
      expect(seen.attrs.lang).toBe(c.name === 'map' ? 'en' : 'de');
      expect(seen.htmlLang).toBe(c.name === 'map' ? 'en' : 'de');
      expect(seen.background).toBe(c.name === 'trend' ? 'rgb(22, 25, 29)' : 'rgb(255, 255, 255)');
      expect(seen.notes).toBeNull();
      await page.screenshot({ path: resultPath(`embed-${c.name}.png`), fullPage: true });
    }
    expect(await page.evaluate(() => document.title)).toBe('Datendatei – bildung-widgets');
    expect(await mon.violations()).toEqual([]);
    expect(mon.problems).toEqual([]);
    await context.close();
  });

  it('names an unknown widget in the page and ignores invalid parameters, visibly', async () => {
    const [context, page] = await newPage(browser, 600, 600);
    await page.goto(`${server.origin}/embed.html?widget=chart&feed=${FEED}`);
    await expect
      .poll(() => page.locator('.embed-problems').textContent())
      .toBe('Unbekanntes Widget „chart“. Parameter „widget“ erlaubt: map, trend, sankey, info.');
    expect(await page.locator('.embed-problems').getAttribute('role')).toBe('alert');
    expect(
      await page.locator('bildung-map, indicator-trend, transition-sankey, bildung-feed-info').count(),
    ).toBe(0);
    await page.screenshot({ path: resultPath('embed-unknown-widget.png') });
    expect(await axe(page, true)).toEqual([]);

    const payload = encodeURIComponent('<img src=x onerror=window.__pwned=1>');
    await page.goto(
      `${server.origin}/embed.html?widget=map&feed=${FEED}&indicator=${payload}&onload=${payload}&lang=en`,
      { waitUntil: 'networkidle' },
    );
    expect(await settle(page)).toEqual({ 'bildung-map#0': 'chart' });
    expect(await page.locator('.embed-notes li').allTextContents()).toEqual([
      'Parameter "indicator" ignored: invalid value "<img src=x onerror=window.__pwned=1>".',
      'Parameter "onload" ignored: unknown.',
    ]);
    expect(await page.locator('bildung-map').getAttribute('indicator')).toBeNull();
    // axe runs here, without the CSP (its script tag is inline)
    expect(await axe(page, true)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await context.close();
  });
});

const TREND_SRC = `/embed.html?widget=trend&feed=${FEED}&indicator=betreuungsquote-u3&id=bw-1`;

describe('iframe on a host page', () => {
  it('embed.js sizes the iframe to its content and follows it when the content grows and shrinks', async () => {
    server.addPage('/host-resize.html', {
      body: `<h1>Gemeindeseite</h1>
<iframe data-bildung-embed="bw-1" src="${TREND_SRC}" title="Zeitreihe" width="100%" height="300"></iframe>
<p>Text nach dem Widget.</p>
<script src="/embed.js"></script>`,
      noScripts: true,
      headers: CSP,
    });
    const [context, page] = await newPage(browser, 800, 900);
    const mon = await monitor(page);
    await page.goto(`${server.origin}/host-resize.html`, { waitUntil: 'networkidle' });
    const frame = await embedFrame(page);
    expect(await settleFrame(frame)).toEqual({ 'indicator-trend#0': 'chart' });

    await expect.poll(async () => (await heights(page)).iframe).not.toBe(300);
    await expect
      .poll(async () => heights(page).then((h) => h.iframe === h.content && h.content))
      .toBeTruthy();
    const before = await heights(page);
    expect(before.content).toBeGreaterThan(300);
    expect(await page.evaluate(() => document.querySelector('iframe')!.style.height)).toBe(
      `${before.content}px`,
    );
    await page.screenshot({ path: resultPath('embed-host-resized.png'), fullPage: true });

    // open the data table: the content grows, and so does the iframe
    await frame.locator('indicator-trend').locator('[part~="table-toggle"]').first().click();
    await expect.poll(async () => (await heights(page)).iframe).toBeGreaterThan(before.iframe + 50);
    await expect.poll(async () => heights(page).then((h) => h.iframe === h.content)).toBe(true);
    await page.screenshot({ path: resultPath('embed-host-table-open.png'), fullPage: true });
    // close it: the iframe shrinks back
    await frame.locator('indicator-trend').locator('[part~="table-toggle"]').first().click();
    await expect.poll(async () => (await heights(page)).iframe).toBe(before.iframe);

    expect(await mon.violations()).toEqual([]);
    expect(mon.problems).toEqual([]);
    await context.close();
  });

  it('without embed.js the iframe shows the widget at its fixed height', async () => {
    server.addPage('/host-fixed.html', {
      body: `<h1>Gemeindeseite</h1>
<iframe src="${TREND_SRC}" title="Zeitreihe" width="100%" height="560"></iframe>`,
      noScripts: true,
      headers: CSP,
    });
    const [context, page] = await newPage(browser, 800, 900);
    await page.goto(`${server.origin}/host-fixed.html`, { waitUntil: 'networkidle' });
    const frame = await embedFrame(page);
    expect(await settleFrame(frame)).toEqual({ 'indicator-trend#0': 'chart' });
    // the page posted its height (the content is taller than the frame), but nobody listens
    expect((await heights(page)).content).toBeGreaterThan(560);
    expect((await heights(page)).iframe).toBe(560);
    // the chart is inside the visible part; the rest scrolls inside the frame
    const chartTop = await frame.evaluate(
      () =>
        document.querySelector('indicator-trend')!.shadowRoot!.querySelector('svg')!.getBoundingClientRect()
          .top,
    );
    expect(chartTop).toBeLessThan(300);
    await page.screenshot({ path: resultPath('embed-host-fixed.png'), fullPage: true });
    await context.close();
  });

  it('ignores forged messages: other windows, a foreign origin in the frame, bad shapes, wrong id', async () => {
    // the test server on its other name is another origin
    const foreign = server.origin.replace('127.0.0.1', 'localhost');
    server.addPage('/forge.html', {
      // a foreign page the embed iframe is navigated to: same window, other origin
      body: '<script>parent.postMessage({ type: "bildung-embed-height", id: "bw-2", height: 1401 }, "*")</script>',
      noScripts: true,
    });
    server.addPage('/host-forged.html', {
      body: `<iframe data-bildung-embed="bw-1" src="${TREND_SRC}" title="Zeitreihe" width="100%" height="300"></iframe>
<iframe id="other" src="/feeds/index.json" title="anderer Rahmen" width="100%" height="100"></iframe>
<iframe data-bildung-embed="bw-2" id="nav" src="/embed.html?widget=info&feed=${FEED}&id=bw-2" title="Feed" width="100%" height="200"></iframe>
<script src="/embed.js"></script>
<script src="/embed.js"></script>`,
      noScripts: true,
    });
    const [context, page] = await newPage(browser, 800, 900);
    const mon = await monitor(page);
    await page.goto(`${server.origin}/host-forged.html`, { waitUntil: 'networkidle' });
    const frame = await embedFrame(page);
    expect(await settleFrame(frame)).toEqual({ 'indicator-trend#0': 'chart' });
    await expect.poll(async () => heights(page).then((h) => h.iframe === h.content)).toBe(true);
    // the second embed has reported its own height
    await expect
      .poll(() => page.evaluate(() => document.querySelector<HTMLIFrameElement>('#nav')!.style.height))
      .toMatch(/^\d+px$/);
    const navHeight = await page.evaluate(
      () => document.querySelector<HTMLIFrameElement>('#nav')!.style.height,
    );
    // record every height the iframes get from now on
    await page.evaluate(() => {
      const w = window as unknown as { __heights: string[] };
      w.__heights = [];
      new MutationObserver((records) => {
        for (const r of records) w.__heights.push((r.target as HTMLIFrameElement).style.height);
      }).observe(document.body, { attributes: true, subtree: true, attributeFilter: ['style'] });
    });
    const msg = (height: unknown, extra: Record<string, unknown> = {}) => ({
      type: 'bildung-embed-height',
      id: 'bw-1',
      height,
      ...extra,
    });
    // 1. the host window itself
    await page.evaluate((m) => window.postMessage(m, '*'), msg(1101));
    // 2. another frame of the page (same origin, not an embed)
    const other = page.frames().find((f) => f.url().endsWith('/feeds/index.json'))!;
    await other.evaluate((m) => parent.postMessage(m, '*'), msg(1103));
    // 3. the embed frame itself, with bad shapes and a wrong id
    const bad: unknown[] = [
      msg(Number.NaN),
      msg(Number.POSITIVE_INFINITY),
      msg(30),
      msg(1e9),
      msg('1104'),
      msg(1105, { type: 'bildung-embed-size' }),
      msg(1106, { id: 'bw-2' }),
      msg(1107, { id: undefined }),
      null,
      'bildung-embed-height',
      [msg(1108)],
    ];
    for (const m of bad) await frame.evaluate((x) => parent.postMessage(x, '*'), m);
    // 4. the second embed frame, navigated to a foreign origin, posting with the first one's id
    await page.evaluate((url) => {
      document.querySelector<HTMLIFrameElement>('#nav')!.contentWindow!.location.href = url;
    }, `${foreign}/forge.html`);
    await expect
      .poll(() => page.frames().some((f) => f.url().startsWith(`${foreign}/forge.html`)))
      .toBe(true);
    // control: a valid message from the embed frame is applied (the probe can see a change)
    await frame.evaluate((m) => parent.postMessage(m, '*'), msg(777));
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __heights: string[] }).__heights))
      .toContain('777px');
    const seen = await page.evaluate(() => (window as unknown as { __heights: string[] }).__heights);
    // nothing but the control reached an iframe (the embed frame may also re-report its real height)
    const real = `${(await heights(page)).content}px`;
    expect(seen.filter((h) => h !== '777px' && h !== real)).toEqual([]);
    expect(
      await page.evaluate(() => [...document.querySelectorAll('iframe')].map((f) => f.style.height)),
    ).toEqual(['777px', '', navHeight]);
    expect(mon.problems).toEqual([]);
    await context.close();
  });
});

/**
 * The policy a pasted snippet page is served with: exactly the directives the builder shows for
 * the chosen path, and everything else denied — so the page proves those directives are enough.
 */
const onlyShown = (shown: string) => `default-src 'none'${shown ? `; ${shown}` : ''}`;

/**
 * Serves the test server's pages without their `<link rel="icon" href="data:,">`: under
 * `default-src 'none'` that line of the page template (not of the snippet) would need `img-src data:`.
 */
async function withoutIcon(page: Page): Promise<void> {
  await page.route(
    (url) => url.pathname.startsWith('/pasted-'),
    async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('<link rel="icon" href="data:,">', '');
      await route.fulfill({ response, body });
    },
  );
}

/** The builder, loaded and showing its first snippet. */
async function openBuilder(width: number, height = 1000) {
  const [context, page] = await newPage(browser, width, height);
  const mon = await monitor(page);
  await page.goto(`${server.origin}/builder.html`, { waitUntil: 'networkidle' });
  await expect.poll(() => page.locator('#snippet-script').inputValue()).toContain('<bildung-map');
  return { context, page, mon };
}

/** Which path panels are visible, e.g. `['script']`. */
const visiblePanels = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.path-panel')]
      .filter((p) => !p.hidden)
      .map((p) => p.dataset.path),
  );

describe('snippet builder', () => {
  it('builds script and iframe snippets that work in a blank page under exactly the CSP it shows', async () => {
    const { context, page, mon } = await openBuilder(1200);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    expect(await settle(page, '#preview-widget')).toEqual({ 'preview-widget': 'chart' });
    // the recommended path is chosen, and only its code is shown
    expect(await page.locator('input[name="path"]:checked').getAttribute('value')).toBe('script');
    expect(await visiblePanels(page)).toEqual(['script']);
    expect(await page.locator('#csp-text').inputValue()).toBe(
      "script-src 'self'; connect-src 'self'; img-src data:",
    );
    expect(await page.locator('#csp-list li').allTextContents()).toEqual([
      "script-src 'self' – die Bibliothek und ihre nachgeladenen Teile",
      "connect-src 'self' – der Feed",
      'img-src data: – nur für den PNG-Download: das Bild wird aus einer data:-Adresse gezeichnet',
    ]);
    expect(await page.locator('#hint-typo3 textarea').first().inputValue()).toBe(
      `page.includeJSFooter.bildungWidgets = ${server.origin}/cdn/bildung-widgets.js\n` +
        'page.includeJSFooter.bildungWidgets.type = module\npage.includeJSFooter.bildungWidgets.external = 1',
    );
    expect(await page.locator('#hint-wordpress').textContent()).toContain('unfiltered_html');
    await page.locator('#hint-typo3 summary').click();
    await page.locator('#hint-wordpress summary').click();
    await page.screenshot({ path: resultPath('builder-map.png'), fullPage: true });
    await page.screenshot({ path: resultPath('builder-path-script.png'), fullPage: true });
    expect(await axe(page)).toEqual([]);
    // a hint's code block copies like the snippets
    await page.locator('#hint-typo3 button.copy').first().click();
    await expect.poll(() => page.locator('#hint-typo3 .copy-status').first().textContent()).toBe('Kopiert.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('page.includeJSFooter');

    // the sankey of Cloppenburg, 2023, in English
    await page.locator('input[name="widget"][value="sankey"]').check();
    await page.locator('#b-flow').selectOption('schulabgaenge-abschluss');
    await page.locator('#b-region').selectOption('03453');
    await page.locator('#b-year').selectOption('2023');
    await page.locator('#b-lang').selectOption('en');
    await expect.poll(() => page.locator('#snippet-script').inputValue()).toContain('transition-sankey');
    expect(await settle(page, '#preview-widget')).toEqual({ 'preview-widget': 'chart' });
    const script = await page.locator('#snippet-script').inputValue();
    const scriptCsp = await page.locator('#csp-text').inputValue();
    expect(script).toBe(
      `<script type="module" src="${server.origin}/cdn/bildung-widgets.js"></script>\n` +
        `<transition-sankey feed="${server.origin}/feeds/kreis-03453.feed.json" flow="schulabgaenge-abschluss" region="03453" year="2023" controls lang="en"></transition-sankey>`,
    );
    expect(scriptCsp).toBe("script-src 'self'; connect-src 'self'; img-src data:");

    // the iframe path: its panel replaces the script panel, with its own CSP
    await page.locator('input[name="path"][value="iframe"]').check();
    expect(await visiblePanels(page)).toEqual(['iframe']);
    const iframe = await page.locator('#snippet-iframe').inputValue();
    const iframeCsp = await page.locator('#csp-text').inputValue();
    expect(iframe).toBe(
      `<iframe data-bildung-embed="bildung-sankey" src="${server.origin}/embed.html?widget=sankey&amp;feed=.%2Ffeeds%2Fkreis-03453.feed.json&amp;flow=schulabgaenge-abschluss&amp;region=03453&amp;year=2023&amp;controls=1&amp;lang=en&amp;id=bildung-sankey" title="Transitions: School leavers by qualification" width="100%" height="640" loading="lazy"></iframe>\n` +
        `<script src="${server.origin}/embed.js" defer></script>`,
    );
    expect(iframeCsp).toBe("frame-src 'self'; script-src 'self'");
    expect(await page.locator('#hint-typo3 textarea').first().inputValue()).toBe(
      `page.includeJSFooter.bildungEmbed = ${server.origin}/embed.js\n` +
        'page.includeJSFooter.bildungEmbed.defer = 1\npage.includeJSFooter.bildungEmbed.external = 1',
    );
    // another page address: the same sources, now named by their origin
    await page.locator('#hint-typo3 summary').click();
    await page.locator('.advanced summary').click();
    await page.locator('#b-page-url').fill('https://www.landkreis.example/bildung/');
    await expect
      .poll(() => page.locator('#csp-text').inputValue())
      .toBe(`frame-src ${server.origin}; script-src ${server.origin}`);
    await page.locator('#b-page-url').fill(`${server.origin}/`);
    await expect.poll(() => page.locator('#csp-text').inputValue()).toBe(iframeCsp);
    // copy button with visible feedback
    await page.locator('button[data-copy="snippet-iframe"]').click();
    await expect.poll(() => page.locator('#path-iframe .copy-status').textContent()).toBe('Kopiert.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(iframe);
    await page.screenshot({ path: resultPath('builder-sankey.png'), fullPage: true });
    await page.screenshot({ path: resultPath('builder-path-iframe.png'), fullPage: true });

    // (a) the script snippet in a blank page under exactly the shown directives: renders, exports a PNG
    server.addPage('/pasted-script.html', {
      body: script,
      noScripts: true,
      headers: { 'content-security-policy': onlyShown(scriptCsp) },
    });
    const [c2, blank] = await newPage(browser, 800, 900);
    await withoutIcon(blank);
    const mon2 = await monitor(blank);
    const res = await blank.goto(`${server.origin}/pasted-script.html`, { waitUntil: 'networkidle' });
    expect(res?.headers()['content-security-policy']).toBe(
      "default-src 'none'; script-src 'self'; connect-src 'self'; img-src data:",
    );
    expect(await settle(blank)).toEqual({ 'transition-sankey#0': 'chart' });
    expect(
      await blank.evaluate(() => document.querySelector('transition-sankey')!.shadowRoot!.textContent),
    ).toContain('Show table');
    await blank.locator('transition-sankey').locator('.export-button').click();
    const [download] = await Promise.all([
      blank.waitForEvent('download'),
      blank.locator('transition-sankey').locator('[role="menuitem"][data-kind="png"]').click(),
    ]);
    const png = decodePng(readFileSync((await download.path())!));
    expect(png.width).toBeGreaterThan(500);
    await blank.screenshot({ path: resultPath('builder-pasted-script.png'), fullPage: true });
    expect(await mon2.violations()).toEqual([]);
    expect(mon2.problems).toEqual([]);

    // (b) the iframe snippet in a blank page under exactly its directives: renders, sized by embed.js
    server.addPage('/pasted-iframe.html', {
      body: iframe,
      noScripts: true,
      headers: { 'content-security-policy': onlyShown(iframeCsp) },
    });
    await blank.goto(`${server.origin}/pasted-iframe.html`, { waitUntil: 'networkidle' });
    const frame = await embedFrame(blank);
    expect(await settleFrame(frame)).toEqual({ 'transition-sankey#0': 'chart' });
    await expect
      .poll(async () => heights(blank).then((h) => h.iframe === h.content && h.iframe !== 640))
      .toBe(true);
    await blank.screenshot({ path: resultPath('builder-pasted-iframe.png'), fullPage: true });
    expect(await mon2.violations()).toEqual([]);
    expect(mon2.problems).toEqual([]);
    // the probe sees violations on such a page (else the checks above would be blind)
    await blank.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p style="color:red">x</p>'));
    await expect.poll(() => mon2.violations().then((v) => v.length)).toBeGreaterThan(0);
    await c2.close();
    expect(mon.problems).toEqual([]);
    await context.close();
  });

  it('static path: the fragment shows chart and table without JavaScript and upgrades with the script', async () => {
    const { context, page, mon } = await openBuilder(1200);
    await page.locator('#b-indicator').selectOption('abgang-ohne-hsa-gemeinden');
    await page.locator('#b-year').selectOption('2023');
    expect(await settle(page, '#preview-widget')).toEqual({ 'preview-widget': 'chart' });
    const previewRegions = await page.evaluate(
      () =>
        document.querySelector('#preview-widget')!.shadowRoot!.querySelectorAll('svg.map-svg g.regions path')
          .length,
    );
    expect(previewRegions).toBe(13); // Cloppenburg's Gemeinden
    await page.locator('input[name="path"]').first().check();
    const scriptCsp = await page.locator('#csp-text').inputValue();
    const scriptTag = (await page.locator('#snippet-script').inputValue()).split('\n')[0]!;

    await page.locator('input[name="path"][value="static"]').check();
    expect(await visiblePanels(page)).toEqual(['static']);
    await expect
      .poll(() => page.locator('#snippet-static').inputValue(), { timeout: 20_000 })
      .toMatch(/^<bildung-map /);
    const fragment = await page.locator('#snippet-static').inputValue();
    expect(fragment).not.toContain('feed=');
    expect(fragment).not.toMatch(/<script|\sstyle=|\son\w+=/i);
    expect(fragment.split('\n')[0]).toBe(
      `<bildung-map year="2023" focus="03453" level="gemeinde" indicator="abgang-ohne-hsa-gemeinden" geo="${server.origin}/geo/index.json" lang="de">`,
    );
    const boxWidth = await page.evaluate(() =>
      Math.round(document.querySelector('#preview-widget')!.getBoundingClientRect().width),
    );
    const command = await page.locator('#snippet-command').inputValue();
    expect(command).toBe(
      'npx bildung-widgets render --widget bildung-map --feed feeds/kreis-03453.feed.json' +
        ` --indicator abgang-ohne-hsa-gemeinden --year 2023 --focus 03453 --width ${boxWidth}` +
        ` --geo-url ${server.origin}/geo/index.json` +
        ' --svg abgang-ohne-hsa-gemeinden-2023.svg --html abgang-ohne-hsa-gemeinden-2023.html',
    );
    // the command, run in a folder laid out like the server, makes the same fragment
    const site = mkdtempSync(join(tmpdir(), 'bildung-render-'));
    symlinkSync(join(DIST, 'feeds'), join(site, 'feeds'));
    symlinkSync(join(DIST, 'geo'), join(site, 'geo'));
    const run = spawnSync(
      'sh',
      ['-c', command.replace(/^npx bildung-widgets /, `${TSX} ${resolve(projectRoot, 'src/cli/index.ts')} `)],
      {
        cwd: site,
        encoding: 'utf8',
        env: { ...process.env, BILDUNG_BUNDLE: join(DIST, 'cdn/bildung-widgets.iife.js') },
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const built = readFileSync(join(site, 'abgang-ohne-hsa-gemeinden-2023.html'), 'utf8');
    rmSync(site, { recursive: true });
    const viewBox = (html: string) => /<svg [^>]*viewBox="([^"]+)"/.exec(html)![1];
    const tableOf = (html: string) => html.slice(html.indexOf('<table'), html.indexOf('</table>'));
    const attrsOf = (html: string) =>
      Object.fromEntries(
        [...html.split('\n')[0]!.matchAll(/ ([a-z-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]),
      );
    expect(viewBox(built)).toBe(viewBox(fragment));
    expect(built.match(/<path [^>]*data-key="\d{8}"/g)).toHaveLength(previewRegions);
    expect(tableOf(built)).toBe(tableOf(fragment));
    expect(attrsOf(built)).toEqual(attrsOf(fragment));
    // no CSP directive needed for the inline SVG; the notes name the HTML content element and <img>
    expect(await page.locator('#csp-box').isHidden()).toBe(true);
    expect(await page.locator('#csp-help').textContent()).toContain('Keine Angaben nötig');
    expect(await page.locator('#hint-typo3 .hint-body').textContent()).toContain('CType html');
    expect(await page.locator('#hint-wordpress .hint-body').textContent()).toContain('<img>');
    await page.locator('#hint-typo3 summary').click();
    await page.locator('#hint-wordpress summary').click();
    await page.screenshot({ path: resultPath('builder-path-static.png'), fullPage: true });
    expect(await axe(page)).toEqual([]);

    // the SVG download is the picture of the fragment
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#download-svg').click(),
    ]);
    expect(download.suggestedFilename()).toBe('abgang-ohne-hsa-gemeinden-2023.svg');
    const svgFile = readFileSync((await download.path())!, 'utf8');
    expect(svgFile).toContain(
      '<title>Abgänge ohne Hauptschulabschluss nach Gemeinden (Beispieldaten)</title>',
    );
    expect(svgFile.match(/<path [^>]*data-key="\d{8}"/g)).toHaveLength(previewRegions);
    expect(await page.locator('#path-static .copy-status').first().textContent()).toBe(
      'Die Datei abgang-ohne-hsa-gemeinden-2023.svg wurde heruntergeladen.',
    );

    // (c1) the fragment in a blank page with JavaScript off: picture and table
    server.addPage('/pasted-static.html', {
      body: fragment,
      noScripts: true,
      headers: { 'content-security-policy': onlyShown('') },
    });
    const noJs = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 800, height: 900 },
    });
    const still = await noJs.newPage();
    await withoutIcon(still);
    await still.goto(`${server.origin}/pasted-static.html`, { waitUntil: 'networkidle' });
    const svg = still.locator('bildung-map > figure.bildung-static > svg');
    expect(await svg.isVisible()).toBe(true);
    expect((await svg.boundingBox())!.width).toBeGreaterThan(500);
    const svgKeys = await svg
      .locator('path[data-key]')
      .evaluateAll((ps) => ps.map((p) => p.getAttribute('data-key')));
    expect(svgKeys).toHaveLength(previewRegions);
    const rowKeys = await still
      .locator('bildung-map > table tbody th[data-key]')
      .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-key')));
    expect(rowKeys).toEqual(expect.arrayContaining(svgKeys));
    expect(await still.locator('bildung-map > table caption').textContent()).toBe(
      'Abgänge ohne Hauptschulabschluss nach Gemeinden (Beispieldaten)',
    );
    expect(await still.locator('bildung-map > table').isVisible()).toBe(true);
    await still.screenshot({ path: resultPath('builder-pasted-static-nojs.png'), fullPage: true });
    await noJs.close();

    // (c2) the same page with JavaScript on (nothing upgrades it): no CSP violation under default-src 'none'
    const [c3, blank] = await newPage(browser, 800, 900);
    await withoutIcon(blank);
    const mon3 = await monitor(blank);
    await blank.goto(`${server.origin}/pasted-static.html`, { waitUntil: 'networkidle' });
    expect(await blank.locator('figure.bildung-static svg path[data-key]').count()).toBe(previewRegions);
    expect(await mon3.violations()).toEqual([]);
    expect(mon3.problems).toEqual([]);

    // (c3) the fragment plus the library, under the script path's directives: the live widget, drawn
    // from the fragment's table (no feed request), the static picture hidden
    server.addPage('/pasted-static-live.html', {
      body: `${fragment}\n${scriptTag}`,
      noScripts: true,
      headers: { 'content-security-policy': onlyShown(scriptCsp) },
    });
    const before = server.requests.length;
    await blank.goto(`${server.origin}/pasted-static-live.html`, { waitUntil: 'networkidle' });
    expect(await settle(blank)).toEqual({ 'bildung-map#0': 'chart' });
    const live = await blank.evaluate(() => {
      const root = document.querySelector('bildung-map')!.shadowRoot!;
      return { regions: root.querySelectorAll('svg.map-svg g.regions path').length, text: root.textContent };
    });
    expect(live.regions).toBe(previewRegions);
    expect(live.text).toContain('Abgänge ohne Hauptschulabschluss nach Gemeinden');
    expect(await blank.locator('figure.bildung-static').isVisible()).toBe(false);
    const requested = server.requests.slice(before);
    expect(requested.filter((r) => r.startsWith('/feeds/'))).toEqual([]);
    expect(requested.some((r) => r.startsWith('/geo/'))).toBe(true);
    await blank.screenshot({ path: resultPath('builder-pasted-static-live.png'), fullPage: true });
    expect(await mon3.violations()).toEqual([]);
    expect(mon3.problems).toEqual([]);

    // (c4) the <img> variant: img-src for the SVG file's origin, and nothing else
    await page.locator('#b-static-img').check();
    await page.locator('#b-static-img-url').fill(`${server.origin}/karten/abgang.svg`);
    await expect
      .poll(() => page.locator('#snippet-static').inputValue())
      .toContain(
        `<img src="${server.origin}/karten/abgang.svg" alt="Abgänge ohne Hauptschulabschluss nach Gemeinden (Beispieldaten) – Alle Werte stehen in der Tabelle unter dem Diagramm."`,
      );
    const imgFragment = await page.locator('#snippet-static').inputValue();
    expect(imgFragment).not.toContain('<svg');
    const imgCsp = await page.locator('#csp-text').inputValue();
    expect(imgCsp).toBe("img-src 'self'");
    server.addPage('/pasted-static-img.html', {
      body: imgFragment,
      noScripts: true,
      headers: { 'content-security-policy': onlyShown(imgCsp) },
    });
    await blank.route(`${server.origin}/karten/abgang.svg`, (route) =>
      route.fulfill({ status: 200, contentType: 'image/svg+xml', body: svgFile }),
    );
    await blank.goto(`${server.origin}/pasted-static-img.html`, { waitUntil: 'networkidle' });
    await expect
      .poll(() =>
        blank.locator('figure.bildung-static img').evaluate((img: HTMLImageElement) => img.naturalWidth),
      )
      .toBeGreaterThan(500);
    expect(await mon3.violations()).toEqual([]);
    await c3.close();
    expect(mon.problems).toEqual([]);
    await context.close();
  });

  it('one path at a time, by keyboard, at 320 px; the feed overview has no static path', async () => {
    const { context, page, mon } = await openBuilder(320, 900);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
    await page.locator('input[name="path"][value="script"]').focus();
    await page.screenshot({ path: resultPath('builder-path-script-320.png'), fullPage: true });
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('input[name="path"]:checked').getAttribute('value')).toBe('iframe');
    expect(await visiblePanels(page)).toEqual(['iframe']);
    await page.screenshot({ path: resultPath('builder-path-iframe-320.png'), fullPage: true });
    await page.keyboard.press('ArrowDown');
    expect(await visiblePanels(page)).toEqual(['static']);
    await expect
      .poll(() => page.locator('#snippet-static').inputValue(), { timeout: 20_000 })
      .toMatch(/^<bildung-map /);
    // the copy button is reachable by Tab and answers with a visible status
    await page.locator('#snippet-static').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-copy'))).toBe(
      'snippet-static',
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#path-static .copy-status').first().textContent()).not.toBe('');
    await page.locator('#hint-typo3 summary').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#hint-typo3').getAttribute('open')).toBe('');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
    await page.screenshot({ path: resultPath('builder-path-static-320.png'), fullPage: true });
    expect(await axe(page)).toEqual([]);

    // the feed overview: static is switched off (and explained), the builder falls back to the script path
    await page.locator('input[name="widget"][value="info"]').check();
    await expect.poll(() => page.locator('input[name="path"][value="static"]').isDisabled()).toBe(true);
    expect(await page.locator('input[name="path"]:checked').getAttribute('value')).toBe('script');
    expect(await visiblePanels(page)).toEqual(['script']);
    expect(await page.locator('#path-static-off').textContent()).toBe(
      'Für die Feed-Übersicht gibt es keine statische Fassung.',
    );
    expect(mon.problems).toEqual([]);
    await context.close();
  });

  it('speaks English and selects the code when the clipboard is unavailable', async () => {
    const [context, page] = await newPage(browser, 390, 900);
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined });
    });
    await page.goto(`${server.origin}/builder.html`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('#snippet-script').inputValue()).toContain('<bildung-map');
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.locator('h1').textContent()).toBe('Create embed code');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => page.locator('#snippet-script').inputValue()).toContain('lang="en"');
    expect(await page.locator('.path-choice legend').textContent()).toBe('What does your page allow?');
    expect(await page.locator('#csp-list li').first().textContent()).toBe(
      "script-src 'self' – the library and the parts it loads on demand",
    );
    expect(await page.locator('#hint-wordpress summary').textContent()).toBe('WordPress');
    expect(await page.locator('#hint-wordpress .hint-body').textContent()).toContain('"Custom HTML" block');
    await page.locator('input[name="widget"][value="trend"]').check();
    await page.locator('#b-indicator').selectOption('betreuungsquote-u3');
    await page.locator('#b-region').selectOption('03453001');
    await expect
      .poll(() => page.locator('#snippet-script').inputValue())
      .toContain('indicator="betreuungsquote-u3" regions="03453001 03453" lang="en"');
    await page.locator('button[data-copy="snippet-script"]').click();
    expect(await page.locator('.copy-status').first().textContent()).toBe(
      'The code is selected – please copy it with Ctrl+C (⌘+C).',
    );
    const selected = await page.evaluate(() => {
      const a = document.activeElement as HTMLTextAreaElement;
      return a.id === 'snippet-script' && a.value.slice(a.selectionStart, a.selectionEnd) === a.value;
    });
    expect(selected).toBe(true);
    expect(await settle(page, '#preview-widget')).toEqual({ 'preview-widget': 'chart' });
    // the trend's static path and its command, in English
    await page.locator('input[name="path"][value="static"]').check();
    await expect
      .poll(() => page.locator('#snippet-static').inputValue(), { timeout: 20_000 })
      .toMatch(/^<indicator-trend indicator="betreuungsquote-u3" regions="03453001 03453" lang="en">/);
    expect(await page.locator('#snippet-static').inputValue()).toContain('<caption>');
    expect(await page.locator('#snippet-command').inputValue()).toMatch(
      /^npx bildung-widgets render --widget indicator-trend --feed feeds\/kreis-03453\.feed\.json --indicator betreuungsquote-u3 --regions '03453001 03453' --lang en (--width \d+ )?--svg betreuungsquote-u3\.svg --html betreuungsquote-u3\.html$/,
    );
    await page.screenshot({ path: resultPath('builder-320-en.png'), fullPage: true });
    await context.close();
  });
});
