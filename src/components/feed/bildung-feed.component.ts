import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Lang } from '../../core/feed/types';
import { formatYear } from '../../core/format';
import { resolveLang, t } from '../../core/i18n';
import { FeedController } from '../shared/feed-controller';
import { feedContext, type ProvidedFeed } from '../shared/feed-context';
import { langOf } from '../shared/lang';
import { LinkController, feedMembers, type LinkChange } from '../shared/link';

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
  private readonly link = new LinkController(
    this,
    (source) => feedMembers(this, source),
    (change) => this.announceChange(change),
  );

  @state() private announcement = '';

  /** URL of the feed (JSON) for the widgets inside. Ignored when `data` is set. */
  @property() src?: string;
  /** A parsed feed object; wins over `src`. */
  @property({ attribute: false }) data?: unknown;
  /** Language of the announcements: `de` or `en`. Default: the nearest `lang` attribute, else German. */
  @property() override lang = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.link.attach();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.link.detach();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('data')) this.feedState.set(this.src, this.data);
    const { state: st, source } = this.feedState;
    const value: ProvidedFeed | undefined = this.provider.value;
    if (value?.state !== st || value.src !== source)
      this.provider.setValue({ src: source, state: st, retry: () => this.feedState.retry() });
  }

  private get uiLang(): Lang {
    return this.lang ? resolveLang(this.lang) : langOf(this);
  }

  private announceChange(change: LinkChange): void {
    if (!change) return;
    const lang = this.uiLang;
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
