import { sankeyCsv } from '../../core/export/index';
import type { FeedMeta, Lang } from '../../core/feed/types';
import { flowTableHtml } from '../../core/static/table-html';
import type { SankeyModel } from '../../core/sankey/index';
import { composeChart } from '../shared/export-build';
import type { ExportSource } from '../shared/export-menu';

/** What `<transition-sankey>` exports: every link as CSV, the diagram (labelled nodes) as SVG/PNG. */
export function sankeyExportSource(
  host: HTMLElement,
  svg: SVGSVGElement,
  m: SankeyModel,
  regionName: string,
  lang: Lang,
  meta: FeedMeta,
): ExportSource {
  const f = m.flow;
  return {
    lang,
    name: [f.id, f.region, f.year],
    csv: () => sankeyCsv(m, regionName, lang),
    table: () => flowTableHtml(f, regionName, meta, lang, m),
    svg: () => composeChart({ host, chart: svg }),
  };
}
