import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatYear } from '../../core/format';
import { t } from '../../core/i18n';
import { FeedController, type FeedState } from '../shared/feed-controller';
import { feedContext, type ProvidedFeed } from '../shared/feed-context';
import { widgetLang } from '../shared/lang';
import type { LinkChange, LinkController } from '../shared/link';

/** What the widgets inside see until the linking code is there. */
const LOADING: FeedState = { status: 'loading' };

/**
 * @summary Loads one feed and gives it to every widget inside it; links those widgets.
 *
 * @tag bildung-feed
 *
 * Widgets inside without their own `feed` or `data` use this element's feed (one request, one
 * validation; @lit/context) and show its loading and error states. The widgets are linked: a
 * region chosen in a `<bildung-map>` sets the regions of the trends (the region and its parents
 * with values, the region emphasised), the region of the sankeys (the region or its nearest parent
 * that has the flow) and the selection of other maps; Escape on the map restores them. A year
 * chosen in a widget's year control sets the year of the other maps and sankeys that have it.
 * Widgets with a `link-group` attribute are linked with their group instead. Screen readers hear
 * what the linked widgets now show. The element has no box of its own: lay its children out with
 * your CSS (e.g. `bildung-feed { display: grid }`).
 *
 * @slot - The widgets (and any other content).
 *
 * @fires bildung-error - The feed could not be loaded or is invalid (once; the widgets show the message). `detail`: code, message (de/en), url, issues.
 */
export class BildungFeed extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `;

  private readonly feedState = new FeedController(this);
  private readonly provider = new ContextProvider(this, { context: feedContext });
  /**
   * The linking of the widgets inside: its code loads when the element first connects, alongside
   * the feed (the widgets wait for both); null when it could not be loaded.
   */
  private link?: LinkController | null;
  private linking?: Promise<void>;

  @state() private announcement = '';

  /** URL of the feed (JSON) for the widgets inside. Ignored when `data` is set. */
  @property() src?: string;
  /** A parsed feed object; wins over `src`. */
  @property({ attribute: false }) data?: unknown;
  /** Language of the announcements: `de` or `en`. Default: the nearest `lang` attribute, else German. */
  @property() override lang = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.link?.attach();
    this.linking ??= this.loadLink();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.link?.detach();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('data')) this.feedState.set(this.src, this.data);
    const st = this.link === undefined ? LOADING : this.feedState.state;
    const source = this.feedState.source;
    const value: ProvidedFeed | undefined = this.provider.value;
    if (value?.state !== st || value.src !== source)
      this.provider.setValue({ src: source, state: st, retry: () => this.feedState.retry() });
  }

  /** Loads the linking code; link events that come before it are kept and handled then. */
  private async loadLink(): Promise<void> {
    const early: [Event, EventTarget | null][] = [];
    const keep = (e: Event): void => void early.push([e, e.target]);
    const types = ['bildung-select', 'bildung-year-change'];
    for (const type of types) this.addEventListener(type, keep);
    try {
      const { LinkController, feedMembers } = await import('../shared/link');
      this.link = new LinkController(
        this,
        (source) => feedMembers(this, source),
        (change) => this.announceChange(change),
      );
    } catch {
      this.link = null;
    }
    for (const type of types) this.removeEventListener(type, keep);
    if (this.isConnected) this.link?.attach();
    for (const [e, source] of early) this.link?.handleEvent(e, source);
    this.requestUpdate();
  }

  private announceChange(change: LinkChange): void {
    if (!change) return;
    const lang = widgetLang(this);
    this.announcement =
      change.kind === 'region'
        ? t(lang, 'link.region', { name: change.name })
        : t(lang, 'link.year', { year: formatYear(change.year) });
  }

  override render() {
    return html`<slot></slot>
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>`;
  }
}
