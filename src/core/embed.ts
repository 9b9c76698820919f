/**
 * iframe embeds and embed snippets (issue #6, items 3 and 4; issue #9, item 3): the URL parameters
 * of `embed.html`, validated against a whitelist; the snippets of the builder's three paths
 * (script tag + element, iframe + embed.js, the build-time `render` command of the static path);
 * and the Content-Security-Policy directives each path needs. Pure: no DOM, so the same rules are
 * unit-tested in Node and used by the embed page and the builder.
 *
 * Every accepted value matches a strict pattern or a fixed list and is later set as an attribute
 * (text), never as HTML; snippets escape every attribute value.
 */
import { RENDER_ATTRIBUTES } from './static/fragment';
import { DIVERGING_SCHEMES, SEQUENTIAL_SCHEMES } from './colors';
import { exportFilename } from './export/csv';
import type { Lang } from './feed/types';
import { t } from './catalogues/embed';

/** `widget=` value → element name. */
export const EMBED_WIDGETS = {
  map: 'bildung-map',
  trend: 'indicator-trend',
  sankey: 'transition-sankey',
  info: 'bildung-feed-info',
} as const;

export type EmbedWidget = keyof typeof EMBED_WIDGETS;
export type EmbedTheme = 'light' | 'dark';

/** The message type of the height report (embed page → host page's embed.js). */
export const EMBED_HEIGHT_MESSAGE = 'bildung-embed-height';
/** Heights outside these bounds are ignored by embed.js (and never sent). */
export const EMBED_MIN_HEIGHT = 50;
export const EMBED_MAX_HEIGHT = 20_000;

/** Fixed iframe height per widget for pages without embed.js (px; measured at 600–900 px width). */
export const EMBED_DEFAULT_HEIGHT: Readonly<Record<EmbedWidget, number>> = {
  map: 900,
  trend: 620,
  sankey: 640,
  info: 560,
};

type Check = (value: string) => string | null;

const ID = /^[A-Za-z0-9][\w.-]{0,99}$/;
/** Region keys: DG, Land (2), Kreis (5), Gemeinde (8), Verband (9), ARS (12). */
const KEY = /^(?:DG|\d{2}|\d{5}|\d{8,9}|\d{12})$/;
const EMBED_ID = /^[A-Za-z][\w-]{0,63}$/;
const NUMBER = '-?\\d+(?:\\.\\d+)?';
const BREAKS = new RegExp(`^${NUMBER}(?:\\s*,\\s*${NUMBER}){0,19}$`);

const oneOf =
  (...allowed: string[]): Check =>
  (v) =>
    allowed.includes(v) ? v : null;
const pattern =
  (re: RegExp): Check =>
  (v) =>
    re.test(v) ? v : null;
const integer =
  (min: number, max: number): Check =>
  (v) =>
    /^\d{1,5}$/.test(v) && Number(v) >= min && Number(v) <= max ? String(Number(v)) : null;
const year = integer(1900, 2100);
/** Booleans: `controls`, `controls=1`, `controls=true` set it; `0`/`false` leave it off. */
const flag: Check = (v) =>
  v === '' || v === '1' || v === 'true' ? '' : v === '0' || v === 'false' ? '0' : null;

/**
 * A feed URL: a path (relative or absolute) or an http(s) URL. No other scheme (`javascript:`,
 * `data:`), no whitespace or control characters, at most 2,000 characters.
 */
export function checkFeedUrl(value: string): string | null {
  if (!value || value.length > 2000 || /[\s"'<>\\]/.test(value)) return null;
  for (let i = 0; i < value.length; i++)
    if (value.charCodeAt(i) < 0x20 || value.charCodeAt(i) === 0x7f) return null;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(value);
  if (scheme && !/^https?$/i.test(scheme[1]!)) return null;
  return value;
}

const keyList: Check = (v) => {
  const keys = v.split(/[\s,]+/).filter(Boolean);
  return keys.length > 0 && keys.length <= 7 && keys.every((k) => KEY.test(k)) ? keys.join(' ') : null;
};
const scheme: Check = (v) =>
  Object.hasOwn(SEQUENTIAL_SCHEMES, v) || Object.hasOwn(DIVERGING_SCHEMES, v) ? v : null;

interface Target {
  attr: string;
  check: Check;
  boolean?: true;
}

/** Widget parameters: name → per widget the attribute it sets and how its value is checked. */
const PARAMS: Readonly<Record<string, Partial<Record<EmbedWidget, Target>>>> = {
  feed: {
    map: { attr: 'feed', check: checkFeedUrl },
    trend: { attr: 'feed', check: checkFeedUrl },
    sankey: { attr: 'feed', check: checkFeedUrl },
    info: { attr: 'feed', check: checkFeedUrl },
  },
  indicator: {
    map: { attr: 'indicator', check: pattern(ID) },
    trend: { attr: 'indicator', check: pattern(ID) },
  },
  flow: { sankey: { attr: 'flow', check: pattern(ID) } },
  region: {
    map: { attr: 'selected', check: pattern(KEY) },
    trend: { attr: 'regions', check: pattern(KEY) },
    sankey: { attr: 'region', check: pattern(KEY) },
  },
  regions: { trend: { attr: 'regions', check: keyList } },
  year: { map: { attr: 'year', check: year }, sankey: { attr: 'year', check: year } },
  from: { trend: { attr: 'from', check: year } },
  to: { trend: { attr: 'to', check: year } },
  highlight: {
    trend: { attr: 'highlight', check: pattern(KEY) },
    sankey: { attr: 'highlight', check: pattern(ID) },
  },
  level: { map: { attr: 'level', check: oneOf('gemeinde', 'verband', 'kreis') } },
  focus: { map: { attr: 'focus', check: pattern(KEY) } },
  classification: { map: { attr: 'classification', check: oneOf('quantile', 'equal', 'jenks', 'manual') } },
  classes: { map: { attr: 'classes', check: integer(2, 9) } },
  breaks: { map: { attr: 'breaks', check: pattern(BREAKS) } },
  scheme: { map: { attr: 'scheme', check: scheme } },
  renderer: { map: { attr: 'renderer', check: oneOf('auto', 'svg', 'canvas') } },
  controls: {
    map: { attr: 'controls', check: flag, boolean: true },
    sankey: { attr: 'controls', check: flag, boolean: true },
  },
  unit: { sankey: { attr: 'unit', check: oneOf('count', 'share') } },
  'node-order': { sankey: { attr: 'node-order', check: oneOf('feed', 'value') } },
  'y-zero': { trend: { attr: 'y-zero', check: oneOf('auto', 'on', 'off') } },
  'no-targets': { trend: { attr: 'no-targets', check: flag, boolean: true } },
  height: { trend: { attr: 'height', check: integer(120, 1000) } },
};

/** Parameters of the page itself (not attributes of the widget). */
const PAGE_PARAMS = new Set(['widget', 'lang', 'theme', 'id']);

/** Names of every parameter embed.html understands, page parameters first. */
export const EMBED_PARAM_NAMES: readonly string[] = [...PAGE_PARAMS, ...Object.keys(PARAMS)];

/** Which parameters apply to `widget` (besides widget, lang, theme, id). */
export function embedParamsFor(widget: EmbedWidget): string[] {
  return Object.keys(PARAMS).filter((name) => PARAMS[name]![widget]);
}

export type EmbedProblemCode =
  | 'missing-widget'
  | 'unknown-widget'
  | 'missing-feed'
  | 'invalid'
  | 'unknown-param'
  | 'not-for-widget'
  | 'duplicate';

export interface EmbedProblem {
  code: EmbedProblemCode;
  /** the parameter concerned */
  param: string;
  /** its value as given (shortened to 60 characters) */
  value?: string;
}

export interface EmbedConfig {
  widget: EmbedWidget;
  /** the element name, e.g. `bildung-map` */
  tag: string;
  lang: Lang;
  theme: EmbedTheme;
  /** the id the page sends with its height messages (`''` when none was given) */
  id: string;
  /** attributes for the element in parameter order; boolean attributes have the value `''` */
  attributes: [name: string, value: string][];
}

export interface EmbedParseResult {
  /** `null` when the page cannot show a widget (no or unknown widget, no feed) */
  config: EmbedConfig | null;
  /** fatal problems first, then ignored parameters */
  problems: EmbedProblem[];
  /** language and height-message id, also when no widget can be shown */
  lang: Lang;
  id: string;
}

const short = (v: string) => (v.length > 60 ? `${v.slice(0, 59)}…` : v);

/**
 * Reads embed.html's parameters. Fatal: no `widget`, an unknown one, or no valid `feed`.
 * Unknown parameters, parameters of another widget, repeated parameters and invalid values are
 * ignored and reported, so the page can name them. `lang` defaults to `de`, `theme` to `light`.
 */
export function parseEmbedParams(params: URLSearchParams): EmbedParseResult {
  const problems: EmbedProblem[] = [];
  const fatal: EmbedProblem[] = [];
  const raw = params.get('widget');
  const widget = raw !== null && Object.hasOwn(EMBED_WIDGETS, raw) ? (raw as EmbedWidget) : null;
  if (raw === null || raw === '') fatal.push({ code: 'missing-widget', param: 'widget' });
  else if (!widget) fatal.push({ code: 'unknown-widget', param: 'widget', value: short(raw) });

  let lang: Lang = 'de';
  let theme: EmbedTheme = 'light';
  let id = '';
  const attributes: [string, string][] = [];
  const seen = new Set<string>();
  for (const [name, value] of params) {
    if (seen.has(name)) {
      problems.push({ code: 'duplicate', param: short(name), value: short(value) });
      continue;
    }
    seen.add(name);
    if (name === 'widget') continue;
    if (name === 'lang') {
      if (value === 'de' || value === 'en') lang = value;
      else problems.push({ code: 'invalid', param: name, value: short(value) });
      continue;
    }
    if (name === 'theme') {
      if (value === 'light' || value === 'dark') theme = value;
      else problems.push({ code: 'invalid', param: name, value: short(value) });
      continue;
    }
    if (name === 'id') {
      if (EMBED_ID.test(value)) id = value;
      else problems.push({ code: 'invalid', param: name, value: short(value) });
      continue;
    }
    const spec = Object.hasOwn(PARAMS, name) ? PARAMS[name] : undefined;
    if (!spec) {
      problems.push({ code: 'unknown-param', param: short(name), value: short(value) });
      continue;
    }
    if (!widget) continue;
    const target = spec[widget];
    if (!target) {
      problems.push({ code: 'not-for-widget', param: name, value: short(value) });
      continue;
    }
    const checked = target.check(value);
    if (checked === null) {
      problems.push({ code: 'invalid', param: name, value: short(value) });
      continue;
    }
    if (target.boolean) {
      if (checked === '') attributes.push([target.attr, '']);
    } else if (!attributes.some(([a]) => a === target.attr)) attributes.push([target.attr, checked]);
  }
  if (widget && !attributes.some(([a]) => a === 'feed')) {
    const given = params.get('feed');
    if (given === null) fatal.push({ code: 'missing-feed', param: 'feed' });
    else {
      fatal.push({ code: 'missing-feed', param: 'feed', value: short(given) });
      // already reported as the fatal problem
      const i = problems.findIndex((p) => p.param === 'feed' && p.code === 'invalid');
      if (i >= 0) problems.splice(i, 1);
    }
  }
  const config =
    widget && !fatal.length ? { widget, tag: EMBED_WIDGETS[widget], lang, theme, id, attributes } : null;
  return { config, problems: [...fatal, ...problems], lang, id };
}

/** One problem as a sentence for the embed page. */
export function embedProblemMessage(problem: EmbedProblem, lang: Lang): string {
  const allowed = Object.keys(EMBED_WIDGETS).join(', ');
  const value = problem.value ?? '';
  switch (problem.code) {
    case 'missing-widget':
      return t(lang, 'embed.missingWidget', { allowed });
    case 'unknown-widget':
      return t(lang, 'embed.unknownWidget', { value, allowed });
    case 'missing-feed':
      return problem.value === undefined
        ? t(lang, 'embed.missingFeed')
        : t(lang, 'embed.invalidFeed', { value });
    case 'invalid':
      return t(lang, 'embed.invalidParam', { name: problem.param, value });
    case 'unknown-param':
      return t(lang, 'embed.unknownParam', { name: problem.param });
    case 'not-for-widget':
      return t(lang, 'embed.notForWidget', { name: problem.param });
    case 'duplicate':
      return t(lang, 'embed.duplicateParam', { name: problem.param });
  }
}

/** What the builder asks for: a widget, its page parameters and widget parameters in order. */
export interface EmbedRequest {
  widget: EmbedWidget;
  lang?: Lang;
  theme?: EmbedTheme;
  id?: string;
  /** widget parameters (name → value; `true` for a boolean, `false`/`''` leaves it out) */
  params: ReadonlyArray<readonly [string, string | boolean]>;
}

/** The query string (without `?`) of embed.html for `request`. */
export function embedQuery(request: EmbedRequest): string {
  const q = new URLSearchParams();
  q.set('widget', request.widget);
  for (const [name, value] of request.params) {
    if (value === false || value === '') continue;
    q.append(name, value === true ? '1' : value);
  }
  if (request.lang) q.set('lang', request.lang);
  if (request.theme && request.theme !== 'light') q.set('theme', request.theme);
  if (request.id) q.set('id', request.id);
  return q.toString();
}

/** Escapes a value for a double-quoted HTML attribute (and text). */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The attributes as HTML: ` name="value"`, booleans bare. */
function attributeHtml(attributes: ReadonlyArray<readonly [string, string]>): string {
  return attributes.map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${escapeAttribute(v)}"`)).join('');
}

/**
 * Snippet (a): the library's script tag and the element. `feedUrl` replaces the `feed`
 * attribute (pass an absolute URL: the snippet is pasted into another page).
 */
export function scriptSnippet(config: EmbedConfig, scriptUrl: string, feedUrl?: string): string {
  const attributes = config.attributes.map(([n, v]): [string, string] => [
    n,
    n === 'feed' && feedUrl ? feedUrl : v,
  ]);
  attributes.push(['lang', config.lang]);
  return (
    `<script type="module" src="${escapeAttribute(scriptUrl)}"></script>\n` +
    `<${config.tag}${attributeHtml(attributes)}></${config.tag}>`
  );
}

export interface IframeSnippetOptions {
  /** absolute URL of embed.html with its query */
  src: string;
  /** absolute URL of embed.js */
  embedJsUrl: string;
  /** the iframe's accessible name */
  title: string;
  /** matches the `id` parameter in `src` */
  id: string;
  /** fixed height used until (or without) embed.js, px */
  height: number;
}

/** Snippet (b): the iframe and embed.js, which resizes it to the widget's height. */
export function iframeSnippet(o: IframeSnippetOptions): string {
  return (
    `<iframe data-bildung-embed="${escapeAttribute(o.id)}" src="${escapeAttribute(o.src)}"` +
    ` title="${escapeAttribute(o.title)}" width="100%" height="${Math.round(o.height)}" loading="lazy"></iframe>\n` +
    `<script src="${escapeAttribute(o.embedJsUrl)}" defer></script>`
  );
}

/** The three ways to put a widget on a page (issue #9, item 3). */
export type EmbedPath = 'script' | 'iframe' | 'static';

/** Widgets with a static version (`renderStatic()`, the `render` command); the feed overview has none. */
export const STATIC_EMBED_WIDGETS: readonly EmbedWidget[] = ['map', 'trend', 'sankey'];

/** Width of the `render` command's SVG when `--width` is not given (px). */
export const RENDER_DEFAULT_WIDTH = 720;

/**
 * `value` as one POSIX shell word: unchanged when it consists only of characters no shell treats
 * specially, else in single quotes (a `'` inside becomes `'\''`). Nothing in a single-quoted word
 * is expanded, so feed titles and URLs can contain anything.
 */
export function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`;
}

/** `--name value`, or `--name=value` as one word when the value starts with `-` (else it reads as an option). */
function cliOption(name: string, value: string): string {
  return value.startsWith('-') ? shellQuote(`--${name}=${value}`) : `--${name} ${shellQuote(value)}`;
}

/**
 * Widget attributes the `render` command takes as options of their own (src/cli/render.ts); any
 * other attribute goes through `--attr name=value`. `feed` is the command's input file and
 * `controls` means nothing to a static picture.
 */
const CLI_ATTRIBUTES: ReadonlySet<string> = new Set(RENDER_ATTRIBUTES);
const CLI_SKIPPED = new Set(['feed', 'controls', 'lang']);

/** The file name (without extension) of a widget's static output: indicator or flow id and year. */
export function renderFileBase(config: EmbedConfig): string {
  const attr = (name: string) => config.attributes.find(([n]) => n === name)?.[1];
  return exportFilename([attr('indicator') ?? attr('flow') ?? config.widget, attr('year')], 'x').slice(0, -2);
}

/**
 * The local file a feed URL is served from, relative to the site's root folder:
 * `https://example.org/daten/a.feed.json` → `daten/a.feed.json` (the map's geometry is then found
 * as `geo/index.json` beside `daten/`, as on the server).
 */
export function feedFileOf(feedUrl: string): string {
  const path = new URL(feedUrl, 'http://x.invalid/').pathname;
  let file: string;
  try {
    file = decodeURIComponent(path);
  } catch {
    file = path;
  }
  return file.replace(/^\/+/, '') || 'feed.json';
}

export interface RenderCommandOptions {
  /** SVG width in px, 200–4000 (left out when it is the default, 720) */
  width?: number;
  /** output file name without extension (default: `renderFileBase(config)`) */
  name?: string;
  /** the fragment's live map: address of its geometry (`--geo-url`) */
  geoUrl?: string;
  /** the fragment shows `<img src>` instead of the inline SVG (`--img-src`) */
  imgSrc?: string;
}

/**
 * The build-time command of the static path (src/cli/render.ts): `npx bildung-widgets render
 * --widget bildung-map --feed daten/a.feed.json --indicator … --svg name.svg --html name.html`.
 * `feedFile` is the feed as a local file (`feedFileOf`). The widget's attributes become options
 * (`--indicator`, `--year`, …, others as `--attr name=value`); `--lang` and `--width` only when they
 * differ from the defaults. Every value is shell-quoted (`shellQuote`). Throws for the feed
 * overview, which has no static version.
 */
export function renderCommand(
  config: EmbedConfig,
  feedFile: string,
  options: RenderCommandOptions = {},
): string {
  if (!STATIC_EMBED_WIDGETS.includes(config.widget))
    throw new RangeError(`${config.tag} has no static version`);
  const words = ['npx', 'bildung-widgets', 'render', '--widget', config.tag, cliOption('feed', feedFile)];
  for (const [name, value] of config.attributes) {
    if (CLI_SKIPPED.has(name)) continue;
    words.push(CLI_ATTRIBUTES.has(name) ? cliOption(name, value) : cliOption('attr', `${name}=${value}`));
  }
  if (config.lang !== 'de') words.push(cliOption('lang', config.lang));
  if (options.width !== undefined) {
    const width = Math.min(4000, Math.max(200, Math.round(options.width)));
    if (width !== RENDER_DEFAULT_WIDTH) words.push(cliOption('width', String(width)));
  }
  if (options.geoUrl) words.push(cliOption('geo-url', options.geoUrl));
  if (options.imgSrc) words.push(cliOption('img-src', options.imgSrc));
  const name = options.name ?? renderFileBase(config);
  words.push(cliOption('svg', `${name}.svg`), cliOption('html', `${name}.html`));
  return words.join(' ');
}

/** A CSP directive the chosen path needs, and why (a key the builder explains in words). */
export interface CspDirective {
  name: 'script-src' | 'connect-src' | 'frame-src' | 'img-src';
  sources: string[];
  /** one reason per source, in the same order */
  reasons: CspReason[];
}

export type CspReason = 'bundle' | 'feed' | 'geo' | 'png' | 'frame' | 'resize' | 'image';

export interface CspOptions {
  path: EmbedPath;
  /** URL of the page the snippet goes into: sources on its origin are written `'self'` */
  pageUrl: string;
  /** script path: the library (its on-demand chunks lie beside it) */
  scriptUrl?: string;
  /** script path: the feed */
  feedUrl?: string;
  /** script path, map: the geometry (default `../geo/index.json` beside the feed) */
  geoUrl?: string;
  /** iframe path: embed.html */
  frameUrl?: string;
  /** iframe path: embed.js (no `script-src` without it) */
  embedJsUrl?: string;
  /** static path, `<img>` variant: the SVG file (no directive for the inline SVG) */
  imgUrl?: string;
  /** script path: allow the PNG download (`img-src data:`; default true) */
  pngDownload?: boolean;
}

/** How a CSP names the origin of `url` (relative to `pageUrl`): `'self'` for the page's own origin. */
export function cspSource(url: string, pageUrl: string): string {
  const u = new URL(url, pageUrl);
  if (u.protocol === 'data:' || u.protocol === 'blob:') return u.protocol;
  return u.origin === new URL(pageUrl).origin ? "'self'" : u.origin;
}

/**
 * The directives the chosen path needs — exactly those, nothing the widgets do not use:
 * - script: `script-src` for the library, `connect-src` for feed and (map) geometry, `img-src data:`
 *   for the PNG download (drawn from a `data:` URL). Lit's styles are constructable stylesheets
 *   and positions are set through the CSSOM, so no `style-src` is needed.
 * - iframe: `frame-src` for embed.html, `script-src` for embed.js.
 * - static: nothing for the inline SVG; `img-src` for the `<img>` variant.
 */
export function cspDirectives(o: CspOptions): CspDirective[] {
  const out: CspDirective[] = [];
  const add = (name: CspDirective['name'], url: string | undefined, reason: CspReason) => {
    if (!url) return;
    const source = cspSource(url, o.pageUrl);
    let d = out.find((x) => x.name === name);
    if (!d) out.push((d = { name, sources: [], reasons: [] }));
    if (d.sources.includes(source)) return;
    d.sources.push(source);
    d.reasons.push(reason);
  };
  if (o.path === 'script') {
    add('script-src', o.scriptUrl, 'bundle');
    add('connect-src', o.feedUrl, 'feed');
    add('connect-src', o.geoUrl, 'geo');
    if (o.pngDownload !== false) add('img-src', 'data:', 'png');
  } else if (o.path === 'iframe') {
    add('frame-src', o.frameUrl, 'frame');
    add('script-src', o.embedJsUrl, 'resize');
  } else {
    add('img-src', o.imgUrl, 'image');
  }
  return out;
}

/** The directives as policy text: `script-src 'self'; connect-src https://daten.example` ('' for none). */
export function cspText(directives: readonly CspDirective[]): string {
  return directives.map((d) => `${d.name} ${d.sources.join(' ')}`).join('; ');
}
