/**
 * checkFeed / checkFeedText record issues without their wording; validateFeed / parseFeed and
 * withMessagesLoaded word them, identically; when the messages cannot be loaded (a failed chunk
 * request in the browser), every issue still gets a text naming its code.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkFeed, checkFeedText, withMessagesLoaded } from '../../src/core/feed/check';
import { parseFeed } from '../../src/core/feed/parse';
import { validateFeed } from '../../src/core/feed/validate';

const FEED = {
  version: 1,
  meta: {
    title: 'Bildung im Landkreis',
    publisher: 'Landkreis Cloppenburg',
    license: 'dl-de/by-2-0',
    attribution: 'Landkreis Cloppenburg',
    date: '2024-05-01',
  },
  regions: [{ key: '03453', name: 'Landkreis Cloppenburg', level: 'kreis' }],
  indicators: [
    {
      id: 'quote',
      title: 'Quote',
      unit: 'percent',
      decimals: 1,
      polarity: 'lower-is-better',
      source: 'LSN',
      years: [2022, 2023],
      values: { '03453': [5.1, 4.9] },
    },
  ],
};
const BAD = {
  ...FEED,
  extra: true,
  indicators: [{ ...FEED.indicators[0]!, years: ['2022', 2023], decimals: 'eins', values: { '99999': [1] } }],
};

afterEach(() => {
  vi.doUnmock('../../src/core/feed/messages');
  vi.resetModules();
});

describe('checkFeed', () => {
  it('finds the same issues as validateFeed, with code and params but no message', () => {
    const checked = checkFeed(BAD);
    const validated = validateFeed(BAD);
    expect(checked.ok).toBe(false);
    expect(checked.errors.map((i) => [i.path, i.code])).toEqual(
      validated.errors.map((i) => [i.path, i.code]),
    );
    expect(checked.warnings.map((i) => [i.path, i.code])).toEqual([['$.extra', 'unknown-property']]);
    expect(checked.errors.every((i) => !('message' in i))).toBe(true);
    expect(checked.errors.find((i) => i.code === 'not-integer')!.params).toEqual({
      field: 'decimals',
      found: { de: 'Text „eins“', en: 'text "eins"' },
    });
  });

  it('gives the normalised feed of a valid feed, as validateFeed does', () => {
    const checked = checkFeed(FEED);
    expect(checked).toEqual({ ok: true, feed: validateFeed(FEED).feed, errors: [], warnings: [] });
  });

  it('checkFeedText reports size and syntax problems as parseFeed does', () => {
    for (const text of ['', '{"version": 1,', JSON.stringify(BAD), 'x'.repeat(30)]) {
      const checked = checkFeedText(text, { maxBytes: 20 });
      const parsed = parseFeed(text, { maxBytes: 20 });
      expect(checked.errors.map((i) => i.code)).toEqual(parsed.errors.map((i) => i.code));
    }
    expect(checkFeedText('{"a": tru}').errors[0]!.params).toEqual({
      problem: { de: 'unerwartetes Zeichen „t“', en: 'unexpected character "t"' },
      line: 1,
      column: 7,
    });
  });
});

describe('withMessagesLoaded', () => {
  it('words every issue exactly as validateFeed and parseFeed do', async () => {
    expect(await withMessagesLoaded(checkFeed(BAD))).toEqual(validateFeed(BAD));
    const text = '{"version": 1, "meta": [}';
    expect(await withMessagesLoaded(checkFeedText(text))).toEqual(parseFeed(text));
    expect((await withMessagesLoaded(checkFeed(BAD))).errors[0]!.message.de).toBe(
      'Nachkommastellen (decimals) muss eine ganze Zahl sein, gefunden: Text „eins“.',
    );
  });

  it('returns a valid feed without issues as it is', async () => {
    expect(await withMessagesLoaded(checkFeed(FEED))).toEqual(validateFeed(FEED));
  });

  it('names the code of each issue when the messages cannot be loaded', async () => {
    vi.resetModules();
    vi.doMock('../../src/core/feed/messages', () => {
      throw new Error('chunk request failed');
    });
    const { checkFeed: check, withMessagesLoaded: word } = await import('../../src/core/feed/check');
    const result = await word(check(BAD));
    expect(result.ok).toBe(false);
    expect(result.errors.length).toBe(validateFeed(BAD).errors.length);
    expect(result.errors[0]).toEqual({
      path: '$.indicators[0].decimals',
      code: 'not-integer',
      message: {
        de: 'Problem „not-integer“ (Beschreibung nicht geladen)',
        en: 'Problem "not-integer" (description not loaded)',
      },
    });
    expect(result.warnings[0]!.message.en).toBe('Problem "unknown-property" (description not loaded)');
  });
});
