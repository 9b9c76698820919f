/**
 * The iframe embed page (issue #6, item 3): renders one widget from the URL parameters
 * (`?widget=map&feed=…&indicator=…&lang=en&theme=dark&id=…`, see src/core/embed.ts for the
 * whitelist). Parameters become attributes of a created element (text, never HTML); a missing or
 * unknown widget or feed is a clear message in the page, ignored parameters are listed below the
 * widget. Without embed.js on the host page the iframe simply keeps its fixed height.
 *
 * Height reports: on load and whenever the content's size changes (ResizeObserver), the page posts
 * `{ type: 'bildung-embed-height', id, height }` to `window.parent` with targetOrigin `'*'`. The
 * page cannot know its host's origin (any site may embed it, and the referrer may be stripped by
 * a referrer policy), and the message carries nothing but a number and the id from this page's own
 * URL — nothing a foreign listener could learn that the host page did not give us. Nothing else
 * is ever sent, and the page listens to no messages.
 */
import '../src/index';
import {
  EMBED_HEIGHT_MESSAGE,
  EMBED_MAX_HEIGHT,
  EMBED_MIN_HEIGHT,
  embedProblemMessage,
  parseEmbedParams,
  type EmbedConfig,
  type EmbedProblem,
} from '../src/core/embed';
import { t, type MessageKey } from '../src/core/i18n';
import type { Lang } from '../src/core/feed/types';
import { DARK_THEME } from '../stories/frame';

const NAMES: Readonly<Record<EmbedConfig['widget'], MessageKey>> = {
  map: 'mapWidget',
  trend: 'trendWidget',
  sankey: 'sankeyWidget',
  info: 'feedInfoTitle',
};

const root = document.querySelector<HTMLElement>('#embed-root')!;
const result = parseEmbedParams(new URLSearchParams(location.search));

function problemList(problems: EmbedProblem[], lang: Lang): HTMLUListElement {
  const ul = document.createElement('ul');
  for (const p of problems) {
    const li = document.createElement('li');
    li.textContent = embedProblemMessage(p, lang);
    ul.append(li);
  }
  return ul;
}

function render(): void {
  const { config, problems, lang } = result;
  document.documentElement.lang = lang;
  if (!config) {
    const box = document.createElement('div');
    box.className = 'embed-problems';
    box.setAttribute('role', 'alert');
    box.append(problemList(problems, lang));
    root.replaceChildren(box);
    return;
  }
  document.title = `${t(lang, NAMES[config.widget])} – bildung-widgets`;
  const el = document.createElement(config.tag);
  for (const [name, value] of config.attributes) el.setAttribute(name, value);
  el.setAttribute('lang', lang);
  if (config.theme === 'dark') {
    document.documentElement.classList.add('embed-dark');
    // the theme's documented custom properties, through the CSSOM (CSP-safe): the shared ones
    // inherit from the root, the per-element ones must be on the element itself
    for (const [prop, value] of Object.entries(DARK_THEME)) {
      document.documentElement.style.setProperty(prop, value);
      el.style.setProperty(prop, value);
    }
  }
  const children: Node[] = [el];
  if (problems.length) {
    const notes = document.createElement('div');
    notes.className = 'embed-notes';
    notes.append(problemList(problems, lang));
    children.push(notes);
  }
  root.replaceChildren(...children);
}

let reported = -1;
/** Posts the content height to the parent when it changed (nothing when not in a frame). */
function reportHeight(): void {
  if (window.parent === window) return;
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height === reported || height < EMBED_MIN_HEIGHT || height > EMBED_MAX_HEIGHT) return;
  reported = height;
  // targetOrigin '*': see the comment at the top of this file
  window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, id: result.id, height }, '*');
}

render();
new ResizeObserver(reportHeight).observe(document.body);
window.addEventListener('load', reportHeight);
