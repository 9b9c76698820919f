import { describe, expect, it } from 'vitest';
import {
  checkFeedUrl,
  embedParamsFor,
  embedProblemMessage,
  embedQuery,
  escapeAttribute,
  iframeSnippet,
  parseEmbedParams,
  scriptSnippet,
} from '../../src/core/embed';

const parse = (query: string) => parseEmbedParams(new URLSearchParams(query));

describe('parseEmbedParams', () => {
  it('maps the parameters of a map to attributes, in order', () => {
    expect(
      parse(
        'widget=map&feed=./feeds/kreis-03453.feed.json&indicator=abgang-ohne-hsa&year=2023&region=03453001' +
          '&level=gemeinde&classification=jenks&classes=6&scheme=blues&controls&lang=en&theme=dark&id=bw-1',
      ),
    ).toEqual({
      config: {
        widget: 'map',
        tag: 'bildung-map',
        lang: 'en',
        theme: 'dark',
        id: 'bw-1',
        attributes: [
          ['feed', './feeds/kreis-03453.feed.json'],
          ['indicator', 'abgang-ohne-hsa'],
          ['year', '2023'],
          ['selected', '03453001'],
          ['level', 'gemeinde'],
          ['classification', 'jenks'],
          ['classes', '6'],
          ['scheme', 'blues'],
          ['controls', ''],
        ],
      },
      problems: [],
      lang: 'en',
      id: 'bw-1',
    });
  });

  it('maps region to the attribute of each widget and normalises region lists', () => {
    expect(
      parse('widget=sankey&feed=f.json&flow=uebergang-jg5&region=03453&controls=0').config?.attributes,
    ).toEqual([
      ['feed', 'f.json'],
      ['flow', 'uebergang-jg5'],
      ['region', '03453'],
    ]);
    expect(
      parse('widget=trend&feed=f.json&regions=03453,03%2003453001&no-targets=true').config?.attributes,
    ).toEqual([
      ['feed', 'f.json'],
      ['regions', '03453 03 03453001'],
      ['no-targets', ''],
    ]);
    expect(parse('widget=info&feed=https://example.org/a.json').config).toEqual({
      widget: 'info',
      tag: 'bildung-feed-info',
      lang: 'de',
      theme: 'light',
      id: '',
      attributes: [['feed', 'https://example.org/a.json']],
    });
  });

  it('ignores and reports invalid, unknown, foreign and repeated parameters', () => {
    const result = parse(
      'widget=map&feed=f.json&year=20x3&onload=alert(1)&flow=x&indicator=%3Cimg%3E&classes=12&lang=fr&theme=pink' +
        '&scheme=__proto__&year=2022&id=1%22',
    );
    expect(result.config?.attributes).toEqual([['feed', 'f.json']]);
    expect(result.problems).toEqual([
      { code: 'invalid', param: 'year', value: '20x3' },
      { code: 'unknown-param', param: 'onload', value: 'alert(1)' },
      { code: 'not-for-widget', param: 'flow', value: 'x' },
      { code: 'invalid', param: 'indicator', value: '<img>' },
      { code: 'invalid', param: 'classes', value: '12' },
      { code: 'invalid', param: 'lang', value: 'fr' },
      { code: 'invalid', param: 'theme', value: 'pink' },
      { code: 'invalid', param: 'scheme', value: '__proto__' },
      { code: 'duplicate', param: 'year', value: '2022' },
      { code: 'invalid', param: 'id', value: '1"' },
    ]);
  });

  it('shows no widget without a known widget or a usable feed', () => {
    expect(parse('feed=f.json&lang=en&id=bw-2')).toEqual({
      config: null,
      problems: [{ code: 'missing-widget', param: 'widget' }],
      lang: 'en',
      id: 'bw-2',
    });
    expect(parse('widget=chart&feed=f.json')).toEqual({
      config: null,
      problems: [{ code: 'unknown-widget', param: 'widget', value: 'chart' }],
      lang: 'de',
      id: '',
    });
    expect(parse('widget=toString&feed=f.json').problems[0]?.code).toBe('unknown-widget');
    expect(parse('widget=trend').problems).toEqual([{ code: 'missing-feed', param: 'feed' }]);
    expect(parse('widget=trend&feed=javascript:alert(1)')).toMatchObject({
      config: null,
      problems: [{ code: 'missing-feed', param: 'feed', value: 'javascript:alert(1)' }],
    });
  });

  it('shortens long values in problems', () => {
    const value = parse(`widget=${'x'.repeat(100)}`).problems[0]?.value;
    expect(value).toBe(`${'x'.repeat(59)}…`);
  });
});

describe('checkFeedUrl', () => {
  it('accepts paths and http(s) URLs only', () => {
    expect(checkFeedUrl('./feeds/a.feed.json')).toBe('./feeds/a.feed.json');
    expect(checkFeedUrl('/daten/a.json?v=2')).toBe('/daten/a.json?v=2');
    expect(checkFeedUrl('HTTPS://example.org/a.json')).toBe('HTTPS://example.org/a.json');
    expect(checkFeedUrl('data:application/json,{}')).toBeNull();
    expect(checkFeedUrl('JavaScript:alert(1)')).toBeNull();
    expect(checkFeedUrl('a b.json')).toBeNull();
    expect(checkFeedUrl('a"b.json')).toBeNull();
    expect(checkFeedUrl('a\u0000b.json')).toBeNull();
    expect(checkFeedUrl('a\u007fb.json')).toBeNull();
    expect(checkFeedUrl('')).toBeNull();
    expect(checkFeedUrl(`/${'a'.repeat(2000)}`)).toBeNull();
  });
});

describe('embedParamsFor', () => {
  it('lists the parameters of each widget', () => {
    expect(embedParamsFor('sankey')).toEqual([
      'feed',
      'flow',
      'region',
      'year',
      'highlight',
      'controls',
      'unit',
      'node-order',
    ]);
    expect(embedParamsFor('info')).toEqual(['feed']);
  });
});

describe('embedProblemMessage', () => {
  it('names the problem in German and English', () => {
    expect(embedProblemMessage({ code: 'unknown-widget', param: 'widget', value: 'chart' }, 'de')).toBe(
      'Unbekanntes Widget „chart“. Parameter „widget“ erlaubt: map, trend, sankey, info.',
    );
    expect(embedProblemMessage({ code: 'unknown-widget', param: 'widget', value: 'chart' }, 'en')).toBe(
      'Unknown widget "chart". Parameter "widget" allows: map, trend, sankey, info.',
    );
    expect(embedProblemMessage({ code: 'missing-feed', param: 'feed' }, 'de')).toBe(
      'Keine Datenquelle angegeben (Parameter „feed“).',
    );
    expect(embedProblemMessage({ code: 'invalid', param: 'year', value: '20x3' }, 'en')).toBe(
      'Parameter "year" ignored: invalid value "20x3".',
    );
  });
});

describe('embedQuery', () => {
  it('writes the parameters, booleans as 1, and round-trips through parseEmbedParams', () => {
    const query = embedQuery({
      widget: 'map',
      lang: 'en',
      theme: 'light',
      id: 'bw-map',
      params: [
        ['feed', 'https://example.org/feeds/a b.json'],
        ['indicator', 'quote'],
        ['year', ''],
        ['controls', true],
        ['renderer', false],
      ],
    });
    expect(query).toBe(
      'widget=map&feed=https%3A%2F%2Fexample.org%2Ffeeds%2Fa+b.json&indicator=quote&controls=1&lang=en&id=bw-map',
    );
    const back = parse(embedQuery({ widget: 'trend', theme: 'dark', params: [['feed', 'a.json']] }));
    expect(back.config).toMatchObject({ theme: 'dark', attributes: [['feed', 'a.json']] });
  });
});

describe('snippets', () => {
  const config = parse('widget=map&feed=./feeds/a.json&indicator=quote&controls&lang=en').config!;

  it('script tag + element with an absolute feed URL and escaped attributes', () => {
    expect(
      scriptSnippet(
        config,
        'https://example.org/cdn/bildung-widgets.js',
        'https://example.org/feeds/a.json?x=1&y="2"',
      ),
    ).toBe(
      '<script type="module" src="https://example.org/cdn/bildung-widgets.js"></script>\n' +
        '<bildung-map feed="https://example.org/feeds/a.json?x=1&amp;y=&quot;2&quot;" indicator="quote" controls lang="en"></bildung-map>',
    );
  });

  it('iframe + embed.js', () => {
    expect(
      iframeSnippet({
        src: 'https://example.org/embed.html?widget=map&id=bw-1',
        embedJsUrl: 'https://example.org/embed.js',
        title: 'Karte: <Quote> & mehr',
        id: 'bw-1',
        height: 719.6,
      }),
    ).toBe(
      '<iframe data-bildung-embed="bw-1" src="https://example.org/embed.html?widget=map&amp;id=bw-1" title="Karte: &lt;Quote&gt; &amp; mehr" width="100%" height="720" loading="lazy"></iframe>\n' +
        '<script src="https://example.org/embed.js" defer></script>',
    );
  });

  it('escapeAttribute', () => {
    expect(escapeAttribute(`a&b"c<d>e'f`)).toBe(`a&amp;b&quot;c&lt;d&gt;e'f`);
  });
});
