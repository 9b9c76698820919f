/**
 * The work behind the download menu, loaded only when the user chooses a download: the chart's
 * SVG with its computed styles inlined, the standalone document (title, legend, source), PNG
 * rasterisation and the CSV text. Kept out of the widgets' bundles (`export-popup.ts` imports it
 * dynamically).
 */
import {
  composeSvg,
  exportFilename,
  toCsv,
  type ComposedSvg,
  type SvgLegendEntry,
  type TextMeasure,
} from '../../core/export/index';
import type { ExportKind, ExportSource } from './export-menu';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Inherited properties copied when they differ from the parent's value. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;
/** Not inherited: copied when they are not the initial value. */
const OWN: readonly [string, string][] = [['opacity', '1']];

function attrValue(v: string): string {
  // `1.5px` → `1.5`: unitless lengths are what every SVG tool reads
  return /^-?[\d.]+px$/.test(v) ? v.slice(0, -2) : v.replace(/^url\("(#[^"]+)"\)$/, 'url($1)');
}

/**
 * A copy of a chart's `<svg>` with every style that CSS gave it (classes, custom properties,
 * theme) written as presentation attributes, and without classes, ARIA, tabindex and elements
 * that are not displayed. `drop` removes elements matching a selector (interaction overlays).
 */
export function inlineSvg(source: SVGSVGElement, drop?: string): SVGSVGElement {
  const clone = source.cloneNode(true) as SVGSVGElement;
  const walk = (src: Element, dst: Element, parent: CSSStyleDeclaration | null) => {
    const cs = getComputedStyle(src);
    if (cs.display === 'none' || (drop && src.matches(drop))) {
      dst.remove();
      return;
    }
    for (const p of INHERITED) {
      const v = cs.getPropertyValue(p);
      if (v && (!parent || v !== parent.getPropertyValue(p))) dst.setAttribute(p, attrValue(v));
    }
    for (const [p, initial] of OWN) {
      const v = cs.getPropertyValue(p);
      if (v && v !== initial) dst.setAttribute(p, v);
    }
    for (const a of [...dst.attributes])
      if (/^(class|style|tabindex|role|part|aria-.*|data-(link|node|label|hl))$/.test(a.name))
        dst.removeAttribute(a.name);
    const sc = [...src.children];
    const dc = [...dst.children];
    sc.forEach((c, i) => walk(c, dc[i]!, cs));
    // text nodes stay as they are
  };
  walk(source, clone, null);
  clone.setAttribute('xmlns', SVG_NS);
  return clone;
}

/** Markup of an element (XML: escaped text, quoted attributes). */
export function serialize(el: Element): string {
  return new XMLSerializer().serializeToString(el);
}

function text(root: ParentNode, selector: string): string {
  return (root.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The colour behind the widget: its own background, else the nearest ancestor's (through shadow
 * hosts), else white — a light text colour on a dark page must not end up on white.
 */
function backgroundOf(el: Element): string {
  for (let e: Element | null = el; e; e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host || null)) {
    const bg = getComputedStyle(e).backgroundColor;
    if (bg && bg !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return '#ffffff';
}

export interface ChartExportOptions {
  host: HTMLElement;
  chart: SVGSVGElement;
  legend?: readonly SvgLegendEntry[];
  legendTitle?: string;
  /** Elements of the chart to leave out (hover and focus outlines). */
  drop?: string;
  /** Changes the inlined copy before it is serialised (e.g. adds region paths). */
  prepare?: (clone: SVGSVGElement) => void | Promise<void>;
}

/**
 * Text widths as the browser draws them in `fontFamily` (canvas `measureText`); the estimate
 * when there is no 2D context.
 */
function canvasMeasure(fontFamily: string): TextMeasure | undefined {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return undefined;
  return (text, px, bold) => {
    ctx.font = `${bold ? '700 ' : ''}${px}px ${fontFamily}`;
    return ctx.measureText(text).width;
  };
}

/**
 * Composes the standalone SVG of a widget: the chart, plus title, subtitle, notes, source and
 * attribution as the frame shows them (read from the rendered frame, so they are exactly what
 * the reader sees), fonts and colours from the element's computed style.
 */
export async function composeChart(opts: ChartExportOptions): Promise<ComposedSvg> {
  const root = opts.host.shadowRoot ?? opts.host;
  const clone = inlineSvg(opts.chart, opts.drop);
  await opts.prepare?.(clone);
  const cs = getComputedStyle(opts.host);
  const muted = cs.getPropertyValue('--bildung-muted-color').trim() || '#4a4a4a';
  const width = Number(opts.chart.getAttribute('width')) || opts.chart.getBoundingClientRect().width;
  const height = Number(opts.chart.getAttribute('height')) || opts.chart.getBoundingClientRect().height;
  return composeSvg({
    chart: serialize(clone),
    width,
    height,
    title: text(root, '.frame .title'),
    subtitle: text(root, '.frame .subtitle'),
    legend: opts.legend,
    legendTitle: opts.legendTitle,
    notes: [...root.querySelectorAll('.footer .notes li')].map((li) =>
      (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
    ),
    sample: text(root, '.footer .sample'),
    source: text(root, '.footer .source'),
    attribution: text(root, '.footer .attribution'),
    fontFamily: cs.fontFamily,
    fontSize: parseFloat(cs.fontSize) || 16,
    measure: canvasMeasure(cs.fontFamily),
    colors: { text: cs.color, muted, background: backgroundOf(opts.host) },
  });
}

/** The SVG as a `data:` URL: a strict CSP (`img-src 'self' data:`) blocks `blob:` images. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** Rasterises a composed SVG at `scale` (default 2×) into a PNG blob. */
export async function svgToPng(doc: ComposedSvg, scale = 2): Promise<Blob> {
  const img = new Image();
  img.decoding = 'async';
  img.src = svgDataUrl(doc.svg);
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(doc.width * scale);
  canvas.height = Math.round(doc.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'),
  );
}

/** Builds one export of `src`: the blob and its file name. */
export async function buildExport(
  src: ExportSource,
  kind: ExportKind,
): Promise<{ blob: Blob; filename: string }> {
  const filename = exportFilename(src.name, kind);
  if (kind === 'csv')
    return { blob: new Blob([toCsv(src.csv(), src.lang)], { type: 'text/csv;charset=utf-8' }), filename };
  if (kind === 'svg')
    return { blob: new Blob([(await src.svg()).svg], { type: 'image/svg+xml;charset=utf-8' }), filename };
  return { blob: await svgToPng(await (src.pngSvg ?? src.svg)()), filename };
}
