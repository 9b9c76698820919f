/**
 * The English of `bildung-error` on demand: on a German page the English strings load only when
 * an element reports an error, and the event waits for them, so that its `message.en` is English;
 * the error box shows German at once. Its own file, so that English is not loaded when it starts
 * (each test file runs in a fresh page); english-errors-feed.test.ts does the same for a feed
 * that fails to load.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import '../../src/components/trend/indicator-trend';
import type { IndicatorTrend } from '../../src/components/trend/indicator-trend';
import type { BildungErrorDetail, BildungErrorEvent } from '../../src/components/shared/events';
import { FeedController } from '../../src/components/shared/feed-controller';
import { TREND_FEED } from './english-feed';
import { bilingual, englishSettled, t } from '../../src/core/i18n';

const FEED = TREND_FEED;

/** Requests for the English chunk (the dev server serves the modules of `catalogues/en/`). */
function englishRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((url) => url.includes('/catalogues/en/'));
}

function trend(indicator: string): IndicatorTrend {
  const el = document.createElement('indicator-trend');
  el.setAttribute('lang', 'de');
  el.setAttribute('indicator', indicator);
  el.style.width = '640px';
  el.data = FEED;
  return el;
}

const alert = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '';

/** A bare host of a feed controller, to report errors directly. */
class ReportingHost extends ReactiveElement {
  readonly feedState = new FeedController(this);
}
customElements.define('reporting-host', ReportingHost);

describe('bildung-error on a German page', () => {
  it('loads English only when an element reports an error; the event carries it', async () => {
    const ok = trend('quote');
    document.body.append(ok);
    await ok.updateComplete;
    expect(englishSettled()).to.equal(false);
    expect(englishRequests()).to.deep.equal([]);

    const el = trend('nope');
    let seen: {
      message: BildungErrorDetail['message'];
      json: string;
      clone: unknown;
      requests: number;
    } | null = null;
    el.addEventListener('bildung-error', (e) => {
      const message = e.detail.message;
      seen = { message, json: JSON.stringify(message), clone: structuredClone(message), requests: 0 };
      seen.requests = englishRequests().length;
    });
    const event = oneEvent(el, 'bildung-error') as Promise<BildungErrorEvent>;
    document.body.append(el);
    // the error box does not wait for English
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(alert(el)).to.contain('Unbekannter Indikator: nope');
    const { detail } = await event;
    expect(detail.code).to.equal('unknown-indicator');
    expect(detail.message.de).to.equal('Unbekannter Indikator: nope');
    expect(detail.message.en).to.equal('Unknown indicator: nope');
    expect(seen!.requests, 'English requested before the event').to.be.greaterThan(0);
    expect(JSON.parse(seen!.json)).to.deep.equal({
      de: 'Unbekannter Indikator: nope',
      en: 'Unknown indicator: nope',
    });
    // structuredClone (postMessage of the iframe embed) reads the English getter too
    expect(seen!.clone).to.deep.equal({ de: 'Unbekannter Indikator: nope', en: 'Unknown indicator: nope' });
    expect({ ...detail.message }).to.deep.equal({
      de: 'Unbekannter Indikator: nope',
      en: 'Unknown indicator: nope',
    });
    // the page stays German
    expect(alert(el)).to.contain('Unbekannter Indikator: nope');
    expect(ok.shadowRoot!.textContent).to.contain('Tabelle anzeigen');
    ok.remove();
    el.remove();
  });

  it('dispatches an element’s errors in the order reported, not those superseded meanwhile', async () => {
    const host = document.createElement('reporting-host') as ReportingHost;
    document.body.append(host);
    const got: string[] = [];
    host.addEventListener('bildung-error', (e) => got.push(`${e.detail.code}: ${e.detail.message.en}`));
    const detail = (code: string) => ({
      code,
      message: bilingual((lang) => t(lang, 'unknownIndicator', { id: code })),
    });
    host.feedState.report(detail('a'));
    host.feedState.report(detail('b'), () => false);
    host.feedState.report(detail('c'));
    expect(got, 'never synchronously').to.deep.equal([]);
    await host.updateComplete;
    expect(got).to.deep.equal(['a: Unknown indicator: a', 'c: Unknown indicator: c']);
    host.remove();
  });
});
