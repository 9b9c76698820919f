import { sankeyCsv } from '../../core/export/index';
import type { Lang } from '../../core/feed/types';
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
): ExportSource {
  const f = m.flow;
  return {
    lang,
    name: [f.id, f.region, f.year],
    csv: () => sankeyCsv(m, regionName, lang),
    svg: () => composeChart({ host, chart: svg }),
  };
}
