/**
 * English on demand, switched at runtime: a German page never loads the English strings; an
 * element switched to English loads them and ends in English, and back to German at once. Its
 * own file, so that English is not loaded when it starts (each test file runs in a fresh page).
 */
import { expect } from '@open-wc/testing';
import '../../src/components/trend/indicator-trend';
import type { IndicatorTrend } from '../../src/components/trend/indicator-trend';
import { TREND_FEED } from './english-feed';
import { englishSettled } from '../../src/core/i18n';

const FEED = TREND_FEED;

function text(el: IndicatorTrend): string {
  return (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
}

/** Requests for the English chunk (the dev server serves the modules of `catalogues/en/`). */
function englishRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((url) => url.includes('/catalogues/en/'));
}

describe('switching the language at runtime', () => {
  it('de → en loads English and ends in English; en → de is German at once', async () => {
    const el = document.createElement('indicator-trend');
    el.setAttribute('lang', 'de');
    el.setAttribute('indicator', 'quote');
    el.style.width = '640px';
    el.data = FEED;
    document.body.append(el);
    await el.updateComplete;
    expect(text(el)).to.contain('Tabelle anzeigen');
    expect(englishSettled()).to.equal(false);
    expect(englishRequests()).to.deep.equal([]);

    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(englishSettled()).to.equal(true);
    expect(englishRequests().length).to.be.greaterThan(0);
    expect(text(el)).to.contain('Show table');
    expect(text(el)).to.contain('Leavers without a qualification');
    expect(text(el)).not.to.contain('Tabelle anzeigen');

    el.setAttribute('lang', 'de');
    expect(await el.updateComplete).to.equal(true);
    expect(text(el)).to.contain('Tabelle anzeigen');
    expect(text(el)).to.contain('Abgänge ohne Abschluss');
    el.remove();
  });
});
