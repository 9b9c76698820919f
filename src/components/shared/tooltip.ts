import {
  css,
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { intersect, placeTooltip, type Box } from '../../core/position';

type Host = ReactiveControllerHost & HTMLElement;

/** Where the tooltip points at: a client-coordinate rectangle (a pointer position is a 0×0 rect). */
export interface TooltipAnchor {
  x: number;
  y: number;
  width?: number;
  height?: number;
}

/** What the tooltip may cover: the viewport, cut by the host's ancestors that clip their content. */
function clippingBox(host: HTMLElement): Box {
  const root = document.documentElement;
  let box: Box = { x: 0, y: 0, width: root.clientWidth, height: root.clientHeight };
  for (let el = parentOf(host); el && el !== root && el !== document.body; el = parentOf(el)) {
    const style = getComputedStyle(el);
    if (style.position === 'fixed') break;
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const r = el.getBoundingClientRect();
    box = intersect(box, {
      x: r.x + el.clientLeft,
      y: r.y + el.clientTop,
      width: el.clientWidth,
      height: el.clientHeight,
    });
  }
  return box;
}

/** The parent in the flattened tree: across shadow roots to their host. */
function parentOf(el: Element): Element | null {
  return el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
}

/**
 * A tooltip inside the element's shadow root, placed above the item (below it when there is no
 * room above) and moved sideways to stay in the viewport (`placeTooltip`, src/core/position.ts).
 * Positions are written through CSSOM (`style.left`), never a `style=""` attribute, so it
 * works under a strict Content-Security-Policy. `Escape` dismisses it (WCAG 1.4.13) until the
 * pointer or focus moves to another item. The tooltip repeats what the focused item's accessible
 * name and the data table already say, so it is hidden from assistive technology.
 *
 * Usage: `show(content, anchor)` on hover/focus, `hide()` on leave/blur, put `render()` into the
 * template, and call `handleKeydown(e)` from the chart's keydown handler.
 */
export class TooltipController implements ReactiveController {
  content: TemplateResult | null = null;
  private anchor: TooltipAnchor | null = null;
  private dismissedFor: unknown = undefined;
  private token: unknown = undefined;
  private frame = 0;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
  }

  hostUpdated(): void {
    if (this.content && this.anchor) this.position();
  }

  get visible(): boolean {
    return this.content !== null;
  }

  /**
   * Shows `content` at `anchor`. `token` identifies the item (e.g. a region key): after `Escape`
   * the tooltip stays hidden for that item until another one is shown.
   */
  show(content: TemplateResult, anchor: TooltipAnchor, token?: unknown): void {
    if (token !== undefined && token === this.dismissedFor) return;
    this.dismissedFor = undefined;
    this.token = token;
    this.content = content;
    this.anchor = anchor;
    this.host.requestUpdate();
  }

  hide(): void {
    if (!this.content) return;
    this.content = null;
    this.anchor = null;
    this.host.requestUpdate();
  }

  /** Handles `Escape`; returns true when it closed the tooltip (then don't also clear a selection). */
  handleKeydown(e: KeyboardEvent): boolean {
    if (e.key !== 'Escape' || !this.content) return false;
    this.dismissedFor = this.token;
    this.hide();
    return true;
  }

  render(): TemplateResult | typeof nothing {
    if (!this.content) return nothing;
    return html`<div class="tooltip" part="tooltip" aria-hidden="true">${this.content}</div>`;
  }

  private position(): void {
    const tip = this.host.shadowRoot?.querySelector<HTMLElement>('.tooltip');
    const anchor = this.anchor;
    if (!tip || !anchor) return;
    // `left: 0; top: 0` is where the tooltip's containing block starts: the viewport, or an element
    // that a transform, filter or `contain` makes the containing block of fixed elements. Measured
    // there, the position in the viewport converts to `left`/`top`.
    tip.style.left = tip.style.top = '';
    const origin = tip.getBoundingClientRect();
    const place = placeTooltip(
      { x: anchor.x, y: anchor.y, width: anchor.width ?? 0, height: anchor.height ?? 0 },
      origin,
      clippingBox(this.host),
      { offset: 10, padding: 8 },
    );
    tip.style.left = `${Math.round(place.x - origin.x)}px`;
    tip.style.top = `${Math.round(place.y - origin.y)}px`;
    tip.classList.add('placed');
  }
}

/** Styles for the tooltip; include them in the element's `styles`. */
export const tooltipStyles = css`
  .tooltip {
    position: fixed;
    left: 0;
    top: 0;
    z-index: 10;
    /* its width does not depend on where it is put (measured at left: 0, then moved) */
    width: max-content;
    max-width: min(20em, calc(100vw - 16px));
    padding: 0.45em 0.65em;
    font-size: 0.875em;
    line-height: 1.35;
    color: var(--bildung-tooltip-color, #1a1a1a);
    background: var(--bildung-tooltip-background, #fff);
    border: 1px solid var(--bildung-tooltip-border-color, #767676);
    border-radius: 4px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
    pointer-events: none;
    visibility: hidden;
  }
  .tooltip.placed {
    visibility: visible;
  }
  .tooltip .tt-title {
    font-weight: 700;
    margin: 0 0 0.15em;
  }
  .tooltip .tt-value {
    font-size: 1.1em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .tooltip .tt-muted {
    color: var(--bildung-muted-color, #4a4a4a);
  }
  .tooltip p {
    margin: 0;
  }
  @media (forced-colors: active) {
    .tooltip {
      border-color: CanvasText;
    }
  }
`;
