import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/sankey/transition-sankey';
import { CLOPPENBURG, feedUrl, invalidFeed, sampleFeed } from './data';
import { fixture } from './fixture';
import { darkThemeDocs, frameArgTypes, noControls, storyFrame, textControls, type FrameArgs } from './frame';

/** Story args: the element's attributes/properties by property name, plus the story frame. */
interface SankeyArgs extends FrameArgs {
  feed?: string;
  data?: unknown;
  flow?: string;
  year?: number;
  region?: string;
  lang?: string;
  unit?: 'count' | 'share';
  nodeOrder?: 'feed' | 'value';
  highlight?: string;
  controls?: boolean;
  onBildungSelect?: (e: Event) => void;
  onBildungError?: (e: Event) => void;
}

/** Renders `<transition-sankey>` from args (the meta's `render`, which the story tests call too). */
const renderSankey = (a: SankeyArgs): TemplateResult =>
  storyFrame(
    a,
    html`<transition-sankey
      feed=${ifDefined(a.feed)}
      .data=${a.data}
      flow=${ifDefined(a.flow)}
      year=${ifDefined(a.year)}
      region=${ifDefined(a.region)}
      lang=${ifDefined(a.lang)}
      unit=${ifDefined(a.unit)}
      node-order=${ifDefined(a.nodeOrder)}
      highlight=${ifDefined(a.highlight)}
      ?controls=${a.controls ?? false}
      @bildung-select=${a.onBildungSelect}
      @bildung-error=${a.onBildungError}
    ></transition-sankey>`,
  );

const meta = {
  title: 'Widgets/transition-sankey',
  component: 'transition-sankey',
  tags: ['autodocs'],
  render: renderSankey,
  args: { feed: feedUrl(CLOPPENBURG), flow: 'schulabgaenge-abschluss' },
  argTypes: {
    ...frameArgTypes,
    // attributes whose property has another name (and the control)
    ...noControls('node-order'),
    ...textControls('feed', 'region', 'highlight'),
    data: { control: 'object' },
    year: { control: { type: 'number', min: 2000, max: 2030 } },
    controls: { control: 'boolean' },
    flow: { control: 'select', options: ['schulabgaenge-abschluss', 'klasse7-schularten', 'uebergang-jg5'] },
    unit: { control: 'inline-radio', options: ['count', 'share'] },
    nodeOrder: { control: 'inline-radio', options: ['feed', 'value'] },
    lang: { control: 'inline-radio', options: ['de', 'en'] },
  },
} satisfies Meta<SankeyArgs>;

export default meta;
type Story = StoryObj<SankeyArgs>;

/** School leavers 2023 in Landkreis Cloppenburg by qualification (official figures). */
export const Default: Story = {
  parameters: fixture({ selector: 'svg path', text: ['Hauptschulabschluss', 'Landkreis Cloppenburg, 2023'] }),
};

/** `lang="en"`. */
export const English: Story = {
  args: { lang: 'en' },
  parameters: fixture({ selector: 'svg path', text: 'School leavers by qualification' }),
};

/** `unit="share"`: labels and tooltips lead with percentages. */
export const UnitShare: Story = {
  args: { unit: 'share' },
  parameters: fixture({ selector: 'svg path', text: '%' }),
};

/** `node-order="value"`: school types in grade 7 sorted by size instead of the feed's order. */
export const NodeOrderValue: Story = {
  args: { flow: 'klasse7-schularten', nodeOrder: 'value' },
  parameters: fixture({ selector: 'svg path', text: 'Gymnasien' }),
};

/** `highlight="ohne-hsa"`: the paths through one node are emphasised. */
export const Highlight: Story = {
  args: { highlight: 'ohne-hsa' },
  parameters: fixture({ selector: 'svg path', text: 'ohne Hauptschulabschluss' }),
};

/**
 * `controls`: year and region selects. Transitions to grade 5 in Niedersachsen exist for 2015–2018
 * and 2023.
 */
export const Controls: Story = {
  args: { flow: 'uebergang-jg5', controls: true },
  parameters: fixture({ selector: 'select', text: 'Niedersachsen' }),
};

/** `year="2016"`. */
export const Year: Story = {
  args: { flow: 'uebergang-jg5', year: 2016 },
  parameters: fixture({ selector: 'svg path', text: '2016' }),
};

/**
 * An inline flow over three stages marked `balanced`, where fewer pupils leave the Oberschule than
 * entered it: the widget draws it and warns in a note instead of failing.
 */
export const ImbalanceWarning: Story = {
  args: { feed: undefined, data: sampleFeed(), flow: 'uebergaenge-beispiel' },
  parameters: fixture({ selector: 'svg path', text: ['Oberschule', 'stimmen nicht überein'] }),
};

/** Dark theme through custom properties on a wrapper. */
export const DarkTheme: Story = {
  args: { theme: 'dark', flow: 'klasse7-schularten' },
  parameters: {
    ...fixture({ selector: 'svg path', computed: ['.labels text', 'stroke', 'rgb(22, 25, 29)'] }),
    ...darkThemeDocs,
  },
};

/** 320 px wide, as on a phone: labels stay inside the box. */
export const Narrow320: Story = {
  args: { width: 320 },
  parameters: fixture({ selector: 'svg path' }),
};

/** A flow id the feed does not have. */
export const ErrorUnknownFlow: Story = {
  args: { flow: 'gibt-es-nicht' },
  parameters: fixture({ expect: 'error', text: 'gibt-es-nicht' }),
};

/** The feed URL answers 404. */
export const ErrorFeedNotFound: Story = {
  args: { feed: feedUrl('gibt-es-nicht') },
  parameters: fixture({ expect: 'error', text: 'nicht gefunden' }),
};

/** A feed that fails validation (among others: a negative link value). */
export const ErrorInvalidFeed: Story = {
  args: { feed: undefined, data: invalidFeed(), flow: 'kaputt' },
  parameters: fixture({ expect: 'error', text: '$.meta.date' }),
};
