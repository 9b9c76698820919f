/**
 * The snippet builder (issue #6, item 4; issue #9, item 3): choose a feed from ./feeds/index.json,
 * a widget and its options; see the real widget as a preview; then choose one of three paths and
 * copy its code: (a) script tag + element, (b) iframe + embed.js, (c) a static HTML fragment made
 * from the preview (`renderStatic()`), with an SVG download and the equivalent `render` command.
 * Beside the code: the CSP directives the chosen path needs and notes for TYPO3 and WordPress.
 * Every snippet and the preview come from one embed.html query string, read back through the
 * same whitelist the embed page uses (src/core/embed.ts), so they always agree.
 */
import '../src/index';
import {
  DIVERGING_SCHEMES,
  SEQUENTIAL_SCHEMES,
  loadFeed,
  type Feed,
  type Lang,
  type LocalizedText,
  type RegionLevel,
} from '../src/core/index';
import {
  EMBED_DEFAULT_HEIGHT,
  STATIC_EMBED_WIDGETS,
  cspDirectives,
  cspText,
  embedQuery,
  feedFileOf,
  iframeSnippet,
  parseEmbedParams,
  renderCommand,
  renderFileBase,
  scriptSnippet,
  type CspDirective,
  type EmbedConfig,
  type EmbedPath,
  type EmbedRequest,
  type EmbedWidget,
} from '../src/core/embed';
import { staticFragment, type StaticWidget } from '../src/core/static/fragment';
import type { StaticRender } from '../src/components/shared/static';
import { defaultFocus } from '../src/components/map/region-layer';
import { bt, type BuilderKey } from './builder-messages';

interface FeedIndexEntry {
  file: string;
  title?: LocalizedText;
}

const $ = <T extends HTMLElement>(sel: string) => document.querySelector<T>(sel)!;
const form = $<HTMLFormElement>('#builder-form');
const feedSelect = $<HTMLSelectElement>('#b-feed');
const indicatorSelect = $<HTMLSelectElement>('#b-indicator');
const flowSelect = $<HTMLSelectElement>('#b-flow');
const levelSelect = $<HTMLSelectElement>('#b-level');
const regionSelect = $<HTMLSelectElement>('#b-region');
const yearSelect = $<HTMLSelectElement>('#b-year');
const schemeSelect = $<HTMLSelectElement>('#b-scheme');
const classificationSelect = $<HTMLSelectElement>('#b-classification');
const controlsBox = $<HTMLInputElement>('#b-controls');
const langSelect = $<HTMLSelectElement>('#b-lang');
const scriptUrlInput = $<HTMLInputElement>('#b-script-url');
const preview = $<HTMLDivElement>('#preview');
const feedStatus = $<HTMLParagraphElement>('#feed-status');
const pageUrlInput = $<HTMLInputElement>('#b-page-url');
const scriptSnippetArea = $<HTMLTextAreaElement>('#snippet-script');
const iframeSnippetArea = $<HTMLTextAreaElement>('#snippet-iframe');
const staticSnippetArea = $<HTMLTextAreaElement>('#snippet-static');
const commandArea = $<HTMLTextAreaElement>('#snippet-command');
const staticStatus = $<HTMLParagraphElement>('#static-status');
const staticImgBox = $<HTMLInputElement>('#b-static-img');
const staticImgUrlInput = $<HTMLInputElement>('#b-static-img-url');
const downloadButton = $<HTMLButtonElement>('#download-svg');
const cspArea = $<HTMLTextAreaElement>('#csp-text');
const pathRadios = [...document.querySelectorAll<HTMLInputElement>('input[name="path"]')];

let uiLang: Lang = 'de';
let feed: Feed | null = null;
let feedPath = '';
let feedLoad = 0;
let shown = '';
/** The static output of the preview widget `staticKey` (null while it is being made). */
let staticRender: StaticRender | null = null;
let staticKey = '';
let staticRun = 0;
/** Width of the preview widget the static output was made at (the `render` command's `--width`). */
let staticWidth: number | undefined;
/** What `update()` computed last: the parsed config and the absolute feed URL. */
let current: { config: EmbedConfig; feedUrl: string } | null = null;

const MAP_LEVELS: RegionLevel[] = ['gemeinde', 'verband', 'kreis'];

function text(value: LocalizedText | undefined, lang: Lang): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : (value[lang] ?? value.de ?? value.en ?? '');
}

function widget(): EmbedWidget {
  return (form.elements.namedItem('widget') as RadioNodeList).value as EmbedWidget;
}

function path(): EmbedPath {
  return (pathRadios.find((r) => r.checked)?.value ?? 'script') as EmbedPath;
}

/** Replaces the options of `select`, keeping its value when it is still offered. */
function setOptions(select: HTMLSelectElement, options: ReadonlyArray<readonly [string, string]>): void {
  const keep = select.value;
  select.replaceChildren(
    ...options.map(([value, label]) => {
      const o = document.createElement('option');
      o.value = value;
      o.textContent = label;
      return o;
    }),
  );
  if (options.some(([v]) => v === keep)) select.value = keep;
}

function show(field: string, visible: boolean): void {
  $(`[data-field="${field}"]`).hidden = !visible;
}

const levelOf = (key: string) => feed?.regions.find((r) => r.key === key)?.level;
const nameOf = (key: string) => feed?.regions.find((r) => r.key === key)?.name ?? key;

/** The indicators the widget can show: the map those with values for Gemeinden, Verbände or Kreise, the trend those with several years. */
function indicatorOptions(): [string, string][] {
  const list = feed?.indicators ?? [];
  return list
    .filter((i) =>
      widget() === 'map'
        ? Object.keys(i.values).some((k) => MAP_LEVELS.includes(levelOf(k)!))
        : i.years.length > 1,
    )
    .map((i) => [i.id, text(i.title, uiLang)]);
}

function currentIndicator() {
  return feed?.indicators.find((i) => i.id === indicatorSelect.value);
}

/** Rebuilds every option list that depends on the feed, the widget and earlier choices. */
function refreshOptions(): void {
  const w = widget();
  show('indicator', w === 'map' || w === 'trend');
  show('flow', w === 'sankey');
  show('level', w === 'map');
  show('region', w !== 'info');
  show('year', w === 'map' || w === 'sankey');
  show('scheme', w === 'map');
  show('classification', w === 'map');
  show('controls', w === 'map' || w === 'sankey');
  $('#b-region-label').textContent = bt(
    uiLang,
    w === 'map' ? 'regionMap' : w === 'trend' ? 'regionTrend' : 'regionSankey',
  );
  $('#b-controls-label').textContent = bt(uiLang, w === 'sankey' ? 'controlsSankey' : 'controls');

  setOptions(indicatorSelect, indicatorOptions());
  const flows = feed?.flows ?? [];
  const flowIds = [...new Map(flows.map((f) => [f.id, text(f.title, uiLang)]))];
  setOptions(flowSelect, flowIds);

  const indicator = currentIndicator();
  const valued = Object.keys(indicator?.values ?? {});
  const levels = MAP_LEVELS.filter((l) => valued.some((k) => levelOf(k) === l));
  setOptions(
    levelSelect,
    levels.map((l) => [l, bt(uiLang, `level.${l}` as BuilderKey)]),
  );

  let regions: string[] = [];
  let years: number[] = [];
  if (w === 'map') {
    regions = valued.filter((k) => levelOf(k) === levelSelect.value);
    years = indicator?.years ?? [];
  } else if (w === 'trend') {
    regions = valued;
  } else if (w === 'sankey') {
    const mine = flows.filter((f) => f.id === flowSelect.value);
    regions = [...new Set(mine.map((f) => f.region))];
  }
  const empty = bt(uiLang, w === 'map' ? 'none' : 'automatic');
  setOptions(regionSelect, [
    ['', empty],
    ...regions.map((k): [string, string] => [k, `${nameOf(k)} (${k})`]),
  ]);
  if (w === 'sankey') {
    const region = regionSelect.value;
    const mine = flows.filter((f) => f.id === flowSelect.value && (!region || f.region === region));
    years = [...new Set(mine.map((f) => f.year))].sort((a, b) => a - b);
  }
  setOptions(yearSelect, [
    ['', bt(uiLang, 'latest')],
    ...[...years].reverse().map((y): [string, string] => [String(y), String(y)]),
  ]);
  setOptions(schemeSelect, [
    ['', bt(uiLang, 'schemeAuto')],
    ...Object.entries({ ...SEQUENTIAL_SCHEMES, ...DIVERGING_SCHEMES }).map(([id, s]): [string, string] => [
      id,
      s.label[uiLang],
    ]),
  ]);
  setOptions(
    classificationSelect,
    (['quantile', 'equal', 'jenks'] as const).map((c) => [c, bt(uiLang, `classification.${c}`)]),
  );
  setOptions(langSelect, [
    ['de', bt(uiLang, 'language.de')],
    ['en', bt(uiLang, 'language.en')],
  ]);
}

/** A region and its parents that have values for the indicator (the trend's lines). */
function regionChain(key: string): string {
  const indicator = currentIndicator();
  const chain: string[] = [];
  for (
    let k: string | undefined = key;
    k && chain.length < 4;
    k = feed?.regions.find((r) => r.key === k)?.parent
  ) {
    if (!indicator || indicator.values[k]) chain.push(k);
  }
  return chain.join(' ');
}

function request(): EmbedRequest {
  const w = widget();
  const params: [string, string | boolean][] = [['feed', feedPath]];
  if (w === 'map') {
    params.push(
      ['indicator', indicatorSelect.value],
      ['level', levelSelect.value === 'gemeinde' ? '' : levelSelect.value],
      ['region', regionSelect.value],
      ['year', yearSelect.value],
      ['scheme', schemeSelect.value],
      ['classification', classificationSelect.value === 'quantile' ? '' : classificationSelect.value],
      ['controls', controlsBox.checked],
    );
  } else if (w === 'trend') {
    params.push(
      ['indicator', indicatorSelect.value],
      ['regions', regionSelect.value && regionChain(regionSelect.value)],
    );
  } else if (w === 'sankey') {
    params.push(
      ['flow', flowSelect.value],
      ['region', regionSelect.value],
      ['year', yearSelect.value],
      ['controls', controlsBox.checked],
    );
  }
  return { widget: w, lang: langSelect.value === 'en' ? 'en' : 'de', id: `bildung-${w}`, params };
}

function renderPreview(config: EmbedConfig): void {
  const key = JSON.stringify([config.tag, config.attributes, config.lang]);
  if (key === shown) return;
  shown = key;
  const el = document.createElement(config.tag);
  el.id = 'preview-widget';
  for (const [name, value] of config.attributes) el.setAttribute(name, value);
  el.setAttribute('lang', config.lang);
  preview.replaceChildren(el);
}

/** The geometry the map uses by default: `../geo/index.json` beside the feed. */
const geoUrlOf = (feedUrl: string) => new URL('../geo/index.json', feedUrl).href;

function pageUrl(): string {
  try {
    return new URL(pageUrlInput.value.trim() || location.href).href;
  } catch {
    return location.href;
  }
}

function update(): void {
  if (!feed) return;
  const req = request();
  const query = embedQuery(req);
  const { config } = parseEmbedParams(new URLSearchParams(query));
  if (!config) return;
  renderPreview(config);
  const absoluteFeed = new URL(feedPath, location.href).href;
  current = { config, feedUrl: absoluteFeed };
  scriptSnippetArea.value = scriptSnippet(config, scriptUrl(), absoluteFeed);
  const subject =
    req.widget === 'sankey'
      ? text(feed.flows?.find((f) => f.id === flowSelect.value)?.title, config.lang)
      : req.widget === 'info'
        ? text(feed.meta.title, config.lang)
        : text(currentIndicator()?.title, config.lang);
  iframeSnippetArea.value = iframeSnippet({
    src: new URL(`./embed.html?${query}`, location.href).href,
    embedJsUrl: new URL('./embed.js', location.href).href,
    title: `${bt(config.lang, `widget.${req.widget}`)}: ${subject ?? ''}`,
    id: config.id,
    height: EMBED_DEFAULT_HEIGHT[req.widget],
  });
  updatePathChoice();
  if (path() === 'static') updateStatic();
  updateCsp();
  updateHints();
}

function scriptUrl(): string {
  return scriptUrlInput.value.trim() || new URL('./cdn/bildung-widgets.js', location.href).href;
}

/** The static path exists for map, trend and sankey; for the feed overview it is switched off. */
function updatePathChoice(): void {
  const hasStatic = STATIC_EMBED_WIDGETS.includes(widget());
  const radio = pathRadios.find((r) => r.value === 'static')!;
  radio.disabled = !hasStatic;
  $('#path-static-off').hidden = hasStatic;
  if (!hasStatic && radio.checked) pathRadios.find((r) => r.value === 'script')!.checked = true;
  for (const panel of document.querySelectorAll<HTMLElement>('.path-panel')) {
    panel.hidden = panel.dataset.path !== path();
  }
}

type StaticCapable = HTMLElement & { renderStatic(): Promise<StaticRender> };

/** Makes the static output of the preview widget (once per preview) and fills the static path. */
function updateStatic(): void {
  if (!current) return;
  const { config, feedUrl } = current;
  $('#static-img-url-field').hidden = !staticImgBox.checked;
  staticImgUrlInput.placeholder = `${renderFileBase(config)}.svg`;
  if (staticKey === shown) {
    if (staticRender) fillStatic(staticRender);
    return;
  }
  staticKey = shown;
  staticRender = null;
  staticSnippetArea.value = '';
  commandArea.value = '';
  downloadButton.disabled = true;
  staticStatus.textContent = bt(uiLang, 'staticBusy');
  const run = ++staticRun;
  const el = preview.querySelector<StaticCapable>('#preview-widget');
  if (!el || typeof el.renderStatic !== 'function') return;
  el.renderStatic().then(
    (result) => {
      if (run !== staticRun) return;
      staticRender = result;
      staticWidth = Math.round(el.getBoundingClientRect().width);
      staticStatus.textContent = '';
      fillStatic(result);
    },
    (err: unknown) => {
      if (run !== staticRun) return;
      commandArea.value = staticCommand(config, feedUrl);
      const message = err instanceof Error ? err.message : String(err);
      staticStatus.textContent = bt(uiLang, 'staticFailed', { message });
    },
  );
}

/** The map's area (what it showed with its feed), for the fragment's live map that has only the table. */
function mapFocus(config: EmbedConfig): string | undefined {
  if (config.widget !== 'map') return undefined;
  return config.attributes.find(([n]) => n === 'focus')?.[1] ?? (feed ? defaultFocus(feed) : undefined);
}

/** `<img src>` of the `<img>` variant (the file name until an address is entered), or undefined. */
function imgSrc(config: EmbedConfig): string | undefined {
  return staticImgBox.checked ? staticImgUrlInput.value.trim() || `${renderFileBase(config)}.svg` : undefined;
}

/** The `render` command that makes this fragment at build time (in the site's root folder). */
function staticCommand(config: EmbedConfig, feedUrl: string, width?: number): string {
  const focus = mapFocus(config);
  const withFocus: EmbedConfig =
    focus && !config.attributes.some(([n]) => n === 'focus')
      ? { ...config, attributes: [...config.attributes, ['focus', focus]] }
      : config;
  const img = imgSrc(config);
  return renderCommand(withFocus, feedFileOf(feedUrl), {
    ...(width === undefined ? {} : { width }),
    ...(config.widget === 'map' ? { geoUrl: geoUrlOf(feedUrl) } : {}),
    ...(img ? { imgSrc: img } : {}),
  });
}

/** The fragment: the widget's attributes without `feed` (it reads the table); the map's area and geometry. */
function fillStatic(result: StaticRender): void {
  if (!current) return;
  const { config, feedUrl } = current;
  // what the live element needs to show the same from the table (a map's focus, level and year;
  // a sankey's year and region), then the chosen attributes
  const attrs: Record<string, string> = { ...result.attributes };
  for (const [name, value] of config.attributes) if (name !== 'feed') attrs[name] = value;
  // without its feed the map cannot find its geometry next to it: name it
  if (config.widget === 'map') attrs.geo = geoUrlOf(feedUrl);
  attrs.lang = config.lang;
  const img = imgSrc(config);
  // the same output at the same width as files, made at build time
  commandArea.value = staticCommand(config, feedUrl, staticWidth);
  staticSnippetArea.value = staticFragment({
    tag: config.tag as StaticWidget,
    attrs,
    svg: result.svg,
    table: result.table,
    lang: config.lang,
    ...(img ? { imgSrc: img } : {}),
  });
  downloadButton.disabled = false;
}

function downloadSvg(): void {
  if (!staticRender || !current) return;
  const file = `${renderFileBase(current.config)}.svg`;
  const url = URL.createObjectURL(new Blob([staticRender.svg], { type: 'image/svg+xml' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  downloadButton.parentElement!.querySelector('.copy-status')!.textContent = bt(uiLang, 'downloaded', {
    file,
  });
}

/** The directives the chosen path needs, as policy text and as a list with the reasons. */
function updateCsp(): void {
  if (!current) return;
  const p = path();
  const { config, feedUrl } = current;
  const page = pageUrl();
  let directives: CspDirective[];
  if (p === 'script') {
    directives = cspDirectives({
      path: p,
      pageUrl: page,
      scriptUrl: scriptUrl(),
      feedUrl,
      ...(config.widget === 'map' ? { geoUrl: geoUrlOf(feedUrl) } : {}),
    });
  } else if (p === 'iframe') {
    directives = cspDirectives({
      path: p,
      pageUrl: page,
      frameUrl: new URL('./embed.html', location.href).href,
      embedJsUrl: new URL('./embed.js', location.href).href,
    });
  } else {
    const img = imgSrc(config);
    directives = cspDirectives({ path: p, pageUrl: page, ...(img ? { imgUrl: img } : {}) });
  }
  const none = directives.length === 0;
  $('#csp-help').textContent = bt(uiLang, none ? 'cspHelp.staticNone' : `cspHelp.${p}`);
  $('#csp-box').hidden = none;
  cspArea.value = cspText(directives);
  const list = $('#csp-list');
  list.replaceChildren(
    ...directives.flatMap((d) =>
      d.sources.map((source, i) => {
        const li = document.createElement('li');
        const code = document.createElement('code');
        code.textContent = `${d.name} ${source}`;
        li.append(code, ` – ${bt(uiLang, `csp.${d.reasons[i]!}`)}`);
        return li;
      }),
    ),
  );
  const notes: string[] = [];
  if (directives.some((d) => d.sources.includes("'self'")))
    notes.push(bt(uiLang, 'cspSelf', { origin: new URL(page).origin }));
  if (p === 'iframe') notes.push(bt(uiLang, 'cspIframeNote'));
  $('#csp-note').textContent = notes.join(' ');
}

/** A paragraph; text between backticks becomes `<code>` (textContent only, never HTML). */
function para(key: BuilderKey, params: Record<string, string> = {}): HTMLParagraphElement {
  const p = document.createElement('p');
  bt(uiLang, key, params)
    .split('`')
    .forEach((part, i) => {
      if (!part) return;
      if (i % 2) {
        const code = document.createElement('code');
        code.textContent = part;
        p.append(code);
      } else p.append(part);
    });
  return p;
}

let codeBlocks = 0;
/** A copy-ready code block with its own copy button. */
function codeBlock(code: string, label: string): HTMLElement {
  const id = `hint-code-${++codeBlocks}`;
  const wrap = document.createElement('div');
  wrap.className = 'hint-code';
  const area = document.createElement('textarea');
  area.id = id;
  area.readOnly = true;
  area.spellcheck = false;
  area.rows = Math.min(8, code.split('\n').length + 1);
  area.value = code;
  area.setAttribute('aria-label', label);
  const row = document.createElement('div');
  row.className = 'copy-row';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy';
  button.dataset.copy = id;
  button.textContent = bt(uiLang, 'copy');
  button.addEventListener('click', () => void copy(button));
  const status = document.createElement('span');
  status.className = 'copy-status';
  status.setAttribute('role', 'status');
  row.append(button, status);
  wrap.append(area, row);
  return wrap;
}

/** TYPO3 and WordPress notes for the chosen path, with copy-ready TypoScript. */
function updateHints(): void {
  if (!current) return;
  const p = path();
  const { config } = current;
  const tag = config.tag;
  const t3: HTMLElement[] = [];
  const wp: HTMLElement[] = [para('wp.block')];
  const external = (url: string) => /^https?:/i.test(url);
  if (p === 'script') {
    const url = scriptUrl();
    t3.push(para('t3.htmlElement'), para('t3.scriptRte', { tag }), para('t3.scriptTs'));
    t3.push(
      codeBlock(
        `page.includeJSFooter.bildungWidgets = ${url}\npage.includeJSFooter.bildungWidgets.type = module` +
          (external(url) ? '\npage.includeJSFooter.bildungWidgets.external = 1' : ''),
        'TypoScript',
      ),
      para('t3.scriptElementOnly'),
      codeBlock(scriptSnippetArea.value.split('\n').slice(1).join('\n'), 'HTML'),
    );
    wp.push(para('wp.unfiltered'));
  } else if (p === 'iframe') {
    const url = new URL('./embed.js', location.href).href;
    t3.push(para('t3.htmlElement'), para('t3.iframeRte'), para('t3.iframeTs'));
    t3.push(
      codeBlock(
        `page.includeJSFooter.bildungEmbed = ${url}\npage.includeJSFooter.bildungEmbed.defer = 1` +
          (external(url) ? '\npage.includeJSFooter.bildungEmbed.external = 1' : ''),
        'TypoScript',
      ),
    );
    wp.push(para('wp.unfiltered'));
  } else {
    t3.push(para('t3.staticHtml'), para('t3.staticRte', { tag }));
    wp.push(para('wp.staticSvg'));
  }
  $('#hint-typo3 .hint-body').replaceChildren(...t3);
  $('#hint-wordpress .hint-body').replaceChildren(...wp);
}

async function selectFeed(): Promise<void> {
  const load = ++feedLoad;
  feedPath = feedSelect.value;
  feed = null;
  feedStatus.textContent = bt(uiLang, 'loadingFeed');
  try {
    const result = await loadFeed(feedPath, location.href);
    if (load !== feedLoad) return;
    if (!result.feed) throw new Error('invalid');
    feed = result.feed;
    feedStatus.textContent = '';
  } catch {
    if (load === feedLoad) feedStatus.textContent = bt(uiLang, 'feedFailed', { url: feedPath });
    return;
  }
  refreshOptions();
  update();
}

function applyUiLang(lang: Lang): void {
  uiLang = lang;
  document.documentElement.lang = lang;
  document.title = bt(lang, 'pageTitle');
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) {
    el.textContent = bt(lang, el.dataset.t as BuilderKey);
  }
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  }
  for (const s of document.querySelectorAll('.copy-status')) s.textContent = '';
  staticKey = ''; // the static output is in the widget's language, but its status text is not
  fillFeedTitles();
  refreshOptions();
  langSelect.value = lang;
  update();
}

let feedIndex: FeedIndexEntry[] = [];
function fillFeedTitles(): void {
  setOptions(
    feedSelect,
    feedIndex.map((entry) => [`./feeds/${entry.file}`, text(entry.title, uiLang) || entry.file]),
  );
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const area = $<HTMLTextAreaElement>(`#${button.dataset.copy}`);
  const status = button.parentElement!.querySelector('.copy-status')!;
  try {
    await navigator.clipboard.writeText(area.value);
    status.textContent = bt(uiLang, 'copied');
  } catch {
    // no clipboard access (older browser, insecure context, denied): select the code instead
    area.focus();
    area.select();
    status.textContent = bt(uiLang, 'copyManual');
  }
}

async function init(): Promise<void> {
  scriptUrlInput.value = new URL('./cdn/bildung-widgets.js', location.href).href;
  pageUrlInput.value = new URL('/', location.href).href;
  applyUiLang('de');
  const res = await fetch('./feeds/index.json');
  feedIndex = ((await res.json()) as { feeds: FeedIndexEntry[] }).feeds;
  fillFeedTitles();
  const preferred = feedIndex.find((f) => f.file.includes('kreis-03453'));
  if (preferred) feedSelect.value = `./feeds/${preferred.file}`;
  await selectFeed();
}

feedSelect.addEventListener('change', () => void selectFeed());
form.addEventListener('change', (event) => {
  if (event.target === feedSelect) return;
  if (event.target !== scriptUrlInput && event.target !== pageUrlInput && event.target !== langSelect)
    refreshOptions();
  update();
});
scriptUrlInput.addEventListener('input', update);
pageUrlInput.addEventListener('input', update);
for (const r of pathRadios) r.addEventListener('change', update);
staticImgBox.addEventListener('change', update);
staticImgUrlInput.addEventListener('input', update);
downloadButton.addEventListener('click', downloadSvg);
form.addEventListener('submit', (event) => event.preventDefault());
for (const b of document.querySelectorAll<HTMLButtonElement>('button.copy')) {
  b.addEventListener('click', () => void copy(b));
}
for (const b of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  b.addEventListener('click', () => applyUiLang(b.dataset.lang === 'en' ? 'en' : 'de'));
}
void init();
