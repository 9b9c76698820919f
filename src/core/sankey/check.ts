/**
 * Checks a flow before it is drawn. The feed validator already rejects most of these problems in a
 * feed; this check also guards flows built in code and states the problem in terms a sankey reader
 * understands (node labels instead of JSON paths).
 *
 * Errors (nothing is drawn): links to unknown nodes, values that are not finite numbers, negative
 * values, cycles, links that do not lead to a later stage, and a flow without any positive value.
 * Warnings (drawn, with a note): a node between the first and last stage whose inflow differs
 * from its outflow when `flow.balanced` says the stages must balance.
 */
import type { Flow, Lang } from '../feed/types';
import { formatNumber, localize } from '../format';
import { t } from '../catalogues/sankey';
import { bilingual } from '../i18n';
import { flowTotals } from './model';

export type SankeyIssueCode =
  'unknown-node' | 'not-a-number' | 'negative-value' | 'cycle' | 'link-direction' | 'no-data' | 'unbalanced';

export interface SankeyIssue {
  code: SankeyIssueCode;
  /** Index of the link or node concerned, if any. */
  index?: number;
  message: { de: string; en: string };
}

export interface FlowCheck {
  ok: boolean;
  errors: SankeyIssue[];
  warnings: SankeyIssue[];
}

/** A message in both languages (`bildung-error`, error box; English worded when read: `bilingual`). */
export function both(
  key: Parameters<typeof t>[1],
  params: (lang: Lang) => Record<string, string> = () => ({}),
): { de: string; en: string } {
  return bilingual((lang) => t(lang, key, params(lang)));
}

/** Relative tolerance for "inflow equals outflow" (rounded source figures). */
const BALANCE_TOLERANCE = 1e-9;

export function checkFlow(flow: Flow): FlowCheck {
  const errors: SankeyIssue[] = [];
  const warnings: SankeyIssue[] = [];
  const nodes = new Map(flow.nodes.map((n) => [n.id, n]));
  const label = (id: string, lang: Lang) => {
    const n = nodes.get(id);
    return n ? localize(n.label, lang) || id : id;
  };
  const links = Array.isArray(flow.links) ? flow.links : [];
  const adjacency = new Map<string, string[]>();
  let positive = 0;

  links.forEach((l, index) => {
    const names = (lang: Lang) => ({ from: label(l.source, lang), to: label(l.target, lang) });
    let usable = true;
    for (const end of [l.source, l.target]) {
      if (!nodes.has(end)) {
        errors.push({
          code: 'unknown-node',
          index,
          message: both('sankey.unknownNode', () => ({ node: String(end) })),
        });
        usable = false;
      }
    }
    const value: unknown = l.value;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      errors.push({ code: 'not-a-number', index, message: both('sankey.notNumber', names) });
      usable = false;
    } else if (value < 0) {
      errors.push({
        code: 'negative-value',
        index,
        message: both('sankey.negative', (lang) => ({
          ...names(lang),
          value: formatNumber(value, { lang }),
        })),
      });
      usable = false;
    } else if (value > 0) {
      positive++;
    }
    if (!usable) return;
    const next = adjacency.get(l.source) ?? [];
    next.push(l.target);
    adjacency.set(l.source, next);
    const s = nodes.get(l.source)!.stage;
    const tg = nodes.get(l.target)!.stage;
    if (tg <= s && l.source !== l.target) {
      errors.push({ code: 'link-direction', index, message: both('sankey.direction', names) });
    }
  });

  const cycle = findCycle(adjacency);
  if (cycle) {
    errors.push({
      code: 'cycle',
      message: both('sankey.cycle', (lang) => ({ path: cycle.map((id) => label(id, lang)).join(' → ') })),
    });
    // A cycle also shows as a backwards link; keep the clearer cycle message only.
    for (let i = errors.length - 1; i >= 0; i--)
      if (errors[i]!.code === 'link-direction') errors.splice(i, 1);
  }

  if (!errors.length && positive === 0) {
    errors.push({ code: 'no-data', message: both('sankey.noData', () => ({ id: flow.id })) });
  }

  if (!errors.length && flow.balanced) {
    const [inflow, outflow] = flowTotals(links);
    const stages = flow.nodes.map((n) => n.stage);
    const first = Math.min(...stages);
    const last = Math.max(...stages);
    flow.nodes.forEach((n, index) => {
      if (n.stage === first || n.stage === last) return;
      const a = inflow.get(n.id) ?? 0;
      const b = outflow.get(n.id) ?? 0;
      if (Math.abs(a - b) <= BALANCE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b))) return;
      warnings.push({
        code: 'unbalanced',
        index,
        message: both('sankey.unbalanced', (lang) => ({
          node: label(n.id, lang),
          inflow: formatNumber(a, { lang }),
          outflow: formatNumber(b, { lang }),
        })),
      });
    });
  }
  return { ok: errors.length === 0, errors, warnings };
}

/** The first cycle found by depth-first search, as node ids with the start repeated at the end. */
export function findCycle(adjacency: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, 1 | 2>(); // 1 = on the stack, 2 = done
  const stack: string[] = [];
  const visit = (id: string): string[] | null => {
    state.set(id, 1);
    stack.push(id);
    for (const next of adjacency.get(id) ?? []) {
      const s = state.get(next);
      if (s === 1) return [...stack.slice(stack.indexOf(next)), next];
      if (s === undefined) {
        const found = visit(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(id, 2);
    return null;
  };
  for (const id of adjacency.keys()) {
    if (state.has(id)) continue;
    const found = visit(id);
    if (found) return found;
  }
  return null;
}
