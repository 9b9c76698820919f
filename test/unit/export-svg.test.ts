import { describe, expect, it } from 'vitest';
import { cleanChartMarkup, composeSvg, escapeXml, wrapText } from '../../src/core/export/index';

/**
 * A small XML well-formedness check: every tag closes in order, attributes are quoted, no raw
 * `<` or `&` outside tags and entities, exactly one root element. Returns the element names in
 * document order (throws on the first problem).
 */
function wellFormed(xml: string): string[] {
  const names: string[] = [];
  const stack: string[] = [];
  const token =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  let roots = 0;
  for (const m of xml.matchAll(token)) {
    const [whole, close, name, , selfClose, text, stray] = m;
    if (stray) throw new Error(`stray < at ${m.index}: ${xml.slice(m.index, m.index + 40)}`);
    if (text !== undefined) {
      const bad = text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, '');
      if (bad.includes('&')) throw new Error(`raw & in text: ${text.slice(0, 40)}`);
      if (bad.includes('>') && stack.length) throw new Error(`raw > in text: ${text.slice(0, 40)}`);
      if (!stack.length && text.trim()) throw new Error('text outside the root');
      continue;
    }
    if (whole.startsWith('<!--') || whole.startsWith('<?')) continue;
    const attrs = m[3] ?? '';
    if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(attrs))
      throw new Error(`raw & in attribute of ${name}`);
    if (close) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}>`);
      continue;
    }
    if (!stack.length) roots++;
    names.push(name!);
    if (!selfClose) stack.push(name!);
  }
  if (stack.length) throw new Error(`unclosed ${stack.join(' ')}`);
  if (roots !== 1) throw new Error(`${roots} root elements`);
  return names;
}

const CHART =
  '<!--?lit$123$--><svg xmlns="http://www.w3.org/2000/svg" width="300" height="200" viewBox="0 0 300 200">' +
  '<g><path d="M0,0L10,10Z" fill="rgb(0, 114, 178)"></path><!----><text x="5" y="5">a &lt; b</text></g></svg>';

describe('composeSvg', () => {
  const out = composeSvg({
    chart: CHART,
    width: 300,
    height: 200,
    title: 'Quote <script>alert(1)</script> & "mehr"',
    subtitle: '2023',
    legendTitle: 'Legende: Quote',
    legend: [
      { color: '#ffffcc', label: 'bis 5 %' },
      { color: null, label: 'keine Daten', pattern: 'hatch' },
      { color: null, label: 'geheim', pattern: 'dots' },
    ],
    notes: ['Gepunktet: geheim'],
    sample: 'Beispieldaten',
    source: 'Quelle: Testquelle <b>',
    attribution: 'Geometrie: © GeoBasis-DE / BKG 2025',
    fontFamily: 'system-ui, "Segoe UI", sans-serif',
    fontSize: 16,
    colors: { text: '#1a1a1a', muted: '#4a4a4a', background: '#ffffff' },
  });

  it('is one well-formed SVG document with size and viewBox', () => {
    const names = wellFormed(out.svg);
    expect(names[0]).toBe('svg');
    expect(names.filter((n) => n === 'svg')).toHaveLength(2); // the document and the embedded chart
    expect(out.width).toBe(332);
    expect(
      out.svg.startsWith(
        `<svg xmlns="http://www.w3.org/2000/svg" width="332" height="${out.height}" viewBox="0 0 332 ${out.height}"`,
      ),
    ).toBe(true);
    expect(out.height).toBeGreaterThan(200 + 32);
  });

  it('escapes text and keeps title, legend, notes, source and attribution as text', () => {
    expect(out.svg).toContain(
      '<title>Quote &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;mehr&quot;</title>',
    );
    expect(out.svg).not.toContain('<script');
    expect(out.svg).toContain('>Quelle: Testquelle &lt;b&gt;</text>');
    expect(out.svg).toContain('>Geometrie: © GeoBasis-DE / BKG 2025</text>');
    expect(out.svg).toContain('>bis 5 %</text>');
    expect(out.svg).toContain('>keine Daten</text>');
    expect(out.svg).toContain('>Gepunktet: geheim</text>');
    expect(out.svg).toContain('>Beispieldaten</text>');
    expect(out.svg).toContain('>Legende: Quote</text>');
  });

  it('uses presentation attributes only: fonts and colours as attributes, patterns for no-data entries', () => {
    expect(out.svg).not.toMatch(/<style|style=|var\(--/);
    expect(out.svg).toContain(
      'font-family="system-ui, &quot;Segoe UI&quot;, sans-serif" font-size="16" fill="#1a1a1a"',
    );
    expect(out.svg).toContain('fill="#ffffcc" stroke="#4d4d4d"');
    expect(out.svg).toContain('fill="url(#bx-hatch)"');
    expect(out.svg).toContain('fill="url(#bx-dots)"');
    expect(out.svg).toContain('<rect width="332" height="' + out.height + '" fill="#ffffff"/>');
  });

  it('embeds the chart without comments at its place', () => {
    expect(out.svg).not.toContain('<!--');
    expect(out.svg).toMatch(
      /<g transform="translate\(16 [\d.]+\)"><svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="300"/,
    );
    expect(out.svg).toContain('<text x="5" y="5">a &lt; b</text>');
  });

  it('draws line samples for series legends', () => {
    const s = composeSvg({
      chart: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>',
      width: 10,
      height: 10,
      title: 'T',
      legend: [{ color: '#0072b2', label: 'Cloppenburg', shape: 'line', dash: '6 3' }],
    });
    wellFormed(s.svg);
    expect(s.width).toBe(280);
    expect(s.svg).toContain('stroke="#0072b2" stroke-width="2.5" stroke-dasharray="6 3"/>');
  });
});

describe('helpers', () => {
  it('escapeXml escapes markup characters and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0001`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });
  it('wrapText wraps at estimated widths and cuts overlong words', () => {
    expect(wrapText('eins zwei drei vier', 55, 10)).toEqual(['eins zwei', 'drei vier']);
    expect(wrapText('abcdefghijklmn', 55, 10)).toEqual(['abcdefghij', 'klmn']);
  });
  it('wrapText and composeSvg use a measured width when given one', () => {
    // W is wide, i narrow: the measure decides, not the number of characters
    const measure = (s: string, px: number) => [...s].reduce((w, c) => w + (c === 'W' ? px : px * 0.25), 0);
    expect(wrapText('WWW iiii WW', 40, 10, false, measure)).toEqual(['WWW', 'iiii WW']);
    const title = 'WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW';
    const doc = composeSvg({ chart: '<svg/>', width: 300, height: 10, title, fontSize: 10, measure });
    const lines = [...doc.svg.matchAll(/<text[^>]*font-weight="700"[^>]*>([^<]*)<\/text>/g)].map(
      (m) => m[1]!,
    );
    expect(lines.join('')).toBe(title);
    // 300 px inner width at 12 px per W: 25 per line
    expect(lines.map((l) => l.length)).toEqual([25, 19]);
  });
  it('cleanChartMarkup drops comments and the XML declaration', () => {
    expect(cleanChartMarkup('<?xml version="1.0"?><svg><!--x--><g/></svg>')).toBe('<svg><g/></svg>');
  });
});

describe('the well-formedness check itself', () => {
  it('rejects broken markup', () => {
    expect(() => wellFormed('<svg><g></svg>')).toThrow();
    expect(() => wellFormed('<svg><text>a < b</text></svg>')).toThrow();
    expect(() => wellFormed('<svg><text>a & b</text></svg>')).toThrow();
    expect(() => wellFormed('<svg/><svg/>')).toThrow();
  });
});
