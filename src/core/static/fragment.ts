/**
 * The static HTML fragment of a widget (issue #9 item 2): paste it into a CMS that allows no
 * scripts at all, and it still shows the chart (inline SVG or an `<img>`) and a table with every
 * value. When the page does load the script, the surrounding element upgrades to the live widget,
 * which reads that table (or `feed`, when given) and hides the static picture (its shadow root has
 * no slot). When an editor strips the unknown element, its children stay: picture and table.
 *
 * ```html
 * <bildung-map indicator="abgang-ohne-hsa" year="2023" lang="de">
 *   <figure class="bildung-static"><svg role="img" aria-label="…" viewBox="…">…</svg></figure>
 *   <table data-indicator="abgang-ohne-hsa" …>…</table>
 * </bildung-map>
 * ```
 * No `style` attributes, no scripts, no external references: it works under any
 * Content-Security-Policy. The SVG keeps its `viewBox` but not its width and height, so it scales
 * to the column it is placed in; its ids get a prefix so several fragments can share a page.
 */
import type { Lang } from '../feed/types';
import { escapeXml } from '../export/svg';

export type StaticWidget = 'bildung-map' | 'indicator-trend' | 'transition-sankey';
export const STATIC_WIDGETS: readonly StaticWidget[] = [
  'bildung-map',
  'indicator-trend',
  'transition-sankey',
];

/**
 * Widget attributes the `render` command takes as options of their own (`--year 2023`); any other
 * goes through `--attr name=value`.
 */
export const RENDER_ATTRIBUTES = [
  'indicator',
  'year',
  'region',
  'regions',
  'highlight',
  'from',
  'to',
  'level',
  'focus',
  'flow',
  'scheme',
  'classification',
  'classes',
  'breaks',
  'renderer',
] as const;

export interface StaticFragmentOptions {
  tag: StaticWidget;
  /** The live widget's attributes (indicator, year, region, lang, scheme, level, geo, feed …). */
  attrs: Readonly<Record<string, string | number | null | undefined>>;
  /** The standalone SVG document (as `renderStatic()` or a download returns it). */
  svg: string;
  /** The data table (table-source markup). */
  table: string;
  lang: Lang;
  /** When given: `<img src alt>` pointing to the SVG file instead of the inline SVG. */
  imgSrc?: string;
  /** Prefix for the SVG's ids (default: derived from the SVG). */
  idPrefix?: string;
}

const ATTR_NAME = /^[a-z][a-z0-9-]*$/;
const HINT = {
  de: 'Alle Werte stehen in der Tabelle unter dem Diagramm.',
  en: 'All values are in the table below the chart.',
};

/** A short stable hash (FNV-1a, base 36) of a text. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Gives every `id` of an SVG document a prefix and follows the references (`url(#…)`, `href="#…"`). */
export function prefixSvgIds(svg: string, prefix: string): string {
  const ids = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  if (!ids.size) return svg;
  const ref = (id: string) => (ids.has(id) ? prefix + id : id);
  return svg
    .replace(/(\sid=")([^"]+)"/g, (_, a: string, id: string) => `${a}${ref(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${ref(id)})`)
    .replace(/(\s(?:xlink:)?href=")#([^"]+)"/g, (_, a: string, id: string) => `${a}#${ref(id)}"`)
    .replace(
      /(\saria-(?:labelledby|describedby)=")([^"]+)"/g,
      (_, a: string, list: string) => `${a}${list.split(/\s+/).map(ref).join(' ')}"`,
    );
}

/** The `<title>` text of an SVG document ('' when it has none). */
function svgTitle(svg: string): string {
  const m = /<title>([\s\S]*?)<\/title>/.exec(svg);
  return m
    ? m[1]!
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&')
    : '';
}

/** The SVG for inline use in HTML: no XML declaration, no fixed size, an accessible name, own ids. */
export function svgForHtml(svg: string, label: string, prefix: string): string {
  let s = svg.replace(/<\?xml[^>]*\?>\s*/g, '').trim();
  s = s.replace(/^<svg\b([^>]*)>/, (_, attrs: string) => {
    const kept = attrs.replace(/\s(width|height|role|aria-label)="[^"]*"/g, '');
    return `<svg${kept} role="img" aria-label="${escapeXml(label)}">`;
  });
  return prefixSvgIds(s, prefix);
}

/** The fragment: the widget element around the picture and the table. */
export function staticFragment(opts: StaticFragmentOptions): string {
  const title = svgTitle(opts.svg);
  const label = [title, HINT[opts.lang]].filter(Boolean).join(' – ');
  const attrs = Object.entries(opts.attrs)
    .filter(([name, v]) => ATTR_NAME.test(name) && v !== undefined && v !== null && v !== '')
    .map(([name, v]) => ` ${name}="${escapeXml(String(v))}"`)
    .join('');
  const open = /<svg\b[^>]*>/.exec(opts.svg)?.[0] ?? '';
  const dim = (name: string) => new RegExp(`\\s${name}="(\\d+(?:\\.\\d+)?)"`).exec(open)?.[1];
  const [w, h] = [dim('width'), dim('height')];
  const picture = opts.imgSrc
    ? `<img src="${escapeXml(opts.imgSrc)}" alt="${escapeXml(label)}"${
        w && h ? ` width="${w}" height="${h}"` : ''
      }>`
    : svgForHtml(opts.svg, label, opts.idPrefix ?? `bs${hash(opts.svg)}-`);
  return [
    `<${opts.tag}${attrs}>`,
    `<figure class="bildung-static">`,
    picture,
    `</figure>`,
    opts.table.trim(),
    `</${opts.tag}>`,
    '',
  ].join('\n');
}
