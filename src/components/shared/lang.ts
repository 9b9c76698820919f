import { resolveLang } from '../../core/i18n';
import type { Lang } from '../../core/feed/types';

/**
 * The language for an element: its own `lang` attribute, else the nearest ancestor's `lang`
 * (crossing shadow roots), else the document's, else German.
 */
export function langOf(el: Element): Lang {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return resolveLang(lang);
      node = node.parentNode;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = node.parentNode;
    }
  }
  return resolveLang(document.documentElement.lang || null);
}

/** The language a widget shows: its `lang` property (set as attribute or property), else `langOf`. */
export function widgetLang(el: Element & { lang: string }): Lang {
  return el.lang ? resolveLang(el.lang) : langOf(el);
}
