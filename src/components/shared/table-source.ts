/**
 * Reads a widget's first light-DOM `<table>` child into a `TableModel` (text only; see
 * `src/core/table-source.ts` for the markup). Cell text is whitespace-collapsed `textContent`;
 * nothing is ever parsed as HTML.
 */
import type { TableModel } from '../../core/table-source';

const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The host's first direct `<table>` child, if any. */
export function sourceTable(host: Element): HTMLTableElement | null {
  for (const child of Array.from(host.children)) if (child instanceof HTMLTableElement) return child;
  return null;
}

/** Text model of a table: header row = first row of `<thead>`, else the table's first row. */
export function readTableModel(table: HTMLTableElement): TableModel {
  const all = Array.from(table.rows);
  const headRow = table.tHead?.rows[0] ?? all[0];
  const cells = (row: HTMLTableRowElement): HTMLTableCellElement[] => Array.from(row.cells);
  return {
    caption: text(table.caption),
    dataset: { ...table.dataset } as Record<string, string>,
    head: headRow ? cells(headRow).map((c) => text(c)) : [],
    rows: all
      // a <tfoot> holds notes or totals, not regions
      .filter(
        (row) => row !== headRow && row.parentElement !== table.tHead && row.parentElement !== table.tFoot,
      )
      .map((row) => {
        const list = cells(row);
        const key = list[0]?.dataset.key;
        return key !== undefined
          ? { key, cells: list.map((c) => text(c)) }
          : { cells: list.map((c) => text(c)) };
      }),
    foot: Array.from(table.tFoot?.rows ?? []).map((row) => ({
      dataset: { ...row.dataset } as Record<string, string>,
      text: text(row),
    })),
  };
}
