/**
 * English on demand: the widget bundles carry German, and the English strings load once, as one
 * chunk, when an element first resolves to `lang="en"`. Its own file, so that English is not
 * loaded yet when the first test starts (each test file runs in a fresh page).
 */
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/components/trend/indicator-trend';
import '../../src/components/feed-info/feed-info';
import type { IndicatorTrend } from '../../src/components/trend/indicator-trend';
import type { BildungErrorEvent } from '../../src/components/shared/events';
import type { Feed } from '../../src/core/feed/types';
import { englishSettled } from '../../src/core/i18n';

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
    { key: '03', name: 'Niedersachsen', level: 'land' },
    { key: '03453', name: 'Landkreis Cloppenburg', level: 'kreis', parent: '03' },
  ],
  indicators: [
    {
      id: 'quote',
      title: { de: 'Abgänge ohne Abschluss', en: 'Leavers without a qualification' },
      unit: 'percent',
      decimals: 1,
      polarity: 'lower-is-better',
      source: 'Testquelle',
      sample: true,
      years: [2021, 2022, 2023],
      values: { '03': [6.1, 6.3, 6.9], '03453': [8.1, 8.0, 8.4] },
      flags: { '03453': [null, null, 'provisional'] },
    },
  ],
};

/** Words of the German UI that the English one must never show, not even for a moment. */
const GERMAN = /Daten werden geladen|Tabelle|Quelle|Beispieldaten|Herunterladen|Zeitreihe|vorläufig|Fußnoten/;

/** Every text and aria-label in `root`. */
function shown(root: ShadowRoot): string {
  const labels = [...root.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'));
  return `${root.textContent ?? ''} ${labels.join(' ')}`.replace(/\s+/g, ' ');
}

/** Appends `el` and records what its shadow root shows after each change until `done`. */
async function watch<T extends HTMLElement & { updateComplete: Promise<boolean> }>(el: T): Promise<string[]> {
  const seen: string[] = [];
  document.body.append(el);
  const root = el.shadowRoot!;
  const observer = new MutationObserver(() => seen.push(shown(root)));
  observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  await el.updateComplete;
  observer.disconnect();
  seen.push(shown(root));
  return seen;
}

function trend(lang: string): IndicatorTrend {
  const el = document.createElement('indicator-trend');
  el.setAttribute('lang', lang);
  el.setAttribute('indicator', 'quote');
  el.style.width = '640px';
  el.data = FEED;
  return el;
}

describe('English on demand', () => {
  it('an element with lang="en" shows only a loading state until English has come, then English', async () => {
    expect(englishSettled()).to.equal(false);
    const el = trend('en');
    const seen = await watch(el);
    expect(englishSettled()).to.equal(true);
    expect(seen[0]).to.contain('Loading data …');
    for (const text of seen) expect(text).not.to.match(GERMAN);
    const last = seen[seen.length - 1]!;
    expect(last).to.contain('Leavers without a qualification');
    expect(last).to.contain('Show table');
    expect(last).to.contain('Source: Testquelle');
    expect(last).to.contain('Sample data – not official figures');
    el.remove();
  });

  it('follows the language of an ancestor', async () => {
    const box = document.createElement('div');
    box.lang = 'en-GB';
    const el = document.createElement('bildung-feed-info');
    el.data = FEED;
    box.append(el);
    document.body.append(box);
    await el.updateComplete;
    const text = shown(el.shadowRoot!);
    expect(text).to.contain('Education in the district');
    expect(text).to.contain('Publisher');
    expect(text).not.to.match(GERMAN);
    box.remove();
  });

  it('reports errors in both languages on any page', async () => {
    const el = trend('de');
    el.setAttribute('indicator', 'nope');
    const event = oneEvent(el, 'bildung-error') as Promise<BildungErrorEvent>;
    document.body.append(el);
    expect((await event).detail.message).to.deep.equal({
      de: 'Unbekannter Indikator: nope',
      en: 'Unknown indicator: nope',
    });
    el.remove();
  });
});
