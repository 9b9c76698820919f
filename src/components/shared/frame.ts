import { css, html, nothing, type TemplateResult } from 'lit';
import type { FeedIssue, Lang } from '../../core/feed/types';
import { t } from '../../core/i18n';
import { AWAITING_ENGLISH, type FeedState } from './feed-controller';

/** What every widget shows around its chart: title, source line, notes, error and loading states. */
export interface FrameOptions {
  lang: Lang;
  state: FeedState;
  title?: string;
  subtitle?: string;
  /** "Quelle: …" text (from the feed's attribution / indicator source). */
  source?: string;
  /** Extra attribution, e.g. the geometry's "© GeoBasis-DE / BKG 2025 (Daten verändert)". */
  attribution?: TemplateResult | string;
  notes?: string[];
  /** Shows the "sample data, not official" badge. */
  sample?: boolean;
  /** Heading level for the title (default 2). */
  headingLevel?: number;
  /**
   * Called by the error box's retry button. The button is shown for errors that concern a URL
   * (`error.url`: a feed or geometry that could not be loaded), not for a bad `data` object.
   */
  onRetry?: () => void;
}

const MAX_LISTED_ISSUES = 8;

function renderIssues(issues: FeedIssue[], lang: Lang): TemplateResult | typeof nothing {
  if (!issues.length) return nothing;
  const shown = issues.slice(0, MAX_LISTED_ISSUES);
  return html`<ul class="issues">
      ${shown.map((i) => html`<li><code>${i.path}</code> ${i.message[lang]}</li>`)}
    </ul>
    ${
      issues.length > shown.length
        ? html`<p class="more">${t(lang, 'moreProblems', { count: issues.length - shown.length })}</p>`
        : nothing
    }`;
}

function renderBody(opts: FrameOptions, content: () => TemplateResult): TemplateResult {
  const { state, lang } = opts;
  switch (state.status) {
    case 'loading':
      return html`<div class="status" role="status">${t(lang, 'loading')}</div>`;
    case 'empty':
      return html`<div class="status">${t(lang, 'noFeed')}</div>`;
    case 'error':
      return html`<div class="error" role="alert" part="error">
        <p class="error-title">${t(lang, 'errorTitle')}</p>
        <p>${state.error.message[lang]}</p>
        ${renderIssues(state.error.issues ?? [], lang)}
        ${
          opts.onRetry && state.error.url
            ? html`<button type="button" class="retry" part="retry" @click=${opts.onRetry}>
                ${t(lang, 'retry')}
              </button>`
            : nothing
        }
      </div>`;
    case 'ready':
      return content();
  }
}

/**
 * The shared frame. Widgets call it from `render()` and put their chart into `content`, which is only
 * called when the feed is ready.
 */
export function renderFrame(opts: FrameOptions, content: () => TemplateResult): TemplateResult {
  // waiting for the English strings: only the loading state (title and notes might still be German)
  if (opts.state === AWAITING_ENGLISH) opts = { lang: opts.lang, state: opts.state };
  const { lang } = opts;
  const level = Math.min(6, Math.max(1, opts.headingLevel ?? 2));
  return html`<figure part="base" class="frame">
    ${
      opts.title
        ? html`<figcaption part="caption" class="caption">
            <div class="title" role="heading" aria-level=${level}>${opts.title}</div>
            ${opts.subtitle ? html`<div class="subtitle">${opts.subtitle}</div>` : nothing}
          </figcaption>`
        : nothing
    }
    <div part="chart" class="body">${renderBody(opts, content)}</div>
    ${
      opts.source || opts.attribution || opts.sample || opts.notes?.length
        ? // role="none": a widget's footer is not the page's contentinfo landmark (several widgets per page)
          html`<footer class="footer" role="none">
            ${opts.sample ? html`<p class="sample">${t(lang, 'sampleData')}</p>` : nothing}
            ${
              opts.notes?.length
                ? html`<ul class="notes">
                    ${opts.notes.map((n) => html`<li>${n}</li>`)}
                  </ul>`
                : nothing
            }
            ${opts.source ? html`<p class="source">${t(lang, 'source')}: ${opts.source}</p>` : nothing}
            ${opts.attribution ? html`<p class="attribution">${opts.attribution}</p>` : nothing}
          </footer>`
        : nothing
    }
  </figure>`;
}

/**
 * Base styles for every widget: isolated from the host page, themeable with `--bildung-*`.
 *
 * The host element is the one node that page CSS reaches, and page rules beat `:host` rules — a
 * CMS's `* { all: revert; line-height: 3 }` would make the widget `display: inline` (zero width for
 * its ResizeObserver) and hand it the page's font. So the layout and the inherited typography are
 * `!important` here (which inside a shadow tree wins over the page); pages theme through the
 * `--bildung-*` properties, which `all` does not touch, and hide a widget with `hidden`.
 */
export const frameStyles = css`
  :host {
    display: block !important;
    box-sizing: border-box !important;
    container-type: inline-size !important;
    font-family: var(--bildung-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif) !important;
    font-size: var(--bildung-font-size, 16px) !important;
    font-weight: 400 !important;
    font-style: normal !important;
    line-height: 1.4 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-indent: 0 !important;
    white-space: normal !important;
    color: var(--bildung-text-color, #1a1a1a) !important;
    background: var(--bildung-background, transparent);
    text-align: start !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .frame {
    margin: 0;
    padding: 0;
  }
  .caption {
    margin: 0 0 0.5em;
  }
  .title {
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.25;
    margin: 0;
  }
  .subtitle {
    color: var(--bildung-muted-color, #4a4a4a);
    margin-top: 0.15em;
  }
  .status {
    padding: 1.5em 1em;
    color: var(--bildung-muted-color, #4a4a4a);
  }
  .error {
    border: 2px solid var(--bildung-error-color, #b00020);
    border-radius: 4px;
    padding: 0.75em 1em;
    color: var(--bildung-text-color, #1a1a1a);
    background: var(--bildung-error-background, #fff5f5);
    overflow-wrap: anywhere;
  }
  .error-title {
    font-weight: 700;
    color: var(--bildung-error-color, #b00020);
    margin: 0 0 0.25em;
  }
  .error p {
    margin: 0.25em 0;
  }
  .retry {
    margin-top: 0.5em;
    font: inherit;
    font-size: 0.9em;
    padding: 0.3em 0.9em;
    border: 1px solid var(--bildung-error-color, #b00020);
    border-radius: 4px;
    background: #fff;
    color: var(--bildung-error-color, #b00020);
    cursor: pointer;
  }
  .retry:hover {
    background: var(--bildung-error-background, #fff5f5);
  }
  .issues {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
    font-size: 0.9em;
  }
  .issues code {
    font-size: 0.95em;
  }
  .footer {
    margin-top: 0.5em;
    font-size: 0.8em;
    color: var(--bildung-muted-color, #4a4a4a);
  }
  .footer p {
    margin: 0.15em 0;
  }
  .notes {
    margin: 0 0 0.25em;
    padding-inline-start: 1.25em;
  }
  .sample {
    display: inline-block;
    font-weight: 700;
    color: var(--bildung-sample-color, #7a4b00);
    border: 1px solid currentColor;
    border-radius: 3px;
    padding: 0 0.4em;
  }
  a {
    color: var(--bildung-link-color, #0b57a4);
  }
  :focus-visible {
    outline: 3px solid var(--bildung-focus-color, #1a5fb4);
    outline-offset: 2px;
  }
  /* Print (issue #6): colours as on screen, no controls or hover-only tooltip (the data table,
     printed after the chart, carries every value). */
  @media print {
    :host {
      print-color-adjust: exact !important;
      -webkit-print-color-adjust: exact !important;
    }
    .toolbar,
    .controls,
    .tooltip,
    .retry {
      display: none !important;
    }
  }
  @media (forced-colors: active) {
    .error {
      border-color: CanvasText;
    }
    .retry {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
  }
`;
