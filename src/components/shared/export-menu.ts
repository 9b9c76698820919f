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
import type { ExportPopup } from './export-popup';
import { awaitAlso } from './feed-controller';

export type Host = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };
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

/**
 * The "Herunterladen" menu of a widget's toolbar: a menu button (APG pattern: `aria-haspopup`,
 * `aria-expanded`; opening moves focus into the menu, arrows/Home/End move, Enter/Space choose,
 * Escape closes and returns to the button, Tab closes) offering PNG (2×), SVG and CSV.
 * `source()` gathers the export data only when a download is chosen. The button is drawn from the
 * first paint; the menu's items, keys, styles and downloads (`export-popup.ts`) load on the first
 * open, which the host's `updateComplete` waits for.
 */
export class ExportMenuController implements ReactiveController {
  open = false;
  failed = false;
  private static counter = 0;
  readonly id = `bildung-export-${++ExportMenuController.counter}`;
  /** The open menu's code (`export-popup.ts`): loading, and once loaded. */
  private loading?: Promise<ExportPopup>;
  private popup?: ExportPopup;
  /** The last opening or closing (the first one waits for the popup's code). */
  private pending?: Promise<void>;
  /** The host's `updateComplete` before this controller made it wait for `pending` too. */
  readonly rendered: () => Promise<boolean>;

  constructor(
    readonly host: Host,
    readonly source: () => ExportSource | Promise<ExportSource> | null,
  ) {
    host.addController(this);
    this.rendered = awaitAlso(host, () => this.pending);
  }

  hostConnected(): void {}

  /**
   * Opens or closes the menu and then focuses its first or last item or the button (`null`: the
   * focus stays). The first opening loads the menu's code (a failure shows the download error).
   */
  setOpen(open: boolean, focus: 'first' | 'last' | 'button' | null): void {
    this.loading ??= import('./export-popup').then((m) => (this.popup = new m.ExportPopup(this)));
    this.pending = this.popup
      ? this.popup.apply(open, focus)
      : this.loading.then(
          (popup) => popup.apply(open, focus),
          () => {
            this.loading = undefined;
            this.failed = true;
            this.host.requestUpdate();
          },
        );
  }

  private readonly onButtonKeydown = (e: KeyboardEvent): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      this.setOpen(true, e.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  /** The button and its menu (put it next to the table toggle). */
  render(lang: Lang): TemplateResult {
    const label = t(lang, 'export.button');
    return html`<div
      class="export"
      data-for=${this.id}
      @focusout=${(e: FocusEvent) => this.popup?.focusOut(e)}
    >
      <button
        type="button"
        class="export-button"
        part="export-button"
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${this.id}
        @click=${() => this.setOpen(!this.open, this.open ? null : 'first')}
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
        @keydown=${(e: KeyboardEvent) => this.popup?.keydown(e)}
      >
        ${this.popup?.render(lang)}
      </ul>
      ${this.failed ? html`<span class="export-status" role="alert">${t(lang, 'export.failed')}</span>` : nothing}
    </div>`;
  }
}

/** Styles of the menu button; include them in the element's `styles` (the menu brings its own). */
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
    .export-button {
      border-color: ButtonText;
    }
  }
`;
