/**
 * The data a widget shows as a plain HTML `<table>` in the table-source format
 * (`src/core/table-source.ts`), for the static fragment of issue #9: without JavaScript the reader
 * sees the table (the accessible alternative BITV 2.0 asks for); with JavaScript the widget reads
 * the same table back as its data. DOM-free; every text is escaped.
 *
 * Numbers are written for the language (`8,1` / `8.1`) with a narrow no-break space as the group
 * separator (`12 345`, DIN 1333 / SI style): unlike `12.345` it cannot be mistaken for a decimal
 * when the table is read back. Missing values become the official markers (`-` `.` `x` `/` `...`),
 * qualified ones keep their letter (`7,4 p`, `(7,4)`).
 */
import { localize } from '../format';
import type { FeedMeta, Flow, Indicator, Lang, Unit, ValueFlag } from '../feed/types';
import type { MapModel } from '../map/model';
import type { SankeyModel } from '../sankey/model';
import type { TrendModel } from '../trend/model';
import { escapeXml } from '../export/svg';

/** One row of an indicator table. */
export interface IndicatorTableRow {
  key: string;
  name: string;
  /** Values aligned with the table's years. */
  values: readonly (number | null)[];
  flags?: readonly (ValueFlag | null)[];
}

export interface IndicatorTableOptions {
  indicator: Indicator;
  years: readonly number[];
  rows: readonly IndicatorTableRow[];
  meta: FeedMeta;
  lang: Lang;
  /**
   * Rows of the table's `<tfoot>`: a text for readers and `data-*` attributes a widget reads back
   * (targets: `data-target-year`, `data-target-region`, `data-target-value`, `-min`, `-max`,
   * `-label`; see table-source.ts).
   */
  notes?: readonly { text: string; data?: Readonly<Record<string, string | number | undefined>> }[];
}

const MARKER: Partial<Record<ValueFlag, string>> = {
  nil: '-',
  secret: '.',
  'not-applicable': 'x',
  uncertain: '/',
  'not-yet-available': '...',
};
const SUFFIX: Partial<Record<ValueFlag, string>> = { provisional: 'p', revised: 'r', estimated: 's' };
const GROUP = '\u202f';

const esc = (text: string): string => escapeXml(text).replace(/&apos;/g, "'");
const attr = (name: string, value: string | number | undefined | null): string =>
  value === undefined || value === null || value === '' ? '' : ` ${name}="${esc(String(value))}"`;

/** A number with `decimals` digits, decimal comma for German, narrow-space grouping. */
export function tableNumber(value: number, decimals: number, lang: Lang): string {
  const fixed = Math.abs(value).toFixed(Math.max(0, Math.min(decimals, 20)));
  const [int, frac] = fixed.split('.') as [string, string | undefined];
  const grouped = int.length > 3 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP) : int;
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + grouped + (frac ? (lang === 'de' ? ',' : '.') + frac : '');
}

/** A cell's text: the number (with its flag letter or brackets), a marker, or '' when missing. */
export function tableCell(
  value: number | null,
  flag: ValueFlag | null | undefined,
  decimals: number,
  lang: Lang,
) {
  if (value === null || !Number.isFinite(value)) return (flag && MARKER[flag]) ?? '';
  const n = tableNumber(value, decimals, lang);
  if (flag === 'limited') return `(${n})`;
  const letter = flag ? SUFFIX[flag] : undefined;
  return letter ? `${n} ${letter}` : n;
}

/** `data-unit`: the unit kind, or the label in the page's language. */
function unitAttr(unit: Unit, lang: Lang): string {
  return typeof unit === 'string' ? unit : localize(unit, lang);
}

/** Feed metadata as table attributes (publisher, licence, attribution, date). */
function metaAttrs(meta: FeedMeta, lang: Lang): string {
  return (
    attr('data-publisher', localize(meta.publisher, lang)) +
    attr('data-license', meta.license) +
    attr('data-attribution', localize(meta.attribution, lang)) +
    attr('data-date', meta.date) +
    attr('data-territorial-date', meta.territorialDate)
  );
}

const HEAD = {
  de: { region: 'Region', from: 'Von', to: 'Nach', count: 'Anzahl', share: 'Anteil', target: 'Zielwert' },
  en: { region: 'Region', from: 'From', to: 'To', count: 'Number', share: 'Share', target: 'Target' },
};

/** An indicator table: caption = indicator title, one column per year, one row per region. */
export function indicatorTableHtml(opts: IndicatorTableOptions): string {
  const { indicator: ind, years, lang } = opts;
  const out = [
    `<table${attr('data-indicator', ind.id)}${attr('data-unit', unitAttr(ind.unit, lang))}${attr(
      'data-decimals',
      ind.decimals,
    )}${attr('data-polarity', ind.polarity)}${ind.sample || opts.meta.sample ? ' data-sample' : ''}${attr(
      'data-source',
      localize(ind.source, lang),
    )}${metaAttrs(opts.meta, lang)}>`,
    `<caption>${esc(localize(ind.title, lang))}</caption>`,
    `<thead><tr><th scope="col">${HEAD[lang].region}</th>${years
      .map((y) => `<th scope="col">${y}</th>`)
      .join('')}</tr></thead>`,
    '<tbody>',
  ];
  for (const r of opts.rows) {
    const cells = years.map(
      (_, i) => `<td>${esc(tableCell(r.values[i] ?? null, r.flags?.[i], ind.decimals, lang))}</td>`,
    );
    out.push(`<tr><th scope="row" data-key="${esc(r.key)}">${esc(r.name)}</th>${cells.join('')}</tr>`);
  }
  out.push('</tbody>');
  if (opts.notes?.length)
    out.push(
      `<tfoot>${opts.notes
        .map(
          (n) =>
            `<tr${Object.entries(n.data ?? {})
              .map(([k, v]) => attr(`data-${k}`, v))
              .join('')}><td colspan="${years.length + 1}">${esc(n.text)}</td></tr>`,
        )
        .join('')}</tfoot>`,
    );
  out.push('</table>');
  return out.join('\n');
}

/**
 * The regions and the year a map shows, sorted by name, then the feed's regions the geometry
 * lacks (every value stays in the table) and the parents the map compares with.
 */
export function mapTableHtml(model: MapModel, meta: FeedMeta, lang: Lang): string {
  const collator = new Intl.Collator(lang);
  const rows: IndicatorTableRow[] = [...model.regions, ...model.offMap]
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((r) => ({ key: r.key, name: r.name, values: [r.value], flags: [r.flag] }));
  const seen = new Set(rows.map((r) => r.key));
  for (const r of model.regions) {
    const p = r.parent;
    if (p && !seen.has(p.key)) {
      seen.add(p.key);
      rows.push({ key: p.key, name: p.name, values: [p.value] });
    }
  }
  return indicatorTableHtml({ indicator: model.indicator, years: [model.year], rows, meta, lang });
}

/**
 * Every series and year a trend shows; its targets as rows of the footer ("Zielwert 2026
 * (Landkreis Cloppenburg): 40,0") with the target in `data-target-*` attributes.
 */
export function trendTableHtml(model: TrendModel, meta: FeedMeta, lang: Lang): string {
  const rows = model.series.map((s) => ({
    key: s.key,
    name: s.name,
    values: s.points.map((p) => p.value),
    flags: s.points.map((p) => p.flag),
  }));
  const d = model.indicator.decimals;
  const num = (v: number) => tableNumber(v, d, lang);
  const notes = model.targets.map((t) => {
    const who = t.series >= 0 ? model.series[t.series]?.name : undefined;
    const label = t.label ? localize(t.label, lang) : HEAD[lang].target;
    const value =
      t.value !== undefined
        ? num(t.value)
        : [t.min, t.max].every((v) => v !== undefined)
          ? `${num(t.min!)}–${num(t.max!)}`
          : t.min !== undefined
            ? `≥ ${num(t.min)}`
            : t.max !== undefined
              ? `≤ ${num(t.max)}`
              : '';
    const year = label.includes(String(t.year)) ? '' : ` ${t.year}`;
    return {
      text: `${label}${year}${who ? ` (${who})` : ''}: ${value}`,
      // machine-readable, so a widget reading the table draws the target too
      data: {
        'target-year': t.year,
        'target-region': t.region,
        'target-value': t.value,
        'target-min': t.min,
        'target-max': t.max,
        'target-label': t.label ? localize(t.label, lang) : undefined,
      },
    };
  });
  return indicatorTableHtml({ indicator: model.indicator, years: model.years, rows, meta, lang, notes });
}

/**
 * A flow table (`data-flow`): caption = flow title, one row per link in the drawn order
 * (From, To, Number). Node labels are the node ids when the table is read back.
 */
export function flowTableHtml(
  flow: Flow,
  regionName: string,
  meta: FeedMeta,
  lang: Lang,
  model?: SankeyModel,
): string {
  const label = (id: string) =>
    model?.nodeById.get(id)?.label ?? localize(flow.nodes.find((n) => n.id === id)?.label ?? id, lang);
  const decimals = flow.decimals ?? (flow.unit === 'percent' ? 1 : 0);
  const links = model ? model.links.map((l) => flow.links[l.index]!) : flow.links;
  const h = HEAD[lang];
  const out = [
    `<table${attr('data-flow', flow.id)}${attr('data-year', flow.year)}${attr('data-region', flow.region)}${attr(
      'data-region-name',
      regionName,
    )}${attr('data-unit', flow.unit)}${attr('data-decimals', flow.decimals)}${
      flow.sample || meta.sample ? ' data-sample' : ''
    }${attr('data-source', flow.source ? localize(flow.source, lang) : undefined)}${metaAttrs(meta, lang)}>`,
    `<caption>${esc(localize(flow.title, lang))}</caption>`,
    `<thead><tr><th scope="col">${h.from}</th><th scope="col">${h.to}</th><th scope="col">${
      flow.unit === 'percent' ? h.share : h.count
    }</th></tr></thead>`,
    '<tbody>',
  ];
  for (const l of links)
    out.push(
      `<tr><td>${esc(label(l.source))}</td><td>${esc(label(l.target))}</td><td>${esc(
        tableCell(l.value, l.flag, decimals, lang),
      )}</td></tr>`,
    );
  out.push('</tbody>', '</table>');
  return out.join('\n');
}
