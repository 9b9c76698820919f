/**
 * The snippet builder (issue #6, item 4): choose a feed from ./feeds/index.json, a widget and its
 * options; see the real widget as a preview; copy (a) script tag + element or (b) iframe +
 * embed.js. Both snippets and the preview come from one embed.html query string, read back
 * through the same whitelist the embed page uses (src/core/embed.ts), so the three always agree.
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
  embedQuery,
  iframeSnippet,
  parseEmbedParams,
  scriptSnippet,
  type EmbedConfig,
  type EmbedRequest,
  type EmbedWidget,
} from '../src/core/embed';
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
const scriptSnippetArea = $<HTMLTextAreaElement>('#snippet-script');
const iframeSnippetArea = $<HTMLTextAreaElement>('#snippet-iframe');

let uiLang: Lang = 'de';
let feed: Feed | null = null;
let feedPath = '';
let feedLoad = 0;
let shown = '';

const MAP_LEVELS: RegionLevel[] = ['gemeinde', 'verband', 'kreis'];

function text(value: LocalizedText | undefined, lang: Lang): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : (value[lang] ?? value.de ?? value.en ?? '');
}

function widget(): EmbedWidget {
  return (form.elements.namedItem('widget') as RadioNodeList).value as EmbedWidget;
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

function update(): void {
  if (!feed) return;
  const req = request();
  const query = embedQuery(req);
  const { config } = parseEmbedParams(new URLSearchParams(query));
  if (!config) return;
  renderPreview(config);
  const absoluteFeed = new URL(feedPath, location.href).href;
  const scriptUrl = scriptUrlInput.value.trim() || new URL('./cdn/bildung-widgets.js', location.href).href;
  scriptSnippetArea.value = scriptSnippet(config, scriptUrl, absoluteFeed);
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
  if (event.target !== scriptUrlInput && event.target !== langSelect) refreshOptions();
  update();
});
scriptUrlInput.addEventListener('input', update);
form.addEventListener('submit', (event) => event.preventDefault());
for (const b of document.querySelectorAll<HTMLButtonElement>('button.copy')) {
  b.addEventListener('click', () => void copy(b));
}
for (const b of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  b.addEventListener('click', () => applyUiLang(b.dataset.lang === 'en' ? 'en' : 'de'));
}
void init();
