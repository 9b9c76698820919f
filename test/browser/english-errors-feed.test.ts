/**
 * The English of `bildung-error` on demand, for a feed that fails to load: on a German page the
 * English strings load only then, and the event carries them. Its own file, so that English is not
 * loaded when it starts (each test file runs in a fresh page); see english-errors.test.ts.
 */
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/components/trend/indicator-trend';
import type { BildungErrorEvent } from '../../src/components/shared/events';
import { englishSettled } from '../../src/core/i18n';

/** Requests for the English chunk (the dev server serves the modules of `catalogues/en/`). */
function englishRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((url) => url.includes('/catalogues/en/'));
}

describe('bildung-error of a missing feed on a German page', () => {
  it('is dispatched with English once English has loaded — and only then loaded', async () => {
    const el = document.createElement('indicator-trend');
    el.setAttribute('lang', 'de');
    el.setAttribute('indicator', 'quote');
    let requests = -1;
    el.addEventListener('bildung-error', () => (requests = englishRequests().length));
    const event = oneEvent(el, 'bildung-error') as Promise<BildungErrorEvent>;
    el.feed = '/does-not-exist/feed.json';
    document.body.append(el);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(englishSettled()).to.equal(false);
    expect(englishRequests()).to.deep.equal([]);
    const { detail } = await event;
    expect(detail.code).to.equal('not-found');
    expect(detail.message.de).to.contain('Die Datendatei wurde nicht gefunden:');
    expect(detail.message.en).to.contain('The data file was not found:');
    expect(detail.message.en).to.contain('/does-not-exist/feed.json');
    expect(requests, 'English requested before the event').to.be.greaterThan(0);
    await el.updateComplete;
    const box = el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    expect(box).to.contain('Die Datendatei wurde nicht gefunden');
    expect(box).not.to.contain('The data file');
    el.remove();
  });
});
