/**
 * Browser helpers for the e2e suite: Debian's Chromium via playwright-core, a page monitor that
 * collects console errors, uncaught exceptions and CSP violations, and in-page probes of the
 * widgets' rendered state.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { projectRoot } from '../../../scripts/paths.ts';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export const RESULTS_DIR = resolve(projectRoot, 'test-results');

export function resultPath(name: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return resolve(RESULTS_DIR, name);
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export interface Monitor {
  /** console errors/warnings and uncaught exceptions */
  problems: string[];
  /** `securitypolicyviolation` events seen in the page */
  violations(): Promise<string[]>;
}

/**
 * Starts recording on `page` (call before `goto`): console errors and warnings, `pageerror`,
 * unhandled rejections and CSP violation events (recorded by an init script, which CSP does not
 * block because the browser injects it).
 */
export async function monitor(page: Page): Promise<Monitor> {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return {
    problems,
    violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
  };
}

export async function newPage(browser: Browser, width = 900, height = 900): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  return [context, page];
}

export type WidgetState = 'chart' | 'error' | 'loading' | 'blank';

/**
 * What each widget element on the page shows now: `chart` (the drawn chart / table), `error` (an
 * error box), `loading`, or `blank` (none of these). Keyed by element id (or tag#index).
 */
export function widgetStates(
  page: Page,
  selector = 'bildung-map, indicator-trend, transition-sankey, bildung-feed-info',
): Promise<Record<string, WidgetState>> {
  return page.evaluate((sel) => {
    const charts: Record<string, string> = {
      'bildung-map': 'svg.map-svg g.regions path, canvas.fills',
      'indicator-trend': 'g.lines path.line',
      'transition-sankey': 'g.links path, g.nodes rect',
      'bildung-feed-info': 'table',
    };
    const out: Record<string, string> = {};
    document.querySelectorAll(sel).forEach((el, i) => {
      const root = el.shadowRoot;
      const tag = el.localName;
      const chart = charts[tag];
      let s = 'blank';
      if (root?.querySelector('.error')) s = 'error';
      else if (chart && root?.querySelector(chart)) s = 'chart';
      else if (root?.querySelector('[role="status"]')?.textContent?.trim()) s = 'loading';
      out[el.id || `${tag}#${i}`] = s;
    });
    return out;
  }, selector) as Promise<Record<string, WidgetState>>;
}

/** Waits until no widget matched by `selector` is loading or blank; returns the final states. */
export async function settle(
  page: Page,
  selector?: string,
  timeoutMs = 20_000,
): Promise<Record<string, WidgetState>> {
  const end = Date.now() + timeoutMs;
  let states = await widgetStates(page, selector);
  while (Date.now() < end) {
    if (Object.keys(states).length && Object.values(states).every((s) => s === 'chart' || s === 'error')) {
      // a chart may still be finishing (map model after geometry): one more frame, then re-check
      await page.waitForTimeout(50);
      const again = await widgetStates(page, selector);
      if (JSON.stringify(again) === JSON.stringify(states)) return states;
      states = again;
      continue;
    }
    await page.waitForTimeout(50);
    states = await widgetStates(page, selector);
  }
  return states;
}

/** The four demo widgets on the Cloppenburg feed, as the scenario pages use them. */
export function allWidgets(feed = '/feeds/kreis-03453.feed.json', extra = ''): string {
  return `<main>
  <bildung-map id="map" feed="${feed}" indicator="abgang-ohne-hsa-gemeinden" controls${extra}></bildung-map>
  <indicator-trend id="trend" feed="${feed}" indicator="betreuungsquote-u3" regions="03453 03453004 03453001"${extra}></indicator-trend>
  <transition-sankey id="sankey" feed="${feed}" flow="schulabgaenge-abschluss" controls${extra}></transition-sankey>
  <bildung-feed-info id="info" feed="${feed}"${extra}></bildung-feed-info>
</main>`;
}
