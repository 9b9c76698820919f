import type { Feed } from '../../core/feed/types';
import type { MapModel } from '../../core/map/model';
import type { MapGeometry } from '../../core/map/topology';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The region paths of a map, managed outside Lit's template: they are created once per geometry
 * (and once per `<g>`, should the template re-create it), and a year, indicator or classification
 * change only rewrites the `fill` and `class` of paths whose class changed. Only the active region
 * carries `tabindex`, `role` and `aria-label` (roving focus: one Tab stop for the whole map).
 */
export class RegionLayer {
  private g: SVGGElement | null = null;
  private geometry: MapGeometry | null = null;
  private paths: SVGPathElement[] = [];
  private readonly index = new WeakMap<Element, number>();
  private fills: string[] = [];
  private classes: string[] = [];
  private active = -1;

  /** Builds the paths when the group or the geometry changed. */
  attach(g: SVGGElement, geometry: MapGeometry): void {
    if (g === this.g && geometry === this.geometry) return;
    this.g = g;
    this.geometry = geometry;
    this.active = -1;
    const frag = document.createDocumentFragment();
    this.paths = geometry.features.map((f, i) => {
      const p = document.createElementNS(SVG_NS, 'path');
      p.setAttribute('d', f.d);
      p.setAttribute('data-key', f.key);
      this.index.set(p, i);
      frag.append(p);
      return p;
    });
    g.replaceChildren(frag);
    this.fills = new Array<string>(this.paths.length).fill('');
    this.classes = new Array<string>(this.paths.length).fill('');
  }

  /** Colours every region from the model; touches only paths whose fill or class changed. */
  paint(model: MapModel, hatchId: string, secretId: string): void {
    const hatch = `url(#${hatchId})`;
    const secret = `url(#${secretId})`;
    const { regions, colors } = model;
    for (let i = 0; i < this.paths.length; i++) {
      const r = regions[i];
      const kind = r?.kind ?? 'no-data';
      const fill = kind === 'value' ? (colors[r!.cls] ?? hatch) : kind === 'secret' ? secret : hatch;
      const cls = kind === 'value' ? `c${r!.cls}` : kind === 'secret' ? 'sx' : 'nd';
      if (fill !== this.fills[i]) {
        this.paths[i]!.setAttribute('fill', fill);
        this.fills[i] = fill;
      }
      if (cls !== this.classes[i]) {
        this.paths[i]!.setAttribute('class', cls);
        this.classes[i] = cls;
      }
    }
  }

  /** Makes region `i` the single focusable one, with its accessible name. */
  setActive(i: number, label: string): void {
    const prev = this.paths[this.active];
    if (this.active !== i && prev) {
      prev.removeAttribute('tabindex');
      prev.removeAttribute('role');
      prev.removeAttribute('aria-label');
    }
    const p = this.paths[i];
    if (!p) return;
    this.active = i;
    p.setAttribute('tabindex', '0');
    p.setAttribute('role', 'img');
    if (p.getAttribute('aria-label') !== label) p.setAttribute('aria-label', label);
  }

  focus(i: number): void {
    this.paths[i]?.focus({ preventScroll: true });
  }

  indexOf(el: Element | null): number {
    return el ? (this.index.get(el) ?? -1) : -1;
  }
}

/** The region a feed is about: its only Kreis, else its only Land, else Germany. */
export function defaultFocus(feed: Feed): string {
  const only = (level: string) => {
    const at = feed.regions.filter((r) => r.level === level);
    return at.length === 1 ? at[0]!.key : undefined;
  };
  return only('kreis') ?? only('land') ?? 'DG';
}
