/**
 * `bildung-widgets render`: a widget as static files for pages that allow no JavaScript
 * (issue #9 item 2).
 *
 *   bildung-widgets render --widget bildung-map --feed feed.json --indicator ID [--year 2023]
 *     [--lang de|en] [--width 720] --svg map.svg --html map.html
 *
 * The widget is drawn by the real widget code in a headless Chromium (playwright-core, an
 * optional dependency; the browser found on the machine or named with `--browser`), so the SVG is
 * exactly what the widget's "SVG" download gives: title, chart, legend, notes, source and
 * attribution. The HTML fragment holds that SVG (or an `<img>` with `--img-src`) and a table with
 * every shown value, inside the widget's element: with the script on the page, the element
 * upgrades to the live widget and reads the table (or `--feed-url`). Nothing is fetched from the
 * network: the page, the bundle, the feed and the geometry are served from local files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Lang } from '../core/feed/types';
import {
  RENDER_ATTRIBUTES,
  staticFragment,
  STATIC_WIDGETS,
  type StaticWidget,
} from '../core/static/fragment';
import { escapeXml } from '../core/export/svg';
import { writeFileAtomic } from './main';

export interface RenderIo {
  stdout(text: string): void;
  stderr(text: string): void;
  writeFile(path: string, text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Directory of the running CLI file (to find the script bundle beside it). */
  here: string;
}

const ORIGIN = 'http://bildung-render.invalid';

const ALIASES: Record<string, StaticWidget> = {
  map: 'bildung-map',
  trend: 'indicator-trend',
  sankey: 'transition-sankey',
};

/** Attributes that pass through to the widget as they are. */
const PASS = RENDER_ATTRIBUTES;

const OPTIONS = {
  widget: { type: 'string' },
  feed: { type: 'string' },
  geo: { type: 'string' },
  lang: { type: 'string' },
  width: { type: 'string' },
  svg: { type: 'string' },
  html: { type: 'string' },
  'img-src': { type: 'string' },
  'feed-url': { type: 'string' },
  'geo-url': { type: 'string' },
  attr: { type: 'string', multiple: true },
  bundle: { type: 'string' },
  browser: { type: 'string' },
  timeout: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  ...Object.fromEntries(PASS.map((p) => [p, { type: 'string' }])),
} as const;

const HELP: Record<Lang, string> = {
  de: `bildung-widgets render – ein Widget als statische Dateien (SVG und HTML-Fragment mit Tabelle)

  bildung-widgets render --widget bildung-map --feed feed.json --indicator ID --svg karte.svg --html karte.html

Pflicht:
  --widget W        bildung-map (map), indicator-trend (trend) oder transition-sankey (sankey)
  --feed DATEI      Feed (JSON, Format v1) oder JSON-stat-Datei
  --svg DATEI und/oder --html DATEI   Ziele (werden atomar geschrieben)
Widget-Attribute: --indicator --year --region --regions --highlight --from --to --level --focus
  --flow --scheme --classification --classes --breaks --renderer, beliebige: --attr name=wert
  --lang de|en      Sprache des Widgets (Standard de)
  --width PX        Breite des Diagramms (Standard 720)
  --geo DATEI       Geometrie (index.json oder TopoJSON; Standard ../geo/index.json neben dem Feed)
Fragment: --img-src URL (statt Inline-SVG ein <img>), --feed-url URL und --geo-url URL
  (Attribute feed/geo des lebendigen Widgets; ohne --feed-url liest es die Tabelle)
Umgebung: --browser PFAD (Chromium, Chrome oder Edge; sonst BILDUNG_BROWSER oder gefunden),
  --bundle PFAD (bildung-widgets.iife.js; sonst neben dem Befehl), --timeout MS (Standard 30000)
Benötigt das Paket playwright-core (npm install -D playwright-core) und einen installierten Browser.
`,
  en: `bildung-widgets render – a widget as static files (SVG and an HTML fragment with a table)

  bildung-widgets render --widget bildung-map --feed feed.json --indicator ID --svg map.svg --html map.html

Required:
  --widget W        bildung-map (map), indicator-trend (trend) or transition-sankey (sankey)
  --feed FILE       feed (JSON, format v1) or JSON-stat file
  --svg FILE and/or --html FILE   targets (written atomically)
Widget attributes: --indicator --year --region --regions --highlight --from --to --level --focus
  --flow --scheme --classification --classes --breaks --renderer, any: --attr name=value
  --lang de|en      language of the widget (default de)
  --width PX        width of the chart (default 720)
  --geo FILE        geometry (index.json or TopoJSON; default ../geo/index.json beside the feed)
Fragment: --img-src URL (an <img> instead of inline SVG), --feed-url URL and --geo-url URL
  (feed/geo attributes of the live widget; without --feed-url it reads the table)
Environment: --browser PATH (Chromium, Chrome or Edge; else BILDUNG_BROWSER or found),
  --bundle PATH (bildung-widgets.iife.js; else beside the command), --timeout MS (default 30000)
Needs the package playwright-core (npm install -D playwright-core) and an installed browser.
`,
};

class RenderUsage extends Error {
  constructor(
    readonly de: string,
    readonly en: string,
    readonly code = 2,
  ) {
    super(en);
  }
}
const fail = (de: string, en: string, code = 2): never => {
  throw new RenderUsage(de, en, code);
};

const BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
];

/** The browser to drive: `--browser`, `BILDUNG_BROWSER`, `CHROME_PATH`, else the first one found. */
export function findBrowser(given: string | undefined, env: RenderIo['env']): string {
  const named = given ?? env.BILDUNG_BROWSER ?? env.CHROME_PATH;
  if (named) {
    if (!existsSync(named)) fail(`Browser nicht gefunden: ${named}`, `Browser not found: ${named}`);
    return named;
  }
  const found = BROWSERS.find((p) => existsSync(p));
  if (!found)
    fail(
      'Kein Chromium, Chrome oder Edge gefunden; Pfad mit --browser angeben.',
      'No Chromium, Chrome or Edge found; give its path with --browser.',
    );
  return found!;
}

/** The script bundle: `--bundle`, `BILDUNG_BUNDLE`, else `cdn/bildung-widgets.iife.js` beside the CLI. */
export function findBundle(given: string | undefined, io: RenderIo): string {
  const candidates = given
    ? [given]
    : io.env.BILDUNG_BUNDLE
      ? [io.env.BILDUNG_BUNDLE]
      : [
          resolve(io.here, 'cdn/bildung-widgets.iife.js'),
          resolve(io.here, '../../dist/cdn/bildung-widgets.iife.js'),
        ];
  const found = candidates.find((p) => existsSync(p));
  if (!found)
    fail(
      `Skript-Bundle nicht gefunden (${candidates.join(', ')}); erst „npm run build:cdn“ ausführen oder --bundle angeben.`,
      `Script bundle not found (${candidates.join(', ')}); run "npm run build:cdn" first or give --bundle.`,
    );
  return found!;
}

const TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.topojson': 'application/json',
  '.geojson': 'application/json',
  '.js': 'text/javascript',
  '.csv': 'text/csv',
};

/** URL under which the page sees a local file. */
const fileUrl = (path: string): string => `${ORIGIN}/fs${pathToFileURL(resolve(path)).pathname}`;

/** The page that draws the widget. */
function pageHtml(tag: string, attrs: Record<string, string>, width: number, lang: Lang): string {
  const list = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>render</title>
<style>html,body{margin:0;background:#fff}body{font-family:system-ui,sans-serif}#box{width:${width}px;padding:0}</style>
<script src="/__bundle.js"></script></head>
<body><div id="box"><${tag}${list}></${tag}></div></body></html>`;
}

interface Options {
  tag: StaticWidget;
  feed: string;
  lang: Lang;
  width: number;
  timeout: number;
  attrs: Record<string, string>;
  svgOut?: string;
  htmlOut?: string;
}

function readOptions(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: false, strict: true });
  } catch (e) {
    return fail(
      `Ungültiger Aufruf: ${(e as Error).message}. Hilfe: bildung-widgets render --help`,
      `Invalid command line: ${(e as Error).message}. Help: bildung-widgets render --help`,
    );
  }
}

function options(v: ReturnType<typeof readOptions>['values']): Options {
  const widget = v.widget ? (ALIASES[v.widget] ?? v.widget) : undefined;
  if (!widget || !(STATIC_WIDGETS as readonly string[]).includes(widget))
    fail(
      `--widget fehlt oder ist unbekannt („${v.widget ?? ''}“); erlaubt: ${STATIC_WIDGETS.join(', ')}.`,
      `--widget is missing or unknown ("${v.widget ?? ''}"); allowed: ${STATIC_WIDGETS.join(', ')}.`,
    );
  if (!v.feed) fail('--feed fehlt.', '--feed is missing.');
  if (!existsSync(v.feed!)) fail(`Feed nicht gefunden: ${v.feed}`, `Feed not found: ${v.feed}`, 1);
  if (v.geo && !existsSync(v.geo))
    fail(`Geometrie nicht gefunden: ${v.geo}`, `Geometry not found: ${v.geo}`, 1);
  if (!v.svg && !v.html)
    fail('Kein Ziel: --svg und/oder --html angeben.', 'No target: give --svg and/or --html.');
  const lang = (v.lang ?? 'de') as Lang;
  if (lang !== 'de' && lang !== 'en') fail('--lang muss de oder en sein.', '--lang must be de or en.');
  const width = v.width === undefined ? 720 : Number(v.width);
  if (!Number.isInteger(width) || width < 200 || width > 4000)
    fail('--width erwartet Pixel von 200 bis 4000.', '--width expects pixels from 200 to 4000.');
  const timeout = v.timeout === undefined ? 30_000 : Number(v.timeout);
  if (!(timeout > 0)) fail('--timeout erwartet Millisekunden.', '--timeout expects milliseconds.');
  const attrs: Record<string, string> = {};
  for (const p of PASS) {
    const value = (v as Record<string, unknown>)[p];
    if (typeof value === 'string') attrs[p] = value;
  }
  for (const pair of v.attr ?? []) {
    const m = /^([a-z][a-z0-9-]*)=(.*)$/s.exec(pair);
    if (!m || m[1] === 'feed' || m[1] === 'data' || /^on/.test(m[1]!))
      fail(`--attr erwartet name=wert: „${pair}“`, `--attr expects name=value: "${pair}"`);
    attrs[m![1]!] = m![2]!;
  }
  attrs.lang = lang;
  return {
    tag: widget as StaticWidget,
    feed: v.feed!,
    lang,
    width,
    timeout,
    attrs,
    svgOut: v.svg,
    htmlOut: v.html,
  };
}

interface Rendered {
  svg: string;
  width: number;
  height: number;
  table: string;
  attributes: Record<string, string>;
  warnings: { de: string; en: string }[];
}

/** Draws the widget in a headless browser and returns its static parts. */
async function draw(
  o: Options,
  v: ReturnType<typeof readOptions>['values'],
  io: RenderIo,
): Promise<Rendered> {
  const bundle = findBundle(v.bundle, io);
  const executablePath = findBrowser(v.browser, io.env);
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    return fail(
      'Das Paket playwright-core fehlt: npm install -D playwright-core',
      'The package playwright-core is missing: npm install -D playwright-core',
    );
  }
  const attrs: Record<string, string> = { ...o.attrs, feed: fileUrl(o.feed) };
  if (v.geo) attrs.geo = fileUrl(v.geo);
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const page = await browser.newPage({ viewport: { width: o.width + 40, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN || route.request().method() !== 'GET') return route.abort();
      if (url.pathname === '/')
        return route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: pageHtml(o.tag, attrs, o.width, o.lang),
        });
      if (url.pathname === '/__bundle.js')
        return route.fulfill({ contentType: 'text/javascript', body: readFileSync(bundle) });
      if (url.pathname.startsWith('/fs/')) {
        const path = fileURLToPath(`file://${decodeURIComponent(url.pathname.slice(3))}`);
        if (!existsSync(path)) return route.fulfill({ status: 404, body: 'not found' });
        return route.fulfill({
          contentType: TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
          body: readFileSync(path),
        });
      }
      return route.fulfill({ status: 404, body: 'not found' });
    });
    await page.goto(`${ORIGIN}/`);
    const result = await Promise.race([
      page.evaluate(async (tag) => {
        await customElements.whenDefined(tag);
        const el = document.querySelector(tag) as HTMLElement & {
          renderStatic(): Promise<{
            svg: string;
            width: number;
            height: number;
            table: string;
            attributes: Record<string, string>;
          }>;
        };
        const warnings: { de: string; en: string }[] = [];
        el.addEventListener('bildung-error', (e) => {
          const d = (e as CustomEvent<{ message?: { de: string; en: string } }>).detail;
          if (d?.message) warnings.push(d.message);
        });
        try {
          return { ok: true as const, ...(await el.renderStatic()), warnings };
        } catch (e) {
          return { ok: false as const, message: (e as Error).message, warnings };
        }
      }, o.tag),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new RenderUsage('Zeitüberschreitung beim Zeichnen.', 'Timed out while drawing.', 1)),
          o.timeout,
        );
      }),
    ]);
    if (!result.ok) fail(`Das Widget meldet: ${result.message}`, `The widget reports: ${result.message}`, 1);
    if (problems.length) fail(`Fehler im Browser: ${problems[0]}`, `Error in the browser: ${problems[0]}`, 1);
    return result as Rendered;
  } finally {
    clearTimeout(timer);
    await browser.close();
  }
}

/** Runs `render`; returns the exit code (0 ok, 1 a problem with data or drawing, 2 with the command line). */
export async function renderMain(
  argv: readonly string[],
  partialIo: Partial<RenderIo> = {},
): Promise<number> {
  const io: RenderIo = {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    writeFile: writeFileAtomic,
    env: process.env,
    here: dirname(fileURLToPath(import.meta.url)),
    ...partialIo,
  };
  const langArg = argv.indexOf('--lang');
  let lang: Lang =
    argv[langArg + 1] === 'en' || (langArg < 0 && /^en/i.test(io.env.LANG ?? '')) ? 'en' : 'de';
  try {
    const { values: v } = readOptions(argv);
    if (v.help) {
      io.stdout(HELP[lang]);
      return 0;
    }
    const o = options(v);
    lang = o.lang;
    const r = await draw(o, v, io);
    for (const w of r.warnings) io.stderr(`${lang === 'de' ? 'Hinweis' : 'Note'}: ${w[lang]}\n`);
    if (o.svgOut) io.writeFile(o.svgOut, `${r.svg}\n`);
    if (o.htmlOut) {
      // what the live element needs to show the same from the table (a map's focus, level, year)
      const attrs: Record<string, string> = { ...r.attributes, ...o.attrs };
      if (v['feed-url']) attrs.feed = v['feed-url'];
      if (v['geo-url']) attrs.geo = v['geo-url'];
      io.writeFile(
        o.htmlOut,
        staticFragment({ tag: o.tag, attrs, svg: r.svg, table: r.table, lang, imgSrc: v['img-src'] }),
      );
      if (o.tag === 'bildung-map' && !v['geo-url'] && !v['feed-url'] && !v.quiet)
        io.stderr(
          lang === 'de'
            ? 'Hinweis: Die lebendige Karte im Fragment braucht ihre Geometrie; --geo-url angeben (Adresse der index.json).\n'
            : 'Note: the live map in the fragment needs its geometry; give --geo-url (address of index.json).\n',
        );
    }
    if (!v.quiet) {
      const files = [o.svgOut, o.htmlOut].filter(Boolean).join(', ');
      io.stdout(
        lang === 'de'
          ? `${files}: ${o.tag}, ${Math.round(r.width)} × ${Math.round(r.height)} px\n`
          : `${files}: ${o.tag}, ${Math.round(r.width)} × ${Math.round(r.height)} px\n`,
      );
    }
    return 0;
  } catch (e) {
    if (e instanceof RenderUsage) {
      io.stderr(`${lang === 'de' ? 'Fehler' : 'Error'}: ${lang === 'de' ? e.de : e.en}\n`);
      return e.code;
    }
    const err = e as Error;
    io.stderr(
      lang === 'de'
        ? `Fehler beim Zeichnen: ${err?.message ?? String(e)}\n`
        : `Error while drawing: ${err?.message ?? String(e)}\n`,
    );
    return 1;
  }
}
