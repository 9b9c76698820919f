import { css } from 'lit';

/** Styles of `<transition-sankey>` (on top of the frame, table and tooltip styles). */
export const sankeyStyles = css`
  :host {
    --bildung-sankey-link-opacity: 0.45;
    --bildung-sankey-node-stroke: #1a1a1a;
    --bildung-sankey-label-halo: #fff;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5em 1em;
    margin: 0 0 0.5em;
    font-size: 0.9em;
  }
  .controls label {
    display: flex;
    flex-direction: column;
    gap: 0.1em;
  }
  .controls select {
    font: inherit;
    padding: 0.15em 0.3em;
    border: 1px solid var(--bildung-border-color, #767676);
    border-radius: 4px;
    background: var(--bildung-button-background, #fff);
    color: inherit;
  }
  .controls .table-toggle {
    margin-inline-start: auto;
  }
  .chart {
    position: relative;
  }
  svg {
    display: block;
    /* not a scroll container: Chromium would make it an extra Tab stop */
    overflow: visible;
  }
  .item {
    outline: none;
    cursor: pointer;
  }
  .link {
    fill-opacity: var(--bildung-sankey-link-opacity);
    transition: fill-opacity 0.15s ease-out;
  }
  .link.off {
    fill-opacity: 0.12;
  }
  .link.on {
    fill-opacity: 0.8;
  }
  .link.current {
    fill-opacity: 0.95;
    stroke: var(--bildung-text-color, #1a1a1a);
    stroke-width: 2;
    stroke-dasharray: 5 3;
  }
  .node {
    stroke: var(--bildung-sankey-node-stroke);
  }
  .node.current,
  .item:focus-visible.current {
    stroke: var(--bildung-focus-color, #1a5fb4);
    stroke-width: 3;
  }
  .labels text,
  .stages text {
    fill: var(--bildung-text-color, #1a1a1a);
    paint-order: stroke;
    stroke: var(--bildung-sankey-label-halo);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .labels .name,
  .stages text {
    font-weight: 600;
  }
  .stages text {
    fill: var(--bildung-muted-color, #4a4a4a);
  }
  .leader {
    stroke: var(--bildung-muted-color, #4a4a4a);
    fill: none;
  }
  .labels .dim {
    opacity: 0.5;
  }
  @media (prefers-reduced-motion: reduce) {
    .link {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .node {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .link {
      fill: GrayText;
      stroke: CanvasText;
      stroke-width: 0.5;
    }
    .link.on,
    .link.current,
    .node.current,
    .item:focus-visible.current {
      fill: Highlight;
      stroke: CanvasText;
    }
    .labels text,
    .stages text {
      fill: CanvasText;
      stroke: Canvas;
    }
    .leader {
      stroke: CanvasText;
    }
    .labels .dim {
      opacity: 1;
    }
  }
`;
