import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/feed-info/feed-info';
import '../src/components/map/bildung-map';
import '../src/components/sankey/transition-sankey';
import '../src/components/trend/indicator-trend';
import { CLOPPENBURG, feedUrl, geoUrl } from './data';
import { fixture } from './fixture';
import { darkThemeDocs, frameArgTypes, storyFrame, textControls, type FrameArgs } from './frame';

/** Story args: which widget reads the table, plus its language and an optional (failing) feed. */
interface TableArgs extends FrameArgs {
  widget: 'map' | 'trend' | 'sankey' | 'info';
  /** `bad`: a table with a text value and a row that is no region. */
  table?: 'good' | 'bad';
  feed?: string;
  lang?: string;
  onBildungError?: (e: Event) => void;
}

/** Gemeinden of Landkreis Cloppenburg with invented shares 2021–2023, as an editor types them. */
const ROWS: readonly [string, string, string, string, string][] = [
  ['03453001', 'Barßel', '7,9', '8,1', '7,4'],
  ['03453002', 'Bösel', '5,2', '4,8', '5,0'],
  ['03453003', 'Cappeln (Oldenburg)', '3,9', '4,4', '4,1'],
  ['03453004', 'Cloppenburg', '9,8', '10,2', '9,6p'],
  ['03453005', 'Emstek', '6,1', '5,7', '6,3'],
  ['03453006', 'Essen (Oldenburg)', '5,5', '6,0', '5,8'],
  ['03453007', 'Friesoythe', '8,8', '8,4', '8,9'],
  ['03453008', 'Garrel', '4,6', '4,9', '4,3'],
  ['03453009', 'Lastrup', '3,2', '3,6', '3,4'],
  ['03453010', 'Lindern (Oldenburg)', '.', '.', '.'],
  ['03453011', 'Löningen', '6,7', '6,2', '6,5'],
  ['03453012', 'Molbergen', '5,9', '6,4', '6,1'],
  ['03453013', 'Saterland', '7,2', '', '7,7'],
];

/** An indicator table: caption = title, years in the header row, Gemeinden with `data-key`. */
const indicatorTable = (bad = false): TemplateResult => html`
  <table
    data-indicator="abgang-ohne-hsa"
    data-unit="percent"
    data-decimals="1"
    data-polarity="lower-is-better"
    data-source="Beispieldaten, Bildungsbüro"
  >
    <caption>
      Abgänge ohne Hauptschulabschluss
    </caption>
    <thead>
      <tr>
        <th scope="col">Gemeinde</th>
        <th scope="col">2021</th>
        <th scope="col">2022</th>
        <th scope="col">2023</th>
      </tr>
    </thead>
    <tbody>
      ${ROWS.map(
        ([key, name, a, b, c]) =>
          html`<tr>
            <th scope="row" data-key=${key}>${name}</th>
            <td>${a}</td>
            <td>${b}</td>
            <td>${c}</td>
          </tr>`,
      )}
      ${
        bad
          ? html`<tr>
                <th scope="row" data-key="03453099">Phantomdorf</th>
                <td>viele</td>
                <td>6,1</td>
                <td>6,0</td>
              </tr>
              <tr>
                <th scope="row">Summe</th>
                <td>80,1</td>
                <td>80,2</td>
                <td>80,0</td>
              </tr>`
          : nothing
      }
    </tbody>
  </table>
`;

/** A flow table: Von | Nach | Anzahl; stages follow from the order of the flows. */
const flowTable = (): TemplateResult => html`
  <table
    data-flow="uebergang-jg5"
    data-year="2023"
    data-region="03453"
    data-region-name="Landkreis Cloppenburg"
  >
    <caption>
      Übergänge nach Klasse 4
    </caption>
    <thead>
      <tr>
        <th scope="col">Von</th>
        <th scope="col">Nach</th>
        <th scope="col">Anzahl</th>
      </tr>
    </thead>
    <tbody>
      <tr>
        <td>Grundschule</td>
        <td>Gymnasium</td>
        <td>412</td>
      </tr>
      <tr>
        <td>Grundschule</td>
        <td>Oberschule</td>
        <td>1.021</td>
      </tr>
      <tr>
        <td>Grundschule</td>
        <td>Förderschule</td>
        <td>38</td>
      </tr>
      <tr>
        <td>Oberschule</td>
        <td>Ausbildung</td>
        <td>640</td>
      </tr>
      <tr>
        <td>Oberschule</td>
        <td>Gymnasiale Oberstufe</td>
        <td>212</td>
      </tr>
      <tr>
        <td>Gymnasium</td>
        <td>Gymnasiale Oberstufe</td>
        <td>371</td>
      </tr>
    </tbody>
  </table>
`;

/** Renders the chosen widget with a `<table>` child (the meta's `render`, which the story tests call too). */
const renderTable = (a: TableArgs): TemplateResult => {
  const table = indicatorTable(a.table === 'bad');
  const onError = a.onBildungError;
  const widget = {
    map: html`<bildung-map
      geo=${geoUrl(CLOPPENBURG)}
      feed=${ifDefined(a.feed)}
      lang=${ifDefined(a.lang)}
      @bildung-error=${onError}
      >${table}</bildung-map
    >`,
    trend: html`<indicator-trend
      indicator="abgang-ohne-hsa"
      regions="03453004,03453001,03453007"
      feed=${ifDefined(a.feed)}
      lang=${ifDefined(a.lang)}
      @bildung-error=${onError}
      >${table}</indicator-trend
    >`,
    sankey: html`<transition-sankey
      feed=${ifDefined(a.feed)}
      lang=${ifDefined(a.lang)}
      @bildung-error=${onError}
      >${flowTable()}</transition-sankey
    >`,
    info: html`<bildung-feed-info
      feed=${ifDefined(a.feed)}
      lang=${ifDefined(a.lang)}
      @bildung-error=${onError}
      >${table}</bildung-feed-info
    >`,
  }[a.widget];
  return storyFrame(a, widget);
};

const meta = {
  title: 'Data/table as data source',
  component: 'bildung-map',
  tags: ['autodocs'],
  render: renderTable,
  args: { widget: 'map' },
  argTypes: {
    ...frameArgTypes,
    ...textControls('feed'),
    widget: { control: 'inline-radio', options: ['map', 'trend', 'sankey', 'info'] },
    table: { control: 'inline-radio', options: ['good', 'bad'] },
    lang: { control: 'inline-radio', options: ['de', 'en'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Every widget reads a plain light-DOM `<table>` child when it has no `feed` or `data`: caption = title, `data-*` attributes for indicator id, unit, decimals, polarity and source (flow tables: `data-flow`, `data-year`, `data-region`). Without JavaScript the page shows the table; with JavaScript the chart is drawn from it, and its values are in the widget’s own data table.',
      },
    },
  },
} satisfies Meta<TableArgs>;

export default meta;
type Story = StoryObj<TableArgs>;

/** `<bildung-map>` with the Cloppenburg geometry, drawn from an indicator table. */
export const Default: Story = {
  parameters: fixture({ selector: 'g.regions path', text: ['Abgänge ohne Hauptschulabschluss', 'Barßel'] }),
};

/** `<indicator-trend>` from the same table. */
export const Trend: Story = {
  args: { widget: 'trend' },
  parameters: fixture({ component: 'indicator-trend', selector: '.lines .series', text: 'Friesoythe' }),
};

/** `<transition-sankey>` from a flow table (Von | Nach | Anzahl). */
export const Sankey: Story = {
  args: { widget: 'sankey' },
  parameters: fixture({
    component: 'transition-sankey',
    selector: 'rect.node',
    text: 'Gymnasiale Oberstufe',
  }),
};

/** `<bildung-feed-info>` describing the table. */
export const FeedInfo: Story = {
  args: { widget: 'info' },
  parameters: fixture({ component: 'bildung-feed-info', text: ['Gemeinden: 13', '2021–2023'] }),
};

/** The map in English: the table's text stays as written, the widget's own text is English. */
export const English: Story = {
  args: { lang: 'en' },
  parameters: fixture({ selector: 'g.regions path', text: 'Show table' }),
};

/** The sankey from its table in the dark theme. */
export const DarkTheme: Story = {
  args: { widget: 'sankey', theme: 'dark' },
  parameters: {
    ...fixture({ component: 'transition-sankey', selector: 'rect.node' }),
    ...darkThemeDocs,
  },
};

/** A `feed` attribute wins over the table: when it cannot be loaded, the widget says so. */
export const ErrorFeedNotFound: Story = {
  args: { feed: feedUrl('gibt-es-nicht') },
  parameters: fixture({ expect: 'error', text: 'nicht gefunden' }),
};

/** A table with a text value and a row that is no region: reported like any invalid feed. */
export const ErrorInvalidFeed: Story = {
  args: { table: 'bad' },
  parameters: fixture({
    expect: 'error',
    text: ['Tabelle Zeile 15, Spalte 2', 'Tabelle Zeile 16, Spalte 1'],
  }),
};
