import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ResizeController } from '../shared/resize';
import type { Feed, Lang } from '../../core/feed/types';
import { formatYear, localize } from '../../core/format';
import { t } from '../../core/catalogues/sankey';
import {
  NAV_KEYS,
  buildModel,
  checkFlow,
  emphasis,
  estimateTextWidth,
  flowNotes,
  focusKey,
  initialFocus,
  layoutSankey,
  focusBox,
  itemSentence,
  moveFocus,
  selectDetail,
  selectFlow,
  summaryText,
  tableColumns,
  tableRows,
  type FlowCheck,
  type FlowSelection,
  type NavKey,
  type SankeyFocus,
  type SankeyLayout,
  type SankeyModel,
} from '../../core/sankey/index';
import { DataTableController, dataTableStyles } from '../shared/data-table';
import { BildungSelectEvent, type BildungErrorDetail } from '../shared/events';
import { FeedController } from '../shared/feed-controller';
import { frameStyles, renderFrame } from '../shared/frame';
import { widgetLang } from '../shared/lang';
import { TooltipController, tooltipStyles } from '../shared/tooltip';
import { sankeyStyles } from './transition-sankey.styles';
import { renderControls, renderSankeySvg } from './transition-sankey.view';
import { regionName, selectionError } from './transition-sankey.support';
import { canvasMeasure } from '../shared/measure';
import { ExportMenuController, exportMenuStyles, type ExportSource } from '../shared/export-menu';
import { renderStatic, type StaticRender } from '../shared/static';

/**
 * @summary Flows between education stages as a sankey diagram: nodes in columns by stage, ribbons
 * as wide as the number of people who went from one node to the next.
 *
 * @tag transition-sankey
 *
 * Keyboard (one Tab stop): ArrowUp/ArrowDown move between the nodes of a stage; ArrowRight from a
 * node moves onto its largest outgoing ribbon and ArrowLeft onto its largest incoming ribbon; on
 * a ribbon, ArrowUp/ArrowDown go through the other ribbons of the node it was reached from, and
 * ArrowRight/ArrowLeft go on to its target/source node; Home/End jump to the first/last item.
 * Enter or Space selects the item (`bildung-select`); Escape closes the tooltip, a second Escape
 * clears the selection. A live region announces the focused item.
 *
 * Ribbons thinner than 2 px are drawn 2 px wide (all others are exactly proportional); the
 * widget then says so in a note, and tooltip, accessible names and data table give true values.
 *
 * @fires bildung-select - The user selected a node or ribbon (click, Enter, Space) or cleared the
 *   selection (Escape; `key` null). `detail`: key, type (`node` | `link`), id, source, target,
 *   value, share (0–1), name (the sentence shown), flow, year, region.
 * @fires bildung-year-change - The user changed the year in the built-in control. `detail`: year.
 * @fires bildung-error - The feed could not be loaded or is invalid, or the flow cannot be drawn
 *   (`unknown-flow`, `unknown-region`, `unknown-year`, `no-data`, `unknown-node`, `cycle`,
 *   `negative-value`, `not-a-number`, `link-direction`). `detail`: code, message (de/en).
 *
 * @attribute timeout - Milliseconds before a feed request is given up (default 15000).
 *
 * @csspart base - The figure around everything.
 * @csspart caption - Title and subtitle.
 * @csspart chart - The body with controls, diagram and table.
 * @csspart legend - The stage headings above the columns.
 * @csspart tooltip - The tooltip.
 * @csspart table - The data table (from, to, count, share).
 * @csspart table-toggle - The button that shows the table.
 * @csspart export-button - The "Herunterladen" button of the download menu (PNG 2×, SVG, CSV).
 * @csspart export-menu - The download menu.
 * @csspart error - The error box.
 *
 * @cssprop --bildung-font - Font family (default: system UI font).
 * @cssprop --bildung-font-size - Base font size (default 16px).
 * @cssprop --bildung-text-color - Text and focused-ribbon outline colour.
 * @cssprop --bildung-muted-color - Stage headings, leader lines, notes.
 * @cssprop --bildung-background - Background.
 * @cssprop --bildung-border-color - Table rules and select borders.
 * @cssprop --bildung-focus-color - Focus ring of the focused node or ribbon.
 * @cssprop --bildung-error-color - Error border and heading.
 * @cssprop --bildung-sankey-link-opacity - Opacity of ribbons at rest (default 0.45).
 * @cssprop --bildung-sankey-node-stroke - Outline of the nodes (default #1a1a1a).
 * @cssprop --bildung-sankey-label-halo - Halo behind labels over ribbons (default #fff).
 * @cssprop --bildung-link-color - Links and the table toggle.
 * @cssprop --bildung-error-background - Background of the error box.
 * @cssprop --bildung-sample-color - The "Beispieldaten" badge.
 * @cssprop --bildung-button-background - Background of the table toggle and retry buttons.
 * @cssprop --bildung-table-max-height - Height of the opened data table before it scrolls (default 24em).
 * @cssprop --bildung-table-header-background - Header row of the data table.
 * @cssprop --bildung-tooltip-background - Tooltip background.
 * @cssprop --bildung-tooltip-color - Tooltip text.
 * @cssprop --bildung-tooltip-border-color - Tooltip border.
 * @csspart retry - The retry button in the error box.
 */
export class TransitionSankey extends LitElement {
  static override styles = [frameStyles, dataTableStyles, tooltipStyles, exportMenuStyles, sankeyStyles];

  private readonly feedState = new FeedController(this);
  private readonly table = new DataTableController(this);
  private readonly tooltip = new TooltipController(this);
  private readonly exports = new ExportMenuController(this, () => this.exportSource());
  private readonly resize = new ResizeController(this, {
    callback: (entries) => entries[0]?.contentRect.width,
    skipInitial: true,
  });
  private readonly measure = canvasMeasure(this, estimateTextWidth);
  private selection?: FlowSelection;
  private check?: FlowCheck;
  private model?: SankeyModel;
  private cachedLayout?: { key: string; layout: SankeyLayout };
  private modelVersion = 0;
  private error?: BildungErrorDetail;
  private reportedError = '';

  @state() private active: SankeyFocus | null = null;
  @state() private hovered: SankeyFocus | null = null;
  @state() private selected: SankeyFocus | null = null;
  @state() private focused = false;
  @state() private announcement = '';

  /** URL of the feed (JSON). Ignored when `data` is set. */
  @property() feed?: string;
  /** A parsed feed object; wins over `feed`. */
  @property({ attribute: false }) data?: unknown;
  /** Flow id; default: the feed's first flow. */
  @property() flow?: string;
  /** Year; default: the latest year of the flow for the region. */
  @property({ type: Number }) year?: number;
  /** Region key; default: the feed's main region that has the flow (e.g. the Kreis of a Kreis feed). */
  @property() region?: string;
  /** Language: `de` or `en`. Default: the nearest `lang` attribute in the page, else German. */
  @property({ reflect: false }) override lang = '';
  /** `count` leads labels and tooltips with numbers, `share` with percentages. */
  @property() unit: 'count' | 'share' = 'count';
  /** `feed` keeps the feed's node order in every stage (stable across years), `value` sorts by size. */
  @property({ attribute: 'node-order' }) nodeOrder: 'feed' | 'value' = 'feed';
  /** Node id whose paths are emphasised. */
  @property() highlight?: string;
  /** Shows year and region selects when the flow has several. */
  @property({ type: Boolean }) controls = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('feed') || changed.has('data')) this.feedState.set(this.feed, this.data);
    const s = this.feedState.state;
    const keys = ['feed', 'data', 'flow', 'year', 'region', 'lang', 'nodeOrder'] as const;
    if (s.status !== 'ready') {
      this.model = this.selection = this.check = this.error = undefined;
    } else if (keys.some((k) => changed.has(k)) || !this.selection) {
      this.compute(s.feed);
    }
  }

  protected override updated(): void {
    const key = this.error ? `${this.error.code}|${this.error.message.de}` : '';
    if (key && key !== this.reportedError)
      this.feedState.report(this.error!, () => key === this.reportedError);
    this.reportedError = key;
  }

  private compute(feed: Feed): void {
    const lang = widgetLang(this);
    this.selection = selectFlow(feed, { flow: this.flow, year: this.year, region: this.region });
    this.model = this.check = this.error = undefined;
    if (!this.selection.ok) {
      this.error = selectionError(feed, this.selection);
      return;
    }
    this.check = checkFlow(this.selection.flow);
    if (!this.check.ok) {
      const first = this.check.errors[0]!;
      this.error = { code: first.code, message: first.message };
      return;
    }
    const { flow, order } = this.selection;
    this.model = buildModel(flow, { lang, nodeOrder: this.nodeOrder, order });
    this.modelVersion++;
    this.active = null;
    this.selected = null;
  }

  private layout(width: number): SankeyLayout {
    const key = `${this.modelVersion}|${width}|${this.unit}`;
    if (this.cachedLayout?.key !== key) {
      this.cachedLayout = {
        key,
        layout: layoutSankey(this.model!, { width, unit: this.unit, measure: this.measure }),
      };
    }
    return this.cachedLayout.layout;
  }

  private sentence(f: SankeyFocus): string {
    return itemSentence(this.model!, f, { unit: this.unit });
  }

  private itemAt(e: Event): SankeyFocus | null {
    const el = (e.target as Element).closest?.('[data-node],[data-link]');
    if (!el) return null;
    const node = el.getAttribute('data-node');
    if (node !== null) return { type: 'node', id: node };
    return { type: 'link', index: Number(el.getAttribute('data-link')), via: 'source' };
  }

  private showTip(f: SankeyFocus, at?: { x: number; y: number }): void {
    const svgEl = this.renderRoot.querySelector('svg');
    const l = this.cachedLayout?.layout;
    if (!svgEl || !l) return;
    const r = svgEl.getBoundingClientRect();
    const box = focusBox(l, f);
    const anchor = at ?? (box && { x: r.left + box.x + box.width / 2, y: r.top + box.y + box.height / 2 });
    if (!anchor) return;
    const text = this.sentence(f);
    const cut = text.indexOf(': ');
    this.tooltip.show(
      html`<p><strong class="tt-value">${text.slice(0, cut)}</strong>${text.slice(cut)}</p>`,
      anchor,
      focusKey(f),
    );
  }

  private async moveTo(f: SankeyFocus): Promise<void> {
    this.active = f;
    this.announcement = this.sentence(f);
    await this.updateComplete;
    this.renderRoot.querySelector<SVGElement>('.item[tabindex="0"]')?.focus();
  }

  private select(f: SankeyFocus | null): void {
    const m = this.model!;
    this.selected = f;
    if (f) this.announcement = t(widgetLang(this), 'sankey.selected', { text: this.sentence(f) });
    const { id: flow, year, region } = m.flow;
    const detail = f ? selectDetail(m, f, { unit: this.unit }) : { key: null, flow, year, region };
    this.dispatchEvent(new BildungSelectEvent(detail));
  }

  private onKeydown(e: KeyboardEvent): void {
    const current = this.active ?? (this.model && initialFocus(this.model));
    if (!current || !this.model) return;
    if (NAV_KEYS.includes(e.key)) {
      e.preventDefault();
      const next = moveFocus(this.model, current, e.key as NavKey);
      if (next) void this.moveTo(next);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.select(current);
    } else if (e.key === 'Escape') {
      if (this.tooltip.handleKeydown(e)) return;
      if (this.selected) this.select(null);
    }
  }

  private onClick(e: MouseEvent): void {
    const f = this.itemAt(e);
    if (!f) return;
    this.select(f);
    void this.moveTo(f).then(() => this.showTip(f, { x: e.clientX, y: e.clientY }));
  }

  private onPointer(e: PointerEvent): void {
    const f = this.itemAt(e);
    this.hovered = f;
    if (f) this.showTip(f, { x: e.clientX, y: e.clientY });
    else if (!this.focused) this.tooltip.hide();
  }

  private onFocus(e: FocusEvent): void {
    const inside =
      e.type === 'focusin' || this.renderRoot.querySelector('svg')?.contains(e.relatedTarget as Node);
    this.focused = !!inside;
    if (inside) {
      this.active ??= this.model ? initialFocus(this.model) : null;
      if (e.type === 'focusin' && this.active) this.showTip(this.active);
    } else if (!this.hovered) this.tooltip.hide();
  }

  /** What the download menu exports (its code loads on demand): every link and the drawn diagram. */
  private exportSource(): Promise<ExportSource> | null {
    const svgEl = this.renderRoot.querySelector<SVGSVGElement>('.chart svg');
    const st = this.feedState.state;
    const m = this.model;
    if (!svgEl || !m || st.status !== 'ready') return null;
    const region = regionName(st.feed, m.flow.region);
    const lang = widgetLang(this);
    const meta = st.feed.meta;
    return import('./sankey-export').then(({ sankeyExportSource }) =>
      sankeyExportSource(this, svgEl, m, region, lang, meta),
    );
  }

  /**
   * The diagram as a static SVG document (title, source; what "SVG" in the download menu gives)
   * and its flows as a table-source `<table>`: the parts of the static fragment
   * (`bildung-widgets render`, the snippet builder). Waits for the feed.
   */
  renderStatic(): Promise<StaticRender> {
    return renderStatic(
      this,
      () => this.exportSource(),
      (): Record<string, string> =>
        this.model ? { year: String(this.model.flow.year), region: this.model.flow.region } : {},
    );
  }

  private renderDiagram(layout: SankeyLayout, name: string): TemplateResult {
    const m = this.model!;
    const live = this.hovered ?? (this.focused ? this.active : null) ?? this.selected;
    const fixed = this.highlight && m.nodeById.has(this.highlight) ? this.highlight : undefined;
    // Listeners sit on a wrapper: focus listeners on the <svg> itself would make Chromium put the
    // <svg> into the Tab order (SVG elements with focus listeners are focusable).
    return html`<div
      class="plot"
      @keydown=${this.onKeydown}
      @click=${this.onClick}
      @pointermove=${this.onPointer}
      @pointerleave=${this.onPointer}
      @focusin=${this.onFocus}
      @focusout=${this.onFocus}
    >
      ${renderSankeySvg(
        layout,
        name,
        emphasis(m, live ?? (fixed ? { type: 'node', id: fixed } : null)),
        focusKey(this.active ?? initialFocus(m)),
        focusKey(live),
        (f) => this.sentence(f),
      )}
    </div>`;
  }

  private renderChart(
    feed: Feed,
    lang: Lang,
    l: SankeyLayout | undefined,
    params: Record<string, string>,
  ): TemplateResult {
    const sel = this.selection;
    const controls = renderControls(
      lang,
      this.controls && sel?.ok ? sel : undefined,
      (k) => regionName(feed, k),
      this,
      this.model ? html`${this.table.renderToggle(lang)} ${this.exports.render(lang)}` : nothing,
    );
    if (this.error) {
      return html`${controls}
        <div class="error" role="alert" part="error">
          <p class="error-title">${t(lang, 'errorTitle')}</p>
          ${(this.check?.errors.map((e) => e.message) ?? [this.error.message]).map((m) => html`<p>${m[lang]}</p>`)}
        </div>`;
    }
    const m = this.model!;
    return html`${controls}
      <div class="chart">${l ? this.renderDiagram(l, t(lang, 'sankey.name', params)) : nothing}</div>
      <p id="summary" class="sr-only">${summaryText(m)}</p>
      <p id="keys" class="sr-only">${t(lang, 'sankey.keys')}</p>
      <div class="sr-only" role="status">${this.announcement}</div>
      ${this.tooltip.render()}
      ${this.table.render({
        lang,
        caption: t(lang, 'sankey.tableCaption', params),
        columns: tableColumns(m),
        rows: tableRows(m),
      })}`;
  }

  override render() {
    const lang = widgetLang(this);
    const state = this.feedState.state;
    const feed = state.status === 'ready' ? state.feed : undefined;
    const flow = this.selection?.ok ? this.selection.flow : undefined;
    const width = Math.floor(this.resize.value ?? this.clientWidth);
    const l = this.model && width > 0 ? this.layout(width) : undefined;
    const notes = [
      ...(flow ? flowNotes(flow, lang) : []),
      ...(this.check?.warnings.map((w) => w.message[lang]) ?? []),
      ...(l?.inflatedLinks ? [t(lang, 'sankey.minWidth')] : []),
    ];
    // the shown flow's title, region and year (caption, accessible name, table caption)
    const params = flow && {
      title: localize(flow.title, lang),
      region: regionName(feed!, flow.region),
      year: formatYear(flow.year),
    };
    return renderFrame(
      {
        lang,
        state,
        title: params ? params.title : t(lang, 'sankeyWidget'),
        subtitle: params && `${params.region}, ${params.year}`,
        source: flow ? localize(flow.source, lang) || localize(feed?.meta.attribution, lang) : undefined,
        sample: !!(flow?.sample || feed?.meta.sample),
        notes,
        onRetry: () => this.feedState.retry(),
      },
      () => this.renderChart(feed!, lang, l, params!),
    );
  }
}
