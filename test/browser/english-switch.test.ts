/**
 * English on demand, switched at runtime: a German page never loads the English strings; an
 * element switched to English loads them and ends in English, and back to German at once. Its
 * own file, so that English is not loaded when it starts (each test file runs in a fresh page).
 */
import { expect } from '@open-wc/testing';
import '../../src/components/trend/indicator-trend';
import type { IndicatorTrend } from '../../src/components/trend/indicator-trend';
import type { Feed } from '../../src/core/feed/types';
import { englishSettled } from '../../src/core/i18n';

const FEED: Feed = {
  version: 1,
  meta: {
    title: 'Test',
    publisher: 'Landkreis Cloppenburg',
    license: 'dl-de/by-2-0',
    attribution: 'Statistische Ämter',
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
      years: [2021, 2022, 2023],
      values: { '03': [6.1, 6.3, 6.9], '03453': [8.1, 8.0, 8.4] },
    },
  ],
};

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
