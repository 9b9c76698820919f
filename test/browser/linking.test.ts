/**
 * <bildung-feed> and linked widgets: one feed request for many widgets, a region chosen in the map
 * drives trend and sankey, year changes sync, `link-group` links without a <bildung-feed>, and no
 * widget answers a programmatic change with an event (no loops).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/feed/bildung-feed';
import '../../src/components/feed-info/feed-info';
import '../../src/components/map/bildung-map';
import '../../src/components/sankey/transition-sankey';
import '../../src/components/trend/indicator-trend';
import type { BildungFeed } from '../../src/components/feed/bildung-feed';
import { BildungSelectEvent } from '../../src/components/shared/events';
import type { BildungMap } from '../../src/components/map/bildung-map';
import type { TransitionSankey } from '../../src/components/sankey/transition-sankey';
import type { IndicatorTrend } from '../../src/components/trend/indicator-trend';

const FEED = '/generated/feeds/kreis-03453.feed.json';
const IND = 'betreuungsquote-u3';
let run = 0;
/** A URL of the Cloppenburg feed that no other test has requested (the load cache is per URL). */
const freshUrl = () => `${FEED}?linking=${++run}`;
/** Requests per URL made through `fetch` by this page (the widgets load feeds with `fetch`). */
const fetched = new Map<string, number>();
const realFetch = window.fetch;
before(() => {
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const href = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    const key = href.pathname + href.search;
    fetched.set(key, (fetched.get(key) ?? 0) + 1);
    return realFetch(input, init);
  };
});
after(() => {
  window.fetch = realFetch;
});
const requests = (url: string) => fetched.get(url) ?? 0;
const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

async function drawn(group: Element): Promise<void> {
  const ready: Record<string, string> = {
    'bildung-map': 'g.regions path',
    'indicator-trend': 'svg.svg',
    'transition-sankey': '.plot svg',
    'bildung-feed-info': 'table',
  };
  const widgets = [...group.querySelectorAll<HTMLElement>(Object.keys(ready).join(','))];
  await waitUntil(
    () =>
      widgets.every(
        (w) =>
          w.shadowRoot?.querySelector(ready[w.localName]!) || w.shadowRoot?.querySelector('[part="error"]'),
      ),
    'widgets did not render',
    { timeout: 10000 },
  );
  for (const w of widgets)
    expect(w.shadowRoot!.querySelector('[part="error"]'), `${w.localName} error`).to.be.null;
}

/** Series labels of a trend (direct labels at the line ends, or the narrow-chart legend). */
const trendLabels = (el: IndicatorTrend) =>
  [...el.shadowRoot!.querySelectorAll('[data-key]')].map((n) => n.getAttribute('data-key'));

function counter(type: string): { count: () => number; stop: () => void } {
  let n = 0;
  const on = () => n++;
  document.addEventListener(type, on);
  return { count: () => n, stop: () => document.removeEventListener(type, on) };
}

describe('<bildung-feed> and linked widgets', () => {
  it('gives one loaded feed to map, trend and sankey: 1 request, linked by clicks', async function () {
    this.timeout(20000);
    const url = freshUrl();
    const selects = counter('bildung-select');
    const group = await fixture<BildungFeed>(
      html`<bildung-feed src=${url} lang="de">
        <bildung-map indicator=${IND}></bildung-map>
        <indicator-trend indicator=${IND}></indicator-trend>
        <transition-sankey flow="schulabgaenge-abschluss" region="03"></transition-sankey>
      </bildung-feed>`,
    );
    try {
      await drawn(group);
      expect(requests(url), 'feed requests').to.equal(1);
      const map = group.querySelector('bildung-map')!;
      const trend = group.querySelector('indicator-trend')!;
      const sankey = group.querySelector('transition-sankey')!;
      expect(text(sankey)).to.include('Niedersachsen, 2023');
      expect(text(trend)).not.to.include('Barßel');

      map
        .shadowRoot!.querySelector<SVGPathElement>('g.regions path[data-key="03453001"]')!
        .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await trend.updateComplete;
      await sankey.updateComplete;
      expect(trend.regions).to.equal('03453001 03453');
      expect(trend.highlight).to.equal('03453001');
      await waitUntil(() => text(trend).includes('Barßel'), 'trend shows Barßel');
      expect(text(sankey)).to.include('Landkreis Cloppenburg, 2023');
      expect(sankey.region).to.equal('03453');
      expect(selects.count(), 'one bildung-select per click, none echoed').to.equal(1);
      expect(group.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
        'Verknüpfte Diagramme zeigen jetzt Barßel.',
      );
      await expect(group).to.be.accessible();
    } finally {
      selects.stop();
    }
  });

  it("Enter on the focused region links, Escape restores the widgets' own settings", async function () {
    this.timeout(20000);
    const group = await fixture<BildungFeed>(
      html`<bildung-feed src=${freshUrl()} lang="en">
        <bildung-map indicator=${IND}></bildung-map>
        <indicator-trend indicator=${IND}></indicator-trend>
        <transition-sankey flow="schulabgaenge-abschluss" region="03"></transition-sankey>
      </bildung-feed>`,
    );
    await drawn(group);
    const map = group.querySelector('bildung-map')!;
    const trend = group.querySelector('indicator-trend')!;
    const sankey = group.querySelector('transition-sankey')!;
    const before = trendLabels(trend);
    // the map's Tab stop (its north-west region), then Enter
    const stop = map.shadowRoot!.querySelector<SVGPathElement>('g.regions path[tabindex="0"]')!;
    const key = stop.getAttribute('data-key')!;
    stop.focus();
    await sendKeys({ press: 'Enter' });
    await trend.updateComplete;
    expect(map.selected).to.equal(key);
    expect(trend.regions).to.equal(`${key} 03453`);
    const name = trend.shadowRoot!.querySelector(`li[data-key="${key}"], .end-label[data-key="${key}"]`);
    expect(name?.textContent?.trim(), 'label of the new line').to.be.a('string').and.not.equal('');
    expect(sankey.region).to.equal('03453');
    expect(group.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
      `Linked charts now show ${name!.textContent!.trim()}.`,
    );

    await sendKeys({ press: 'Escape' }); // closes the tooltip
    await sendKeys({ press: 'Escape' }); // clears the selection
    await trend.updateComplete;
    expect(map.selected).to.equal(undefined);
    expect(trend.regions).to.equal(undefined);
    expect(sankey.region).to.equal('03');
    await waitUntil(() => !trendLabels(trend).includes(key), 'trend back to its own regions');
    expect(trendLabels(trend)).to.deep.equal(before);
  });

  it('keeps a selection made before the linking code has come and applies it then', async function () {
    this.timeout(20000);
    const feed = await (await realFetch(FEED)).json();
    const root = await fixture<HTMLElement>(
      html`<div lang="de">
        <bildung-map .data=${feed} indicator=${IND} geo="/generated/geo/kreis-03453.topo.json"></bildung-map>
        <indicator-trend .data=${feed} indicator=${IND}></indicator-trend>
      </div>`,
    );
    const map = root.querySelector<BildungMap>('bildung-map')!;
    const trend = root.querySelector<IndicatorTrend>('indicator-trend')!;
    await trend.updateComplete;
    const group = document.createElement('bildung-feed');
    group.append(map, trend);
    root.append(group); // starts loading the linking code, which always arrives asynchronously
    map.dispatchEvent(new BildungSelectEvent({ key: '03453001', name: 'Barßel' }));
    expect(trend.regions, 'not linked yet').to.equal(undefined);
    await waitUntil(() => trend.regions === '03453001 03453', 'the kept selection is applied');
    expect(trend.highlight).to.equal('03453001');
    expect(group.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
      'Verknüpfte Diagramme zeigen jetzt Barßel.',
    );
  });

  it('syncs a year chosen in one widget to the others that have it, without echoes', async function () {
    this.timeout(20000);
    const years = counter('bildung-year-change');
    const group = await fixture<BildungFeed>(
      html`<bildung-feed src=${freshUrl()}>
        <bildung-map indicator=${IND} controls></bildung-map>
        <transition-sankey flow="uebergang-jg5" controls></transition-sankey>
      </bildung-feed>`,
    );
    try {
      await drawn(group);
      const map = group.querySelector<BildungMap>('bildung-map')!;
      const sankey = group.querySelector<TransitionSankey>('transition-sankey')!;
      const choose = async (el: HTMLElement, year: number) => {
        const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select')!;
        select.value = String(year);
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await map.updateComplete;
        await sankey.updateComplete;
      };
      await choose(map, 2018);
      expect(sankey.year).to.equal(2018);
      expect(text(sankey)).to.include('Niedersachsen, 2018');
      await choose(map, 2020); // the flow has no 2020: the sankey keeps 2018
      expect(sankey.year).to.equal(2018);
      await choose(sankey, 2023);
      expect(map.year).to.equal(2023);
      await waitUntil(() => text(map).includes('2023'), 'map shows 2023');
      expect(years.count(), 'one bildung-year-change per user change').to.equal(3);
    } finally {
      years.stop();
    }
  });

  it('links elements sharing a link-group without a <bildung-feed>; other groups stay', async function () {
    this.timeout(20000);
    const url = freshUrl();
    const root = await fixture<HTMLElement>(
      html`<div lang="de">
        <bildung-map feed=${url} indicator=${IND} link-group="kreis"></bildung-map>
        <indicator-trend feed=${url} indicator=${IND} link-group="kreis"></indicator-trend>
        <indicator-trend feed=${url} indicator=${IND} link-group="other"></indicator-trend>
      </div>`,
    );
    await drawn(root);
    expect(requests(url), 'feed requests').to.equal(1);
    const map = root.querySelector('bildung-map')!;
    const [linked, other] = [...root.querySelectorAll('indicator-trend')];
    // the document listener is installed once its module (an on-demand chunk) has loaded; the
    // widgets start that import when they connect, so it is there long before anyone can click —
    // but a cold test server may still be transforming it when the map has drawn
    await import('../../src/components/shared/link-groups');
    map
      .shadowRoot!.querySelector<SVGPathElement>('g.regions path[data-key="03453004"]')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await waitUntil(() => linked!.regions === '03453004 03453', 'linked trend follows the map');
    expect(other!.regions).to.equal(undefined);
    await expect(root).to.be.accessible();
  });

  it('ten widgets naming the same feed URL make one request', async function () {
    this.timeout(20000);
    const url = freshUrl();
    const root = await fixture<HTMLElement>(
      html`<div>
        ${[1, 2, 3, 4].map(() => html`<indicator-trend feed=${url} indicator=${IND}></indicator-trend>`)}
        ${[1, 2, 3].map(() => html`<transition-sankey feed=${url}></transition-sankey>`)}
        ${[1, 2, 3].map(() => html`<bildung-feed-info feed=${url}></bildung-feed-info>`)}
      </div>`,
    );
    expect(root.children.length).to.equal(10);
    await drawn(root);
    expect(requests(url)).to.equal(1);
  });

  it('shows the feed error in every widget and reports it once', async function () {
    const errors = counter('bildung-error');
    try {
      const group = await fixture<BildungFeed>(
        html`<bildung-feed src="/generated/feeds/missing.feed.json">
          <indicator-trend indicator=${IND}></indicator-trend>
          <transition-sankey></transition-sankey>
        </bildung-feed>`,
      );
      const widgets = [...group.children];
      await waitUntil(() => widgets.every((w) => w.shadowRoot?.querySelector('[part="error"]')), 'errors', {
        timeout: 8000,
      });
      expect(errors.count()).to.equal(1);
      await expect(group).to.be.accessible();
    } finally {
      errors.stop();
    }
  });
});
