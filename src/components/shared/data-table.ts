import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import {
  css,
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { Lang } from '../../core/feed/types';
import { t } from '../../core/i18n';

/** A column of the data table every chart carries. */
export interface DataColumn {
  label: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
}

/** One row: the text of each cell and a sort key per cell (`null` sorts last). */
export interface DataRow {
  key: string;
  cells: readonly string[];
  sort: readonly (number | string | null)[];
  /** The row's first cell is a row header (`<th scope="row">`); default true. */
  header?: boolean;
}

export interface DataTableOptions {
  lang: Lang;
  caption: string;
  columns: readonly DataColumn[];
  rows: readonly DataRow[];
  /** Extra notes under the table (flags, footnotes). */
  notes?: readonly string[];
}

type Host = ReactiveControllerHost & HTMLElement;

function compare(a: number | string | null, b: number | string | null, dir: 1 | -1): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1; // missing values last in both directions
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return (a - b) * dir;
  return String(a).localeCompare(String(b), 'de') * dir;
}

/**
 * The data table of a chart: always in the accessibility tree (screen readers get every value),
 * visible on request via a "Tabelle anzeigen" toggle, sortable by column when visible.
 * Hidden, it has no focusable content, so it adds no invisible Tab stops.
 */
export class DataTableController implements ReactiveController {
  open = false;
  sortColumn = -1;
  sortDir: 1 | -1 = 1;
  private static counter = 0;
  private readonly id = `bildung-table-${++DataTableController.counter}`;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {}

  toggle(open = !this.open): void {
    this.open = open;
    this.host.requestUpdate();
  }

  sortBy(column: number): void {
    if (this.sortColumn === column) this.sortDir = this.sortDir === 1 ? -1 : 1;
    else {
      this.sortColumn = column;
      this.sortDir = 1;
    }
    this.host.requestUpdate();
  }

  /** Rows in the current sort order. */
  sorted(rows: readonly DataRow[]): readonly DataRow[] {
    const col = this.sortColumn;
    if (col < 0) return rows;
    const dir = this.sortDir;
    return [...rows].sort((a, b) => compare(a.sort[col] ?? null, b.sort[col] ?? null, dir));
  }

  /** The toggle button (put it where the chart's controls are). */
  renderToggle(lang: Lang): TemplateResult {
    return html`<button
      type="button"
      class="table-toggle"
      part="table-toggle"
      aria-expanded=${this.open ? 'true' : 'false'}
      aria-controls=${this.id}
      @click=${() => this.toggle()}
    >
      ${t(lang, this.open ? 'hideTable' : 'showTable')}
    </button>`;
  }

  /** The table itself. */
  render(opts: DataTableOptions): TemplateResult {
    const { lang, columns } = opts;
    const rows = this.sorted(opts.rows);
    const header = (c: DataColumn, i: number) => {
      const sorted = this.sortColumn === i;
      const ariaSort = sorted ? (this.sortDir === 1 ? 'ascending' : 'descending') : nothing;
      const cls = c.numeric ? 'num' : '';
      if (!this.open) return html`<th scope="col" class=${cls}>${c.label}</th>`;
      return html`<th scope="col" class=${cls} aria-sort=${ariaSort}>
        <button type="button" class="sort" @click=${() => this.sortBy(i)}>
          ${c.label}<span class="sort-mark" aria-hidden="true"
            >${sorted ? (this.sortDir === 1 ? ' ▲' : ' ▼') : ' ↕'}</span
          >
        </button>
      </th>`;
    };
    return html`<div id=${this.id} class=${this.open ? 'data-table open' : 'data-table sr-only'}>
      <table part="table">
        <caption>
          ${opts.caption} ${this.open ? html`<span class="sort-hint">${t(lang, 'sortHint')}</span>` : nothing}
        </caption>
        <thead>
          <tr>
            ${columns.map(header)}
          </tr>
        </thead>
        <tbody ${tableBody(rows, columns)}></tbody>
      </table>
      ${
        opts.notes?.length
          ? html`<ul class="table-notes">
              ${opts.notes.map((n) => html`<li>${n}</li>`)}
            </ul>`
          : nothing
      }
    </div>`;
  }
}

/**
 * Fills a `<tbody>` with plain DOM (text nodes only, never HTML) instead of one Lit template per
 * row: a map of a whole Land has ~1,000 rows, and diffing them on every render would cost more
 * than the chart. The rows are rebuilt only when the row array changes.
 */
class TableBodyDirective extends Directive {
  private rows: readonly DataRow[] | null = null;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('tableBody() belongs on a <tbody> element');
  }

  render(_rows: readonly DataRow[], _columns: readonly DataColumn[]): void {}

  override update(part: ElementPart, [rows, columns]: [readonly DataRow[], readonly DataColumn[]]): void {
    if (rows === this.rows) return;
    this.rows = rows;
    const tbody = part.element;
    const doc = tbody.ownerDocument;
    const frag = doc.createDocumentFragment();
    for (const r of rows) {
      const tr = doc.createElement('tr');
      r.cells.forEach((cell, i) => {
        const header = i === 0 && r.header !== false;
        const c = doc.createElement(header ? 'th' : 'td');
        if (header) c.setAttribute('scope', 'row');
        else if (columns[i]?.numeric) c.className = 'num';
        c.textContent = cell;
        tr.append(c);
      });
      frag.append(tr);
    }
    tbody.replaceChildren(frag);
  }
}
const tableBody = directive(TableBodyDirective);

/** Styles for the table and its toggle; include them in the element's `styles`. */
export const dataTableStyles = css`
  .sr-only {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0, 0, 0, 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  /* Hidden, the table stays in the accessibility tree, but the browser may skip laying it out:
     a year switch on a map of 1,000 regions would otherwise re-layout 1,000 invisible rows. */
  .data-table.sr-only {
    content-visibility: auto;
    contain-intrinsic-size: 1px 1px;
  }
  .data-table.open {
    margin-top: 0.75em;
    max-height: var(--bildung-table-max-height, 24em);
    overflow: auto;
    border: 1px solid var(--bildung-border-color, #c8c8c8);
  }
  .data-table table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9em;
  }
  .data-table caption {
    text-align: start;
    font-weight: 600;
    padding: 0.4em 0.5em;
  }
  .sort-hint {
    display: block;
    font-weight: 400;
    font-size: 0.9em;
    color: var(--bildung-muted-color, #4a4a4a);
  }
  .data-table th,
  .data-table td {
    text-align: start;
    padding: 0.25em 0.5em;
    border-bottom: 1px solid var(--bildung-border-color, #c8c8c8);
    font-weight: 400;
  }
  .data-table thead th {
    position: sticky;
    top: 0;
    background: var(--bildung-table-header-background, #f4f4f4);
    font-weight: 600;
  }
  .data-table .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .sort {
    font: inherit;
    font-weight: 600;
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    text-align: inherit;
  }
  .sort-mark {
    color: var(--bildung-muted-color, #4a4a4a);
  }
  .table-notes {
    margin: 0.25em 0 0.5em;
    padding-inline-start: 1.75em;
    font-size: 0.85em;
    color: var(--bildung-muted-color, #4a4a4a);
  }
  .table-toggle {
    font: inherit;
    font-size: 0.9em;
    color: var(--bildung-link-color, #0b57a4);
    background: var(--bildung-button-background, transparent);
    border: 1px solid currentColor;
    border-radius: 4px;
    padding: 0.2em 0.6em;
    cursor: pointer;
  }
  /* Print (issue #6): the table is printed in full after the chart, without its controls. */
  @media print {
    .data-table.sr-only {
      position: static !important;
      width: auto !important;
      height: auto !important;
      margin: 0.75em 0 0 !important;
      overflow: visible !important;
      clip: auto !important;
      white-space: normal !important;
      content-visibility: visible;
    }
    .data-table.open {
      max-height: none;
      overflow: visible;
    }
    .data-table thead th {
      position: static;
    }
    .data-table tr {
      break-inside: avoid;
    }
    .table-toggle,
    .sort-hint,
    .sort-mark {
      display: none !important;
    }
  }
  @media (forced-colors: active) {
    .table-toggle {
      border-color: ButtonText;
    }
  }
`;
