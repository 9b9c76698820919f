import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Lang } from '../../core/feed/types';
import { t } from '../../core/i18n';
import type { SankeyFocus, SankeyLayout } from '../../core/sankey/index';
import { focusKey } from '../../core/sankey/index';
import { renderSelect, renderYearSelect } from '../shared/select';

export interface ControlsView {
  lang: Lang;
  /** Years to offer; the select is shown only for two or more. */
  years: readonly number[];
  /** Region keys to offer; the select is shown only for two or more. */
  regions: readonly string[];
  regionName: (key: string) => string;
  year?: number;
  region?: string;
  /** The element: the year select sets its `year` and fires `bildung-year-change`. */
  host: HTMLElement & { year?: number };
  onRegion: (key: string) => void;
  /** The data-table toggle (or nothing). */
  toggle: TemplateResult | typeof nothing;
}

/** Year and region selects (when there is a choice) and the table toggle. */
export function renderControls(v: ControlsView): TemplateResult {
  return html`<div class="controls">
    ${v.years.length > 1 ? renderYearSelect(t(v.lang, 'year'), v.years, v.year, v.host) : nothing}
    ${v.regions.length > 1 ? renderSelect(t(v.lang, 'region'), v.regions, v.region, v.regionName, v.onRegion) : nothing}
    ${v.toggle}
  </div>`;
}

/** What the diagram template needs; all geometry and text are computed in core. */
export interface SankeyView {
  layout: SankeyLayout;
  /** Accessible name of the diagram. */
  name: string;
  /** Emphasised links and nodes, or null when nothing is emphasised. */
  on: { links: Set<number>; nodes: Set<string> } | null;
  /** Focus key of the item that holds the Tab stop. */
  tabStop: string;
  /** Focus key of the item under the pointer or keyboard focus (drawn outlined). */
  current: string;
  sentence: (f: SankeyFocus) => string;
  host: {
    onKeydown: (e: KeyboardEvent) => void;
    onClick: (e: MouseEvent) => void;
    onPointer: (e: PointerEvent) => void;
    onFocus: (e: FocusEvent) => void;
  };
}

function cls(view: SankeyView, f: SankeyFocus, base: string, isOn: boolean): string {
  const state = view.on ? (isOn ? ' on' : ' off') : '';
  return `item ${base}${state}${focusKey(f) === view.current ? ' current' : ''}`;
}

/**
 * The SVG of a sankey: stage headings, ribbons, nodes (focusable `graphics-symbol`s; the one
 * holding the roving Tab stop has tabindex 0, all others -1) and labels with their leader lines. Labels and headings are hidden from
 * assistive technology: each node and ribbon carries its full sentence as accessible name.
 */
export function renderSankeySvg(view: SankeyView): TemplateResult {
  const { layout: l, on, host } = view;
  const tab = (f: SankeyFocus) => (focusKey(f) === view.tabStop ? 0 : -1);
  // Listeners sit on a wrapper: focus listeners on the <svg> itself would make Chromium put the
  // <svg> into the Tab order (SVG elements with focus listeners are focusable).
  return html`<div
    class="plot"
    @keydown=${host.onKeydown}
    @click=${host.onClick}
    @pointermove=${host.onPointer}
    @pointerleave=${host.onPointer}
    @focusin=${host.onFocus}
    @focusout=${host.onFocus}
  >
    <svg
      width=${l.width}
      height=${l.height}
      viewBox="0 0 ${l.width} ${l.height}"
      role="graphics-document"
      aria-label=${view.name}
      aria-describedby="summary keys"
      font-size=${l.fontSize}
    >
      <g class="stages" part="legend" aria-hidden="true">
        ${l.stages.map((s) => svg`<text x=${s.x} y=${s.y} text-anchor=${s.anchor}>${s.text}</text>`)}
      </g>
      <g class="links">
        ${l.links.map((k) => {
          const f = { type: 'link', index: k.index, via: 'source' } as const;
          return svg`<path class=${cls(view, f, 'link', !!on?.links.has(k.index))} d=${k.path} fill=${k.color}
          data-link=${k.index} role="graphics-symbol" aria-label=${view.sentence(f)} tabindex=${tab(f)}></path>`;
        })}
      </g>
      <g class="nodes">
        ${l.nodes.map((n) => {
          const f = { type: 'node', id: n.id } as const;
          return svg`<rect class=${cls(view, f, 'node', !!on?.nodes.has(n.id))} x=${n.x0} y=${n.y0}
          width=${n.x1 - n.x0} height=${n.y1 - n.y0} fill=${n.color} data-node=${n.id}
          role="graphics-symbol" aria-label=${view.sentence(f)} tabindex=${tab(f)}></rect>`;
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
    </svg>
  </div>`;
}
