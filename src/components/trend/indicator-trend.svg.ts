/**
 * SVG and legend templates of `<indicator-trend>`: they only map a `TrendLayout` (computed in
 * `src/core/trend/`) to elements. Colours come from CSS classes (`c0` … `c6` →
 * `--bildung-series-N`), never from `style=""`, so the chart works under a strict CSP and can be
 * themed and forced-colours adjusted.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Cursor } from '../../core/trend/keyboard';
import type { SeriesLayout, TrendLayout } from '../../core/trend/layout';
import { LABEL_FONT } from '../../core/trend/layout';
import type { ReadoutRow } from '../../core/trend/text';
import { markerPath, markerRadius, STYLE_COUNT, type SeriesStyle } from '../../core/trend/styles';

/** CSS class of a style's colour. */
export function colorClass(style: SeriesStyle): string {
  return `c${style.index % STYLE_COUNT}`;
}

function markers(s: SeriesLayout): SVGTemplateResult[] {
  const r = markerRadius(s.style);
  return s.points
    .filter((p) => p.marker)
    .map(
      (p) =>
        svg`<path class=${p.hollow ? 'marker hollow' : 'marker'} d=${markerPath(s.style.marker, p.x, p.y, r)}></path>`,
    );
}

function seriesGroup(s: SeriesLayout): SVGTemplateResult {
  return svg`<g class="series ${colorClass(s.style)}${s.style.emphasis ? ' emphasis' : ''}" data-key=${s.key}>
    ${s.paths.map(
      (d) =>
        svg`<path class="line" d=${d} stroke-width=${s.style.width} stroke-dasharray=${s.style.dash ?? nothing}></path>`,
    )}
    ${markers(s)}
  </g>`;
}

function endLabel(s: SeriesLayout): SVGTemplateResult | typeof nothing {
  const l = s.label;
  if (!l) return nothing;
  return svg`<g class="end-label ${colorClass(s.style)}" data-key=${s.key}>
    ${l.leader ? svg`<path class="leader" d="M${l.leader.x1},${l.leader.y1}L${l.leader.x2},${l.leader.y2}"></path>` : nothing}
    <path class="marker glyph" d=${markerPath(s.style.marker, l.x + 6, l.y, 4)}></path>
    <text class="label-text halo" x=${l.x + 14} y=${l.y + LABEL_FONT * 0.35}><tspan class="name">${l.name}</tspan>${
      l.value ? svg`<tspan class="value"> ${l.value}</tspan>` : nothing
    }</text>
  </g>`;
}

function axes(layout: TrendLayout): SVGTemplateResult {
  const { plot } = layout;
  return svg`<g class="axes">
    ${layout.yTicks.map(
      (
        tk,
      ) => svg`<line class=${tk.value === 0 ? 'gridline zero' : 'gridline'} x1=${plot.left} x2=${plot.right} y1=${tk.y} y2=${tk.y}></line>
        <text class="tick-label y" x=${plot.left - 8} y=${tk.y + 4}>${tk.label}</text>`,
    )}
    <line class="baseline" x1=${plot.left} x2=${plot.right} y1=${plot.bottom} y2=${plot.bottom}></line>
    ${layout.xTicks.map(
      (tk) => svg`<line class="tick" x1=${tk.x} x2=${tk.x} y1=${plot.bottom} y2=${plot.bottom + 5}></line>
        <text class="tick-label x" x=${tk.x} y=${plot.bottom + 19}>${tk.label}</text>`,
    )}
    ${layout.unitTitle ? svg`<text class="tick-label unit" x=${plot.left - 8} y=${plot.top - 12}>${layout.unitTitle}</text>` : nothing}
  </g>`;
}

function targets(layout: TrendLayout): SVGTemplateResult {
  return svg`<g class="targets">
    ${layout.targets.map((tg) => {
      const cls = tg.series >= 0 ? colorClass(layout.series[tg.series]!.style) : 'all';
      return svg`<g class="target ${cls}">
        ${tg.band ? svg`<rect class="target-band" x=${tg.band.x} y=${tg.band.y} width=${tg.band.width} height=${tg.band.height}></rect>` : nothing}
        ${tg.line ? svg`<line class="target-line" x1=${tg.line.x1} x2=${tg.line.x2} y1=${tg.line.y} y2=${tg.line.y}></line>` : nothing}
        ${
          tg.point
            ? svg`<circle class="target-point" cx=${tg.point.x} cy=${tg.point.y} r="5.5"></circle>
              <circle class="target-dot" cx=${tg.point.x} cy=${tg.point.y} r="2"></circle>`
            : nothing
        }
        <text class="target-label halo" x=${tg.label.x} y=${tg.label.y} text-anchor=${tg.label.anchor}>${tg.label.lines.map(
          (line, i) => svg`<tspan x=${tg.label.x} dy=${i ? 14 : 0}>${line}</tspan>`,
        )}</text>
      </g>`;
    })}
  </g>`;
}

function breaks(layout: TrendLayout): SVGTemplateResult {
  return svg`<g class="breaks">
    ${layout.breaks.map(
      (
        b,
      ) => svg`<line class="break-line" x1=${b.x} x2=${b.x} y1=${layout.plot.top} y2=${layout.plot.bottom}></line>
        <text class="break-label halo" x=${b.label.x} y=${b.label.y} text-anchor=${b.label.anchor}>${b.label.text}</text>`,
    )}
  </g>`;
}

function readoutMarks(layout: TrendLayout, cursor: Cursor | null): SVGTemplateResult | typeof nothing {
  if (!cursor) return nothing;
  const yr = layout.years[cursor.year];
  if (!yr) return nothing;
  const s = layout.series[cursor.series];
  const p = s?.points.find((pt) => pt.year === yr.year);
  return svg`<g class="readout">
    <line class="guide" x1=${yr.x} x2=${yr.x} y1=${layout.plot.top} y2=${layout.plot.bottom}></line>
    ${p ? svg`<circle class="active-ring" cx=${p.x} cy=${p.y} r="8"></circle>` : nothing}
  </g>`;
}

/** The chart: axes, breaks, targets, lines (emphasised last, on top), end labels, read-out marks. */
export function renderSvg(layout: TrendLayout, cursor: Cursor | null, readoutOpen: boolean): TemplateResult {
  const order = [...layout.series].sort((a, b) => Number(a.style.emphasis) - Number(b.style.emphasis));
  return html`<svg
    class="svg"
    viewBox="0 0 ${layout.width} ${layout.height}"
    width=${layout.width}
    height=${layout.height}
    aria-hidden="true"
    focusable="false"
  >
    ${axes(layout)} ${breaks(layout)} ${targets(layout)}
    <g class="lines">${order.map(seriesGroup)}</g>
    <g class="end-labels">${layout.series.map(endLabel)}</g>
    ${readoutOpen ? readoutMarks(layout, cursor) : nothing}
  </svg>`;
}

/** A line sample with the series' dash and marker, for the legend and the read-out. */
export function swatch(style: SeriesStyle): TemplateResult {
  return html`<svg
    class="swatch ${colorClass(style)}"
    viewBox="0 0 28 12"
    width="28"
    height="12"
    aria-hidden="true"
  >
    <path
      class="line"
      d="M1,6H27"
      stroke-width=${style.width}
      stroke-dasharray=${style.dash ?? nothing}
    ></path>
    <path class="marker" d=${markerPath(style.marker, 14, 6, markerRadius(style))}></path>
  </svg>`;
}

/** The legend used instead of end labels on narrow charts. */
export function renderLegend(layout: TrendLayout, label: string): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label=${label}>
    ${layout.series.map((s) => html`<li data-key=${s.key}>${swatch(s.style)}<span>${s.name}</span></li>`)}
  </ul>`;
}

/** The read-out tooltip: the year (and the year changes refer to), then every region. */
export function renderReadout(
  head: { year: number; compared: string },
  rows: readonly ReadoutRow[],
  layout: TrendLayout,
  active: number,
): TemplateResult {
  return html`<div class="tt-grid">
    <span class="tt-title tt-head">${head.year}</span
    ><span class="tt-muted tt-compared">${head.compared}</span>
    ${rows.map((r) => {
      const style = layout.series[r.series]!.style;
      const cls = r.series === active ? 'active' : '';
      return html`${swatch(style)}<span class="tt-name ${cls}">${r.name}</span
        ><span class="tt-val ${cls}"
          >${r.text}${r.flag ? html` <span class="tt-muted">(${r.flag})</span>` : nothing}${
            r.change ? html`<span class="tt-muted tt-change">${r.change}</span>` : nothing
          }</span
        >`;
    })}
  </div>`;
}

/** The feed's footnotes, collapsed (they can be long): "Fußnoten (4)". */
export function renderFootnotes(notes: readonly string[], label: string): TemplateResult | typeof nothing {
  if (!notes.length) return nothing;
  return html`<details class="footnotes">
    <summary>${label} (${notes.length})</summary>
    <ul>
      ${notes.map((n) => html`<li>${n}</li>`)}
    </ul>
  </details>`;
}
