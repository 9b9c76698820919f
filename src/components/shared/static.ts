/**
 * `renderStatic()` of the widgets (issue #9 item 2): the chart as the standalone SVG document a
 * download gives, plus the shown data as a table-source `<table>`. Used by the `render` command
 * (build-time static output) and the snippet builder's static path. Waits while the widget is
 * still loading its feed or geometry; rejects with the widget's own error message.
 */
import type { ExportSource } from './export-menu';

/** The static output of a widget. */
export interface StaticRender {
  /** The standalone SVG document (title, chart, legend, notes, source, attribution). */
  svg: string;
  width: number;
  height: number;
  /** Every shown value as HTML `<table>` markup in the table-source format. */
  table: string;
  /**
   * Attributes the live element needs to show the same from that table (e.g. a map's `focus`,
   * `level` and `year`), for the static fragment.
   */
  attributes: Record<string, string>;
}

/** What a widget's error box says, if it shows one. */
function shownError(root: ParentNode): string | null {
  const box = root.querySelector('[part~="error"], .error[role="alert"]');
  return box ? (box.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
}

/**
 * Polls `source()` until the widget has drawn its chart (at most `timeout` ms), then composes
 * the static output.
 */
export async function renderStatic(
  host: HTMLElement & { updateComplete: Promise<boolean>; renderRoot: ParentNode },
  source: () => ExportSource | Promise<ExportSource> | null,
  attributes: () => Record<string, string> = () => ({}),
  timeout = 15_000,
): Promise<StaticRender> {
  const end = Date.now() + timeout;
  for (;;) {
    await host.updateComplete;
    const src = await source();
    if (src) {
      const doc = await src.svg();
      return {
        svg: doc.svg,
        width: doc.width,
        height: doc.height,
        table: src.table(),
        attributes: attributes(),
      };
    }
    const error = shownError(host.renderRoot);
    if (error) throw new Error(error);
    if (Date.now() > end) throw new Error(`${host.localName}: nothing drawn after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
