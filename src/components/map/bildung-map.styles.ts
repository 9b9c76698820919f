import { css, unsafeCSS } from 'lit';

const MAX_CLASSES = 12;

// Legend highlight: `.regions[data-hl="3"]` dims every path that is not in class 3.
const highlightRules = Array.from(
  { length: MAX_CLASSES },
  (_, i) => `.regions[data-hl="${i}"] path:not(.c${i})`,
)
  .concat(['.regions[data-hl="no-data"] path:not(.nd)', '.regions[data-hl="secret"] path:not(.sx)'])
  .join(',\n');

export const mapStyles = css`
  :host {
    --bildung-map-border-color: #ffffff;
    --bildung-map-outline-color: #4d4d4d;
    --bildung-map-selection-color: #1a1a1a;
    --bildung-map-hover-color: #1a1a1a;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-bottom: 0.5em;
  }
  .toolbar label {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    font-size: 0.9em;
  }
  .toolbar select {
    font: inherit;
    padding: 0.1em 0.3em;
  }
  .map {
    position: relative;
    line-height: 0;
  }
  canvas.fills {
    position: absolute;
    inset: 0 auto auto 0;
    forced-color-adjust: none;
  }
  svg.map-svg {
    position: relative;
    display: block;
    max-width: none;
    overflow: hidden;
    forced-color-adjust: none;
  }
  .regions path {
    stroke: none;
    cursor: pointer;
    outline: none;
  }
  ${unsafeCSS(highlightRules)} {
    opacity: 0.18;
  }
  .inner-borders,
  .outline,
  .hover,
  .selection,
  .focus-ring,
  .focus-halo {
    fill: none;
    pointer-events: none;
    stroke-linejoin: round;
  }
  .inner-borders {
    stroke: var(--bildung-map-border-color);
  }
  .outline {
    stroke: var(--bildung-map-outline-color);
  }
  .proxy {
    fill: transparent;
    stroke: none;
    pointer-events: none;
    outline: none;
  }
  .hover {
    stroke: var(--bildung-map-hover-color);
    stroke-width: 1.5px;
  }
  .selection {
    stroke: var(--bildung-map-selection-color);
    stroke-width: 2.5px;
  }
  .focus-halo {
    stroke: #ffffff;
    stroke-width: 6px;
  }
  .focus-ring {
    stroke: var(--bildung-focus-color, #1a5fb4);
    stroke-width: 3px;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    list-style: none;
    margin: 0.5em 0 0;
    padding: 0;
    font-size: 0.85em;
    line-height: 1.3;
  }
  .legend-title {
    font-size: 0.85em;
    margin: 0.5em 0 0;
  }
  .legend-title,
  .legend .count {
    color: var(--bildung-muted-color, #4a4a4a);
  }
  .legend button {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font: inherit;
    color: inherit;
    background: none;
    border: 1px solid transparent;
    border-radius: 3px;
    padding: 0.1em 0.3em;
    cursor: pointer;
  }
  .legend button[aria-pressed='true'] {
    border-color: currentColor;
  }
  .legend svg {
    flex: none;
    forced-color-adjust: none;
  }
  .legend .count {
    font-variant-numeric: tabular-nums;
  }
  .attribution a {
    color: inherit;
  }
  @media (forced-colors: active) {
    .outline,
    .selection,
    .hover {
      stroke: CanvasText;
    }
    .focus-ring {
      stroke: Highlight;
    }
    .legend button[aria-pressed='true'] {
      border-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .regions path {
      transition: opacity 0.15s;
    }
  }
`;
