/**
 * `link-group` linking, loaded on demand by the first widget that has the attribute (a module of
 * its own beside `link.ts`, which `<bildung-feed>` loads on demand too).
 */
import { LinkController, WIDGETS } from './link';

let documentLink: LinkController | undefined;

/**
 * Links the elements that share a `link-group` attribute, anywhere in the document (installed
 * once, by the first widget that has the attribute).
 */
export function linkGroups(): void {
  if (documentLink || typeof document === 'undefined') return;
  documentLink = new LinkController(document, (source) => {
    const group = source.getAttribute('link-group');
    if (!group) return [];
    return [...document.querySelectorAll(WIDGETS)].filter((el) => el.getAttribute('link-group') === group);
  });
  documentLink.attach();
}
