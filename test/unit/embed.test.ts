import { describe, expect, it } from 'vitest';
import {
  checkFeedUrl,
  cspDirectives,
  cspSource,
  cspText,
  embedParamsFor,
  embedProblemMessage,
  feedFileOf,
  embedQuery,
  escapeAttribute,
  iframeSnippet,
  parseEmbedParams,
  renderCommand,
  renderFileBase,
  scriptSnippet,
  shellQuote,
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

describe('shellQuote', () => {
  it('leaves plain words alone and single-quotes everything else', () => {
    expect(shellQuote('https://example.org/feeds/a.feed.json')).toBe('https://example.org/feeds/a.feed.json');
    expect(shellQuote('abgang-ohne-hsa_2023.svg')).toBe('abgang-ohne-hsa_2023.svg');
    expect(shellQuote('03453001 03453')).toBe("'03453001 03453'");
    expect(shellQuote('')).toBe("''");
    expect(shellQuote("O'Brien")).toBe("'O'\\''Brien'");
    expect(shellQuote('$(rm -rf ~); `id` && echo "x" | cat > f * ?')).toBe(
      `'$(rm -rf ~); \`id\` && echo "x" | cat > f * ?'`,
    );
    expect(shellQuote('~/feed.json')).toBe("'~/feed.json'");
    expect(shellQuote('Zeile 1\nZeile 2')).toBe("'Zeile 1\nZeile 2'");
    expect(shellQuote('Übergänge')).toBe("'Übergänge'");
  });
});

describe('renderCommand', () => {
  const feed = 'daten/kreis-03453.feed.json';

  it("writes the map's options, only those that differ from the defaults", () => {
    const map = parse(
      'widget=map&feed=f.json&indicator=abgang-ohne-hsa-gemeinden&level=verband&region=034535401&year=2023' +
        '&scheme=blues&classification=jenks&focus=03453&controls',
    ).config!;
    expect(renderCommand(map, feed, { geoUrl: 'https://example.org/geo/index.json' })).toBe(
      'npx bildung-widgets render --widget bildung-map --feed daten/kreis-03453.feed.json' +
        ' --indicator abgang-ohne-hsa-gemeinden --level verband --attr selected=034535401 --year 2023' +
        ' --scheme blues --classification jenks --focus 03453 --geo-url https://example.org/geo/index.json' +
        ' --svg abgang-ohne-hsa-gemeinden-2023.svg --html abgang-ohne-hsa-gemeinden-2023.html',
    );
    const minimal = parse('widget=map&feed=f.json&indicator=quote&lang=de').config!;
    expect(renderCommand(minimal, feed, { width: 720 })).toBe(
      `npx bildung-widgets render --widget bildung-map --feed ${feed} --indicator quote --svg quote.svg --html quote.html`,
    );
  });

  it('adds --lang and --width when they differ, and writes trend and sankey options', () => {
    const trend = parse(
      'widget=trend&feed=f.json&indicator=betreuungsquote-u3&regions=03453001,03453&no-targets&lang=en',
    ).config!;
    expect(renderCommand(trend, feed, { width: 480.4 })).toBe(
      `npx bildung-widgets render --widget indicator-trend --feed ${feed} --indicator betreuungsquote-u3` +
        " --regions '03453001 03453' --attr no-targets= --lang en --width 480" +
        ' --svg betreuungsquote-u3.svg --html betreuungsquote-u3.html',
    );
    const sankey = parse(
      'widget=sankey&feed=f.json&flow=uebergang-jg5&region=03453&year=2016&controls',
    ).config!;
    expect(renderCommand(sankey, feed, { name: 'übergang', width: 90, imgSrc: '/bilder/übergang.svg' })).toBe(
      `npx bildung-widgets render --widget transition-sankey --feed ${feed} --flow uebergang-jg5 --region 03453` +
        " --year 2016 --width 200 --img-src '/bilder/übergang.svg' --svg 'übergang.svg' --html 'übergang.html'",
    );
  });

  it('quotes what a shell would expand, and never lets a value read as an option', () => {
    const map = parse('widget=map&feed=f.json&indicator=quote').config!;
    expect(renderCommand(map, "a b/it's $HOME.json", { imgSrc: 'https://x.example/k.svg?a=1&b=`id`' })).toBe(
      "npx bildung-widgets render --widget bildung-map --feed 'a b/it'\\''s $HOME.json' --indicator quote" +
        " --img-src 'https://x.example/k.svg?a=1&b=`id`' --svg quote.svg --html quote.html",
    );
    expect(renderCommand(map, '-rf.json')).toContain(' --feed=-rf.json ');
    expect(renderCommand(map, '-r f.json')).toContain(" '--feed=-r f.json' ");
  });

  it('has no command for the feed overview', () => {
    expect(() => renderCommand(parse('widget=info&feed=f.json').config!, feed)).toThrow(RangeError);
  });

  it('names the files after the indicator or flow and the year', () => {
    expect(renderFileBase(parse('widget=sankey&feed=f.json&flow=Übergang%20JG5&year=2023').config!)).toBe(
      'sankey-2023',
    );
    expect(renderFileBase(parse('widget=sankey&feed=f.json&flow=uebergang.jg5&year=2023').config!)).toBe(
      'uebergang.jg5-2023',
    );
    expect(renderFileBase(parse('widget=trend&feed=f.json').config!)).toBe('trend');
  });

  it('finds the local feed file from its address', () => {
    expect(feedFileOf('https://example.org/daten/kreis-03453.feed.json?v=2')).toBe(
      'daten/kreis-03453.feed.json',
    );
    expect(feedFileOf('http://127.0.0.1:5173/feeds/a%20b.json')).toBe('feeds/a b.json');
    expect(feedFileOf('https://example.org/%E0%A4%A.json')).toBe('%E0%A4%A.json');
    expect(feedFileOf('https://example.org/')).toBe('feed.json');
  });
});

describe('CSP directives', () => {
  const page = 'https://www.landkreis.example/bildung/';

  it("names the page's own origin 'self' and every other origin exactly", () => {
    expect(cspSource('/cdn/a.js', page)).toBe("'self'");
    expect(cspSource('https://www.landkreis.example:443/x', page)).toBe("'self'");
    expect(cspSource('http://www.landkreis.example/x', page)).toBe('http://www.landkreis.example');
    expect(cspSource('https://daten.example:8443/f.json', page)).toBe('https://daten.example:8443');
    expect(cspSource('data:', page)).toBe('data:');
  });

  it('script path: the library, feed and geometry, and data: for the PNG download', () => {
    const d = cspDirectives({
      path: 'script',
      pageUrl: page,
      scriptUrl: 'https://www.landkreis.example/assets/bildung-widgets.js',
      feedUrl: 'https://daten.example/feeds/a.feed.json',
      geoUrl: 'https://daten.example/geo/index.json',
    });
    expect(d).toEqual([
      { name: 'script-src', sources: ["'self'"], reasons: ['bundle'] },
      { name: 'connect-src', sources: ['https://daten.example'], reasons: ['feed'] },
      { name: 'img-src', sources: ['data:'], reasons: ['png'] },
    ]);
    expect(cspText(d)).toBe("script-src 'self'; connect-src https://daten.example; img-src data:");
    const geoElsewhere = cspDirectives({
      path: 'script',
      pageUrl: page,
      scriptUrl: 'https://cdn.example/b.js',
      feedUrl: '/feeds/a.json',
      geoUrl: 'https://geo.example/index.json',
      pngDownload: false,
    });
    expect(cspText(geoElsewhere)).toBe(
      "script-src https://cdn.example; connect-src 'self' https://geo.example",
    );
    expect(geoElsewhere[1]!.reasons).toEqual(['feed', 'geo']);
  });

  it('iframe path: frame-src, and script-src only with embed.js', () => {
    const withJs = cspDirectives({
      path: 'iframe',
      pageUrl: page,
      frameUrl: 'https://widgets.example/embed.html?widget=map',
      embedJsUrl: 'https://widgets.example/embed.js',
    });
    expect(cspText(withJs)).toBe('frame-src https://widgets.example; script-src https://widgets.example');
    expect(withJs.map((x) => x.reasons)).toEqual([['frame'], ['resize']]);
    expect(cspText(cspDirectives({ path: 'iframe', pageUrl: page, frameUrl: '/embed.html' }))).toBe(
      "frame-src 'self'",
    );
  });

  it('static path: nothing for the inline SVG, img-src for the <img> variant', () => {
    expect(cspDirectives({ path: 'static', pageUrl: page })).toEqual([]);
    expect(cspText([])).toBe('');
    expect(cspText(cspDirectives({ path: 'static', pageUrl: page, imgUrl: 'karte.svg' }))).toBe(
      "img-src 'self'",
    );
    expect(
      cspText(cspDirectives({ path: 'static', pageUrl: page, imgUrl: 'https://daten.example/karte.svg' })),
    ).toBe('img-src https://daten.example');
  });
});
