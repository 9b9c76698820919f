import { trendCsv, type SvgLegendEntry } from '../../core/export/index';
import type { FeedMeta, Lang } from '../../core/feed/types';
import { trendTableHtml } from '../../core/static/table-html';
import { t } from '../../core/i18n';
import type { TrendModel } from '../../core/trend/model';
import { composeChart } from '../shared/export-build';
import type { ExportSource } from '../shared/export-menu';

/** Legend of the exported chart: each line's colour (as drawn, theme applied), dash and name. */
function seriesLegend(svg: SVGSVGElement, m: TrendModel): SvgLegendEntry[] {
  return m.series.map((s) => {
    const line = svg.querySelector(`g.series[data-key="${CSS.escape(s.key)}"] path.line`);
    return {
      color: line ? getComputedStyle(line).stroke : s.style.color,
      label: s.name,
      shape: 'line',
      dash: s.style.dash,
    };
  });
}

/** What `<indicator-trend>` exports: every shown value and target as CSV, the chart as SVG/PNG. */
export function trendExportSource(
  host: HTMLElement,
  svg: SVGSVGElement,
  m: TrendModel,
  lang: Lang,
  meta: FeedMeta,
): ExportSource {
  return {
    lang,
    name: [m.indicator.id, m.years[0], m.years.length > 1 ? m.years[m.years.length - 1] : null],
    csv: () => trendCsv(m, lang),
    table: () => trendTableHtml(m, meta, lang),
    // the read-out (guide line, active ring) follows the pointer: not part of the picture
    svg: () =>
      composeChart({
        host,
        chart: svg,
        legend: seriesLegend(svg, m),
        legendTitle: t(lang, 'legend'),
        drop: '.readout',
      }),
  };
}
