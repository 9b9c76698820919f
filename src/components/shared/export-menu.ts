import {
  css,
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { ComposedSvg, CsvTable } from '../../core/export/index';
import type { Lang } from '../../core/feed/types';
import { t } from '../../core/i18n';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };
export type ExportKind = 'png' | 'svg' | 'csv';

/**
 * What a widget hands the menu when the user asks for a download (gathered on demand; the widget
 * may load the code that builds it then, see `map-export.ts`).
 */
export interface ExportSource {
  lang: Lang;
  /** File name parts (ids, year); the extension is added. */
  name: readonly (string | number | null | undefined)[];
  csv: () => CsvTable;
  /** The standalone SVG document. */
  svg: () => ComposedSvg | Promise<ComposedSvg>;
  /** The document the PNG is rasterised from, when it differs from `svg` (canvas maps). */
  pngSvg?: () => ComposedSvg | Promise<ComposedSvg>;
  /** The shown data as a table-source `<table>` (the static fragment, `renderStatic()`). */
  table: () => string;
}

/**
 * Where downloads go. Tests replace `download` to receive the blob instead of a file. The link
 * is a `blob:` URL: downloads are navigations, which `img-src` does not govern.
 */
export const exporter = {
  download(blob: Blob, filename: string): void {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.rel = 'noopener';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};

const KINDS: readonly ExportKind[] = ['png', 'svg', 'csv'];
const LABELS = { png: 'export.png', svg: 'export.svg', csv: 'export.csv' } as const;

/**
 * The "Herunterladen" menu of a widget's toolbar: a menu button (APG pattern: `aria-haspopup`,
 * `aria-expanded`; opening moves focus into the menu, arrows/Home/End move, Enter/Space choose,
 * Escape closes and returns to the button, Tab closes) offering PNG (2×), SVG and CSV.
 * `source()` gathers the export data only when a download is chosen.
 */
export class ExportMenuController implements ReactiveController {
  open = false;
  failed = false;
  private static counter = 0;
  private readonly id = `bildung-export-${++ExportMenuController.counter}`;

  constructor(
    private readonly host: Host,
    private readonly source: () => ExportSource | Promise<ExportSource> | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Builds one export: the blob and its file name (the building code loads on first use). */
  async build(kind: ExportKind): Promise<{ blob: Blob; filename: string }> {
    const src = await this.source();
    if (!src) throw new Error('nothing to export');
    const { buildExport } = await import('./export-build');
    return buildExport(src, kind);
  }

  /** Builds the export and hands it to `exporter.download`. */
  async run(kind: ExportKind): Promise<void> {
    this.failed = false;
    try {
      const { blob, filename } = await this.build(kind);
      exporter.download(blob, filename);
    } catch {
      this.failed = true;
    }
    this.host.requestUpdate();
  }

  private items(): HTMLElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLElement>(`#${this.id} [role="menuitem"]`)];
  }

  private button(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(`[aria-controls="${this.id}"]`);
  }

  private async setOpen(open: boolean, focus: 'first' | 'last' | 'button' | null): Promise<void> {
    this.open = open;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (focus === 'button') this.button()?.focus();
    else if (focus) {
      const items = this.items();
      items[focus === 'first' ? 0 : items.length - 1]?.focus();
    }
  }

  private choose(kind: ExportKind): void {
    void this.setOpen(false, 'button');
    void this.run(kind);
  }

  private readonly onButtonKeydown = (e: KeyboardEvent): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      void this.setOpen(true, e.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  private readonly onMenuKeydown = (e: KeyboardEvent): void => {
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
      void this.setOpen(false, 'button');
      return;
    } else if (e.key === 'Tab') {
      void this.setOpen(false, null);
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

  private readonly onFocusOut = (e: FocusEvent): void => {
    const to = e.relatedTarget as Node | null;
    const box = this.host.renderRoot.querySelector(`.export[data-for="${this.id}"]`);
    if (this.open && (!to || !box?.contains(to))) void this.setOpen(false, null);
  };

  /** The button and its menu (put it next to the table toggle). */
  render(lang: Lang): TemplateResult {
    const label = t(lang, 'export.button');
    return html`<div class="export" data-for=${this.id} @focusout=${this.onFocusOut}>
      <button
        type="button"
        class="export-button"
        part="export-button"
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${this.id}
        @click=${() => void this.setOpen(!this.open, this.open ? null : 'first')}
        @keydown=${this.onButtonKeydown}
      >
        ${label}<span class="export-caret" aria-hidden="true"> ▾</span>
      </button>
      <ul
        id=${this.id}
        role="menu"
        aria-label=${label}
        class="export-menu"
        part="export-menu"
        ?hidden=${!this.open}
        @keydown=${this.onMenuKeydown}
      >
        ${KINDS.map(
          (k) =>
            html`<li role="menuitem" tabindex="-1" data-kind=${k} @click=${() => this.choose(k)}>
              ${t(lang, LABELS[k])}
            </li>`,
        )}
      </ul>
      ${this.failed ? html`<span class="export-status" role="alert">${t(lang, 'export.failed')}</span>` : nothing}
    </div>`;
  }
}

/** Styles of the export menu; include them in the element's `styles`. */
export const exportMenuStyles = css`
  .export {
    position: relative;
    display: inline-block;
  }
  .export-button {
    font: inherit;
    font-size: 0.9em;
    color: var(--bildung-link-color, #0b57a4);
    background: var(--bildung-button-background, transparent);
    border: 1px solid currentColor;
    border-radius: 4px;
    padding: 0.2em 0.6em;
    cursor: pointer;
    line-height: 1.4;
  }
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
  .export-status {
    margin-inline-start: 0.5em;
    font-size: 0.85em;
    color: var(--bildung-error-color, #b00020);
  }
  @media print {
    .export {
      display: none !important;
    }
  }
  @media (forced-colors: active) {
    .export-button,
    .export-menu {
      border-color: ButtonText;
    }
  }
`;
