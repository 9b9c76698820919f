import { ResizeController } from '../shared/resize';
import {
  html,
  LitElement,
  nothing,
  svg,
  type PropertyValues,
  type SVGTemplateResult,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import { ClassificationError, type Ckmeans, type ClassificationMethod } from '../../core/class-breaks';
import { loadPalettes, NO_DATA_COLOR, NO_DATA_HATCH_COLOR, paletteMissing } from '../../core/colors';
import type { Feed, Lang } from '../../core/feed/types';
import { formatYear, localize } from '../../core/format';
import { t } from '../../core/catalogues/map';
import { bilingual } from '../../core/i18n';
import { areaContains, GeoLoadError, resolveTopology } from '../../core/map/geo-source';
import {
  both,
  buildMapModel,
  MapModelError,
  mapTableRows,
  matchNotes,
  regionDetails,
  regionLabel,
  type MapModel,
} from '../../core/map/model';
import { nextInDirection, readingOrder, type Direction } from '../../core/map/navigation';
import { findLayer, fitBox, isLonLat, prepareGeometry, type MapGeometry } from '../../core/map/topology';
import { DataTableController, dataTableStyles } from '../shared/data-table';
import { BildungSelectEvent, BildungYearChangeEvent, type BildungErrorDetail } from '../shared/events';
import { FeedController, type FeedState } from '../shared/feed-controller';
import { frameStyles, renderFrame } from '../shared/frame';
import { widgetLang } from '../shared/lang';
import { TooltipController, tooltipStyles, type TooltipAnchor } from '../shared/tooltip';
import { ExportMenuController, exportMenuStyles, type ExportSource } from '../shared/export-menu';
import { renderStatic, type StaticRender } from '../shared/static';
import { CanvasLayer } from './canvas-layer';
import { defaultFocus, RegionLayer } from './region-layer';
import { mapStyles } from './bildung-map.styles';

let uid = 0;

/**
 * @summary Choropleth map of Gemeinden, Samtgemeinden/Gemeindeverbände or Kreise from an indicator
 * feed, keyed by official AGS codes: classes, legend, tooltip, year control, keyboard navigation
 * and a data table.
 *
 * @tag bildung-map
 *
 * @fires bildung-select - The user selected a region (click, Enter) or cleared it (Escape). `detail`: key, name, level, value, year, indicator.
 * @fires bildung-year-change - The user changed the year in the built-in control. `detail`: year.
 * @fires bildung-error - Feed or geometry could not be used, or regions do not match. `detail`: code, message (de/en), url, issues, keys.
 *
 * @attribute timeout - Milliseconds before a feed request is given up (default 15000).
 *
 * @csspart base - The figure around everything.
 * @csspart caption - Title and subtitle.
 * @csspart chart - The map area with controls and legend.
 * @csspart controls - The toolbar with the year control and the table toggle.
 * @csspart legend - The legend list.
 * @csspart tooltip - The tooltip.
 * @csspart table - The data table.
 * @csspart table-toggle - The button that shows the data table.
 * @csspart export-button - The "Herunterladen" button of the download menu (PNG 2×, SVG, CSV).
 * @csspart export-menu - The download menu.
 * @csspart error - The error box.
 *
 * @cssprop --bildung-font - Font family.
 * @cssprop --bildung-text-color - Text colour.
 * @cssprop --bildung-muted-color - Secondary text (legend counts, source).
 * @cssprop --bildung-background - Background.
 * @cssprop --bildung-focus-color - Focus ring around the focused region.
 * @cssprop --bildung-map-border-color - Borders between regions (default white).
 * @cssprop --bildung-map-outline-color - Outline of the whole area (default #4d4d4d).
 * @cssprop --bildung-map-selection-color - Outline of the selected region.
 * @cssprop --bildung-map-hover-color - Outline of the region under the pointer.
 * @cssprop --bildung-tooltip-background - Tooltip background.
 * @cssprop --bildung-tooltip-color - Tooltip text.
 * @cssprop --bildung-font-size - Base font size (default 16px).
 * @cssprop --bildung-border-color - Rules of the data table.
 * @cssprop --bildung-link-color - Links and the table toggle.
 * @cssprop --bildung-error-color - Border and heading of the error box.
 * @cssprop --bildung-error-background - Background of the error box.
 * @cssprop --bildung-sample-color - The "Beispieldaten" badge.
 * @cssprop --bildung-button-background - Background of the table toggle and retry buttons.
 * @cssprop --bildung-table-max-height - Height of the opened data table before it scrolls (default 24em).
 * @cssprop --bildung-table-header-background - Header row of the data table.
 * @cssprop --bildung-tooltip-border-color - Tooltip border.
 * @csspart retry - The retry button in the error box.
 */
export class BildungMap extends LitElement {
  static override styles = [frameStyles, dataTableStyles, tooltipStyles, exportMenuStyles, mapStyles];

  private readonly feedState = new FeedController(this);
  private readonly table = new DataTableController(this);
  private readonly tooltip = new TooltipController(this);
  private readonly exports = new ExportMenuController(this, () => this.exportSource());
  private readonly size = new ResizeController<number>(this, {
    callback: (entries) => Math.floor(entries[0]?.contentRect.width ?? this.clientWidth),
  });
  private readonly layer = new RegionLayer();
  private readonly canvasLayer = new CanvasLayer();
  private tableWanted = false;
  /** The geometry's keys, one array per geometry so the model's per-feed cache hits. */
  private keys: string[] = [];
  private tableRowsFor: MapModel | null = null;
  private readonly uid = `bildung-map-${++uid}`;
  private geoKey = '';
  private lastErrorKey = '';

  @state() private geometry: MapGeometry | null = null;
  @state() private geoError: BildungErrorDetail | null = null;
  @state() private model: MapModel | null = null;
  @state() private modelError: BildungErrorDetail | null = null;
  @state() private active = -1;
  @state() private hover = -1;
  @state() private focused = false;
  @state() private legendHighlight: number | 'no-data' | 'secret' | null = null;
  @state() private legendPinned = false;
  @state() private tableRows: ReturnType<typeof mapTableRows> = [];
  /** Natural breaks (simple-statistics), loaded the first time `classification` is `jenks`. */
  @state() private ckmeans: Ckmeans | null = null;

  /** URL of the feed (JSON). Ignored when `data` is set. */
  @property() feed?: string;
  /** A parsed feed object; wins over `feed`. */
  @property({ attribute: false }) data?: unknown;
  /** Indicator id. Default: the first indicator with values for the map's regions. */
  @property() indicator?: string;
  /** Year to show. Default: the latest year with values. */
  @property({ type: Number }) year?: number;
  /** URL of a TopoJSON file or of a geometry `index.json`. Default: `../geo/index.json` next to the feed. */
  @property() geo?: string;
  /**
   * Layer to draw: `gemeinde` (default), `verband`, `kreis`, `land`, or the name of an object in your own
   * TopoJSON (common names such as `gemeinden`, `kreise` or BKG's `vg250_gem` are found too).
   */
  @property() level = 'gemeinde';
  /**
   * Key of the Kreis or Land to show (attribute `focus`). Default: the feed's main region. The
   * property is `focusArea` because `focus` is the element's `focus()` method.
   */
  @property({ attribute: 'focus' }) focusArea?: string;
  /** `quantile` (default), `equal`, `jenks` or `manual` (with `breaks`). */
  @property() classification: ClassificationMethod = 'quantile';
  /** Number of classes (default 5). */
  @property({ type: Number }) classes = 5;
  /** Manual class breaks, comma or space separated, e.g. `5, 7.5, 10`. */
  @property() breaks?: string;
  /** Colour scheme id (sequential, or diverging when the indicator has a reference value). */
  @property() scheme?: string;
  /** Key of the selected region. */
  @property({ reflect: true }) selected?: string;
  /** Shows a year selector when the indicator has several years. */
  @property({ type: Boolean }) controls = false;
  /**
   * `svg` (one element per region), `canvas` (fills on a canvas, for large maps) or `auto`
   * (default: canvas above 300 regions). Keyboard, tooltip and table work the same.
   */
  @property() renderer: 'auto' | 'svg' | 'canvas' = 'auto';
  /** Title; default: the indicator's title. */
  @property() override title = '';
  /** Language `de` or `en`. Default: the nearest `lang` attribute in the page, else German. */
  @property() override lang = '';
  /** Notes shown under the map (one per line). */
  @property() notes?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('focusin', this.onHostFocus);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('focusin', this.onHostFocus);
  }

  private readonly onHostFocus = (): void => {
    if (this.tableWanted) return;
    this.tableWanted = true;
    this.requestUpdate();
  };

  private get canvasMode(): boolean {
    const n = this.geometry?.features.length ?? 0;
    return this.renderer === 'canvas' || (this.renderer !== 'svg' && n > 300);
  }

  private get readyFeed(): Feed | null {
    const s = this.feedState.state;
    return s.status === 'ready' ? s.feed : null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('feed') || changed.has('data')) this.feedState.set(this.feed, this.data);
    const jenks = this.classification === 'jenks';
    if (jenks && !this.ckmeans && changed.has('classification')) this.loadCkmeans();
    // a scheme other than the default ones: its colour table loads like natural breaks
    const palette = paletteMissing(this.scheme);
    if (palette && changed.has('scheme')) this.loadSchemes();
    const feed = this.readyFeed;
    if (!feed) return;
    const level = this.level || 'gemeinde';
    const focus = this.focusArea || defaultFocus(feed);
    // the feed's URL: own `feed`, or the `src` of a surrounding <bildung-feed>; none for `data`
    const geoKey = [this.geo, this.feedState.source ?? '', focus, level].join('|');
    if (geoKey !== this.geoKey) {
      this.geoKey = geoKey;
      this.loadGeometry(geoKey, focus, level);
    }
    const geom = this.geometry;
    if (!geom || (jenks && !this.ckmeans) || palette) return;
    const modelInputs = 'indicator year classification ckmeans classes breaks scheme lang geometry data feed';
    if (modelInputs.split(' ').some((k) => changed.has(k as keyof BildungMap)) || !this.model)
      this.computeModel(feed, geom);
    this.scheduleTable(); // also when the table was opened or focus entered
  }

  /** Loads the natural-breaks clusterer (alongside the feed and geometry); the model waits for it. */
  private loadCkmeans(): void {
    import('../../core/jenks').then((m) => (this.ckmeans = m.ckmeans), this.loadFailed);
  }

  /** Loads the other schemes' colour tables (alongside the feed and geometry); the model waits for them. */
  private loadSchemes(): void {
    loadPalettes().then(() => this.requestUpdate('scheme', null), this.loadFailed);
  }

  /** An on-demand chunk of the model (natural breaks, colour tables) did not load. */
  private readonly loadFailed = (): void => {
    this.modelError = { code: 'invalid-options', message: both('unexpectedError') };
    this.report(this.modelError);
  };

  private loadGeometry(geoKey: string, focus: string, level: string): void {
    this.geometry = null;
    this.geoError = null;
    this.model = null;
    resolveTopology(this.geo, this.feedState.source, document.baseURI, focus, level)
      .then(async ({ topology }) => {
        // a user's own lon/lat TopoJSON: load the projection (d3-geo) only then
        const project = isLonLat(topology)
          ? (await import('../../core/geo/projection')).germanyProjection()
          : undefined;
        return { topology, project };
      })
      .then(
        ({ topology, project }) => {
          if (geoKey !== this.geoKey) return;
          try {
            const layer = findLayer(topology, level);
            if (!layer) throw new TypeError(`no layer ${level}`);
            const geometry = prepareGeometry(topology, layer, (key) => areaContains(focus, key), project);
            if (!geometry.features.length) throw new Error('empty');
            this.keys = geometry.features.map((f) => f.key);
            this.geometry = geometry;
            // the Tab stop: the north-west region (reading order needs label points: skip for huge maps)
            this.active = geometry.features.length <= 2000 ? (readingOrder(geometry.features)[0] ?? 0) : 0;
          } catch (err) {
            const key = err instanceof TypeError ? 'map.geoInvalid' : 'map.noRegions';
            this.setGeoError({ code: 'geo-invalid', message: both(key, { level, focus }) });
          }
        },
        (err: unknown) => {
          if (geoKey !== this.geoKey) return;
          const url = err instanceof GeoLoadError ? err.url : '';
          const code = err instanceof GeoLoadError ? err.code : 'geo-failed';
          const key = !url
            ? 'map.noGeo'
            : code === 'geo-not-found'
              ? 'map.geoNotFound'
              : code === 'geo-invalid'
                ? 'map.geoInvalid'
                : 'map.geoFailed';
          this.setGeoError({ code, url, message: both(key, { url, level }) });
        },
      );
  }

  private setGeoError(detail: BildungErrorDetail): void {
    this.geoError = detail;
    this.report(detail);
  }

  private computeModel(feed: Feed, geom: MapGeometry): void {
    const keys = this.keys;
    const indicator =
      this.indicator ??
      feed.indicators.find((i) => keys.some((k) => i.values[k]))?.id ??
      feed.indicators[0]?.id ??
      '';
    try {
      const breaks = this.breaks
        ?.split(/[\s,;]+/)
        .filter(Boolean)
        .map(Number);
      this.model = buildMapModel({
        feed,
        indicator,
        year: this.year ?? null,
        keys,
        names: geom.features.map((f) => f.name),
        area: this.focusArea || defaultFocus(feed),
        classification: this.classification,
        ckmeans: this.ckmeans ?? undefined,
        classes: this.classes,
        breaks,
        scheme: this.scheme,
        lang: widgetLang(this),
      });
      this.modelError = null;
      const m = this.model;
      this.scheduleTable();
      if (m.missingInGeometry.length || m.missingInFeed.length) {
        const dates = { feed: feed.meta.territorialDate, geometry: geom.territorialDate };
        this.report({
          code: 'unmatched-regions',
          message: bilingual((lang) => matchNotes(m, dates, lang).join(' ')),
          keys: [...m.missingInGeometry, ...m.missingInFeed],
        } as BildungErrorDetail);
      }
    } catch (err) {
      this.model = null;
      const message =
        err instanceof MapModelError || err instanceof ClassificationError
          ? err.localized
          : both('unexpectedError');
      this.modelError = { code: err instanceof MapModelError ? err.code : 'invalid-options', message };
      this.report(this.modelError);
    }
  }

  /**
   * The data table follows the model. Small maps update it at once. Larger ones update it right
   * after the next paint, so a year switch repaints the map first (the hidden table of a Land's
   * 1,000 Gemeinden costs more layout than the map itself). Up to 2,000 regions it is always in
   * the page for screen readers (visually hidden until opened); larger maps (all of Germany)
   * build it when it is opened or when focus enters the widget.
   */
  private scheduleTable(): void {
    const m = this.model;
    if (!m || this.tableRowsFor === m) return;
    const build = () => {
      if (this.model !== m || this.tableRowsFor === m) return;
      this.tableRows = mapTableRows(m, widgetLang(this));
      this.tableRowsFor = m;
    };
    const n = m.regions.length;
    if (n <= 200 || this.table.open) return build();
    if (n > 2000 && !this.tableWanted) return;
    // after the next paint, so the new colours are on screen before the table is rebuilt
    requestAnimationFrame(() => setTimeout(build, 0));
  }

  /** The error box's retry button: loads the geometry or the feed again. */
  private retry(): void {
    this.lastErrorKey = '';
    if (this.geoError) {
      this.geoKey = ''; // willUpdate loads the geometry again
      this.geoError = null;
    } else this.feedState.retry();
  }

  /** Dispatches `bildung-error` once per distinct problem (not when another followed meanwhile). */
  private report(detail: BildungErrorDetail): void {
    const key = `${detail.code}|${detail.message.de}`;
    if (key === this.lastErrorKey) return;
    this.lastErrorKey = key;
    this.feedState.report(detail, () => key === this.lastErrorKey);
  }

  protected override updated(): void {
    if (!this.geometry || !this.model) return;
    if (this.canvasMode) return this.paintCanvas();
    const g = this.renderRoot.querySelector<SVGGElement>('g.regions');
    if (!g) return;
    this.layer.attach(g, this.geometry);
    this.layer.paint(this.model, `${this.uid}-hatch`, `${this.uid}-secret`);
    this.layer.setActive(
      this.active,
      regionLabel(this.model.regions[this.active]!, this.model.indicator, widgetLang(this)),
    );
  }

  private paintCanvas(): void {
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas.fills');
    const svg = this.renderRoot.querySelector<SVGSVGElement>('svg.map-svg');
    if (!canvas || !svg || !this.geometry || !this.model) return;
    const vb = svg.viewBox.baseVal;
    const css = getComputedStyle(this);
    const n = this.geometry.features.length;
    this.canvasLayer.attach(canvas, this.geometry);
    this.canvasLayer.draw(
      this.model,
      {
        viewBox: [vb.x, vb.y, vb.width, vb.height],
        width: svg.width.baseVal.value,
        height: svg.height.baseVal.value,
      },
      {
        borderColor: css.getPropertyValue('--bildung-map-border-color').trim() || '#fff',
        borderWidth: n > 2000 ? 0.25 : n > 300 ? 0.5 : 1,
        outlineColor: css.getPropertyValue('--bildung-map-outline-color').trim() || '#4d4d4d',
        highlight: this.legendHighlight,
      },
    );
  }

  // ——— interaction ———

  private indexOfEvent(e: Event): number {
    const target = e.target as Element;
    if (target.classList?.contains('proxy')) return this.active;
    if (this.canvasMode && 'clientX' in e) {
      const pe = e as MouseEvent;
      return this.canvasLayer.hitTest(pe.clientX, pe.clientY);
    }
    return this.layer.indexOf(target);
  }

  private onPointerMove(e: PointerEvent): void {
    const i = this.indexOfEvent(e);
    if (i < 0) return this.onPointerLeave();
    this.hover = i;
    this.showTooltip(i, { x: e.clientX, y: e.clientY });
  }

  private onPointerLeave(): void {
    this.hover = -1;
    if (!this.focused) this.tooltip.hide();
  }

  private onClick(e: MouseEvent): void {
    const i = this.indexOfEvent(e);
    if (i < 0) return;
    this.active = i;
    if (this.canvasMode)
      this.renderRoot.querySelector<SVGPathElement>('path.proxy')?.focus({ preventScroll: true });
    else this.layer.focus(i);
    this.select(i);
  }

  private onFocusIn(e: FocusEvent): void {
    const i = this.indexOfEvent(e);
    if (i < 0) return;
    this.focused = true;
    this.active = i;
    this.showTooltip(i, (e.target as Element).getBoundingClientRect());
  }

  private onFocusOut(): void {
    this.focused = false;
    this.tooltip.hide();
  }

  private onKeyDown(e: KeyboardEvent): void {
    const geom = this.geometry;
    if (!geom) return;
    let next = -1;
    // ArrowLeft → 'left' …
    if (e.key.startsWith('Arrow'))
      next = nextInDirection(geom.features, this.active, e.key.slice(5).toLowerCase() as Direction);
    else if (e.key === 'Home' || e.key === 'End') {
      const order = readingOrder(geom.features);
      next = (e.key === 'Home' ? order[0] : order[order.length - 1]) ?? -1;
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.select(this.active);
      return;
    } else if (e.key === 'Escape') {
      if (this.tooltip.handleKeydown(e)) return;
      if (this.selected) this.select(-1);
      return;
    }
    if (next < 0) return;
    e.preventDefault();
    this.active = next;
    if (this.canvasMode) {
      // the proxy path stays focused; its shape and name follow the active region
      void this.updateComplete.then(() => {
        const rect = this.renderRoot.querySelector('path.proxy')?.getBoundingClientRect();
        if (rect) this.showTooltip(next, rect);
      });
      return;
    }
    this.layer.setActive(
      next,
      regionLabel(this.model!.regions[next]!, this.model!.indicator, widgetLang(this)),
    );
    this.layer.focus(next);
  }

  private select(i: number): void {
    // (i = −1 clears the selection: no region, no feature)
    const r = this.model?.regions[i];
    this.selected = r?.key;
    const f = this.geometry?.features[i];
    this.dispatchEvent(
      new BildungSelectEvent(
        r && f
          ? {
              key: r.key,
              name: r.name,
              level: String(f.level),
              value: r.value,
              year: this.model!.year,
              indicator: this.model!.indicator.id,
            }
          : { key: null },
      ),
    );
  }

  private showTooltip(i: number, anchor: TooltipAnchor): void {
    const m = this.model;
    const r = m?.regions[i];
    if (!m || !r) return;
    const lang = widgetLang(this);
    const d = regionDetails(r, m, lang);
    this.tooltip.show(
      html`<p class="tt-title">${r.name}</p>
        <p class="tt-value">${d.value}</p>
        ${d.flag ? html`<p class="tt-muted">${d.flag}</p>` : nothing}
        ${d.rank ? html`<p>${d.rank}</p>` : nothing}
        ${d.parent ? html`<p class="tt-muted">${d.parent}</p>` : nothing}`,
      anchor,
      r.key,
    );
  }

  private onYearChange(e: Event): void {
    const year = Number((e.target as HTMLSelectElement).value);
    this.year = year;
    this.dispatchEvent(new BildungYearChangeEvent({ year }));
  }

  private setLegendHighlight(id: number | 'no-data' | 'secret' | null, pin?: boolean): void {
    if (pin !== undefined) this.legendPinned = pin && id !== null;
    else if (this.legendPinned) return;
    this.legendHighlight = id;
  }

  /**
   * The map as a static SVG document (title, legend, source, attribution; what "SVG" in the
   * download menu gives) and its values as a table-source `<table>`: the parts of the static
   * fragment (`bildung-widgets render`, the snippet builder). Waits for feed and geometry.
   */
  renderStatic(): Promise<StaticRender> {
    return renderStatic(
      this,
      () => this.exportSource(),
      () => {
        const feed = this.readyFeed;
        return {
          ...(this.model ? { year: String(this.model.year) } : {}),
          ...(feed ? { focus: this.focusArea || defaultFocus(feed) } : {}),
          level: this.level || 'gemeinde',
        };
      },
    );
  }

  /** What the download menu exports (its code loads on demand): the model's data and the drawn map. */
  private exportSource(): Promise<ExportSource> | null {
    const svgEl = this.renderRoot.querySelector<SVGSVGElement>('svg.map-svg');
    const m = this.model;
    const feed = this.readyFeed;
    if (!svgEl || !m || !this.geometry || !feed) return null;
    const lang = widgetLang(this);
    const input = {
      host: this,
      svg: svgEl,
      canvas: this.canvasMode ? this.renderRoot.querySelector<HTMLCanvasElement>('canvas.fills') : null,
      model: m,
      geometry: this.geometry,
      lang,
      uid: this.uid,
      legendTitle: legendTitle(m, lang),
      meta: feed.meta,
    };
    return import('./map-export').then(({ mapExportSource }) => mapExportSource(input));
  }

  // ——— rendering ———

  private renderMap(geom: MapGeometry, m: MapModel, lang: Lang): TemplateResult {
    const width = Math.max(this.size.value ?? this.clientWidth ?? 0, 200);
    const fit = fitBox(geom.bbox, width);
    const [vx, vy, vw, vh] = fit.viewBox;
    // thinner borders for dense maps, but still visible between two dark neighbours (stroke widths
    // are in px thanks to non-scaling-stroke)
    const dense = geom.features.length > 2000 ? 0.45 : geom.features.length > 300 ? 0.75 : 1;
    const [ux, uy] = geom.unit;
    // the no-data hatch and the secrecy dots: 6 px tiles whatever the scale
    const pattern = (id: string, fill: string, mark: SVGTemplateResult) =>
      svg`<pattern
        id=${`${this.uid}-${id}`}
        patternUnits="userSpaceOnUse"
        width="6"
        height="6"
        patternTransform=${`scale(${fit.kmPerPx / ux} ${fit.kmPerPx / uy}) rotate(45)`}
      >
        <rect width="6" height="6" fill=${fill}></rect>
        ${mark}
      </pattern>`;
    const canvas = this.canvasMode;
    const hl = this.legendHighlight;
    const feature = (i: number) => geom.features[i];
    const sel = this.selected ? geom.features.findIndex((f) => f.key === this.selected) : -1;
    const focus = this.focused ? this.active : -1;
    const overlay = (i: number, cls: string) =>
      i >= 0 && feature(i)
        ? svg`<path class=${cls} d=${feature(i)!.d} vector-effect="non-scaling-stroke"></path>`
        : nothing;
    const title = this.title || localize(m.indicator.title, lang);
    return html`<div
      class="map"
      role="group"
      aria-roledescription=${t(lang, 'map.roledescription')}
      aria-label=${`${title}, ${formatYear(m.year)}`}
      aria-describedby=${`${this.uid}-summary ${this.uid}-hint`}
      @focusin=${this.onFocusIn}
      @focusout=${this.onFocusOut}
      @keydown=${this.onKeyDown}
    >
      ${canvas ? html`<canvas class="fills" aria-hidden="true"></canvas>` : nothing}
      <svg
        class="map-svg"
        width=${width}
        height=${fit.height}
        viewBox=${`${vx} ${vy} ${vw} ${vh}`}
        @pointermove=${this.onPointerMove}
        @pointerleave=${this.onPointerLeave}
        @click=${this.onClick}
      >
        <defs>
          ${pattern(
            'hatch',
            NO_DATA_COLOR,
            svg`<line x1="0" y1="0" x2="0" y2="6" stroke=${NO_DATA_HATCH_COLOR} stroke-width="1.5"></line>`,
          )}
          ${pattern('secret', '#ffffff', svg`<circle cx="3" cy="3" r="1.4" fill="#1a1a1a"></circle>`)}
        </defs>
        ${
          canvas
            ? nothing
            : svg`<g class="regions" transform=${geom.pathTransform} data-hl=${hl === null ? nothing : String(hl)}></g>`
        }
        <g transform=${geom.pathTransform}>
          ${
            canvas
              ? nothing /* the canvas draws borders and outline (map-export adds them to downloads) */
              : svg`<path
                  class="inner-borders"
                  d=${geom.innerBorders}
                  stroke-width=${dense}
                  vector-effect="non-scaling-stroke"
                ></path>
                <path class="outline" d=${geom.outline} stroke-width="1.2" vector-effect="non-scaling-stroke"></path>`
          }
          ${this.hover !== sel ? overlay(this.hover, 'hover') : nothing} ${overlay(sel, 'selection')}
          ${overlay(focus, 'focus-halo')} ${overlay(focus, 'focus-ring')}
          ${
            canvas && feature(this.active)
              ? svg`<path
                class="proxy"
                d=${feature(this.active)!.d}
                tabindex="0"
                role="img"
                aria-label=${regionLabel(m.regions[this.active]!, m.indicator, lang)}
              ></path>`
              : nothing
          }
        </g>
      </svg>
      <p id=${`${this.uid}-summary`} class="sr-only">${m.summary}</p>
      <p id=${`${this.uid}-hint`} class="sr-only">${t(lang, 'map.keyboardHint')}</p>
    </div>`;
  }

  private renderLegend(m: MapModel, lang: Lang): TemplateResult {
    const swatch = (id: LegendId, color: string | null) =>
      html`<svg width="18" height="14" aria-hidden="true">
        <rect
          x="0.5"
          y="0.5"
          width="17"
          height="13"
          fill=${color ?? `url(#${this.uid}-${id === 'secret' ? 'secret' : 'hatch'})`}
          stroke="#4d4d4d"
        ></rect>
      </svg>`;
    return html`<div part="legend" class="legend-box">
      <p class="legend-title">${legendTitle(m, lang)}</p>
      <ul class="legend" @pointerleave=${() => this.setLegendHighlight(null)}>
        ${m.legend.map(
          (e) =>
            html`<li>
              <button
                type="button"
                aria-pressed=${this.legendPinned && this.legendHighlight === e.id ? 'true' : 'false'}
                @pointerenter=${() => this.setLegendHighlight(e.id)}
                @focus=${() => this.setLegendHighlight(e.id)}
                @blur=${() => this.setLegendHighlight(null)}
                @click=${() => this.setLegendHighlight(this.legendPinned && this.legendHighlight === e.id ? null : e.id, true)}
              >
                ${swatch(e.id, e.color)}<span>${e.label}</span><span class="count">(${e.count})</span>
              </button>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderContent(lang: Lang): TemplateResult {
    const geom = this.geometry;
    const m = this.model;
    if (!geom || !m) return html`<div class="status" role="status">${t(lang, 'loading')}</div>`;
    const years = m.indicator.years;
    const title = this.title || localize(m.indicator.title, lang);
    return html`<div class="toolbar" part="controls">
        ${
          this.controls && years.length > 1
            ? html`<label
                >${t(lang, 'map.yearControl')}
                <select @change=${this.onYearChange}>
                  ${years.map((y) => html`<option value=${y} ?selected=${y === m.year}>${formatYear(y)}</option>`)}
                </select></label
              >`
            : nothing
        }
        ${this.table.renderToggle(lang)} ${this.exports.render(lang)}
      </div>
      ${this.renderMap(geom, m, lang)} ${this.renderLegend(m, lang)} ${this.tooltip.render()}
      ${this.table.render({
        lang,
        caption: t(lang, 'map.tableCaption', { title, year: formatYear(m.year) }),
        columns: [
          { label: t(lang, 'region') },
          { label: t(lang, 'value'), numeric: true },
          { label: t(lang, 'map.rank'), numeric: true },
          { label: t(lang, 'map.flag') },
        ],
        rows: this.tableRows,
      })}`;
  }

  protected override render(): TemplateResult {
    const lang = widgetLang(this);
    const feed = this.readyFeed;
    const m = this.model;
    const error = this.geoError ?? this.modelError;
    const stateForFrame: FeedState = error ? { status: 'error', error } : this.feedState.state;
    const notes = [...(m?.notes ?? []), ...(this.notes ? this.notes.split('\n').filter(Boolean) : [])];
    if (m?.legend.some((e) => e.id === 'secret')) notes.push(t(lang, 'map.secretNote'));
    const geom = this.geometry;
    if (m)
      notes.push(
        ...matchNotes(m, { feed: feed?.meta.territorialDate, geometry: geom?.territorialDate }, lang),
      );
    return renderFrame(
      {
        lang,
        state: stateForFrame,
        title:
          this.title || (m ? localize(m.indicator.title, lang) : feed ? localize(feed.meta.title, lang) : ''),
        subtitle: m
          ? `${formatYear(m.year)}${feed?.meta.subtitle ? ' · ' + localize(feed.meta.subtitle, lang) : ''}`
          : undefined,
        source: m
          ? [localize(m.indicator.source, lang), feed ? localize(feed.meta.attribution, lang) : '']
              // once when both say the same (a table source's data-source fills both)
              .filter((text, i, all) => text && all.indexOf(text) === i)
              .join('; ')
          : undefined,
        attribution: geom?.attribution
          ? html`${t(lang, 'map.geometry')}:
            ${
              geom.attributionUrl && /^https?:\/\//i.test(geom.attributionUrl)
                ? html`<a href=${geom.attributionUrl} rel="noopener noreferrer">${geom.attribution}</a>`
                : geom.attribution
            }`
          : undefined,
        notes,
        sample: !!(m?.indicator.sample || feed?.meta.sample),
        onRetry: () => this.retry(),
      },
      () => this.renderContent(lang),
    );
  }
}

type LegendId = number | 'no-data' | 'secret';

/** "Legende: Quote – Niedrigere Werte sind günstiger" (the legend and the downloads). */
function legendTitle(m: MapModel, lang: Lang): string {
  return `${t(lang, 'legend')}: ${[localize(m.indicator.title, lang), m.polarityNote].filter(Boolean).join(' – ')}`;
}
