/**
 * Words of the trend chart (DOM-free): the summary sentence, the read-out of a year with the
 * change to the previous year, the live-region announcement, data-table rows, footer notes and
 * error messages — German and English, numbers via `format.ts`.
 */
import type { Indicator, Lang } from '../feed/types';
import { formatSigned, formatValue, localize, unitLabel } from '../format';
import { t } from '../catalogues/trend';
import { bilingual, flagLabel } from '../i18n';
import { targetText } from './layout';
import type { TrendModel, TrendPoint, TrendProblem, TrendSeries } from './model';

function fmt(model: TrendModel, value: number | null, lang: Lang, p?: TrendPoint): string {
  return formatValue(value, model.indicator.unit, {
    lang,
    decimals: model.indicator.decimals,
    flag: p?.flag,
  });
}

/** A value with the term of a qualifying flag: `8,6 % (vorläufig)`; a gap gives its reason. */
export function pointText(model: TrendModel, p: TrendPoint, lang: Lang): string {
  const text = fmt(model, p.value, lang, p);
  return p.value !== null && p.flag ? `${text} (${flagLabel(p.flag, lang)})` : text;
}

/** The subtitle: the indicator's description, else unit and years ("Einheit: % · 2018–2024"). */
export function subtitle(ind: Indicator, model: TrendModel | null, lang: Lang): string | undefined {
  const description = localize(ind.description, lang);
  if (description) return description;
  if (!model) return undefined;
  const from = String(model.years[0]);
  const to = String(model.years[model.years.length - 1]);
  if (ind.unit === 'count' || ind.unit === 'index') return `${from}–${to}`;
  return t(lang, 'trend.subtitle', { unit: unitLabel(ind.unit, lang), from, to });
}

/** "Landkreis Cloppenburg stieg von 33,9 % (2018) auf 41,9 % (2024)." */
export function seriesSentence(model: TrendModel, s: TrendSeries, lang: Lang): string {
  const pts = s.points.filter((p) => p.value !== null);
  const first = pts[0];
  const last = pts[pts.length - 1];
  if (!first || !last) return t(lang, 'trend.sentenceNone', { name: s.name });
  const a = fmt(model, first.value, lang);
  const b = fmt(model, last.value, lang);
  if (first === last)
    return t(lang, 'trend.sentenceSingle', { name: s.name, value: b, year: String(last.year) });
  const key =
    a === b ? 'trend.sentenceSame' : last.value! > first.value! ? 'trend.sentenceRose' : 'trend.sentenceFell';
  return t(lang, key, {
    name: s.name,
    from: a,
    to: b,
    fromYear: String(first.year),
    toYear: String(last.year),
  });
}

/** Every series' sentence, then the targets: the chart's description for screen readers. */
export function summary(model: TrendModel, lang: Lang): string {
  const parts = model.series.map((s) => seriesSentence(model, s, lang));
  for (const tg of model.targets) {
    const name = tg.series >= 0 ? model.series[tg.series]?.name : undefined;
    const [label, value] = targetText(tg, model, lang);
    parts.push(`${label}${name ? ` (${name})` : ''}: ${value}.`);
  }
  return parts.join(' ');
}

export interface ReadoutRow {
  key: string;
  name: string;
  /** Index into `model.series`. */
  series: number;
  value: number | null;
  /** Value with unit, or the reason of a gap. */
  text: string;
  /** Term of a qualifying flag (`vorläufig`), or null. */
  flag: string | null;
  /** Signed change to the previous year of the chart, or null. */
  change: string | null;
}

export interface Readout {
  year: number;
  /** The year the change refers to (the previous year of the chart), or null for the first. */
  previousYear: number | null;
  /** Highest value first; gaps last. */
  rows: ReadoutRow[];
}

/** What the read-out shows for the year at `yearIndex`. */
export function readout(model: TrendModel, yearIndex: number, lang: Lang): Readout {
  const year = model.years[yearIndex] ?? model.years[0]!;
  const previousYear = yearIndex > 0 ? (model.years[yearIndex - 1] ?? null) : null;
  const rows: ReadoutRow[] = model.series.map((s, si) => {
    const p = s.points[yearIndex]!;
    const prev = yearIndex > 0 ? (s.points[yearIndex - 1]?.value ?? null) : null;
    const change =
      p.value !== null && prev !== null
        ? formatSigned(p.value - prev, model.indicator.unit, { lang, decimals: model.indicator.decimals })
        : null;
    return {
      key: s.key,
      name: s.name,
      series: si,
      value: p.value,
      text: fmt(model, p.value, lang, p),
      flag: p.value !== null && p.flag ? flagLabel(p.flag, lang) : null,
      change,
    };
  });
  rows.sort((a, b) => {
    if (a.value === null || b.value === null)
      return a.value === null ? (b.value === null ? a.series - b.series : 1) : -1;
    return b.value - a.value || a.series - b.series;
  });
  return { year, previousYear, rows };
}

/** "2019: Cloppenburg 8,1 %, Niedersachsen 6,7 %" — for the polite live region. */
export function announcement(r: Readout): string {
  const items = r.rows.map((row) => `${row.name} ${row.text}${row.flag ? ` (${row.flag})` : ''}`);
  return `${r.year}: ${items.join(', ')}`;
}

/** Columns of the data table: year, then one per region. */
export function tableColumns(model: TrendModel, lang: Lang): { label: string; numeric?: boolean }[] {
  return [{ label: t(lang, 'year') }, ...model.series.map((s) => ({ label: s.name, numeric: true }))];
}

/** Rows of the data table: one per year with every value (flags spelled out), then the targets. */
export function tableRows(
  model: TrendModel,
  lang: Lang,
): { key: string; cells: string[]; sort: (number | string | null)[] }[] {
  const rows = model.years.map((year, i) => ({
    key: String(year),
    cells: [String(year), ...model.series.map((s) => pointText(model, s.points[i]!, lang))],
    sort: [year, ...model.series.map((s) => s.points[i]!.value)],
  }));
  model.targets.forEach((tg, ti) => {
    const value = targetText(tg, model, lang)[1];
    rows.push({
      key: `target-${ti}`,
      cells: [
        t(lang, 'trend.targetRow', { year: String(tg.year) }),
        ...model.series.map((_, si) => (tg.series === -1 || tg.series === si ? value : '–')),
      ],
      sort: [
        tg.year,
        ...model.series.map((_, si) =>
          tg.series === -1 || tg.series === si ? (tg.value ?? tg.min ?? tg.max ?? null) : null,
        ),
      ],
    });
  });
  return rows;
}

const MAX_GAPS = 12;

/** Notes under the chart: hollow markers, gaps, series breaks, unknown regions, polarity. */
export function trendNotes(model: TrendModel, lang: Lang): string[] {
  const notes: string[] = [];
  if (model.series.some((s) => s.points.some((p) => p.hollow))) notes.push(t(lang, 'trend.hollowNote'));
  const gaps: string[] = [];
  for (const s of model.series) {
    for (const p of s.points) {
      if (p.value === null) gaps.push(`${s.name} ${p.year} (${fmt(model, null, lang, p)})`);
    }
  }
  if (gaps.length) {
    const shown = gaps.length > MAX_GAPS ? [...gaps.slice(0, MAX_GAPS), '…'] : gaps;
    notes.push(t(lang, 'trend.gapNote', { items: shown.join(', ') }));
  }
  for (const b of model.breaks) {
    notes.push(t(lang, 'trend.breakNote', { year: String(b.year), note: localize(b.note, lang) }));
  }
  if (model.unknownRegions.length) {
    notes.push(t(lang, 'trend.unknownRegionsNote', { keys: model.unknownRegions.join(', ') }));
  }
  if (model.emptyRegions.length)
    notes.push(t(lang, 'trend.emptyRegionsNote', { names: model.emptyRegions.join(', ') }));
  if (model.unknownHighlight)
    notes.push(t(lang, 'trend.unknownHighlightNote', { key: model.unknownHighlight }));
  const polarity = model.indicator.polarity;
  if (polarity !== 'neutral')
    notes.push(t(lang, polarity === 'higher-is-better' ? 'higherIsBetter' : 'lowerIsBetter'));
  return notes;
}

/** The feed's footnotes for the regions and years shown (the element lists them collapsed). */
export function footnoteTexts(model: TrendModel, lang: Lang): string[] {
  return model.footnotes.map((n) => localize(n.text, lang)).filter((text) => text !== '');
}

const PROBLEM_KEYS = {
  'unknown-indicator': 'unknownIndicator',
  'unknown-region': 'trend.unknownRegion',
  'no-data': 'trend.noData',
} as const;

/**
 * The localized message of a model problem, both languages (for `bildung-error` and the error box;
 * English worded when read: `bilingual`).
 */
export function problemMessage(problem: TrendProblem): { de: string; en: string } {
  const { code, params } = problem;
  return bilingual((lang) =>
    code === 'unknown-indicator' && !params.id
      ? t(lang, 'trend.noIndicator')
      : t(lang, PROBLEM_KEYS[code], params),
  );
}
