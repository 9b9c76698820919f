import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/map/bildung-map';
import { CLOPPENBURG, feedUrl, geoUrl, invalidFeed, NIEDERSACHSEN, sampleFeed } from './data';
import { fixture } from './fixture';
import { darkThemeDocs, frameArgTypes, noControls, storyFrame, textControls, type FrameArgs } from './frame';

/** Story args: the element's attributes/properties by property name, plus the story frame. */
interface MapArgs extends FrameArgs {
  feed?: string;
  data?: unknown;
  indicator?: string;
  year?: number;
  geo?: string;
  level?: 'gemeinde' | 'verband' | 'kreis';
  focusArea?: string;
  classification?: 'quantile' | 'equal' | 'jenks' | 'manual';
  classes?: number;
  breaks?: string;
  scheme?: string;
  selected?: string;
  controls?: boolean;
  renderer?: 'auto' | 'svg' | 'canvas';
  title?: string;
  lang?: string;
  notes?: string;
  onBildungSelect?: (e: Event) => void;
  onBildungYearChange?: (e: Event) => void;
  onBildungError?: (e: Event) => void;
}

/** Renders `<bildung-map>` from args (the meta's `render`, which the story tests call too). */
const renderMap = (a: MapArgs): TemplateResult =>
  storyFrame(
    a,
    html`<bildung-map
      feed=${ifDefined(a.feed)}
      .data=${a.data}
      indicator=${ifDefined(a.indicator)}
      year=${ifDefined(a.year)}
      geo=${ifDefined(a.geo)}
      level=${ifDefined(a.level)}
      focus=${ifDefined(a.focusArea)}
      classification=${ifDefined(a.classification)}
      classes=${ifDefined(a.classes)}
      breaks=${ifDefined(a.breaks)}
      scheme=${ifDefined(a.scheme)}
      selected=${ifDefined(a.selected)}
      ?controls=${a.controls ?? false}
      renderer=${ifDefined(a.renderer)}
      title=${ifDefined(a.title)}
      lang=${ifDefined(a.lang)}
      notes=${ifDefined(a.notes)}
      @bildung-select=${a.onBildungSelect}
      @bildung-year-change=${a.onBildungYearChange}
      @bildung-error=${a.onBildungError}
    ></bildung-map>`,
  );

const meta = {
  title: 'Widgets/bildung-map',
  component: 'bildung-map',
  tags: ['autodocs'],
  render: renderMap,
  args: { feed: feedUrl(CLOPPENBURG), indicator: 'abgang-ohne-hsa-gemeinden' },
  argTypes: {
    ...frameArgTypes,
    // attributes whose property has another name (and the control)
    ...noControls('focus'),
    ...textControls('feed', 'indicator', 'geo', 'focusArea', 'breaks', 'selected', 'title', 'notes'),
    data: { control: 'object' },
    year: { control: { type: 'number', min: 2000, max: 2030 } },
    controls: { control: 'boolean' },
    level: { control: 'select', options: ['gemeinde', 'verband', 'kreis'] },
    classification: { control: 'select', options: ['quantile', 'equal', 'jenks', 'manual'] },
    classes: { control: { type: 'number', min: 2, max: 9 } },
    scheme: {
      control: 'select',
      options: [
        'ylgnbu',
        'blues',
        'greens',
        'purples',
        'oranges',
        'viridis',
        'cividis',
        'puor',
        'rdbu',
        'brbg',
      ],
    },
    renderer: { control: 'inline-radio', options: ['auto', 'svg', 'canvas'] },
    lang: { control: 'inline-radio', options: ['de', 'en'] },
  },
} satisfies Meta<MapArgs>;

export default meta;
type Story = StoryObj<MapArgs>;

/** The 13 Gemeinden of Landkreis Cloppenburg, latest year, quantile classes. */
export const Default: Story = {
  parameters: fixture({ selector: 'g.regions path', text: ['Barßel', 'Beispieldaten', 'GeoBasis-DE'] }),
};

/** `lang="en"`: title, legend, tooltip, table and notes in English; numbers stay formatted per locale. */
export const English: Story = {
  args: { lang: 'en' },
  parameters: fixture({ selector: 'g.regions path', text: ['Sample data', 'Legend'] }),
};

/** `controls`: a year selector above the map (the indicator has several years). */
export const YearControl: Story = {
  args: { controls: true },
  parameters: fixture({ selector: 'select', text: 'Jahr' }),
};

/** `year="2016"`: an earlier year instead of the latest. */
export const Year: Story = {
  args: { year: 2016 },
  parameters: fixture({ selector: 'g.regions path', text: '2016' }),
};

/** `selected="03453007"`: Friesoythe is outlined as the selected region. */
export const SelectedRegion: Story = {
  args: { selected: '03453007' },
  parameters: fixture({ selector: 'path.selection' }),
};

const kreise: MapArgs = {
  feed: feedUrl(NIEDERSACHSEN),
  indicator: 'abgang-ohne-hsa',
  level: 'kreis',
  scheme: 'blues',
};

/** The 45 Kreise of Niedersachsen (real figures, Regionaldatenbank), five quantile classes. */
export const ClassificationQuantile: Story = {
  args: { ...kreise, classification: 'quantile' },
  parameters: fixture({ selector: 'g.regions path', text: 'Emsland' }),
};

/** `classification="equal"`: classes of equal width. */
export const ClassificationEqual: Story = {
  args: { ...kreise, classification: 'equal' },
  parameters: fixture({ selector: 'g.regions path' }),
};

/** `classification="jenks"`: natural breaks (ckmeans). */
export const ClassificationJenks: Story = {
  args: { ...kreise, classification: 'jenks' },
  parameters: fixture({ selector: 'g.regions path' }),
};

/** `classification="manual" breaks="5, 7.5, 10"`: breaks chosen by the editor. */
export const ClassificationManual: Story = {
  args: { ...kreise, classification: 'manual', breaks: '5, 7.5, 10' },
  parameters: fixture({ selector: 'g.regions path', text: '7,5' }),
};

/**
 * The indicator has a reference value (Germany, 7.67 %): without a sequential `scheme` the colours
 * diverge from it (default `puor`) and the reference becomes a class break (shown rounded, 7,7 %).
 */
export const Diverging: Story = {
  args: { ...kreise, scheme: undefined },
  parameters: fixture({ selector: 'g.regions path', text: ['–7,7 %', '7,7–'] }),
};

/** `scheme="rdbu"`: another colour-blind-safe diverging scheme. */
export const DivergingRdBu: Story = {
  args: { ...kreise, scheme: 'rdbu' },
  parameters: fixture({ selector: 'g.regions path' }),
};

/**
 * All 964 Gemeinden of Niedersachsen drawn on a canvas (`renderer="canvas"`, the default
 * above 300 regions); keyboard, tooltip and table work the same.
 */
export const CanvasNiedersachsenGemeinden: Story = {
  args: {
    feed: feedUrl(NIEDERSACHSEN),
    indicator: 'einwohner-zensus-2022',
    classification: 'jenks',
    classes: 6,
    renderer: 'canvas',
  },
  parameters: fixture({ selector: 'canvas.fills', text: 'Zensus' }),
};

/** `focus="03459"`: the Gemeinden of Landkreis Osnabrück from the Niedersachsen feed. */
export const FocusOnKreis: Story = {
  args: { feed: feedUrl(NIEDERSACHSEN), indicator: 'betreuungsquote-u3', focusArea: '03459' },
  parameters: fixture({ selector: 'g.regions path', text: 'Bramsche' }),
};

/**
 * A small inline feed (`data` property): Bösel has no value (hatched, "keine Daten"), Lindern's
 * value is withheld for statistical secrecy (dotted, with a footnote).
 */
export const NoDataAndSecret: Story = {
  args: {
    feed: undefined,
    data: sampleFeed(),
    geo: geoUrl(CLOPPENBURG),
    indicator: 'abgang-ohne-abschluss',
  },
  parameters: fixture({ selector: 'g.regions path', text: ['keine Daten', 'Geheimhaltung'] }),
};

/** `title` and `notes` (one note per line) replace and extend what the feed says. */
export const TitleAndNotes: Story = {
  args: {
    title: 'Wo verlassen Jugendliche die Schule ohne Abschluss?',
    notes: 'Gemeindewerte sind Beispieldaten.\nStand: März 2025.',
  },
  parameters: fixture({ text: ['Wo verlassen Jugendliche', 'Stand: März 2025.'] }),
};

export const DarkTheme: Story = {
  args: { theme: 'dark', controls: true },
  parameters: {
    ...fixture({ selector: 'g.regions path', computed: ['path.inner-borders', 'stroke', 'rgb(22, 25, 29)'] }),
    ...darkThemeDocs,
  },
};

/** 320 px wide, as on a phone. */
export const Narrow320: Story = {
  args: { width: 320, controls: true },
  parameters: fixture({ selector: 'g.regions path' }),
};

/** An indicator id the feed does not have: a clear message inside the widget, and `bildung-error`. */
export const ErrorUnknownIndicator: Story = {
  args: { indicator: 'gibt-es-nicht' },
  parameters: fixture({ expect: 'error', text: 'gibt-es-nicht' }),
};

/** The feed URL answers 404. */
export const ErrorFeedNotFound: Story = {
  args: { feed: feedUrl('gibt-es-nicht') },
  parameters: fixture({ expect: 'error', text: 'nicht gefunden' }),
};

/** A feed that fails validation: every problem with its JSON path. */
export const ErrorInvalidFeed: Story = {
  args: { feed: undefined, data: invalidFeed(), geo: geoUrl(CLOPPENBURG) },
  parameters: fixture({ expect: 'error', text: '$.meta.date' }),
};
