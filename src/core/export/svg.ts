/**
 * A standalone SVG document of a chart for download: title, subtitle, the chart itself, legend,
 * notes, source line and attribution in one self-contained file. Styles are presentation
 * attributes only (no `<style>`, no CSS custom properties, no external fonts or images), so the
 * file looks the same in a browser, Inkscape or a word processor, and an `<img>` can rasterise it
 * under a strict Content-Security-Policy. Text is escaped; the chart markup comes from
 * `XMLSerializer` (already well-formed) and loses only comments and an XML declaration.
 */
import { NO_DATA_COLOR, NO_DATA_HATCH_COLOR } from '../colors';

export interface SvgLegendEntry {
  /** Fill (box) or stroke (line) colour; null draws the pattern. */
  color: string | null;
  label: string;
  /** Pattern for entries without a colour: the no-data hatch (default) or the secrecy dots. */
  pattern?: 'hatch' | 'dots';
  /** `line` draws a line sample (trend series), `box` a filled swatch (default). */
  shape?: 'box' | 'line';
  /** `stroke-dasharray` of a line sample. */
  dash?: string | null;
}

export interface SvgColors {
  text: string;
  muted: string;
  /** Page background; null keeps the document transparent. */
  background: string | null;
}

export interface ComposeSvgOptions {
  /** The chart's `<svg>` element as markup (serialised, styles inlined as attributes). */
  chart: string;
  /** Size of the chart in CSS px. */
  width: number;
  height: number;
  title: string;
  subtitle?: string;
  legendTitle?: string;
  legend?: readonly SvgLegendEntry[];
  notes?: readonly string[];
  /** The sample-data badge text, when the data are invented. */
  sample?: string;
  /** The whole source line, e.g. "Quelle: Regionaldatenbank …". */
  source?: string;
  attribution?: string;
  fontFamily?: string;
  /** Base font size in px (default 16). */
  fontSize?: number;
  colors?: Partial<SvgColors>;
  /**
   * Width of a text in px as the browser draws it (e.g. canvas `measureText` with the widget's
   * font); without it, widths are estimated from the number of characters.
   */
  measure?: TextMeasure;
}

/** Width in px of `text` at `px` font size, bold or regular. */
export type TextMeasure = (text: string, px: number, bold: boolean) => number;

export interface ComposedSvg {
  svg: string;
  width: number;
  height: number;
}

const PAD = 16;
const DEFAULT_COLORS: SvgColors = { text: '#1a1a1a', muted: '#4a4a4a', background: '#ffffff' };

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return (
    text
      // characters XML 1.0 does not allow at all
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

/** Estimated width of a text in px (no font metrics in core): 0.55 em per character, 0.6 bold. */
export function estimateWidth(text: string, size: number, bold = false): number {
  return text.length * size * (bold ? 0.6 : 0.55);
}

/**
 * Greedy word wrap to `max` px; words longer than a line are cut. Widths come from `measure`
 * when given, else from `estimateWidth`.
 */
export function wrapText(
  text: string,
  max: number,
  size: number,
  bold = false,
  measure: TextMeasure = (s, px, b) => estimateWidth(s, px, b),
): string[] {
  const fits = (s: string) => measure(s, size, bold) <= max + 1e-6;
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (!fits(word) && word.length > 1) {
      if (line) lines.push(line);
      line = '';
      let n = word.length - 1;
      while (n > 1 && !fits(word.slice(0, n))) n--;
      lines.push(word.slice(0, n));
      word = word.slice(n);
    }
    const next = line ? `${line} ${word}` : word;
    if (line && !fits(next)) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The chart markup without comments and XML declaration (Lit leaves comment markers). */
export function cleanChartMarkup(markup: string): string {
  return markup
    .replace(/<\?xml[^>]*\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .trim();
}

const r1 = (n: number) => String(Math.round(n * 10) / 10);

/** Composes the standalone SVG document. */
export function composeSvg(opts: ComposeSvgOptions): ComposedSvg {
  const size = opts.fontSize && opts.fontSize > 0 ? opts.fontSize : 16;
  const colors: SvgColors = { ...DEFAULT_COLORS, ...opts.colors };
  const width = Math.ceil(Math.max(opts.width + 2 * PAD, 280));
  const inner = width - 2 * PAD;
  const measure: TextMeasure = opts.measure ?? ((s, px, b) => estimateWidth(s, px, b));
  const out: string[] = [];
  let y = PAD;

  const textBlock = (text: string, px: number, opt: { bold?: boolean; muted?: boolean } = {}) => {
    const lh = Math.round(px * 1.3);
    for (const line of wrapText(text, inner, px, opt.bold, measure)) {
      y += lh;
      const attrs = [
        `x="${PAD}"`,
        `y="${r1(y - lh * 0.28)}"`,
        `font-size="${r1(px)}"`,
        opt.bold ? 'font-weight="700"' : '',
        opt.muted ? `fill="${escapeXml(colors.muted)}"` : '',
      ].filter(Boolean);
      out.push(`<text ${attrs.join(' ')}>${escapeXml(line)}</text>`);
    }
  };

  if (opts.title) textBlock(opts.title, size * 1.2, { bold: true });
  if (opts.subtitle) textBlock(opts.subtitle, size, { muted: true });
  y += 8;
  out.push(`<g transform="translate(${PAD} ${r1(y)})">${cleanChartMarkup(opts.chart)}</g>`);
  y += opts.height + 8;

  const legend = opts.legend ?? [];
  if (legend.length) {
    const px = size * 0.85;
    if (opts.legendTitle) textBlock(opts.legendTitle, px, { bold: true });
    const lh = Math.round(px * 1.6);
    let x = PAD;
    y += lh;
    for (const e of legend) {
      const w = 18 + 6 + measure(e.label, px, false) + 16;
      if (x > PAD && x + w > PAD + inner) {
        x = PAD;
        y += lh;
      }
      const mid = y - lh / 2;
      const paint = e.color ? escapeXml(e.color) : `url(#bx-${e.pattern ?? 'hatch'})`;
      out.push(
        e.shape === 'line'
          ? `<line x1="${r1(x)}" y1="${r1(mid)}" x2="${r1(x + 18)}" y2="${r1(mid)}" stroke="${paint}" stroke-width="2.5"${
              e.dash ? ` stroke-dasharray="${escapeXml(e.dash)}"` : ''
            }/>`
          : `<rect x="${r1(x + 0.5)}" y="${r1(mid - 6.5)}" width="17" height="13" fill="${paint}" stroke="#4d4d4d"/>`,
      );
      out.push(
        `<text x="${r1(x + 24)}" y="${r1(mid + px * 0.35)}" font-size="${r1(px)}">${escapeXml(e.label)}</text>`,
      );
      x += w;
    }
    y += 8;
  }

  const small = size * 0.8;
  if (opts.sample) textBlock(opts.sample, small, { bold: true });
  for (const n of opts.notes ?? []) textBlock(n, small, { muted: true });
  if (opts.source) textBlock(opts.source, small, { muted: true });
  if (opts.attribution) textBlock(opts.attribution, small, { muted: true });
  const height = Math.ceil(y + PAD);

  const font = escapeXml(opts.fontFamily || 'system-ui, sans-serif');
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${font}" font-size="${r1(size)}" fill="${escapeXml(colors.text)}">`,
    `<title>${escapeXml(opts.title)}</title>`,
    '<defs>',
    `<pattern id="bx-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="${NO_DATA_COLOR}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${NO_DATA_HATCH_COLOR}" stroke-width="1.5"/></pattern>`,
    '<pattern id="bx-dots" patternUnits="userSpaceOnUse" width="6" height="6"><rect width="6" height="6" fill="#ffffff"/><circle cx="3" cy="3" r="1.4" fill="#1a1a1a"/></pattern>',
    '</defs>',
    colors.background
      ? `<rect width="${width}" height="${height}" fill="${escapeXml(colors.background)}"/>`
      : '',
    ...out,
    '</svg>',
  ]
    .filter(Boolean)
    .join('\n');
  return { svg, width, height };
}
