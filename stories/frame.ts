/**
 * The box a story renders its widget in: German (`lang="de"`, which the widget inherits), an
 * optional fixed width (e.g. 320 px, a phone) and an optional dark theme. Everything is set
 * through the CSSOM (a constructed style sheet, `style.width`), never through `style=""`
 * attributes, so stories work under the same strict Content-Security-Policy as the widgets.
 */
import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';

/** The dark theme: only documented `--bildung-*` custom properties. */
export const DARK_THEME: Readonly<Record<string, string>> = {
  '--bildung-background': '#16191d',
  '--bildung-text-color': '#f1f3f4',
  '--bildung-muted-color': '#c0c6cc',
  '--bildung-border-color': '#6b7480',
  '--bildung-focus-color': '#8ab4f8',
  '--bildung-link-color': '#8ab4f8',
  '--bildung-error-color': '#ff8a80',
  '--bildung-error-background': '#2d1b1b',
  '--bildung-sample-color': '#ffcc80',
  '--bildung-button-background': '#22272e',
  '--bildung-table-header-background': '#22272e',
  '--bildung-tooltip-background': '#22272e',
  '--bildung-tooltip-color': '#f1f3f4',
  '--bildung-tooltip-border-color': '#8a939e',
  '--bildung-map-border-color': '#16191d',
  '--bildung-map-outline-color': '#d0d4d8',
  '--bildung-map-hover-color': '#ffffff',
  '--bildung-map-selection-color': '#ffd54f',
  '--bildung-grid-color': '#343a42',
  '--bildung-axis-color': '#8a939e',
  '--bildung-halo-color': '#16191d',
  '--bildung-marker-fill': '#16191d',
  '--bildung-marker-outline': '#16191d',
  // the Okabe–Ito colours, lightened for a dark background (the defaults are darkened for white)
  '--bildung-series-1': '#56b4e9',
  '--bildung-series-2': '#ff8f4d',
  '--bildung-series-3': '#36c99e',
  '--bildung-series-4': '#e08fbf',
  '--bildung-series-5': '#f0e442',
  '--bildung-series-6': '#a8d5f2',
  '--bildung-series-7': '#ffffff',
  '--bildung-sankey-node-stroke': '#e0e0e0',
  '--bildung-sankey-label-halo': '#16191d',
  '--bildung-sankey-link-opacity': '0.6',
};

/**
 * The theme as CSS for a page: on a wrapper element and on the widgets directly inside it. The
 * shared properties (`--bildung-background`, `--bildung-text-color` …) inherit from the wrapper;
 * the per-element ones (`--bildung-map-*`, `--bildung-sankey-*`) have their defaults on the
 * element's `:host`, so they only take effect when set on the element itself.
 */
export const DARK_THEME_CSS = `.bildung-dark,\n.bildung-dark > * {\n${Object.entries(DARK_THEME)
  .map(([k, v]) => `  ${k}: ${v};`)
  .join('\n')}\n}`;

const SHEET = `
.bildung-story { box-sizing: border-box; max-width: 100%; }
.bildung-story.bildung-dark { background: #16191d; color: #f1f3f4; padding: 16px; border-radius: 6px; }
${DARK_THEME_CSS}
`;

let installed = false;
/** Adds the story frame's few rules to the document once (CSSOM, CSP-safe). */
function install(): void {
  if (installed || typeof document === 'undefined' || typeof CSSStyleSheet === 'undefined') return;
  installed = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SHEET);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

export interface FrameArgs {
  /** Width of the box in px (default: the full width). */
  width?: number;
  /** `dark` sets the dark theme's custom properties on the box and the widget (class `bildung-dark`). */
  theme?: 'light' | 'dark';
}

/** Wraps a widget for a story. */
export function storyFrame(args: FrameArgs, content: TemplateResult): TemplateResult {
  install();
  const setWidth = (el?: Element) => {
    if (el instanceof HTMLElement) el.style.width = args.width ? `${args.width}px` : '';
  };
  // lang="de": widgets take their language from the nearest `lang` attribute (Storybook's page is
  // English); the English stories set `lang="en"` on the element itself
  return html`<div
    class=${args.theme === 'dark' ? 'bildung-story bildung-dark' : 'bildung-story'}
    lang="de"
    ${ref(setWidth)}
  >
    ${content}
  </div>`;
}

/** Story parameters that show the dark theme's CSS in the docs. */
export const darkThemeDocs = {
  docs: {
    description: {
      story: `Dark theme: only documented \`--bildung-*\` custom properties, on a wrapper and on the widget inside it (per-element properties such as \`--bildung-map-border-color\` have their defaults on the element's \`:host\` and must be set on the element):\n\n\`\`\`css\n${DARK_THEME_CSS}\n\`\`\``,
    },
  },
};

/**
 * Text controls for optional string args: the manifest types them `string | undefined`, for which
 * Storybook would offer a JSON editor.
 */
export function textControls<K extends string>(...names: K[]): Record<K, { control: 'text' }> {
  return Object.fromEntries(names.map((n) => [n, { control: 'text' as const }])) as Record<
    K,
    { control: 'text' }
  >;
}

/**
 * Rows of the docs table without a control: an attribute whose property (another row, with the
 * control) has a different name, e.g. `node-order` / `nodeOrder`.
 */
export function noControls(...names: string[]): Record<string, { control: false }> {
  return Object.fromEntries(names.map((n) => [n, { control: false as const }]));
}

/** Arg types shared by every widget's stories for the frame. */
export const frameArgTypes = {
  width: {
    control: { type: 'number', min: 280, max: 1400, step: 10 },
    description: 'Story only: width of the box around the widget, in px.',
    table: { category: 'story' },
  },
  theme: {
    control: { type: 'inline-radio' },
    options: ['light', 'dark'],
    description:
      'Story only: `dark` sets the dark-theme custom properties (class `bildung-dark` on a wrapper).',
    table: { category: 'story' },
  },
} as const;
