import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { css, html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/feed/bildung-feed';
import '../src/components/map/bildung-map';
import '../src/components/sankey/transition-sankey';
import '../src/components/trend/indicator-trend';
import { CLOPPENBURG, feedUrl, invalidFeed } from './data';
import { fixture } from './fixture';
import { darkThemeDocs, frameArgTypes, storyFrame, textControls, type FrameArgs } from './frame';

/** Story args: the `<bildung-feed>`'s attributes/properties, plus the story frame. */
interface LinkedArgs extends FrameArgs {
  src?: string;
  data?: unknown;
  lang?: string;
  onBildungSelect?: (e: Event) => void;
  onBildungYearChange?: (e: Event) => void;
  onBildungError?: (e: Event) => void;
}

let layout: CSSStyleSheet | undefined;
/** The dashboard's grid, once, through the CSSOM (CSP-safe): map and trend side by side. */
function installLayout(): void {
  if (layout || typeof document === 'undefined') return;
  layout = new CSSStyleSheet();
  layout.replaceSync(css`
    bildung-feed.dashboard {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 360px), 1fr));
      gap: 24px;
    }
    bildung-feed.dashboard > transition-sankey {
      grid-column: 1 / -1;
    }
  `.cssText);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, layout];
}

/**
 * A linked dashboard for Landkreis Cloppenburg: one `<bildung-feed>` (one request) around a map,
 * a trend and a sankey (the meta's `render`, which the story tests call too).
 */
const renderLinked = (a: LinkedArgs): TemplateResult => {
  installLayout();
  return storyFrame(
    a,
    html`<bildung-feed
      class="dashboard"
      src=${ifDefined(a.src)}
      .data=${a.data}
      lang=${ifDefined(a.lang)}
      @bildung-select=${a.onBildungSelect}
      @bildung-year-change=${a.onBildungYearChange}
      @bildung-error=${a.onBildungError}
    >
      <bildung-map indicator="betreuungsquote-u3" controls lang=${ifDefined(a.lang)}></bildung-map>
      <indicator-trend indicator="betreuungsquote-u3" lang=${ifDefined(a.lang)}></indicator-trend>
      <transition-sankey flow="uebergang-jg5" controls lang=${ifDefined(a.lang)}></transition-sankey>
    </bildung-feed>`,
  );
};

const meta = {
  title: 'Dashboards/linked (bildung-feed)',
  component: 'bildung-feed',
  tags: ['autodocs'],
  render: renderLinked,
  args: { src: feedUrl(CLOPPENBURG) },
  argTypes: {
    ...frameArgTypes,
    ...textControls('src'),
    data: { control: 'object' },
    lang: { control: 'inline-radio', options: ['de', 'en'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Click a Gemeinde (or Tab into the map and press Enter): the trend shows that Gemeinde with its Kreis, the sankey its Kreis or Land. Choose a year on the map or the sankey: the other follows when it has that year. Escape on the map restores the trend and sankey.',
      },
    },
  },
} satisfies Meta<LinkedArgs>;

export default meta;
type Story = StoryObj<LinkedArgs>;

/** Map, trend and sankey on the Cloppenburg feed, loaded once and linked. */
export const Default: Story = {
  parameters: fixture({ selector: 'g.regions path', text: 'Betreuungsquote unter 3 Jahren' }),
};

/** `lang="en"` on the group and its widgets. */
export const English: Story = {
  args: { lang: 'en' },
  parameters: fixture({ selector: 'g.regions path', text: 'Childcare rate under 3' }),
};

/** The dark theme (documented `--bildung-*` custom properties). */
export const DarkTheme: Story = {
  args: { theme: 'dark' },
  parameters: { ...fixture({ selector: 'g.regions path' }), ...darkThemeDocs },
};

/** The feed URL answers 404: every widget says so; `<bildung-feed>` fires one `bildung-error`. */
export const ErrorFeedNotFound: Story = {
  args: { src: feedUrl('gibt-es-nicht') },
  parameters: fixture({ expect: 'error', text: 'nicht gefunden' }),
};

/** A feed that fails validation, given as `data`. */
export const ErrorInvalidFeed: Story = {
  args: { src: undefined, data: invalidFeed() },
  parameters: fixture({ expect: 'error', text: '$.meta.date' }),
};
