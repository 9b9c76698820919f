/**
 * Registers a custom element unless the tag is already taken. CMS pages often load an embed
 * script twice (or two versions of it); a second `customElements.define` would throw.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
