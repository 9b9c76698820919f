import { mapCsv } from '../../core/export/index';
import type { FeedMeta, Lang } from '../../core/feed/types';
import type { MapModel } from '../../core/map/model';
import type { MapGeometry } from '../../core/map/topology';
import { mapTableHtml } from '../../core/static/table-html';
import { composeChart } from '../shared/export-build';
import type { ExportSource } from '../shared/export-menu';
import { CanvasLayer } from './canvas-layer';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Hover and keyboard-focus outlines are not part of an exported map; the selection is. */
const DROP = '.hover, .focus-halo, .focus-ring, .proxy';

export interface MapExportInput {
  host: HTMLElement;
  svg: SVGSVGElement;
  /** The fill canvas of a large map (canvas renderer), else null. */
  canvas: HTMLCanvasElement | null;
  model: MapModel;
  geometry: MapGeometry;
  lang: Lang;
  /** Id prefix of the map's hatch and dot patterns (`<uid>-hatch`, `<uid>-secret`). */
  uid: string;
  legendTitle: string;
  /** Metadata of the feed (publisher, licence, dates) for the static table. */
  meta: FeedMeta;
}

/**
 * The region paths of a canvas map as SVG (the canvas has none): one `<path>` per feature from
 * the geometry's path strings, coloured like `RegionLayer.paint`, then the borders.
 */
function addRegions(clone: SVGSVGElement, input: MapExportInput): void {
  const { model: m, geometry: geom, uid } = input;
  const g = document.createElementNS(SVG_NS, 'g');
  if (geom.pathTransform) g.setAttribute('transform', geom.pathTransform);
  g.setAttribute('stroke', 'none');
  geom.features.forEach((f, i) => {
    const r = m.regions[i];
    const kind = r?.kind ?? 'no-data';
    const p = document.createElementNS(SVG_NS, 'path');
    p.setAttribute('d', f.d);
    p.setAttribute('data-key', f.key);
    p.setAttribute(
      'fill',
      kind === 'value'
        ? (m.colors[r!.cls] ?? `url(#${uid}-hatch)`)
        : `url(#${uid}-${kind === 'secret' ? 'secret' : 'hatch'})`,
    );
    g.append(p);
  });
  const defs = clone.querySelector('defs');
  if (defs) defs.after(g);
  else clone.prepend(g);
  addBorders(g, geom, input.host);
}

/**
 * The borders and the outline of a canvas map (the live SVG has none: the canvas draws them) as
 * two paths right after `below`, styled like the SVG renderer's `.inner-borders` and `.outline`.
 */
function addBorders(below: Element, geom: MapGeometry, host: HTMLElement): void {
  const css = getComputedStyle(host);
  const n = geom.features.length;
  const g = document.createElementNS(SVG_NS, 'g');
  if (geom.pathTransform) g.setAttribute('transform', geom.pathTransform);
  g.setAttribute('fill', 'none');
  g.setAttribute('stroke-linejoin', 'round');
  for (const [d, color, width] of [
    [
      geom.innerBorders,
      css.getPropertyValue('--bildung-map-border-color').trim() || '#ffffff',
      n > 2000 ? 0.25 : n > 300 ? 0.5 : 1,
    ],
    [geom.outline, css.getPropertyValue('--bildung-map-outline-color').trim() || '#4d4d4d', 1.2],
  ] as const) {
    const p = document.createElementNS(SVG_NS, 'path');
    p.setAttribute('d', d);
    p.setAttribute('stroke', color);
    p.setAttribute('stroke-width', String(width));
    p.setAttribute('vector-effect', 'non-scaling-stroke');
    g.append(p);
  }
  below.after(g);
}

/** The fills of a canvas map at 2× as a PNG data URL, placed as an `<image>`, then the borders. */
function addCanvasImage(clone: SVGSVGElement, input: MapExportInput): void {
  const { svg, model, geometry } = input;
  const vb = svg.viewBox.baseVal;
  const width = svg.width.baseVal.value;
  const height = svg.height.baseVal.value;
  const canvas = document.createElement('canvas');
  const layer = new CanvasLayer();
  layer.attach(canvas, geometry);
  layer.draw(
    model,
    { viewBox: [vb.x, vb.y, vb.width, vb.height], width: width * 2, height: height * 2 },
    // borders and outline are vector paths above the image
    {
      borderColor: 'transparent',
      borderWidth: 0,
      outlineColor: 'transparent',
      highlight: null,
    },
  );
  const img = document.createElementNS(SVG_NS, 'image');
  img.setAttribute('x', String(vb.x));
  img.setAttribute('y', String(vb.y));
  img.setAttribute('width', String(vb.width));
  img.setAttribute('height', String(vb.height));
  img.setAttribute('preserveAspectRatio', 'none');
  img.setAttribute('href', canvas.toDataURL('image/png'));
  const defs = clone.querySelector('defs');
  if (defs) defs.after(img);
  else clone.prepend(img);
  addBorders(img, geometry, input.host);
}

/** What `<bildung-map>` exports: CSV from the model, SVG with every region path, PNG. */
export function mapExportSource(input: MapExportInput): ExportSource {
  const { host, svg, canvas, model: m, lang } = input;
  const legend = m.legend.map((e) => ({
    color: e.color,
    label: `${e.label} (${e.count})`,
    pattern: e.id === 'secret' ? ('dots' as const) : ('hatch' as const),
  }));
  const chart = (raster: boolean) =>
    composeChart({
      host,
      chart: svg,
      legend,
      legendTitle: input.legendTitle,
      drop: DROP,
      prepare: canvas
        ? (clone) => (raster ? addCanvasImage(clone, input) : addRegions(clone, input))
        : undefined,
    });
  return {
    lang,
    name: [m.indicator.id, m.year],
    csv: () => mapCsv(m, lang),
    svg: () => chart(false),
    pngSvg: canvas ? () => chart(true) : undefined,
    table: () => mapTableHtml(m, input.meta, lang),
  };
}
