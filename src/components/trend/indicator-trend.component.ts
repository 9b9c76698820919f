import { ResizeController } from '../shared/resize';
import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Feed, Lang } from '../../core/feed/types';
import { localize } from '../../core/format';
import { t } from '../../core/catalogues/trend';
import { initialCursor, moveCursor, selection, type Cursor } from '../../core/trend/keyboard';
import {
  estimateText,
  layoutTrend,
  nearestSeries,
  nearestYear,
  type TrendLayout,
} from '../../core/trend/layout';
import {
  buildTrendModel,
  type TrendModel,
  type TrendProblem,
  type TrendResult,
  type YZero,
} from '../../core/trend/model';
import {
  announcement,
  footnoteTexts,
  problemMessage,
  readout,
  subtitle,
  summary,
  tableColumns,
  tableRows,
  trendNotes,
} from '../../core/trend/text';
import { DataTableController, dataTableStyles } from '../shared/data-table';
import { BildungSelectEvent } from '../shared/events';
import { FeedController } from '../shared/feed-controller';
import { frameStyles, renderFrame } from '../shared/frame';
import { widgetLang } from '../shared/lang';
import { TooltipController, tooltipStyles } from '../shared/tooltip';
import { trendStyles } from './indicator-trend.styles';
import { canvasMeasure } from '../shared/measure';
import { ExportMenuController, exportMenuStyles, type ExportSource } from '../shared/export-menu';
import { renderStatic, type StaticRender } from '../shared/static';
import { renderFootnotes, renderLegend, renderReadout, renderSvg } from './indicator-trend.svg';

/**
 * @summary An indicator over the years for several regions (Gemeinde, Kreis, Land …), with direct
 * line labels, gaps for missing values, hollow markers for provisional/estimated values, targets
 * (Zielwerte) and a keyboard/pointer read-out of every region's value and change to the previous year.
 *
 * @tag indicator-trend
 *
 * @fires bildung-select - The user chose a line (click, or Enter on the keyboard read-out). `detail`: key, name, level, value, year, indicator.
 * @fires bildung-error - The feed could not be loaded or is invalid, or the indicator/regions are unknown or have no data. `detail`: code (`not-found`, `invalid`, `unknown-indicator`, `unknown-region`, `no-data`, …), message (de/en), url.
 *
 * @attribute timeout - Milliseconds before a feed request is given up (default 15000).
 *
 * @csspart base - The figure around everything.
 * @csspart caption - Title and subtitle.
 * @csspart chart - The body: legend, plot, table.
 * @csspart legend - The legend shown instead of line labels on narrow charts.
 * @csspart tooltip - The read-out.
 * @csspart table - The data table.
 * @csspart table-toggle - The "show table" button.
 * @csspart export-button - The "Herunterladen" button of the download menu (PNG 2×, SVG, CSV).
 * @csspart export-menu - The download menu.
 * @csspart error - The error box.
 *
 * @cssprop --bildung-series-1 - Colour of the emphasised line (default #0072b2); `--bildung-series-2` … `-7` for the others.
 * @cssprop --bildung-font - Font family.
 * @cssprop --bildung-font-size - Base font size (default 16px).
 * @cssprop --bildung-text-color - Text, guide line, labels.
 * @cssprop --bildung-muted-color - Tick labels, notes.
 * @cssprop --bildung-grid-color - Grid lines (default #e0e0e0).
 * @cssprop --bildung-axis-color - Axis and zero line (default #767676).
 * @cssprop --bildung-halo-color - Outline behind labels (default #fff; set to your background).
 * @cssprop --bildung-marker-fill - Fill of hollow markers (default #fff).
 * @cssprop --bildung-focus-color - Focus ring and active point.
 * @cssprop --bildung-error-color - Error border and heading.
 * @cssprop --bildung-background - Background of the widget.
 * @cssprop --bildung-border-color - Rules of the data table.
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
export class IndicatorTrend extends LitElement {
  static override styles = [frameStyles, dataTableStyles, tooltipStyles, exportMenuStyles, trendStyles];
  private static counter = 0;

  private readonly uid = `indicator-trend-${++IndicatorTrend.counter}`;
  private readonly feedState = new FeedController(this);
  private readonly table = new DataTableController(this);
  private readonly tooltip = new TooltipController(this);
  private readonly exports = new ExportMenuController(this, () => this.exportSource());
  private readonly resize = new ResizeController<number | undefined>(this, {
    callback: (entries) => entries[entries.length - 1]?.contentRect.width,
  });
  private result: TrendResult | null = null;
  private resultFor: unknown[] = [];
  private reported = '';
  private layout: TrendLayout | null = null;
  private layoutFor: unknown[] = [];

  @state() private cursor: Cursor | null = null;
  @state() private readoutOpen = false;
  @state() private announce = '';

  /** URL of the feed (JSON). Ignored when `data` is set. */
  @property() feed?: string;
  /** A parsed feed object; wins over `feed`. */
  @property({ attribute: false }) data?: unknown;
  /** Id of the indicator to draw. */
  @property() indicator?: string;
  /**
   * Region keys, separated by spaces or commas (`"03453001 03453 03"`), or a list. Default: the
   * feed's focus region (e.g. the Kreis) and its parents (Land, Bund) that have values.
   */
  @property() regions?: string | string[];
  /** First year shown. */
  @property({ type: Number }) from?: number;
  /** Last year shown (targets after it are left out). */
  @property({ type: Number }) to?: number;
  /** Region drawn emphasised (thick, solid). Default: the first region. */
  @property() highlight?: string;
  /** Value axis from zero: `auto` (default: on for counts and percentages), `on` or `off`. */
  @property({ attribute: 'y-zero' }) yZero: YZero = 'auto';
  /** Hide the indicator's targets (Zielwerte), which are shown by default. */
  @property({ type: Boolean, attribute: 'no-targets' }) noTargets = false;
  /** Height of the chart in px. Default: 55 % of the width, 240–400 px. */
  @property({ type: Number }) height?: number;
  /** Language: `de` or `en`. Default: the nearest `lang` attribute in the page, else German. */
  @property() override lang = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('feed') || changed.has('data')) this.feedState.set(this.feed, this.data);
    const st = this.feedState.state;
    if (st.status !== 'ready') {
      this.result = null;
      this.resultFor = [];
      return;
    }
    const inputs = [
      st.feed,
      this.indicator,
      this.regions,
      this.from,
      this.to,
      this.highlight,
      this.yZero,
      this.noTargets,
    ];
    if (inputs.every((v, i) => v === this.resultFor[i])) return;
    this.resultFor = inputs;
    this.result = this.build(st.feed);
  }

  private build(feed: Feed): TrendResult {
    const result = buildTrendModel(feed, {
      indicator: this.indicator,
      regions: this.regions,
      from: this.from,
      to: this.to,
      highlight: this.highlight,
      targets: !this.noTargets,
      yZero: this.yZero,
    });
    if (result.ok) {
      this.reported = '';
      const c = this.cursor;
      const m = result.model;
      if (c && (c.year >= m.years.length || c.series >= m.series.length)) this.cursor = null;
    } else this.report(result.problem);
    return result;
  }

  private report(problem: TrendProblem): void {
    const message = problemMessage(problem);
    const id = `${problem.code}|${message.de}`;
    if (id === this.reported) return;
    this.reported = id;
    this.cursor = null;
    this.readoutOpen = false;
    this.feedState.report(
      { code: problem.code, message, ...(this.feed ? { url: this.feed } : {}) },
      () => id === this.reported,
    );
  }

  private get model(): TrendModel | null {
    return this.result?.ok ? this.result.model : null;
  }

  /** Moves the read-out to `cursor`, shows the tooltip, optionally announces it. */
  private show(cursor: Cursor, announce: boolean): void {
    const m = this.model;
    const layout = this.layout;
    const svgEl = this.renderRoot.querySelector('svg.svg');
    if (!m || !layout || !svgEl) return;
    const lang = widgetLang(this);
    this.cursor = cursor;
    this.readoutOpen = true;
    const r = readout(m, cursor.year, lang);
    if (announce) this.announce = announcement(r);
    const rect = svgEl.getBoundingClientRect();
    const yr = layout.years[cursor.year]!;
    const p = layout.series[cursor.series]?.points.find((pt) => pt.year === yr.year);
    const compared =
      r.previousYear === null ? '' : t(lang, 'trend.comparedTo', { year: String(r.previousYear) });
    this.tooltip.show(
      renderReadout({ year: r.year, compared }, r.rows, layout, cursor.series),
      { x: rect.left + yr.x, y: rect.top + (p?.y ?? layout.plot.top), width: 0, height: 0 },
      `${cursor.year}|${cursor.series}`,
    );
  }

  private close(): void {
    this.readoutOpen = false;
    this.tooltip.hide();
  }

  private select(cursor: Cursor): void {
    const m = this.model;
    const detail = m ? selection(m, cursor) : null;
    if (detail) this.dispatchEvent(new BildungSelectEvent(detail));
  }

  private pointerCursor(e: PointerEvent | MouseEvent): Cursor | null {
    const m = this.model;
    const layout = this.layout;
    const svgEl = this.renderRoot.querySelector('svg.svg');
    if (!m || !layout || !svgEl) return null;
    const rect = svgEl.getBoundingClientRect();
    const year = nearestYear(layout, e.clientX - rect.left);
    const series = nearestSeries(layout, m, year, e.clientY - rect.top);
    return { year, series: series < 0 ? (this.cursor?.series ?? 0) : series };
  }

  private readonly onPointerMove = (e: PointerEvent): void => {
    const c = this.pointerCursor(e);
    if (c && (c.year !== this.cursor?.year || c.series !== this.cursor?.series || !this.readoutOpen))
      this.show(c, false);
  };

  private readonly onClick = (e: MouseEvent): void => {
    const c = this.pointerCursor(e);
    if (!c) return;
    this.show(c, false);
    this.select(c);
  };

  private readonly onFocus = (): void => {
    const m = this.model;
    if (m) this.show(this.cursor ?? initialCursor(m), true);
  };

  private readonly onKeydown = (e: KeyboardEvent): void => {
    const m = this.model;
    if (!m) return;
    if (e.key === 'Escape') {
      if (!this.readoutOpen) return;
      this.tooltip.handleKeydown(e);
      this.close();
      e.preventDefault();
      return;
    }
    const cursor = this.cursor ?? initialCursor(m);
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.select(cursor);
      return;
    }
    const next = moveCursor(m, cursor, e.key);
    if (!next) return;
    e.preventDefault();
    this.show(next, true);
  };

  /** What the download menu exports (its code loads on demand): the model's values and the drawn chart. */
  private exportSource(): Promise<ExportSource> | null {
    const svgEl = this.renderRoot.querySelector<SVGSVGElement>('svg.svg');
    const m = this.model;
    const lang = widgetLang(this);
    const st = this.feedState.state;
    if (!svgEl || !m || st.status !== 'ready') return null;
    const meta = st.feed.meta;
    return import('./trend-export').then(({ trendExportSource }) =>
      trendExportSource(this, svgEl, m, lang, meta),
    );
  }

  /**
   * The chart as a static SVG document (title, legend, source; what "SVG" in the download menu
   * gives) and its values as a table-source `<table>`: the parts of the static fragment
   * (`bildung-widgets render`, the snippet builder). Waits for the feed.
   */
  renderStatic(): Promise<StaticRender> {
    return renderStatic(this, () => this.exportSource());
  }

  private renderChart(m: TrendModel, lang: Lang): TemplateResult {
    const width = this.resize.value ?? (this.getBoundingClientRect().width || 640);
    const key = [m, width, this.height, lang, getComputedStyle(this).fontFamily];
    if (!this.layout || key.some((v, i) => v !== this.layoutFor[i])) {
      this.layout = layoutTrend(m, {
        width,
        height: this.height,
        lang,
        measure: canvasMeasure(this, estimateText, true),
      });
      this.layoutFor = key;
    }
    const layout = this.layout;
    const title = localize(m.indicator.title, lang);
    const from = String(m.years[0]);
    const to = String(m.years[m.years.length - 1]);
    return html`${layout.legend ? renderLegend(layout, t(lang, 'legend')) : ''}
      <div
        class="plot"
        role="group"
        tabindex="0"
        aria-roledescription=${t(lang, 'trend.roleDescription')}
        aria-label=${t(lang, 'trendDescription', { title, from, to })}
        aria-describedby="${this.uid}-desc"
        @focus=${this.onFocus}
        @blur=${this.close}
        @keydown=${this.onKeydown}
        @pointermove=${this.onPointerMove}
        @pointerleave=${this.close}
        @click=${this.onClick}
      >
        ${renderSvg(layout, this.cursor, this.readoutOpen)}
      </div>
      <p id="${this.uid}-desc" class="sr-only">${summary(m, lang)} ${t(lang, 'trend.keyboardHint')}</p>
      <div class="sr-only live" role="status" aria-live="polite" aria-atomic="true">${this.announce}</div>
      ${this.tooltip.render()}
      <div class="controls">${this.table.renderToggle(lang)} ${this.exports.render(lang)}</div>
      ${renderFootnotes(footnoteTexts(m, lang), t(lang, 'footnotes'))}
      ${this.table.render({
        lang,
        caption: t(lang, 'trend.tableCaption', { title }),
        columns: tableColumns(m, lang),
        rows: tableRows(m, lang),
      })}`;
  }

  override render() {
    const lang = widgetLang(this);
    const st = this.feedState.state;
    const feed = st.status === 'ready' ? st.feed : undefined;
    const m = this.model;
    const ind = m?.indicator ?? feed?.indicators.find((i) => i.id === this.indicator);
    const r = this.result;
    return renderFrame(
      {
        lang,
        // a model problem shows in the frame's error box (no retry: it has no URL)
        state:
          st.status === 'ready' && r && !r.ok
            ? { status: 'error', error: { code: r.problem.code, message: problemMessage(r.problem) } }
            : st,
        title: ind ? localize(ind.title, lang) : t(lang, 'trendWidget'),
        subtitle: ind ? subtitle(ind, m, lang) : undefined,
        source: ind ? localize(ind.source, lang) : undefined,
        // not again when it repeats the source (a table source's data-source fills both)
        attribution:
          feed && localize(feed.meta.attribution, lang) !== localize(ind?.source, lang)
            ? localize(feed.meta.attribution, lang)
            : undefined,
        notes: m ? trendNotes(m, lang) : undefined,
        sample: m?.sample ?? ind?.sample ?? feed?.meta.sample,
        onRetry: () => this.feedState.retry(),
      },
      () => (m ? this.renderChart(m, lang) : html``),
    );
  }
}
