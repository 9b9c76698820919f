/**
 * Every text a sankey shows or announces: node label values, tooltip / accessible-name sentences,
 * the summary and the rows of the data table. Numbers go through `core/format`.
 *
 * - `unit: 'count'` leads with the number ("412 von 1.050 (39,2 %)"), `unit: 'share'` with the
 *   share ("39,2 % (412 von 1.050)"). Flows published as percentages (`flow.unit: 'percent'`)
 *   print the value as a percentage and nothing else.
 * - Shares have one decimal.
 */
import type { Flow, Lang } from '../feed/types';
import { formatNumber, formatValue, formatYear, localize } from '../format';
import { t } from '../catalogues/sankey';
import type { SankeyFocus } from './keyboard';
import { nodeRank, type ModelLink, type ModelNode, type SankeyModel } from './model';

export type SankeyUnit = 'count' | 'share';

export interface TextOptions {
  unit?: SankeyUnit;
}

/** A value of the flow: `1.087` or, for percent flows, `44,0 %`. */
export function formatAmount(model: SankeyModel, value: number, lang: Lang = model.lang): string {
  const decimals = model.flow.decimals ?? (model.flow.unit === 'percent' ? 1 : 0);
  return model.flow.unit === 'percent'
    ? formatValue(value, 'percent', { lang, decimals })
    : formatNumber(value, { lang, decimals });
}

/** A share 0–1 as `39,2 %`. */
export function formatShare(share: number, lang: Lang): string {
  return formatValue(share * 100, 'percent', { lang, decimals: 1 });
}

/** The share printed beside a value, or null: percent flows, a node alone in its column, no total. */
function shareText(model: SankeyModel, share: number | null, alone = false): string | null {
  return model.flow.unit === 'percent' || alone || share === null ? null : formatShare(share, model.lang);
}

/** A node's share of its column, or null (see `shareText`). */
const nodeShare = (model: SankeyModel, n: ModelNode) => shareText(model, n.share, n.columnSize < 2);

const nodeLabel = (model: SankeyModel, id: string) => model.nodeById.get(id)?.label ?? id;

/** Second label line of a node: `1.087 (55,3 %)`, `55,3 % (1.087)`, or just the value. */
export function nodeValueText(model: SankeyModel, node: ModelNode, opts: TextOptions = {}): string {
  const value = formatAmount(model, node.value);
  const share = nodeShare(model, node);
  return share === null ? value : opts.unit === 'share' ? `${share} (${value})` : `${value} (${share})`;
}

/**
 * Tooltip and accessible name of a node or link: `549 von 1.897 (28,9 %): Gymnasien, 2023`,
 * `412 von 1.050 (39,2 %): Grundschule → Gymnasium, 2023` (share first for `unit: 'share'`), or
 * `value: …, year` without a share.
 */
function sentence(
  model: SankeyModel,
  kind: 'node' | 'link',
  value: number,
  total: number,
  share: string | null,
  names: Record<string, string>,
  opts: TextOptions,
): string {
  const lang = model.lang;
  return t(
    lang,
    share === null
      ? kind === 'node'
        ? 'sankey.nodeSingle'
        : 'sankey.linkPercent'
      : `sankey.${kind}${opts.unit === 'share' ? 'Share' : 'Count'}`,
    {
      ...names,
      value: formatAmount(model, value),
      total: formatAmount(model, total),
      share: share ?? '',
      year: formatYear(model.flow.year, lang),
    },
  );
}

/** The largest link (first in feed order on ties), or undefined without positive links. */
export function largestLink(model: SankeyModel): ModelLink | undefined {
  let best: ModelLink | undefined;
  for (const l of model.links) if (l.value > 0 && (!best || l.value > best.value)) best = l;
  return best;
}

/** `4 Übergänge in 2 Stufen. Größter Übergang: A → B, 1.087 (55,3 %).` */
export function summaryText(model: SankeyModel): string {
  const lang = model.lang;
  const count = model.links.filter((l) => l.value > 0).length;
  const stages = formatNumber(model.stages.length, { lang });
  const overview =
    count === 1
      ? t(lang, 'sankey.overviewOne', { stages })
      : t(lang, 'sankey.overview', { links: formatNumber(count, { lang }), stages });
  const top = largestLink(model);
  if (!top) return overview;
  const from = nodeLabel(model, top.source);
  const to = nodeLabel(model, top.target);
  const value = formatAmount(model, top.value);
  const share = shareText(model, top.share);
  return `${overview} ${t(lang, share === null ? 'sankey.summaryPercent' : 'sankey.summary', { from, to, value, share: share ?? '' })}`;
}

export interface SankeyTableColumn {
  label: string;
  numeric?: boolean;
}

export interface SankeyTableRow {
  key: string;
  cells: string[];
  sort: (number | string | null)[];
}

/** Columns of the data table: from, to, count (or share for percent flows), share of source. */
export function tableColumns(model: SankeyModel): SankeyTableColumn[] {
  const lang = model.lang;
  return [
    { label: t(lang, 'sankey.from') },
    { label: t(lang, 'sankey.to') },
    { label: t(lang, model.flow.unit === 'percent' ? 'sankey.percent' : 'sankey.count'), numeric: true },
    { label: t(lang, 'sankey.shareOfSource'), numeric: true },
  ];
}

/** One row per link with the true values, in the visual order (source column and row, then target). */
export function tableRows(model: SankeyModel): SankeyTableRow[] {
  const lang = model.lang;
  const pos = (id: string) => nodeRank(model, id);
  return [...model.links]
    .sort((a, b) => pos(a.source) - pos(b.source) || pos(a.target) - pos(b.target) || a.index - b.index)
    .map((l) => {
      const from = nodeLabel(model, l.source);
      const to = nodeLabel(model, l.target);
      return {
        key: l.id,
        cells: [
          from,
          to,
          formatAmount(model, l.value),
          l.share === null ? t(lang, 'noData') : formatShare(l.share, lang),
        ],
        sort: [from, to, l.value, l.share],
      };
    });
}

/** The flow's footnotes that apply to its region and year, in `lang`. */
export function flowNotes(flow: Flow, lang: Lang): string[] {
  return (flow.footnotes ?? [])
    .filter((n) => (n.region ?? flow.region) === flow.region && (n.year ?? flow.year) === flow.year)
    .map((n) => localize(n.text, lang))
    .filter((s) => s !== '');
}

/** The sentence of a focused node or link (tooltip, accessible name, live region). */
export function itemSentence(model: SankeyModel, focus: SankeyFocus, opts: TextOptions = {}): string {
  if (focus.type === 'node') {
    const n = model.nodeById.get(focus.id);
    return n
      ? sentence(model, 'node', n.value, n.columnTotal, nodeShare(model, n), { label: n.label }, opts)
      : focus.id;
  }
  const l = model.links[focus.index];
  if (!l) return '';
  return sentence(
    model,
    'link',
    l.value,
    l.sourceTotal,
    shareText(model, l.share),
    { from: nodeLabel(model, l.source), to: nodeLabel(model, l.target) },
    opts,
  );
}

/** Detail of `bildung-select` for a node or link: what it is, its true value and share. */
export interface SankeySelectDetail {
  [extra: string]: unknown;
  key: string;
  type: 'node' | 'link';
  id: string;
  source?: string;
  target?: string;
  /** The sentence shown in the tooltip. */
  name: string;
  value: number;
  /** Node: share of its column; link: share of its source's outflow (0–1). */
  share: number | null;
  flow: string;
  year: number;
  region: string;
}

export function selectDetail(
  model: SankeyModel,
  focus: SankeyFocus,
  opts: TextOptions = {},
): SankeySelectDetail {
  const { id: flow, year, region } = model.flow;
  const item = focus.type === 'node' ? model.nodeById.get(focus.id)! : model.links[focus.index]!;
  return {
    key: item.id,
    type: focus.type,
    id: item.id,
    ...('source' in item && { source: item.source, target: item.target }),
    name: itemSentence(model, focus, opts),
    value: item.value,
    share: item.share,
    flow,
    year,
    region,
  };
}
