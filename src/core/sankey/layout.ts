/**
 * Sankey geometry for a given width: columns by stage, node rectangles and ribbons from d3-sankey,
 * label placement, stage headings and colours. Data and size in, plain numbers and strings out.
 *
 * - d3-sankey mutates its input: it gets fresh copies of nodes and links on every call.
 * - Columns are the distinct stages (`nodeAlign`), nodes keep the model's order within a column
 *   (`nodeSort`), and ribbons leave and enter a node in the order of the nodes at their other end
 *   (`linkSort`), so the picture is the same for every year of a flow.
 * - Minimum ribbon width: a ribbon thinner than `minLinkWidth` px is drawn `minLinkWidth` wide,
 *   centred on its exact position, and marked `inflated`. Every other ribbon is exactly
 *   `value × scale` wide, and node heights come from the true values, so the picture stays
 *   proportional; tooltip, accessible name and data table always give the true value, and the
 *   widget adds a note when any ribbon is inflated. Links with value 0 are not drawn.
 * - Labels: first-column labels sit right of their node (left-aligned), last-column labels left of
 *   their node (right-aligned); a middle column puts them right when it lies in the left half of
 *   the chart, else left. Two columns facing each other across one gap share it so that both get
 *   their longest word; if that is impossible, the column with fewer nodes hides its labels.
 *   Each label is its node's name (up to three lines, long words hyphenated) and its value line;
 *   when a column's labels do not fit, names get fewer lines, then the labels of the smallest
 *   nodes are hidden (their nodes keep tooltip, accessible name and table row). Labels moved away
 *   from their node get a leader line. Labels never leave the box.
 * - Height: `height` when given, else enough for the labels of the fullest column (three-line
 *   names), at least `clamp(0.55 × width, 300, 520)` and at most 1400 px.
 */
import { sankey, type SankeyLink } from 'd3-sankey';
import { categoricalColors } from '../colors';
import { localize } from '../format';
import { breakPieces, dodge, estimateTextWidth, truncate, wrapText, type MeasureText } from './labels';
import { nodeRank, type ModelLink, type ModelNode, type SankeyModel } from './model';
import { nodeValueText, type TextOptions } from './text';

export interface SankeyLayoutOptions extends TextOptions {
  width: number;
  /** Fixed height in px; default: automatic (see module notes). */
  height?: number;
  measure?: MeasureText;
  /** Minimum drawn ribbon width in px (default 2). */
  minLinkWidth?: number;
  /** Colours for the nodes of the key column (default: Okabe–Ito, ≥ 3:1 on white). */
  colors?: readonly string[];
}

export interface LabelLine {
  text: string;
  /** Baseline. */
  y: number;
  bold: boolean;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface NodeLabel {
  x: number;
  anchor: 'start' | 'end';
  lines: LabelLine[];
  box: Box;
  /** Leader from the node edge to the label: x1, y1, x2, y2. */
  leader: [number, number, number, number] | null;
}

export interface LayoutNode extends ModelNode {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  color: string;
  /** Where the label goes; null when it is hidden to avoid overlap. */
  placement: NodeLabel | null;
}

export interface LayoutLink extends ModelLink {
  x0: number;
  x1: number;
  /** Centre of the ribbon at the source and at the target. */
  y0: number;
  y1: number;
  /** Drawn width (≥ minLinkWidth). */
  width: number;
  /** value × scale. */
  exactWidth: number;
  inflated: boolean;
  /** Closed ribbon outline. */
  path: string;
  color: string;
}

export interface StageHeader {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface SankeyLayout {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  /** Pixels per unit of value. */
  scale: number;
  nodes: LayoutNode[];
  nodeById: Map<string, LayoutNode>;
  /** Links with a positive value, in feed order. */
  links: LayoutLink[];
  stages: StageHeader[];
  inflatedLinks: number;
  hiddenLabels: number;
}

/** Colour of nodes outside the key column (8.6:1 on white). */
export const NEUTRAL_NODE_COLOR = '#4d4d4d';
const PAD = 8;
const LABEL_GAP = 3;
const MIN_NODE_HEIGHT = 2;
const r2 = (v: number) => Math.round(v * 100) / 100;

interface Region {
  /** `start`: labels right of their nodes, left-aligned; `end`: left of them, right-aligned. */
  anchor: 'start' | 'end';
  start: number;
  end: number;
  /** Labels of this column are hidden (no room next to the facing column). */
  hidden: boolean;
}

interface D3Node {
  id: string;
}
interface D3Link {
  source: string;
  target: string;
  value: number;
}

function ribbon(x0: number, y0: number, x1: number, y1: number, w: number): string {
  const h = w / 2;
  const xm = r2((x0 + x1) / 2);
  const [a, b, c, d] = [r2(x0), r2(x1), r2(y0 - h), r2(y1 - h)];
  const [e, f] = [r2(y1 + h), r2(y0 + h)];
  return `M${a},${c}C${xm},${c} ${xm},${d} ${b},${d}L${b},${e}C${xm},${e} ${xm},${f} ${a},${f}Z`;
}

/**
 * Label regions per column (see module notes): the first half of the columns (and a lone one) put
 * labels right of their nodes, the others left. The two middle columns then face each other across
 * one gap and split it so that both get their longest word; when that is impossible, the column
 * with more nodes (the later one on a tie) gets the whole gap and the other column's labels are
 * hidden rather than cut into pieces.
 */
function labelRegions(
  k: number,
  colX: (c: number) => number,
  nodeWidth: number,
  width: number,
  demand: { min: number; full: number; count: number }[],
): Region[] {
  // the room right of column g (g = -1: left of the first column), without the padding
  const gap = (g: number): [number, number] => [
    g < 0 ? 0 : colX(g) + nodeWidth + PAD,
    g + 1 < k ? colX(g + 1) - PAD : width,
  ];
  const regions: Region[] = demand.map((_, c) => {
    const right = c < k / 2;
    const [start, end] = gap(right ? c : c - 1);
    return { anchor: right ? 'start' : 'end', start, end, hidden: false };
  });
  const g = Math.ceil(k / 2) - 1;
  if (k < 2) return regions;
  const [start, end] = gap(g);
  const avail = Math.max(0, end - start - PAD);
  const l = demand[g]!;
  const r = demand[g + 1]!;
  if (l.min + r.min > avail) {
    // Not enough room for both: the column with more labels takes the gap.
    regions[l.count > r.count ? g + 1 : g]!.hidden = true;
    return regions;
  }
  let wl: number;
  if (l.full + r.full <= avail) wl = l.full + (avail - l.full - r.full) / 2;
  else {
    // Both get their longest word; the rest goes to whoever needs more for one-line names.
    const needL = l.full - l.min;
    const needR = r.full - r.min;
    wl = l.min + ((avail - l.min - r.min) * needL) / Math.max(1e-9, needL + needR);
  }
  regions[g]!.end = start + wl;
  regions[g + 1]!.start = start + wl + PAD;
  return regions;
}

interface LabelText {
  name: string;
  value: string;
}

function labelLines(
  text: LabelText,
  width: number,
  nameLines: number,
  measure: MeasureText,
  fs: number,
): { lines: { text: string; bold: boolean }[]; width: number } {
  const name = wrapText(text.name, width, nameLines, measure, fs, true).map((t) => ({ text: t, bold: true }));
  const value = { text: truncate(text.value, width, measure, fs), bold: false };
  const lines = [...name, value];
  const w = Math.max(...lines.map((l) => measure(l.text, fs, l.bold)));
  return { lines, width: Math.min(width, w) };
}

export function layoutSankey(model: SankeyModel, opts: SankeyLayoutOptions): SankeyLayout {
  const measure = opts.measure ?? estimateTextWidth;
  const W = Math.max(1, Math.floor(opts.width));
  const fs = W < 480 ? 12 : 13;
  const lh = Math.round(fs * 1.25);
  const nodeWidth = W < 480 ? 10 : 14;
  const k = model.stages.length;
  const colX = (c: number) => (k <= 1 ? (W - nodeWidth) / 2 : (c * (W - nodeWidth)) / (k - 1));
  const minLinkWidth = opts.minLinkWidth ?? 2;

  // Label texts and widths.
  const texts = new Map<string, LabelText>(
    model.nodes.map((n) => [n.id, { name: n.label, value: nodeValueText(model, n, opts) }]),
  );
  const demand = model.columns.map((ids) => {
    let min = 0;
    let full = 0;
    for (const id of ids) {
      const tx = texts.get(id)!;
      const value = measure(tx.value, fs);
      const word = Math.max(0, ...breakPieces(tx.name).map((p) => measure(p, fs, true)));
      min = Math.max(min, value, word);
      full = Math.max(full, value, measure(tx.name, fs, true));
    }
    return { min, full, count: ids.length };
  });
  const regions = labelRegions(k, colX, nodeWidth, W, demand);
  const labelWidth = regions.map((r) => Math.max(0, r.end - r.start));
  const usable = regions.map((r, c) => !r.hidden && labelWidth[c]! >= 4 * fs);

  // Stage headings.
  const stageTexts = model.stages.map((s) => localize(model.flow.stages?.[s], model.lang));
  const hasStages = stageTexts.some((s) => s !== '');
  const top = hasStages ? lh + 8 : 4;
  const bottom = 4;

  // Height: enough for the fullest column's labels at two name lines.
  const columnDemand = model.columns.map((ids, c) => {
    if (!usable[c]) return 0;
    const heights = ids.map(
      (id) => labelLines(texts.get(id)!, labelWidth[c]!, 3, measure, fs).lines.length * lh,
    );
    return heights.reduce((s, h) => s + h, 0) + LABEL_GAP * Math.max(0, ids.length - 1);
  });
  const base = Math.min(520, Math.max(300, Math.round(W * 0.55)));
  const height =
    opts.height !== undefined
      ? Math.max(top + bottom + 20, Math.floor(opts.height))
      : Math.min(1400, Math.max(base, Math.ceil(Math.max(...columnDemand) + top + bottom)));

  // d3-sankey on copies.
  const rank = (id: string) => nodeRank(model, id);
  const maxColumn = Math.max(1, ...model.columns.map((c) => c.length));
  const padding = Math.min(14, Math.max(4, Math.round(((height - top - bottom) * 0.3) / maxColumn)));
  const drawn = model.links.filter((l) => l.value > 0);
  // d3-sankey keeps the order of the nodes and links it gets, and sets y0/y1 on every one
  const graph = sankey<D3Node, D3Link>()
    .nodeId((d) => d.id)
    .nodeAlign((d) => model.nodeById.get(d.id)!.column)
    .nodeSort((a, b) => rank(a.id) - rank(b.id))
    // a node's ribbons in the order of the nodes at their other end (ranks are unique per node)
    .linkSort(
      (a, b) =>
        rank((a.source as D3Node).id) - rank((b.source as D3Node).id) ||
        rank((a.target as D3Node).id) - rank((b.target as D3Node).id),
    )
    .nodeWidth(nodeWidth)
    .nodePadding(padding)
    .extent([
      [0, top],
      [W, height - bottom],
    ])({
    nodes: model.nodes.map((n) => ({ id: n.id })),
    links: drawn.map((l) => ({ source: l.source, target: l.target, value: l.value })),
  });
  const d3Links = graph.links as SankeyLink<D3Node, D3Link>[];
  const first = d3Links[0];
  const scale = first ? first.width! / first.value : 0;

  // Colours: the first column with several nodes is the key; links take the colour of the key
  // node they come from (or, left of the key column, flow into).
  const keyColumn = Math.max(
    0,
    model.columns.findIndex((c) => c.length > 1),
  );
  const palette = opts.colors?.length
    ? opts.colors
    : categoricalColors(Math.max(1, model.columns[keyColumn]?.length ?? 1));
  const origin = new Map<string, string>();
  model.columns[keyColumn]?.forEach((id, i) => origin.set(id, palette[i % palette.length]!));
  // right of the key column from the largest inflow, then left of it from the largest outflow
  for (const dir of [1, -1])
    for (let c = keyColumn + dir; c >= 0 && c < k; c += dir)
      for (const id of model.columns[c]!) {
        const [near, far] = dir > 0 ? (['target', 'source'] as const) : (['source', 'target'] as const);
        const main = drawn
          .filter((l) => l[near] === id)
          .sort((a, b) => b.value - a.value || a.index - b.index)[0];
        const color = main && origin.get(main[far]);
        if (color) origin.set(id, color);
      }

  const nodes: LayoutNode[] = model.nodes.map((n, i) => {
    let { y0, y1 } = graph.nodes[i]! as { y0: number; y1: number };
    if (y1 - y0 < MIN_NODE_HEIGHT) {
      const mid = Math.min(Math.max((y0 + y1) / 2, top + 1), height - bottom - 1);
      y0 = mid - MIN_NODE_HEIGHT / 2;
      y1 = mid + MIN_NODE_HEIGHT / 2;
    }
    const x0 = colX(n.column);
    return {
      ...n,
      x0: r2(x0),
      x1: r2(x0 + nodeWidth),
      y0: r2(y0),
      y1: r2(y1),
      color: n.column === keyColumn ? (origin.get(n.id) ?? NEUTRAL_NODE_COLOR) : NEUTRAL_NODE_COLOR,
      placement: null,
    };
  });
  const nodeById = new Map(nodes.map((n) => [n.id, n]));

  const links: LayoutLink[] = drawn.map((l, i) => {
    const { y0, y1 } = d3Links[i]! as { y0: number; y1: number };
    const s = nodeById.get(l.source)!;
    const tg = nodeById.get(l.target)!;
    const exactWidth = l.value * scale;
    const width = Math.max(exactWidth, minLinkWidth);
    return {
      ...l,
      x0: s.x1,
      x1: tg.x0,
      y0: r2(y0),
      y1: r2(y1),
      width: r2(width),
      exactWidth,
      inflated: exactWidth < minLinkWidth,
      path: ribbon(s.x1, y0, tg.x0, y1, width),
      color: origin.get(s.column >= keyColumn ? l.source : l.target) ?? NEUTRAL_NODE_COLOR,
    };
  });

  // Labels, column by column.
  let hiddenLabels = 0;
  model.columns.forEach((ids, c) => {
    const region = regions[c]!;
    const colNodes = ids.map((id) => nodeById.get(id)!);
    if (!usable[c]) {
      hiddenLabels += colNodes.length;
      return;
    }
    // The labels of `list` with names of up to `nameLines` lines, placed; null when they do not fit.
    const fit = (list: LayoutNode[], nameLines: number) => {
      const lt = list.map((n) => labelLines(texts.get(n.id)!, labelWidth[c]!, nameLines, measure, fs));
      const tops = dodge(
        list.map((n, i) => ({ want: (n.y0 + n.y1) / 2, height: lt[i]!.lines.length * lh })),
        top,
        height - bottom,
        LABEL_GAP,
      );
      return tops && list.map((node, i) => ({ node, top: tops[i]!, ...lt[i]! }));
    };
    let shown = colNodes;
    let placed = fit(shown, 3) ?? fit(shown, 2) ?? fit(shown, 1);
    while (!placed && shown.length) {
      // Hide the smallest node's label and try again with one-line names.
      const smallest = shown.reduce((a, b) => (b.value < a.value ? b : a));
      shown = shown.filter((n) => n !== smallest);
      placed = fit(shown, 1);
    }
    hiddenLabels += colNodes.length - shown.length;
    for (const p of placed ?? []) {
      const h = p.lines.length * lh;
      const anchor = region.anchor;
      const x = anchor === 'start' ? region.start : region.end;
      const mid = p.top + h / 2;
      const n = p.node;
      const off = mid < n.y0 - 1 || mid > n.y1 + 1;
      const edge = anchor === 'start' ? n.x1 : n.x0;
      const dir = anchor === 'start' ? 1 : -1;
      n.placement = {
        x: r2(x),
        anchor,
        lines: p.lines.map((l, i) => ({ ...l, y: r2(p.top + i * lh + fs * 0.95) })),
        box: {
          x: r2(anchor === 'start' ? x : x - p.width),
          y: r2(p.top),
          width: r2(p.width),
          height: h,
        },
        leader: off
          ? [r2(edge + dir), r2(Math.min(Math.max(mid, n.y0), n.y1)), r2(x - dir * 2), r2(mid)]
          : null,
      };
    }
  });

  // Stage headings.
  const kx = colX(1); // column pitch (used only with several columns)
  const stages: StageHeader[] = hasStages
    ? stageTexts.map((text, c) => {
        const end = k > 1 && c === k - 1;
        const middle = c > 0 && !end;
        const maxW = k <= 1 ? W : middle ? kx * 0.9 : kx * 0.5 - 4;
        return {
          text: truncate(text, maxW, measure, fs, true),
          x: r2(end ? W : middle ? colX(c) + nodeWidth / 2 : 0),
          y: fs,
          anchor: end ? 'end' : middle ? 'middle' : 'start',
        };
      })
    : [];

  return {
    width: W,
    height,
    fontSize: fs,
    lineHeight: lh,
    scale,
    nodes,
    nodeById,
    links,
    stages,
    inflatedLinks: links.filter((l) => l.inflated).length,
    hiddenLabels,
  };
}

/** Bounding box of a node or of a ribbon's ends (for anchoring a tooltip), in layout pixels. */
export function focusBox(
  layout: SankeyLayout,
  focus: { type: 'node'; id: string } | { type: 'link'; index: number },
): Box | null {
  if (focus.type === 'node') {
    const n = layout.nodeById.get(focus.id);
    return n ? { x: n.x0, y: n.y0, width: r2(n.x1 - n.x0), height: r2(n.y1 - n.y0) } : null;
  }
  const l = layout.links.find((k) => k.index === focus.index);
  if (!l) return null;
  const top = Math.min(l.y0, l.y1);
  return { x: l.x0, y: top, width: r2(l.x1 - l.x0), height: r2(Math.max(l.y0, l.y1) - top) };
}
