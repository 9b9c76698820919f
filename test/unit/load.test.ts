/**
 * loadFeed reads feed text as parseFeed does; the JSON syntax scanner is loaded only for text that
 * is not JSON (widgets), so these cases check that its findings still arrive, worded.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseFeed } from '../../src/core/feed/parse';
import { clearFeedCache, FeedLoadError, loadFeed } from '../../src/core/load';

const FEED = {
  version: 1,
  meta: { title: 'T', publisher: 'P', license: 'L', attribution: 'A', date: '2025-01-01' },
  regions: [{ key: '03', name: 'Niedersachsen', level: 'land' }],
  indicators: [
    {
      id: 'q',
      title: 'Q',
      unit: 'percent',
      decimals: 1,
      polarity: 'neutral',
      source: 'S',
      years: [2024],
      values: { '03': [1.5] },
    },
  ],
};

/** `fetch` answers every request with `body` (status 200). */
function serve(body: string): void {
  vi.stubGlobal('fetch', () => Promise.resolve(new Response(body, { status: 200 })));
}

async function loadError(url: string): Promise<FeedLoadError> {
  try {
    await loadFeed(url);
  } catch (err) {
    if (err instanceof FeedLoadError) return err;
    throw err;
  }
  throw new Error('loadFeed resolved');
}

afterEach(() => {
  vi.unstubAllGlobals();
  clearFeedCache();
});

describe('loadFeed', () => {
  it('gives the normalised feed of valid text (a byte order mark is ignored)', async () => {
    const text = '\ufeff' + JSON.stringify(FEED);
    serve(text);
    const result = await loadFeed('https://example.org/a.json');
    expect(result).toEqual(parseFeed(text));
    expect(result.feed!.indicators[0]!.values).toEqual({ '03': [1.5] });
  });

  it('reports a syntax error with line, column and wording, as parseFeed does', async () => {
    const text = '{\n  "version": 1,\n  "meta": tru\n}';
    serve(text);
    const err = await loadError('https://example.org/b.json');
    expect(err.code).toBe('invalid');
    expect(err.issues).toEqual(parseFeed(text).errors);
    expect(err.issues[0]!.code).toBe('json-syntax');
    expect(err.issues[0]!.message.en).toBe(
      'The file is not valid JSON: unexpected character "t" at line 3, column 11.',
    );
  });

  it('reports empty text and content problems as parseFeed does', async () => {
    for (const [i, text] of ['  \n', JSON.stringify({ ...FEED, version: 2 })].entries()) {
      serve(text);
      const err = await loadError(`https://example.org/c${i}.json`);
      expect(err.issues).toEqual(parseFeed(text).errors);
      expect(err.issues.length).toBeGreaterThan(0);
    }
  });
});
