import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Lang } from '../../core/feed/types';
import { t } from '../../core/i18n';
import type { SankeyFocus, SankeyLayout } from '../../core/sankey/index';
import { focusKey } from '../../core/sankey/index';
import { renderSelect, renderYearSelect } from '../shared/select';

/**
 * Year and region selects (when there is a choice) and the table toggle. `sel`: the selected flow
 * with its years and regions, when the element shows controls; `host`: the element, whose `year`
 * and `region` the selects set (the year select also fires `bildung-year-change`).
 */
export function renderControls(
  lang: Lang,
  sel: { flow: { year: number; region: string }; years: number[]; regions: string[] } | undefined,
  regionName: (key: string) => string,
  host: HTMLElement & { year?: number; region?: string },
  toggle: TemplateResult | typeof nothing,
): TemplateResult {
  return html`<div class="controls">
    ${sel && sel.years.length > 1 ? renderYearSelect(t(lang, 'year'), sel.years, sel.flow.year, host) : nothing}
    ${
      sel && sel.regions.length > 1
        ? renderSelect(t(lang, 'region'), sel.regions, sel.flow.region, regionName, (k) => {
            host.year = undefined;
            host.region = k;
          })
        : nothing
    }
    ${toggle}
  </div>`;
}

/**
 * The SVG of a sankey: stage headings, ribbons, nodes (focusable `graphics-symbol`s; the one
 * holding the roving Tab stop has tabindex 0, all others -1) and labels with their leader lines.
 * Labels and headings are hidden from assistive technology: each node and ribbon carries its full
 * sentence as accessible name. All geometry and text come from core.
 * @param name - Accessible name of the diagram.
 * @param on - Emphasised links and nodes, or null when nothing is emphasised.
 * @param tabStop - Focus key of the item that holds the Tab stop.
 * @param current - Focus key of the item under the pointer or keyboard focus (drawn outlined).
 */
export function renderSankeySvg(
  l: SankeyLayout,
  name: string,
  on: { links: Set<number>; nodes: Set<string> } | null,
  tabStop: string,
  current: string,
  sentence: (f: SankeyFocus) => string,
): TemplateResult {
  const tab = (f: SankeyFocus) => (focusKey(f) === tabStop ? 0 : -1);
  const cls = (f: SankeyFocus, base: string, isOn: boolean) =>
    `item ${base}${on ? (isOn ? ' on' : ' off') : ''}${focusKey(f) === current ? ' current' : ''}`;
  return html`<svg
    width=${l.width}
    height=${l.height}
    viewBox="0 0 ${l.width} ${l.height}"
    role="graphics-document"
    aria-label=${name}
    aria-describedby="summary keys"
    font-size=${l.fontSize}
  >
    <g class="stages" part="legend" aria-hidden="true">
      ${l.stages.map((s) => svg`<text x=${s.x} y=${s.y} text-anchor=${s.anchor}>${s.text}</text>`)}
    </g>
    <g class="links">
      ${l.links.map((k) => {
        const f = { type: 'link', index: k.index, via: 'source' } as const;
        return svg`<path class=${cls(f, 'link', !!on?.links.has(k.index))} d=${k.path} fill=${k.color}
          data-link=${k.index} role="graphics-symbol" aria-label=${sentence(f)} tabindex=${tab(f)}></path>`;
      })}
    </g>
    <g class="nodes">
      ${l.nodes.map((n) => {
        const f = { type: 'node', id: n.id } as const;
        return svg`<rect class=${cls(f, 'node', !!on?.nodes.has(n.id))} x=${n.x0} y=${n.y0}
          width=${n.x1 - n.x0} height=${n.y1 - n.y0} fill=${n.color} data-node=${n.id}
          role="graphics-symbol" aria-label=${sentence(f)} tabindex=${tab(f)}></rect>`;
      })}
    </g>
    <g class="labels" aria-hidden="true">
      ${l.nodes.map((n) => {
        const p = n.placement;
        if (!p) return nothing;
        const leader = p.leader;
        return svg`<g class=${on && !on.nodes.has(n.id) ? 'dim' : ''} data-label=${n.id}>
          ${leader ? svg`<line class="leader" x1=${leader[0]} y1=${leader[1]} x2=${leader[2]} y2=${leader[3]}></line>` : nothing}
          <text text-anchor=${p.anchor}>${p.lines.map(
            (ln) => svg`<tspan class=${ln.bold ? 'name' : 'value'} x=${p.x} y=${ln.y}>${ln.text}</tspan>`,
          )}</text>
        </g>`;
      })}
    </g>
  </svg>`;
}
