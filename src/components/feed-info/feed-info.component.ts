import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Feed, Indicator, Lang, RegionLevel } from '../../core/feed/types';
import { formatIsoDate, formatNumber, localize, unitLabel } from '../../core/format';
import { t, type MessageKey } from '../../core/i18n';
import { FeedController } from '../shared/feed-controller';
import { frameStyles, renderFrame } from '../shared/frame';
import { widgetLang } from '../shared/lang';

const LEVELS: RegionLevel[] = ['bund', 'land', 'kreis', 'verband', 'gemeinde'];

function yearSpan(ind: Indicator): string {
  const first = ind.years[0];
  const last = ind.years[ind.years.length - 1];
  if (first === undefined || last === undefined) return '–';
  return first === last ? String(first) : `${first}–${last}`;
}

/** An indicator or flow: its title, sample badge and id make a row's first cell. */
type Entry = Pick<Indicator, 'id' | 'title' | 'sample'>;

/**
 * One table of the catalogue (indicators, flows): a scrollable region captioned `caption`, one row
 * per entry (title, sample badge and id, then the cells; the last one numeric).
 */
function catalogueTable(
  lang: Lang,
  caption: 'indicators' | 'flows',
  heads: readonly MessageKey[],
  rows: readonly [Entry, ...(string | number)[]][],
  part?: string,
): TemplateResult {
  return html`<div
    class="table-wrap"
    tabindex="0"
    role="region"
    aria-label=${`${t(lang, 'table')}: ${t(lang, caption)}`}
  >
    <table part=${part ?? nothing}>
      <caption>
        ${t(lang, caption)}
      </caption>
      <thead>
        <tr>
          ${heads.map((h) => html`<th scope="col">${t(lang, h)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          ([e, ...cells]) =>
            html`<tr>
              <td>
                ${localize(e.title, lang)}
                ${e.sample ? html`<span class="badge">${t(lang, 'sampleShort')}</span>` : nothing}
                <br /><span class="id">${e.id}</span>
              </td>
              ${cells.map((c, i) => html`<td class=${i === cells.length - 1 ? 'num' : nothing}>${c}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/**
 * @summary What a feed contains: title, publisher, licence, regions per level, indicators and flows.
 * Monitoring staff use it to check a feed before embedding charts; the demo uses it as a catalogue.
 *
 * @tag bildung-feed-info
 *
 * @fires bildung-error - The feed could not be loaded or is invalid. `detail`: code, message (de/en), url, issues.
 *
 * @attribute timeout - Milliseconds before a feed request is given up (default 15000).
 *
 * @csspart base - The figure around everything.
 * @csspart caption - Title and subtitle.
 * @csspart chart - The body (here: the catalogue).
 * @csspart error - The error box.
 * @csspart table - The indicator table.
 *
 * @cssprop --bildung-font - Font family (default: system UI font).
 * @cssprop --bildung-font-size - Base font size (default 16px).
 * @cssprop --bildung-text-color - Text colour.
 * @cssprop --bildung-muted-color - Secondary text colour.
 * @cssprop --bildung-background - Background.
 * @cssprop --bildung-border-color - Table rules.
 * @cssprop --bildung-error-color - Error border and heading.
 * @cssprop --bildung-focus-color - Focus ring.
 * @cssprop --bildung-link-color - Links and the table toggle.
 * @cssprop --bildung-error-background - Background of the error box.
 * @cssprop --bildung-sample-color - The "Beispieldaten" badge.
 * @cssprop --bildung-button-background - Background of the table toggle and retry buttons.
 * @cssprop --bildung-table-max-height - Height of the opened data table before it scrolls (default 24em).
 * @cssprop --bildung-table-header-background - Header row of the data table.
 * @csspart retry - The retry button in the error box.
 */
export class BildungFeedInfo extends LitElement {
  static override styles = [
    frameStyles,
    css`
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.2em 1em;
        margin: 0 0 1em;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .table-wrap {
        overflow-x: auto;
      }
      .table-wrap + .table-wrap {
        margin-top: 1em;
      }
      .table-wrap:focus-visible {
        outline: 3px solid var(--bildung-focus-color, #1a5fb4);
        outline-offset: 2px;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        font-size: 0.95em;
      }
      caption {
        text-align: start;
        font-weight: 600;
        padding: 0.25em 0;
      }
      th,
      td {
        text-align: start;
        padding: 0.3em 0.6em 0.3em 0;
        border-bottom: 1px solid var(--bildung-border-color, #c8c8c8);
        vertical-align: top;
      }
      td.num {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      .badge {
        display: inline-block;
        font-size: 0.8em;
        font-weight: 700;
        color: var(--bildung-sample-color, #7a4b00);
        border: 1px solid currentColor;
        border-radius: 3px;
        padding: 0 0.3em;
        margin-inline-start: 0.4em;
      }
      .id {
        font-family: ui-monospace, monospace;
        font-size: 0.9em;
        color: var(--bildung-muted-color, #4a4a4a);
      }
      .warnings {
        color: var(--bildung-muted-color, #4a4a4a);
      }
    `,
  ];

  private readonly feedState = new FeedController(this);

  /** URL of the feed (JSON). Ignored when `data` is set. */
  @property() feed?: string;

  /** A parsed feed object; wins over `feed`. */
  @property({ attribute: false }) data?: unknown;

  /** Language: `de` or `en`. Default: the nearest `lang` attribute in the page, else German. */
  @property({ reflect: false }) override lang = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('feed') || changed.has('data')) this.feedState.set(this.feed, this.data);
  }

  private renderCatalogue(feed: Feed, lang: Lang) {
    const counts = new Map<RegionLevel, number>();
    for (const r of feed.regions) counts.set(r.level, (counts.get(r.level) ?? 0) + 1);
    const regionSummary = LEVELS.filter((l) => counts.has(l))
      .map((l) => `${t(lang, `levelPlural.${l}` as const)}: ${formatNumber(counts.get(l) ?? 0, { lang })}`)
      .join(', ');
    const state = this.feedState.state;
    const warnings = state.status === 'ready' ? state.warnings.length : 0;
    return html`
      <dl>
        <dt>${t(lang, 'publisher')}</dt>
        <dd>${localize(feed.meta.publisher, lang)}</dd>
        <dt>${t(lang, 'date')}</dt>
        <dd>${formatIsoDate(feed.meta.date, lang)}</dd>
        ${
          feed.meta.territorialDate
            ? html`<dt>${t(lang, 'territorialDate')}</dt>
                <dd>${formatIsoDate(feed.meta.territorialDate, lang)}</dd>`
            : nothing
        }
        <dt>${t(lang, 'license')}</dt>
        <dd>${feed.meta.license}</dd>
        <dt>${t(lang, 'regions')}</dt>
        <dd>${regionSummary}</dd>
      </dl>
      ${catalogueTable(
        lang,
        'indicators',
        ['indicator', 'unit', 'years', 'regions'],
        feed.indicators.map((ind) => [
          ind,
          unitLabel(ind.unit, lang),
          yearSpan(ind),
          formatNumber(Object.keys(ind.values).length, { lang }),
        ]),
        'table',
      )}
      ${
        feed.flows?.length
          ? catalogueTable(
              lang,
              'flows',
              ['flow', 'year', 'region', 'links'],
              feed.flows.map((f) => [
                f,
                f.year,
                feed.regions.find((r) => r.key === f.region)?.name ?? f.region,
                formatNumber(f.links.length, { lang }),
              ]),
            )
          : nothing
      }
      ${warnings ? html`<p class="warnings">${t(lang, 'feedWarnings', { count: warnings })}</p>` : nothing}
    `;
  }

  override render() {
    const lang = widgetLang(this);
    const state = this.feedState.state;
    const feed = state.status === 'ready' ? state.feed : undefined;
    return renderFrame(
      {
        lang,
        state,
        title: feed ? localize(feed.meta.title, lang) : t(lang, 'feedInfoTitle'),
        subtitle: feed?.meta.subtitle ? localize(feed.meta.subtitle, lang) : undefined,
        source: feed ? localize(feed.meta.attribution, lang) : undefined,
        sample: feed?.meta.sample,
        onRetry: () => this.feedState.retry(),
      },
      () => this.renderCatalogue(feed!, lang),
    );
  }
}
