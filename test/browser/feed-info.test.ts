import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/feed-info/feed-info';
import type { BildungFeedInfo } from '../../src/components/feed-info/feed-info';
import type { BildungErrorEvent } from '../../src/components/shared/events';
import type { Feed } from '../../src/core/feed/types';
import { clearFeedCache } from '../../src/core/load';

const FEED: Feed = {
  version: 1,
  meta: {
    title: { de: 'Bildung im Landkreis', en: 'Education in the district' },
    publisher: 'Landkreis Cloppenburg',
    license: 'dl-de/by-2-0',
    attribution: { de: 'Statistische Ämter', en: 'Statistical offices' },
    date: '2025-03-13',
  },
  regions: [
    { key: '03453', name: 'Cloppenburg', level: 'kreis', parent: '03' },
    { key: '03453001', name: 'Barßel', level: 'gemeinde', parent: '03453' },
    { key: '03453002', name: 'Bösel', level: 'gemeinde', parent: '03453' },
  ],
  indicators: [
    {
      id: 'abgang-ohne-hsa',
      title: { de: 'Abgänge ohne Hauptschulabschluss', en: 'Leavers without a qualification' },
      unit: 'percent',
      decimals: 1,
      polarity: 'lower-is-better',
      source: 'Test',
      sample: true,
      years: [2021, 2022, 2023],
      values: { '03453': [8.1, 8.0, 8.3], '03453001': [7, null, 9], '03453002': [6, 6.5, 7] },
    },
  ],
};

async function render(template: ReturnType<typeof html>): Promise<BildungFeedInfo> {
  const el = await fixture<BildungFeedInfo>(template);
  await el.updateComplete;
  return el;
}

function text(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

describe('<bildung-feed-info>', () => {
  beforeEach(() => clearFeedCache());

  it('renders title, publisher, region counts and the indicator table from `data` (de)', async () => {
    const el = await render(html`<bildung-feed-info lang="de" .data=${FEED}></bildung-feed-info>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('[role="heading"]')!.textContent!.trim()).to.equal('Bildung im Landkreis');
    expect(text(el)).to.contain('Landkreis Cloppenburg');
    expect(text(el)).to.contain('Kreise: 1');
    expect(text(el)).to.contain('Gemeinden: 2');
    const rows = root.querySelectorAll('table[part="table"] tbody tr');
    expect(rows.length).to.equal(1);
    expect(rows[0]!.textContent).to.contain('Abgänge ohne Hauptschulabschluss');
    expect(rows[0]!.textContent).to.contain('2021–2023');
    expect(rows[0]!.querySelector('.badge')!.textContent).to.equal('Beispieldaten');
    await expect(el).to.be.accessible();
  });

  it('follows the language of the page (en)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><bildung-feed-info .data=${FEED}></bildung-feed-info></div>`,
    );
    const el = wrapper.querySelector('bildung-feed-info')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="heading"]')!.textContent!.trim()).to.equal(
      'Education in the district',
    );
    expect(text(el)).to.contain('Leavers without a qualification');
  });

  it('shows every validation problem in the widget and fires bildung-error for an invalid feed', async () => {
    const bad = { ...FEED, indicators: [{ ...FEED.indicators[0]!, years: ['2021', 2022, 2023] }] };
    const el = document.createElement('bildung-feed-info');
    el.setAttribute('lang', 'de');
    const errorPromise = oneEvent(el, 'bildung-error') as Promise<BildungErrorEvent>;
    el.data = bad;
    document.body.append(el);
    const event = await errorPromise;
    await el.updateComplete;
    expect(event.detail.code).to.equal('invalid');
    expect(event.detail.issues!.length).to.be.greaterThan(0);
    expect(event.detail.issues![0]!.path).to.equal('$.indicators[0].years[0]');
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert).to.exist;
    expect(alert.textContent).to.contain('$.indicators[0].years[0]');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('reports a missing feed URL (404) inside the widget', async () => {
    const el = document.createElement('bildung-feed-info');
    el.setAttribute('lang', 'en');
    const errorPromise = oneEvent(el, 'bildung-error') as Promise<BildungErrorEvent>;
    el.feed = '/does-not-exist/feed.json';
    document.body.append(el);
    const event = await errorPromise;
    await el.updateComplete;
    expect(event.detail.code).to.equal('not-found');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
      '/does-not-exist/feed.json',
    );
    el.remove();
  });

  it('renders feed strings as text, never as HTML', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const el = await render(
      html`<bildung-feed-info
        lang="de"
        .data=${{ ...FEED, meta: { ...FEED.meta, title: evil } }}
      ></bildung-feed-info>`,
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[role="heading"]')!.textContent!.trim()).to.equal(evil);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('can be defined twice without throwing (embeds get loaded twice)', async () => {
    const { define } = await import('../../src/components/shared/define');
    const { BildungFeedInfo } = await import('../../src/components/feed-info/feed-info');
    define('bildung-feed-info', BildungFeedInfo);
    expect(customElements.get('bildung-feed-info')).to.equal(BildungFeedInfo);
  });
});
