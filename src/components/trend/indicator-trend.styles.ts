import { css, unsafeCSS, type CSSResult } from 'lit';
import { CATEGORICAL_COLORS } from '../../core/colors';

/** `.c0` … `.c6` set `--c` from `--bildung-series-1` … `-7` (defaults: Okabe–Ito, ≥ 3:1 on white). */
const seriesColors: CSSResult = unsafeCSS(
  CATEGORICAL_COLORS.map((color, i) => `.c${i} { --c: var(--bildung-series-${i + 1}, ${color}); }`).join(
    '\n',
  ),
);

export const trendStyles = [
  seriesColors,
  css`
    .all {
      --c: var(--bildung-text-color, #1a1a1a);
    }
    .plot {
      position: relative;
      border-radius: 2px;
      touch-action: pan-y;
      cursor: crosshair;
    }
    .svg {
      display: block;
      overflow: visible;
      max-width: 100%;
    }
    .gridline {
      stroke: var(--bildung-grid-color, #e0e0e0);
    }
    .gridline.zero,
    .baseline,
    .tick {
      stroke: var(--bildung-axis-color, #767676);
    }
    .tick-label {
      fill: var(--bildung-muted-color, #4a4a4a);
      font-size: 12px;
      font-variant-numeric: tabular-nums;
    }
    .tick-label.y {
      text-anchor: end;
    }
    .tick-label.x {
      text-anchor: middle;
    }
    .tick-label.unit {
      text-anchor: start;
    }
    .line {
      fill: none;
      stroke: var(--c);
      stroke-linejoin: round;
      stroke-linecap: round;
    }
    .marker {
      fill: var(--c);
      stroke: var(--bildung-marker-outline, #fff);
    }
    .marker.hollow {
      fill: var(--bildung-marker-fill, #fff);
      stroke: var(--c);
      stroke-width: 2;
    }
    .halo {
      paint-order: stroke;
      stroke: var(--bildung-halo-color, #fff);
      stroke-width: 3px;
      stroke-linejoin: round;
    }
    .label-text {
      font-size: 13px;
      fill: var(--bildung-text-color, #1a1a1a);
    }
    .label-text .name {
      font-weight: 600;
    }
    .leader {
      fill: none;
      stroke: var(--c);
      stroke-dasharray: 1 2;
    }
    .target-line {
      stroke: var(--c);
      stroke-width: 2;
      stroke-dasharray: 5 4;
    }
    .target-band {
      fill: var(--c);
      fill-opacity: 0.12;
      stroke: var(--c);
      stroke-width: 1.5;
      stroke-dasharray: 5 4;
    }
    .target-point {
      fill: var(--bildung-marker-fill, #fff);
      stroke: var(--c);
      stroke-width: 2;
    }
    .target-dot {
      fill: var(--c);
    }
    .target-label {
      font-size: 12px;
      font-weight: 600;
      fill: var(--bildung-text-color, #1a1a1a);
    }
    .break-line {
      stroke: var(--bildung-muted-color, #4a4a4a);
      stroke-dasharray: 4 3;
    }
    .break-label {
      font-size: 11px;
      fill: var(--bildung-muted-color, #4a4a4a);
    }
    .guide {
      stroke: var(--bildung-text-color, #1a1a1a);
    }
    .active-ring {
      fill: none;
      stroke: var(--bildung-focus-color, #1a5fb4);
      stroke-width: 2.5;
    }
    .readout {
      animation: bildung-trend-fade 120ms ease-out;
    }
    @keyframes bildung-trend-fade {
      from {
        opacity: 0;
      }
    }
    .legend {
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: 0.2em 1em;
      margin: 0 0 0.4em;
      padding: 0;
      font-size: 0.875em;
    }
    .legend li {
      display: inline-flex;
      align-items: center;
      gap: 0.35em;
    }
    .swatch {
      flex: none;
      overflow: visible;
    }
    .tooltip {
      max-width: min(24em, calc(100vw - 16px));
    }
    .tt-grid {
      display: grid;
      grid-template-columns: auto auto auto;
      align-items: baseline;
      gap: 0.2em 0.5em;
    }
    .tt-grid .swatch {
      align-self: start;
      margin-top: 0.25em;
    }
    .tt-head {
      grid-column: 1 / 3;
    }
    .tt-compared {
      text-align: end;
      font-size: 0.9em;
    }
    .tt-name.active,
    .tt-val.active {
      font-weight: 700;
    }
    .tt-val {
      text-align: end;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .tt-change {
      display: block;
      font-weight: 400;
      font-size: 0.9em;
    }
    .footnotes {
      margin-top: 0.5em;
      font-size: 0.8em;
      color: var(--bildung-muted-color, #4a4a4a);
    }
    .footnotes summary {
      cursor: pointer;
      color: var(--bildung-link-color, #0b57a4);
    }
    .footnotes ul {
      margin: 0.25em 0 0;
      padding-inline-start: 1.25em;
    }
    .controls {
      margin-top: 0.4em;
    }
    @media (forced-colors: active) {
      .line,
      .leader,
      .target-line,
      .target-band,
      .target-point,
      .guide {
        stroke: CanvasText;
      }
      .emphasis .line {
        stroke: Highlight;
      }
      .marker,
      .target-dot {
        fill: CanvasText;
        stroke: Canvas;
      }
      .marker.hollow,
      .target-point {
        fill: Canvas;
        stroke: CanvasText;
      }
      .target-band {
        fill: none;
      }
      .gridline {
        stroke: GrayText;
      }
      .gridline.zero,
      .baseline,
      .tick,
      .break-line {
        stroke: CanvasText;
      }
      .tick-label,
      .label-text,
      .target-label,
      .break-label {
        fill: CanvasText;
      }
      .halo {
        stroke: Canvas;
      }
      .active-ring {
        stroke: Highlight;
      }
      .plot:focus-visible {
        outline-color: Highlight;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .readout {
        animation: none;
      }
    }
  `,
];
