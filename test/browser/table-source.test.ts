import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/map/bildung-map';
import '../../src/components/trend/indicator-trend';
import '../../src/components/sankey/transition-sankey';
import '../../src/components/feed-info/feed-info';
import type { BildungErrorEvent } from '../../src/components/shared/events';
import type { Feed } from '../../src/core/feed/types';
import { clearFeedCache } from '../../src/core/load';

const GEO = '/generated/geo/kreis-03453.topo.json';
const NAMES = [
  'Barßel',
  'Bösel',
  'Cappeln (Oldenburg)',
  'Cloppenburg',
  'Emstek',
  'Essen (Oldenburg)',
  'Friesoythe',
  'Garrel',
  'Lastrup',
  'Lindern (Oldenburg)',
  'Löningen',
  'Molbergen',
  'Saterland',
];
const KEYS = NAMES.map((_, i) => `034530${String(i + 1).padStart(2, '0')}`);
/** 2022 and 2023 value of Gemeinde i, as numbers (the 10th is withheld: `.`). */
const value = (i: number, y: 0 | 1): number | null =>
  i === 9 ? null : Number((5 + i * 0.5 + y * 0.3).toFixed(1));
const german = (v: number | null): string => (v === null ? '.' : v.toFixed(1).replace('.', ','));

/** The indicator table as a CMS editor would write it (names with data-key, German numbers). */
const indicatorTable = () => html`
  <table
    data-indicator="quote"
    data-unit="percent"
    data-decimals="1"
    data-polarity="lower-is-better"
    data-source="Testquelle"
  >
    <caption>
      Testquote
    </caption>
    <thead>
      <tr>
        <th>Gemeinde</th>
        <th>2022</th>
        <th>2023</th>
      </tr>
    </thead>
    <tbody>
      ${NAMES.map(
        (name, i) =>
          html`<tr>
            <th data-key=${KEYS[i]!}>${name}</th>
            <td>${german(value(i, 0))}</td>
            <td>${german(value(i, 1))}</td>
          </tr>`,
      )}
    </tbody>
  </table>
`;

/** The same data as a feed object. */
function sameFeed(): Feed {
  return {
    version: 1,
    meta: {
      title: 'Testquote',
      publisher: 'Testquelle',
      license: '–',
      attribution: 'Testquelle',
      date: '2026-01-01',
    },
    regions: NAMES.map((name, i) => ({ key: KEYS[i]!, name, level: 'gemeinde' as const })),
    indicators: [
      {
        id: 'quote',
        title: 'Testquote',
        unit: 'percent',
        decimals: 1,
        polarity: 'lower-is-better',
        source: 'Testquelle',
        years: [2022, 2023],
        values: Object.fromEntries(KEYS.map((k, i) => [k, [value(i, 0), value(i, 1)]])),
        flags: { '03453010': ['secret', 'secret'] },
      },
    ],
  };
}

const flowTable = (gym = '412') => html`
  <table data-flow="uebergang" data-year="2023" data-region="03453" data-region-name="Cloppenburg">
    <caption>
      Übergänge nach Klasse 4
    </caption>
    <tr>
      <th>Von</th>
      <th>Nach</th>
      <th>Anzahl</th>
    </tr>
    <tr>
      <td>Grundschule</td>
      <td>Gymnasium</td>
      <td>${gym}</td>
    </tr>
    <tr>
      <td>Grundschule</td>
      <td>Oberschule</td>
      <td>1.021</td>
    </tr>
    <tr>
      <td>Oberschule</td>
      <td>Ausbildung</td>
      <td>600</td>
    </tr>
  </table>
`;

const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];
const rowsText = (el: Element) =>
  $$(el, '[part="table"] tbody tr').map((r) => r.textContent!.replace(/\s+/g, ' ').trim());

async function ready(el: Element, sel: string): Promise<void> {
  await waitUntil(
    () => $$(el, sel).length > 0 || el.shadowRoot!.querySelector('[role="alert"]'),
    `no ${sel}`,
    {
      timeout: 8000,
    },
  );
}

describe('a light-DOM <table> as the data source', () => {
  beforeEach(() => clearFeedCache());

  it('<bildung-map> draws 13 Gemeinden from the table, with the same values as the feed path', async () => {
    const el = await fixture(html`<bildung-map geo=${GEO} lang="de">${indicatorTable()}</bildung-map>`);
    await ready(el, 'g.regions path');
    expect($$(el, 'g.regions path').length).to.equal(13);
    expect(el.shadowRoot!.querySelector('[role="heading"]')!.textContent).to.equal('Testquote');
    const fromTable = rowsText(el);
    expect(fromTable.length).to.equal(13);
    expect(fromTable.join('|')).to.contain('Barßel');
    expect(fromTable.join('|')).to.contain('11,3 %'); // Saterland 2023: 5 + 12 × 0,5 + 0,3
    const viaFeed = await fixture(html`<bildung-map geo=${GEO} lang="de" .data=${sameFeed()}></bildung-map>`);
    await ready(viaFeed, 'g.regions path');
    expect(fromTable).to.deep.equal(rowsText(viaFeed));
    const fills = (m: Element) =>
      $$(m, 'g.regions path').map(
        (p) => `${p.getAttribute('data-key')}:${p.getAttribute('fill')!.replace(/-\d+-/, '-N-')}`,
      );
    expect(fills(el)).to.deep.equal(fills(viaFeed));
    await expect(el).to.be.accessible();
  });

  it('<indicator-trend> draws a line per region and follows edits of a cell', async () => {
    const el = await fixture(
      html`<indicator-trend lang="de" indicator="quote" regions="03453001,03453004"
        >${indicatorTable()}</indicator-trend
      >`,
    );
    await ready(el, '.lines .series');
    expect($$(el, '.lines .series').map((s) => s.getAttribute('data-key'))).to.have.members([
      '03453001',
      '03453004',
    ]);
    const viaFeed = await fixture(
      html`<indicator-trend
        lang="de"
        indicator="quote"
        regions="03453001,03453004"
        .data=${sameFeed()}
      ></indicator-trend>`,
    );
    await ready(viaFeed, '.lines .series');
    expect(rowsText(el)).to.deep.equal(rowsText(viaFeed));
    const before = rowsText(el).join('|');
    expect(before).to.contain('5,3');
    // an editor changes Barßel 2023 from 5,3 to 9,9
    el.querySelector('tbody tr:first-child td:last-child')!.textContent = '9,9';
    await waitUntil(() => rowsText(el).join('|').includes('9,9'), 'edit not shown', { timeout: 3000 });
    expect(rowsText(el).join('|')).not.to.contain('5,3');
    await expect(el).to.be.accessible();
  });

  it('<transition-sankey> draws nodes and links from a flow table and follows edits', async () => {
    const el = await fixture(html`<transition-sankey lang="de">${flowTable()}</transition-sankey>`);
    await ready(el, 'rect.node');
    expect($$(el, 'rect.node').length).to.equal(4);
    expect($$(el, 'path.link').length).to.equal(3);
    expect(el.shadowRoot!.querySelector('[role="heading"]')!.textContent!.trim()).to.equal(
      'Übergänge nach Klasse 4',
    );
    expect(rowsText(el).join('|')).to.contain('1.021');
    const cell = el.querySelector('tr:nth-child(2) td:last-child')!;
    cell.textContent = '2.500';
    await waitUntil(() => rowsText(el).join('|').includes('2.500'), 'edit not shown', { timeout: 3000 });
    await expect(el).to.be.accessible();
  });

  it('<bildung-feed-info> counts what the table holds', async () => {
    const el = await fixture(html`<bildung-feed-info lang="de">${indicatorTable()}</bildung-feed-info>`);
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Gemeinden'), 'no counts');
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Gemeinden: 13');
    expect(text).to.contain('Testquote');
    expect(text).to.contain('2022–2023');
    await expect(el).to.be.accessible();
  });

  it('a bad table gives the in-widget error and bildung-error; fixing it shows the chart', async () => {
    const el = document.createElement('transition-sankey');
    el.setAttribute('lang', 'en');
    el.innerHTML =
      '<table data-flow="f" data-year="2023" data-region="03453"><caption>Flows</caption>' +
      '<tr><th>From</th><th>To</th><th>Count</th></tr>' +
      '<tr><td>A</td><td>B</td><td>5</td></tr><tr><td>B</td><td>A</td><td>many</td></tr></table>';
    const err = oneEvent(el, 'bildung-error') as Promise<BildungErrorEvent>;
    document.body.append(el);
    try {
      const detail = (await err).detail;
      expect(detail.code).to.equal('invalid');
      expect(detail.issues!.map((i) => `${i.path}: ${i.code}`)).to.deep.equal([
        'table row 3, column 3: table-text-in-number',
        'table row 3: table-flow-cycle',
      ]);
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no alert');
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
      expect(alert).to.contain('Table row 3, column 3: "many" is neither a number');
      await expect(el).to.be.accessible();
      el.querySelector('tr:last-child')!.remove();
      // the table is converted asynchronously (the converter loads on demand): wait for the chart
      await waitUntil(() => $$(el, 'rect.node').length > 0, 'no chart after the fix', { timeout: 8000 });
      expect($$(el, 'rect.node').length).to.equal(2);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    } finally {
      el.remove();
    }
  });

  it('ignores other light-DOM content and a table when the widget has its own data', async () => {
    const el = await fixture(
      html`<bildung-feed-info lang="de" .data=${sameFeed()}
        ><p>Hinweis</p>
        ${flowTable()}</bildung-feed-info
      >`,
    );
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Gemeinden'), 'no counts');
    expect(el.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.contain('Gemeinden: 13');
    expect(el.shadowRoot!.textContent).not.to.contain('Übergänge nach Klasse 4');
    const none = await fixture(html`<bildung-feed-info lang="de"><p>Hinweis</p></bildung-feed-info>`);
    expect(none.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });
});
