import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/feed-info/feed-info';
import { CLOPPENBURG, feedUrl, invalidFeed, NIEDERSACHSEN, sampleFeed } from './data';
import { fixture } from './fixture';
import { darkThemeDocs, frameArgTypes, storyFrame, textControls, type FrameArgs } from './frame';

/** Story args: the element's attributes/properties by property name, plus the story frame. */
interface FeedInfoArgs extends FrameArgs {
  feed?: string;
  data?: unknown;
  lang?: string;
  onBildungError?: (e: Event) => void;
}

/** Renders `<bildung-feed-info>` from args (the meta's `render`, which the story tests call too). */
const renderFeedInfo = (a: FeedInfoArgs): TemplateResult =>
  storyFrame(
    a,
    html`<bildung-feed-info
      feed=${ifDefined(a.feed)}
      .data=${a.data}
      lang=${ifDefined(a.lang)}
      @bildung-error=${a.onBildungError}
    ></bildung-feed-info>`,
  );

const meta = {
  title: 'Widgets/bildung-feed-info',
  component: 'bildung-feed-info',
  tags: ['autodocs'],
  render: renderFeedInfo,
  args: { feed: feedUrl(CLOPPENBURG) },
  argTypes: {
    ...frameArgTypes,
    ...textControls('feed'),
    data: { control: 'object' },
    lang: { control: 'inline-radio', options: ['de', 'en'] },
  },
} satisfies Meta<FeedInfoArgs>;

export default meta;
type Story = StoryObj<FeedInfoArgs>;

/** The Landkreis Cloppenburg demo feed: publisher, licence, regions per level, indicators, flows. */
export const Default: Story = {
  parameters: fixture({ selector: 'table', text: ['Landkreis Cloppenburg', 'dl-de/by-2-0'] }),
};

/** `lang="en"`. */
export const English: Story = {
  args: { lang: 'en' },
  parameters: fixture({ selector: 'table', text: 'Publisher' }),
};

/** The Niedersachsen feed: 1,440 regions (964 Gemeinden) and 97 flows. */
export const Niedersachsen: Story = {
  args: { feed: feedUrl(NIEDERSACHSEN) },
  parameters: fixture({ selector: 'table', text: ['Gemeinden: 964', 'Kreise: 45'] }),
};

/** An inline feed (`data` property) of invented values: marked as sample data. */
export const InlineSampleFeed: Story = {
  args: { feed: undefined, data: sampleFeed() },
  parameters: fixture({ selector: 'table', text: ['Beispiel: Landkreis Cloppenburg', 'Beispieldaten'] }),
};

/** Dark theme through custom properties on a wrapper. */
export const DarkTheme: Story = {
  args: { theme: 'dark' },
  parameters: {
    ...fixture({ selector: 'table', computed: ['.title', 'color', 'rgb(241, 243, 244)'] }),
    ...darkThemeDocs,
  },
};

/** The feed URL answers 404. */
export const ErrorFeedNotFound: Story = {
  args: { feed: feedUrl('gibt-es-nicht') },
  parameters: fixture({ expect: 'error', text: 'nicht gefunden' }),
};

/** A feed that fails validation: the first problems with their JSON paths, and how many more. */
export const ErrorInvalidFeed: Story = {
  args: { feed: undefined, data: invalidFeed() },
  parameters: fixture({ expect: 'error', text: ['$.meta.date', '… und 1 weiteres Problem.'] }),
};
