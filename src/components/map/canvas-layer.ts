import { NO_DATA_COLOR, NO_DATA_HATCH_COLOR } from '../../core/colors';
import type { MapModel } from '../../core/map/model';
import type { MapGeometry } from '../../core/map/topology';

/** Where the map is drawn: the viewBox in km and the CSS pixel size. */
export interface CanvasView {
  viewBox: readonly [number, number, number, number];
  width: number;
  height: number;
}

export interface CanvasStyle {
  borderColor: string;
  /** Width of the borders in CSS px; 0 draws neither borders nor the outline (1.2 px). */
  borderWidth: number;
  outlineColor: string;
  /** Legend highlight: class index, `no-data`, `secret` or null. */
  highlight: number | 'no-data' | 'secret' | null;
}

type Transform = [number, number, number, number, number, number];

/**
 * A large map (thousands of regions) on a canvas: one `Path2D` per region, built once per geometry
 * from the shared arcs (no path strings), then the borders and the outline. The borders are drawn
 * once per geometry, size and style into an offscreen canvas and copied over the fills, so a year
 * switch repaints the fills and one image without touching the DOM. Focus, hover and selection
 * stay in the SVG above it.
 */
export class CanvasLayer {
  private canvas: HTMLCanvasElement | null = null;
  private geometry: MapGeometry | null = null;
  private paths: Path2D[] = [];
  private inner: Path2D | null = null;
  private outline: Path2D | null = null;
  private transform: Transform = [1, 0, 0, 1, 0, 0];
  private view: CanvasView | null = null;
  /** Borders and outline at the current size and style, and what they were drawn for. */
  private borders: OffscreenCanvas | HTMLCanvasElement | null = null;
  private bordersFor = '';
  /** What the canvas shows now (see `draw`). */
  private drawn: unknown[] = [];

  attach(canvas: HTMLCanvasElement, geometry: MapGeometry): void {
    if (geometry !== this.geometry) {
      this.geometry = geometry;
      this.paths = geometry.features.map((_, i) => {
        const p = new Path2D();
        geometry.trace(i, p);
        return p;
      });
      this.inner = new Path2D();
      geometry.traceBorders('inner', this.inner);
      this.outline = new Path2D();
      geometry.traceBorders('outline', this.outline);
      this.bordersFor = '';
    }
    this.canvas = canvas;
  }

  /**
   * Paints every region with its class colour (or pattern), then borders and outline. Does nothing
   * when model, view, style, canvas and pixel ratio are those of the last call (a re-render that
   * changed something else, e.g. the hover outline).
   */
  draw(model: MapModel, view: CanvasView, style: CanvasStyle): void {
    const canvas = this.canvas;
    const geom = this.geometry;
    if (!canvas || !geom) return;
    const dpr = Math.min(globalThis.devicePixelRatio || 1, 3);
    const drawn = [
      model,
      canvas,
      geom,
      dpr,
      ...view.viewBox,
      view.width,
      view.height,
      ...Object.values(style),
    ];
    if (drawn.length === this.drawn.length && drawn.every((v, i) => v === this.drawn[i])) return;
    this.drawn = drawn;
    const w = Math.round(view.width * dpr);
    const h = Math.round(view.height * dpr);
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    canvas.style.width = `${view.width}px`;
    canvas.style.height = `${view.height}px`;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    this.view = view;
    const [vx, vy, vw] = view.viewBox;
    const kmPerPx = vw / view.width;
    const [ux, uy] = geom.unit;
    const [tx, ty] = geom.origin;
    // path units → km (topology transform) → CSS px (viewBox) → device px
    this.transform = [
      (ux / kmPerPx) * dpr,
      0,
      0,
      (uy / kmPerPx) * dpr,
      ((tx - vx) / kmPerPx) * dpr,
      ((ty - vy) / kmPerPx) * dpr,
    ];
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, w, h);
    ctx.setTransform(...this.transform);

    // group by fill to change fillStyle as rarely as possible; patterns only when a region needs one
    const groups = new Map<number | 'no-data' | 'secret', number[]>();
    const { regions, colors } = model;
    const hl = style.highlight;
    const dimmed: number[] = [];
    for (let i = 0; i < this.paths.length; i++) {
      const r = regions[i];
      const id = r?.kind === 'value' ? r.cls : (r?.kind ?? 'no-data');
      if (hl !== null && id !== hl) dimmed.push(i);
      let list = groups.get(id);
      if (!list) groups.set(id, (list = []));
      list.push(i);
    }
    for (const [id, list] of groups) {
      ctx.fillStyle =
        typeof id === 'number'
          ? (colors[id] ?? NO_DATA_COLOR)
          : id === 'secret'
            ? (pattern(ctx, 'dots', dpr, this.transform) ?? '#fff')
            : (pattern(ctx, 'hatch', dpr, this.transform) ?? NO_DATA_COLOR);
      for (const i of list) ctx.fill(this.paths[i]!);
    }
    if (dimmed.length) {
      ctx.fillStyle = 'rgba(255,255,255,0.8)';
      for (const i of dimmed) ctx.fill(this.paths[i]!);
    }
    const borders = this.bordersImage(w, h, dpr, style);
    if (borders) {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.drawImage(borders, 0, 0);
    }
  }

  /** The borders and the outline on a transparent canvas of the map's size, drawn when they changed. */
  private bordersImage(
    w: number,
    h: number,
    dpr: number,
    style: CanvasStyle,
  ): OffscreenCanvas | HTMLCanvasElement | null {
    if (!style.borderWidth) return null;
    const key = [w, h, ...this.transform, style.borderColor, style.borderWidth, style.outlineColor].join('|');
    if (this.borders && key === this.bordersFor) return this.borders;
    let image = this.borders;
    if (!image || image.width !== w || image.height !== h) {
      if (typeof OffscreenCanvas === 'function') image = new OffscreenCanvas(w, h);
      else {
        image = document.createElement('canvas');
        image.width = w;
        image.height = h;
      }
    }
    const ctx = image.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
    if (!ctx) return null;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, w, h);
    ctx.setTransform(...this.transform);
    const scale = (Math.abs(this.transform[0]) + Math.abs(this.transform[3])) / 2 / dpr; // CSS px per path unit
    ctx.lineJoin = 'round';
    ctx.strokeStyle = style.borderColor;
    ctx.lineWidth = style.borderWidth / scale;
    ctx.stroke(this.inner!);
    ctx.strokeStyle = style.outlineColor;
    ctx.lineWidth = 1.2 / scale;
    ctx.stroke(this.outline!);
    this.borders = image;
    this.bordersFor = key;
    return image;
  }

  /** Index of the region at client coordinates, or −1. */
  hitTest(clientX: number, clientY: number): number {
    const canvas = this.canvas;
    const geom = this.geometry;
    const view = this.view;
    if (!canvas || !geom || !view) return -1;
    const rect = canvas.getBoundingClientRect();
    const px = clientX - rect.left;
    const py = clientY - rect.top;
    const kmPerPx = view.viewBox[2] / view.width;
    const x = view.viewBox[0] + px * kmPerPx;
    const y = view.viewBox[1] + py * kmPerPx;
    const ctx = canvas.getContext('2d');
    if (!ctx) return -1;
    ctx.setTransform(...this.transform);
    const dpr = this.transform[0] / (geom.unit[0] / kmPerPx);
    const features = geom.features;
    for (let i = 0; i < features.length; i++) {
      const b = features[i]!.bbox;
      if (x < b[0] || x > b[2] || y < b[1] || y > b[3]) continue;
      if (ctx.isPointInPath(this.paths[i]!, px * dpr, py * dpr)) return i;
    }
    return -1;
  }
}

/** Pattern tiles by kind and device pixel ratio (drawn once). */
const tiles = new Map<string, OffscreenCanvas>();

/** A 6 px hatch or dot pattern that keeps its pixel size under the map's transform. */
function pattern(
  ctx: CanvasRenderingContext2D,
  kind: 'hatch' | 'dots',
  dpr: number,
  transform: readonly number[],
): CanvasPattern | null {
  const size = Math.round(6 * dpr);
  const tile = tiles.get(`${kind}|${size}`) ?? drawTile(kind, size, dpr);
  if (!tile) return null;
  const p = ctx.createPattern(tile, 'repeat');
  // undo the map transform so the pattern stays in device pixels
  p?.setTransform(
    new DOMMatrix([
      1 / transform[0]!,
      0,
      0,
      1 / transform[3]!,
      -transform[4]! / transform[0]!,
      -transform[5]! / transform[3]!,
    ]),
  );
  return p;
}

function drawTile(kind: 'hatch' | 'dots', size: number, dpr: number): OffscreenCanvas | null {
  const tile = new OffscreenCanvas(size, size);
  const t = tile.getContext('2d');
  if (!t) return null;
  t.fillStyle = kind === 'hatch' ? NO_DATA_COLOR : '#ffffff';
  t.fillRect(0, 0, size, size);
  if (kind === 'hatch') {
    t.strokeStyle = NO_DATA_HATCH_COLOR;
    t.lineWidth = 1.5 * dpr;
    t.beginPath();
    t.moveTo(-1, size + 1);
    t.lineTo(size + 1, -1);
    t.moveTo(-1, 1);
    t.lineTo(1, -1);
    t.moveTo(size - 1, size + 1);
    t.lineTo(size + 1, size - 1);
    t.stroke();
  } else {
    t.fillStyle = '#1a1a1a';
    t.beginPath();
    t.arc(size / 2, size / 2, 1.4 * dpr, 0, Math.PI * 2);
    t.fill();
  }
  tiles.set(`${kind}|${size}`, tile);
  return tile;
}
