import '../src/index';
import type { BildungFeedInfo } from '../src/index';

type Lang = 'de' | 'en';

interface WidgetEntry {
  tag: string;
  ready: boolean;
  de: string;
  en: string;
}

const WIDGETS: WidgetEntry[] = [
  {
    tag: 'bildung-map',
    ready: true,
    de: 'Choroplethenkarte der Gemeinden, Samtgemeinden und Kreise nach amtlichem Schlüssel (AGS).',
    en: 'Choropleth map of Gemeinden, Samtgemeinden and Kreise keyed by official AGS codes.',
  },
  {
    tag: 'indicator-trend',
    ready: true,
    de: 'Zeitreihe einer Kennzahl für Gemeinde, Kreis und Land, mit Zielwerten.',
    en: 'Indicator over time for Gemeinde, Kreis and Land, with targets.',
  },
  {
    tag: 'transition-sankey',
    ready: true,
    de: 'Bildungsübergänge als Flussdiagramm, z. B. Grundschule → Schulformen.',
    en: 'Education transitions as flows, e.g. primary school → school types.',
  },
  {
    tag: 'bildung-feed-info',
    ready: true,
    de: 'Inhalt eines Feeds: Herausgeber, Lizenz, Regionen, Kennzahlen und Übergänge.',
    en: 'What a feed contains: publisher, licence, regions, indicators and flows.',
  },
];

const LABELS = {
  de: { ready: 'verfügbar', planned: 'in Arbeit' },
  en: { ready: 'available', planned: 'in progress' },
};

interface FeedIndexEntry {
  file: string;
  title?: string | { de?: string; en?: string };
}

const list = document.querySelector<HTMLUListElement>('#widget-list')!;
const select = document.querySelector<HTMLSelectElement>('#feed-select')!;
const info = document.querySelector<BildungFeedInfo>('#feed-info')!;

function renderWidgetList(lang: Lang): void {
  list.replaceChildren(
    ...WIDGETS.map((w) => {
      const li = document.createElement('li');
      const code = document.createElement('code');
      code.textContent = `<${w.tag}>`;
      const status = document.createElement('span');
      status.className = `status${w.ready ? ' ready' : ''}`;
      status.textContent = w.ready ? LABELS[lang].ready : LABELS[lang].planned;
      const p = document.createElement('p');
      p.textContent = w[lang];
      li.append(code, ' ', status, p);
      return li;
    }),
  );
}

/** <bildung-map> demo block: follows the language switch. */
function setMapLang(lang: Lang): void {
  for (const map of document.querySelectorAll('bildung-map')) map.setAttribute('lang', lang);
}

/** <transition-sankey> demo block: follows the language switch. */
function setSankeyLang(lang: Lang): void {
  for (const sankey of document.querySelectorAll('transition-sankey')) sankey.setAttribute('lang', lang);
}

/** <indicator-trend> demo block: follows the language switch. */
function setTrendLang(lang: Lang): void {
  for (const trend of document.querySelectorAll('indicator-trend')) trend.setAttribute('lang', lang);
}

function setLang(lang: Lang): void {
  document.documentElement.lang = lang;
  setTrendLang(lang);
  setSankeyLang(lang);
  info.setAttribute('lang', lang);
  setMapLang(lang);
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  }
  renderWidgetList(lang);
}

async function loadFeedIndex(): Promise<void> {
  const res = await fetch('./feeds/index.json');
  const index = (await res.json()) as { feeds: FeedIndexEntry[] };
  for (const entry of index.feeds) {
    const option = document.createElement('option');
    option.value = `./feeds/${entry.file}`;
    const title = entry.title;
    option.textContent = typeof title === 'string' ? title : (title?.de ?? entry.file);
    select.append(option);
  }
  const preferred = [...select.options].find((o) => o.value.includes('kreis-03453'));
  if (preferred) select.value = preferred.value;
  info.feed = select.value;
}

select.addEventListener('change', () => {
  info.feed = select.value;
});
for (const b of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  b.addEventListener('click', () => setLang(b.dataset.lang === 'en' ? 'en' : 'de'));
}

setLang('de');
void loadFeedIndex();

// <!-- linked --> the linked block (<bildung-feed>): its heading, intro and announcements follow the language switch
function setLinkedLang(lang: Lang): void {
  for (const el of document.querySelectorAll<HTMLElement>('#linked-h, #linked-intro')) {
    el.textContent = el.dataset[lang] ?? el.textContent;
  }
  document.querySelector('#linked-feed')?.setAttribute('lang', lang);
}
for (const b of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  b.addEventListener('click', () => setLinkedLang(b.dataset.lang === 'en' ? 'en' : 'de'));
}
setLinkedLang('de');
// <!-- /linked -->
