import { describe, it, expect } from 'vitest';
import { VALUE_FLAGS, FLAG_SYMBOLS } from '../../src/core/feed/types';
import { CATALOGUES, UI_MESSAGES, t as tAll } from '../../src/core/catalogues/all';
import { flagDescription } from '../../src/core/catalogues/flags';
import { MAP_MESSAGES, t as tMap } from '../../src/core/catalogues/map';
import { SANKEY_MESSAGES } from '../../src/core/catalogues/sankey';
import { t as tTrend } from '../../src/core/catalogues/trend';
import {
  MESSAGES,
  type MessageKey,
  flagLabel,
  flagSymbol,
  levelLabel,
  placeholders,
  resolveLang,
  t,
  translator,
} from '../../src/core/i18n';

const keys = Object.keys(MESSAGES.de) as MessageKey[];
const PREFIX: Readonly<Record<string, string>> = {
  map: 'map.',
  trend: 'trend.',
  sankey: 'sankey.',
  embed: 'embed.',
};

describe('catalogue', () => {
  for (const [name, catalogue] of Object.entries(CATALOGUES)) {
    it(`${name}: de and en have the same keys`, () => {
      expect(Object.keys(catalogue.en).sort()).toEqual(Object.keys(catalogue.de).sort());
      expect(Object.keys(catalogue.de).length).toBeGreaterThan(0);
    });

    it(`${name}: every key has non-empty text and the same placeholders in both languages`, () => {
      for (const key of Object.keys(catalogue.de)) {
        const de = catalogue.de[key]!;
        const en = catalogue.en[key]!;
        expect(de.trim(), key).not.toBe('');
        expect(en.trim(), key).not.toBe('');
        expect(placeholders(en).sort(), key).toEqual(placeholders(de).sort());
      }
    });

    const prefix = PREFIX[name];
    if (prefix) {
      it(`${name}: every key starts with ${prefix}`, () => {
        for (const key of Object.keys(catalogue.de)) expect(key.startsWith(prefix), key).toBe(true);
      });
    }
  }

  it('no key is in two catalogues, and no widget key in the shared one', () => {
    const seen = new Map<string, string>();
    for (const [name, catalogue] of Object.entries(CATALOGUES)) {
      for (const key of Object.keys(catalogue.de)) {
        expect(seen.get(key), `${key} in ${name}`).toBeUndefined();
        seen.set(key, name);
      }
    }
    for (const key of keys) expect(key, key).not.toMatch(/^(map|trend|sankey|embed)\./);
    expect(Object.keys(UI_MESSAGES.de).length).toBe(seen.size);
    expect(Object.keys(UI_MESSAGES.en).length).toBe(seen.size);
  });

  it('holds the keys the widgets rely on', () => {
    const required = [
      'noData',
      'loading',
      'error',
      'errorTitle',
      'source',
      'sampleData',
      'table',
      'showTable',
      'hideTable',
      'year',
      'region',
      'value',
      'provisional',
      'estimated',
      'revised',
      'limited',
      'secret',
      'nil',
      'notApplicable',
      'uncertain',
      'notYetAvailable',
      'higherIsBetter',
      'lowerIsBetter',
      'feedNotFound',
      'feedTimeout',
      'feedInvalid',
      'unknownIndicator',
      'unknownYear',
      'rank',
    ];
    for (const key of required) expect(keys).toContain(key);
    expect(placeholders(MESSAGES.de.feedNotFound)).toEqual(['url']);
    expect(placeholders(MESSAGES.de.feedInvalid)).toEqual(['count']);
    expect(placeholders(MESSAGES.de.unknownIndicator)).toEqual(['id']);
    expect(placeholders(MESSAGES.de.rank)).toEqual(['rank', 'total']);
  });
});

describe('t', () => {
  it('returns exact texts', () => {
    expect(t('de', 'sampleData')).toBe('Beispieldaten – keine amtlichen Zahlen');
    expect(t('en', 'sampleData')).toBe('Sample data – not official figures');
    expect(t('de', 'noData')).toBe('keine Daten');
    expect(t('en', 'noData')).toBe('no data');
  });

  it('fills placeholders', () => {
    expect(t('en', 'rank', { rank: 3, total: 45 })).toBe('Rank 3 of 45');
    expect(t('de', 'rank', { rank: 3, total: 45 })).toBe('Rang 3 von 45');
    expect(t('de', 'feedNotFound', { url: 'https://example.org/feed.json' })).toBe(
      'Die Datendatei wurde nicht gefunden: https://example.org/feed.json',
    );
    expect(t('en', 'feedInvalid', { count: 2 })).toBe('The data file is invalid (2 problems).');
  });

  it('leaves unknown placeholders visible and ignores extra params', () => {
    expect(t('en', 'unknownIndicator')).toBe('Unknown indicator: {id}');
    expect(t('en', 'unknownIndicator', {})).toBe('Unknown indicator: {id}');
    expect(t('en', 'noData', { id: 'x' })).toBe('no data');
  });

  it('escapes nothing and treats $ patterns literally', () => {
    expect(t('en', 'unknownIndicator', { id: '<b>&amp;</b>' })).toBe('Unknown indicator: <b>&amp;</b>');
    expect(t('en', 'unknownIndicator', { id: "$& $1 $'" })).toBe("Unknown indicator: $& $1 $'");
  });
});

describe('widget catalogues', () => {
  it("a widget's t knows its own keys and the shared ones", () => {
    expect(tMap('de', 'map.rank')).toBe('Rang');
    expect(tMap('en', 'map.rankOf', { rank: 2, total: 13 })).toBe('Rank 2 of 13 (rank 1 = highest value)');
    expect(tMap('en', 'noData')).toBe('no data');
    expect(tTrend('de', 'trend.target', { year: 2030 })).toBe('Zielwert 2030');
    expect(tTrend('de', 'rank', { rank: 1, total: 2 })).toBe('Rang 1 von 2');
  });

  it('the t of every catalogue gives the same text as the widget catalogues', () => {
    expect(tAll('en', 'map.rank')).toBe(MAP_MESSAGES.en['map.rank']);
    expect(tAll('de', 'sankey.from')).toBe(SANKEY_MESSAGES.de['sankey.from']);
    expect(tAll('de', 'secretDescription')).toBe('Zahlenwert unbekannt oder geheim zu halten');
    expect(tAll('en', 'feedInvalid', { count: 3 })).toBe('The data file is invalid (3 problems).');
  });

  it('translator falls back to German, then to the shared catalogue', () => {
    const tx = translator({ de: { 'x.a': 'A {n}', 'x.b': 'B' }, en: { 'x.a': 'a {n}' } as never });
    expect(tx('en', 'x.a', { n: 1 })).toBe('a 1');
    expect(tx('en', 'x.b')).toBe('B');
    expect(tx('en', 'retry')).toBe('Try again');
  });
});

describe('resolveLang', () => {
  it('maps language tags to de or en, default de', () => {
    expect(resolveLang('de')).toBe('de');
    expect(resolveLang('de-AT')).toBe('de');
    expect(resolveLang('en')).toBe('en');
    expect(resolveLang('en-GB')).toBe('en');
    expect(resolveLang('EN-us')).toBe('en');
    expect(resolveLang('en_US')).toBe('en');
    expect(resolveLang(' en ')).toBe('en');
    expect(resolveLang('fr')).toBe('de');
    expect(resolveLang('eng')).toBe('de');
    expect(resolveLang('')).toBe('de');
    expect(resolveLang(null)).toBe('de');
    expect(resolveLang(undefined)).toBe('de');
    expect(resolveLang()).toBe('de');
  });
});

describe('flags', () => {
  it('labels every flag in both languages', () => {
    for (const flag of VALUE_FLAGS) {
      for (const lang of ['de', 'en'] as const) {
        expect(flagLabel(flag, lang)).not.toBe('');
        expect(flagDescription(flag, lang)).not.toBe('');
      }
    }
    expect(new Set(VALUE_FLAGS.map((f) => flagLabel(f, 'de'))).size).toBe(VALUE_FLAGS.length);
  });

  it('uses the terms of the official Zeichenerklärung', () => {
    expect(flagLabel('provisional', 'de')).toBe('vorläufig');
    expect(flagLabel('secret', 'de')).toBe('unbekannt oder geheim');
    expect(flagLabel('not-applicable', 'en')).toBe('not applicable');
    expect(flagDescription('secret', 'de')).toBe('Zahlenwert unbekannt oder geheim zu halten');
    expect(flagDescription('not-applicable', 'de')).toBe(
      'Tabellenfach gesperrt, weil Aussage nicht sinnvoll',
    );
    expect(flagDescription('uncertain', 'de')).toBe('keine Angaben, da Zahlenwert nicht sicher genug');
    expect(flagDescription('not-yet-available', 'de')).toBe('Angabe fällt später an');
  });

  it('symbols round-trip through FLAG_SYMBOLS', () => {
    expect(flagSymbol('limited')).toBe('()');
    expect(flagSymbol('not-yet-available')).toBe('...');
    expect(flagSymbol('nil')).toBe('-');
    for (const flag of VALUE_FLAGS) expect(FLAG_SYMBOLS[flagSymbol(flag)]).toBe(flag);
  });
});

describe('levelLabel', () => {
  it('plural names of region levels', () => {
    expect(levelLabel('kreis', 'de')).toBe('Kreise');
    expect(levelLabel('gemeinde', 'en')).toBe('Municipalities');
  });
});

describe('number of a count', () => {
  it('{count|one|other} picks the word for 1 and for every other count, number or preformatted', () => {
    expect(t('de', 'moreProblems', { count: 1 })).toBe('… und 1 weiteres Problem.');
    expect(t('de', 'moreProblems', { count: 2 })).toBe('… und 2 weitere Probleme.');
    expect(t('en', 'moreProblems', { count: 1 })).toBe('… and 1 more problem.');
    expect(t('en', 'feedInvalid', { count: 0 })).toBe('The data file is invalid (0 problems).');
    expect(t('de', 'feedWarnings', { count: '1' })).toBe('Die Datendatei enthält 1 Warnung.');
    expect(t('de', 'feedWarnings', { count: '1.000' })).toBe('Die Datendatei enthält 1.000 Warnungen.');
    expect(tMap('de', 'map.missingInFeed', { count: 1, keys: '03453098' })).toBe(
      '1 Region der Karte fehlt in der Datendatei: 03453098',
    );
    expect(tMap('en', 'map.summaryMissing', { count: 3 })).toBe('3 regions without a value.');
  });

  it('a choice counts as its placeholder, and stays as it is without the param', () => {
    expect(placeholders('{count} {count|Problem|Probleme} von {total}')).toEqual(['count', 'total']);
    expect(t('de', 'moreProblems', {})).toBe('… und {count} {count|weiteres Problem|weitere Probleme}.');
  });
});

describe('number of a count in feed problems', () => {
  it('the entry that counts the unlisted problems says one or several', async () => {
    const { formatMessage } = await import('../../src/core/feed/messages');
    expect(formatMessage('too-many-issues', { count: 1 })).toEqual({
      de: '1 weiteres Problem wird nicht einzeln aufgeführt.',
      en: '1 more problem is not listed one by one.',
    });
    expect(formatMessage('too-many-issues', { count: 40 }).en).toBe(
      '40 more problems are not listed one by one.',
    );
  });
});
