import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/trend/indicator-trend';
import { CLOPPENBURG, feedUrl, invalidFeed, NIEDERSACHSEN, sampleFeed } from './data';
import { fixture } from './fixture';
import { darkThemeDocs, frameArgTypes, noControls, storyFrame, textControls, type FrameArgs } from './frame';

/** Story args: the element's attributes/properties by property name, plus the story frame. */
interface TrendArgs extends FrameArgs {
  feed?: string;
  data?: unknown;
  indicator?: string;
  regions?: string;
  from?: number;
  to?: number;
  highlight?: string;
  yZero?: 'auto' | 'on' | 'off';
  noTargets?: boolean;
  height?: number;
  lang?: string;
  onBildungSelect?: (e: Event) => void;
  onBildungError?: (e: Event) => void;
}

/** Renders `<indicator-trend>` from args (the meta's `render`, which the story tests call too). */
const renderTrend = (a: TrendArgs): TemplateResult =>
  storyFrame(
    a,
    html`<indicator-trend
      feed=${ifDefined(a.feed)}
      .data=${a.data}
      indicator=${ifDefined(a.indicator)}
      regions=${ifDefined(a.regions)}
      from=${ifDefined(a.from)}
      to=${ifDefined(a.to)}
      highlight=${ifDefined(a.highlight)}
      y-zero=${ifDefined(a.yZero)}
      ?no-targets=${a.noTargets ?? false}
      height=${ifDefined(a.height)}
      lang=${ifDefined(a.lang)}
      @bildung-select=${a.onBildungSelect}
      @bildung-error=${a.onBildungError}
    ></indicator-trend>`,
  );

const meta = {
  title: 'Widgets/indicator-trend',
  component: 'indicator-trend',
  tags: ['autodocs'],
  render: renderTrend,
  args: { feed: feedUrl(CLOPPENBURG), indicator: 'betreuungsquote-u3' },
  argTypes: {
    ...frameArgTypes,
    // attributes whose property has another name (and the control)
    ...noControls('y-zero', 'no-targets'),
    ...textControls('feed', 'indicator', 'regions', 'highlight'),
    data: { control: 'object' },
    from: { control: { type: 'number', min: 2000, max: 2030 } },
    to: { control: { type: 'number', min: 2000, max: 2030 } },
    height: { control: { type: 'number', min: 160, max: 800, step: 10 } },
    noTargets: { control: 'boolean' },
    yZero: { control: 'inline-radio', options: ['auto', 'on', 'off'] },
    lang: { control: 'inline-radio', options: ['de', 'en'] },
  },
} satisfies Meta<TrendArgs>;

export default meta;
type Story = StoryObj<TrendArgs>;

/**
 * Childcare rate under 3 for Landkreis Cloppenburg and its parents (Niedersachsen, Deutschland),
 * with the county's target for 2026.
 */
export const Default: Story = {
  parameters: fixture({ selector: 'path.line', text: ['Landkreis Cloppenburg', 'Beispieldaten'] }),
};

/** `lang="en"`. */
export const English: Story = {
  args: { lang: 'en' },
  parameters: fixture({ selector: 'path.line', text: 'Sample data' }),
};

/** `regions="03453 03453004 03453001"`: the Kreis against two of its Gemeinden, and the target line. */
export const Targets: Story = {
  args: { regions: '03453 03453004 03453001' },
  parameters: fixture({ selector: 'g.target', text: ['Barßel', 'Zielwert 2026'] }),
};

/** `no-targets`: the same without the target. */
export const NoTargets: Story = {
  args: { regions: '03453 03453004 03453001', noTargets: true },
  parameters: fixture({ selector: 'path.line' }),
};

/**
 * An inline feed with gaps: missing years are gaps (never interpolated), a withheld value has a
 * footnote, and the provisional last value is a hollow marker.
 */
export const GapsAndFlags: Story = {
  args: {
    feed: undefined,
    data: sampleFeed(),
    indicator: 'abgang-ohne-abschluss',
    regions: '03453013 03453 03',
  },
  parameters: fixture({ selector: 'path.marker.hollow', text: 'Saterland' }),
};

/** `y-zero="off"`: the axis starts near the data (here: population, a count, which starts at 0 by default). */
export const YZeroOff: Story = {
  args: { indicator: 'einwohner', regions: '03453', yZero: 'off' },
  parameters: fixture({ selector: 'path.line', text: 'Landkreis Cloppenburg' }),
};

/** `from="2017" to="2021"`: a window of years, Gemeinden of Cloppenburg (sample values). */
export const FromTo: Story = {
  args: {
    indicator: 'abgang-ohne-hsa-gemeinden',
    regions: '03453007 03453004 03453013',
    from: 2017,
    to: 2021,
  },
  parameters: fixture({ selector: 'path.line', text: ['2017', '2021', 'Friesoythe'] }),
};

/** `highlight="03453004"`: the town of Cloppenburg drawn emphasised instead of the first region. */
export const Highlight: Story = {
  args: { regions: '03453 03453004 03453001', highlight: '03453004' },
  parameters: fixture({ selector: 'g.series.emphasis[data-key="03453004"]' }),
};

/** Income per taxpayer (euros): Kreis, Land and Germany from the Niedersachsen feed. */
export const Euros: Story = {
  args: { feed: feedUrl(NIEDERSACHSEN), indicator: 'einkommen-je-steuerpflichtigen', regions: '03453 03 DG' },
  parameters: fixture({ selector: 'path.line', text: '€' }),
};

/** Dark theme through custom properties on a wrapper. */
export const DarkTheme: Story = {
  args: { theme: 'dark', regions: '03453 03453004 03453001' },
  parameters: {
    ...fixture({ selector: 'path.line', computed: ['text.halo', 'stroke', 'rgb(22, 25, 29)'] }),
    ...darkThemeDocs,
  },
};

/** 320 px wide, as on a phone: a legend replaces the line-end labels, fewer ticks. */
export const Narrow320: Story = {
  args: { width: 320, regions: '03453 03453004 03453001' },
  parameters: fixture({ selector: 'path.line' }),
};

/** An indicator id the feed does not have. */
export const ErrorUnknownIndicator: Story = {
  args: { indicator: 'gibt-es-nicht' },
  parameters: fixture({ expect: 'error', text: 'gibt-es-nicht' }),
};

/** Region keys the feed does not have. */
export const ErrorUnknownRegion: Story = {
  args: { regions: '09999' },
  parameters: fixture({ expect: 'error', text: '09999' }),
};

/** The feed URL answers 404. */
export const ErrorFeedNotFound: Story = {
  args: { feed: feedUrl('gibt-es-nicht') },
  parameters: fixture({ expect: 'error', text: 'nicht gefunden' }),
};

/** A feed that fails validation. */
export const ErrorInvalidFeed: Story = {
  args: { feed: undefined, data: invalidFeed() },
  parameters: fixture({ expect: 'error', text: '$.meta.date' }),
};
