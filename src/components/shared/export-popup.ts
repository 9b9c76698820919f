/**
 * The open "Herunterladen" menu: its items, keyboard handling, closing on Escape, Tab and focus
 * leaving it, its styles, and the download chosen in it. Loaded on the first open of a widget's
 * menu (`ExportMenuController.setOpen`); the menu button is in `export-menu.ts`.
 */
import { css, html, type TemplateResult } from 'lit';
import type { Lang } from '../../core/feed/types';
import { t } from '../../core/i18n';
import { exporter, type ExportKind, type ExportMenuController } from './export-menu';

const KINDS: readonly ExportKind[] = ['png', 'svg', 'csv'];
const LABELS = { png: 'export.png', svg: 'export.svg', csv: 'export.csv' } as const;

/** Styles of the menu, added to the widget's own when this module has come. */
const popupStyles = css`
  .export-menu {
    position: absolute;
    z-index: 3;
    inset-inline-end: 0;
    top: calc(100% + 2px);
    min-width: 14em;
    margin: 0;
    padding: 0.25em 0;
    list-style: none;
    background: var(--bildung-tooltip-background, #fff);
    color: var(--bildung-text-color, #1a1a1a);
    border: 1px solid var(--bildung-border-color, #c8c8c8);
    border-radius: 4px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 20%);
    font-size: 0.9em;
    line-height: 1.4;
  }
  .export-menu[hidden] {
    display: none;
  }
  .export-menu [role='menuitem'] {
    padding: 0.35em 0.9em;
    cursor: pointer;
    white-space: nowrap;
  }
  .export-menu [role='menuitem']:hover,
  .export-menu [role='menuitem']:focus {
    background: var(--bildung-table-header-background, #f4f4f4);
    outline: 2px solid var(--bildung-focus-color, #1a5fb4);
    outline-offset: -2px;
  }
  @media (forced-colors: active) {
    .export-menu {
      border-color: ButtonText;
    }
  }
`;

/** The menu of one widget: `menu` holds its state (`open`, `failed`) and renders the button. */
export class ExportPopup {
  constructor(private readonly menu: ExportMenuController) {
    // after the widget's styles, as Lit adopts them (a <style> where constructable sheets are missing)
    const root = menu.host.renderRoot;
    if (!(root instanceof ShadowRoot)) return;
    const sheet = popupStyles.styleSheet;
    if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    else {
      const style = document.createElement('style');
      const nonce = (globalThis as { litNonce?: string }).litNonce;
      if (nonce) style.setAttribute('nonce', nonce);
      style.textContent = popupStyles.cssText;
      root.append(style);
    }
  }

  /** Builds one export: the blob and its file name (the building code loads on first use). */
  async build(kind: ExportKind): Promise<{ blob: Blob; filename: string }> {
    const src = await this.menu.source();
    if (!src) throw new Error('nothing to export');
    const { buildExport } = await import('./export-build');
    return buildExport(src, kind);
  }

  /** Builds the export and hands it to `exporter.download`. */
  async run(kind: ExportKind): Promise<void> {
    const menu = this.menu;
    menu.failed = false;
    try {
      const { blob, filename } = await this.build(kind);
      exporter.download(blob, filename);
    } catch {
      menu.failed = true;
    }
    menu.host.requestUpdate();
  }

  private items(): HTMLElement[] {
    return [...this.menu.host.renderRoot.querySelectorAll<HTMLElement>(`#${this.menu.id} [role="menuitem"]`)];
  }

  /** Opens or closes the menu, then moves the focus (see `ExportMenuController.setOpen`). */
  async apply(open: boolean, focus: 'first' | 'last' | 'button' | null): Promise<void> {
    const menu = this.menu;
    menu.open = open;
    menu.host.requestUpdate();
    await menu.rendered();
    if (focus === 'button')
      menu.host.renderRoot.querySelector<HTMLElement>(`[aria-controls="${menu.id}"]`)?.focus();
    else if (focus) {
      const items = this.items();
      items[focus === 'first' ? 0 : items.length - 1]?.focus();
    }
  }

  private choose(kind: ExportKind): void {
    this.menu.setOpen(false, 'button');
    void this.run(kind);
  }

  readonly keydown = (e: KeyboardEvent): void => {
    const items = this.items();
    const i = items.indexOf(e.target as HTMLElement);
    let next = -1;
    if (e.key === 'ArrowDown') next = (i + 1) % items.length;
    else if (e.key === 'ArrowUp') next = (i - 1 + items.length) % items.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = items.length - 1;
    else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.menu.setOpen(false, 'button');
      return;
    } else if (e.key === 'Tab') {
      this.menu.setOpen(false, null);
      return;
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const kind = items[i]?.dataset['kind'] as ExportKind | undefined;
      if (kind) this.choose(kind);
      return;
    }
    if (next < 0) return;
    e.preventDefault();
    items[next]?.focus();
  };

  readonly focusOut = (e: FocusEvent): void => {
    const to = e.relatedTarget as Node | null;
    const box = this.menu.host.renderRoot.querySelector(`.export[data-for="${this.menu.id}"]`);
    if (this.menu.open && (!to || !box?.contains(to))) this.menu.setOpen(false, null);
  };

  /** The menu's items. */
  render(lang: Lang): TemplateResult[] {
    return KINDS.map(
      (k) =>
        html`<li role="menuitem" tabindex="-1" data-kind=${k} @click=${() => this.choose(k)}>
          ${t(lang, LABELS[k])}
        </li>`,
    );
  }
}
