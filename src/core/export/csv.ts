/**
 * CSV of the data a widget shows, for spreadsheets: UTF-8 with a byte order mark (so Excel reads
 * umlauts correctly), `;` as separator and a decimal comma for German, `,` and a decimal point for
 * English; fields quoted when they contain the separator, a quote or a line break. Numbers are
 * written in full precision without grouping, so they stay numbers in Excel and LibreOffice.
 */
import type { Lang, Unit, ValueFlag } from '../feed/types';
import { localize, unitLabel } from '../format';
import { t } from '../catalogues/sankey';
import { flagLabel } from '../i18n';
import type { MapModel } from '../map/model';
import type { SankeyModel } from '../sankey/model';
import type { TrendModel } from '../trend/model';

/** A cell: text, a number (formatted for the language) or empty. */
export type CsvCell = string | number | null | undefined;

export interface CsvTable {
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

/** The byte order mark that tells spreadsheet programs the file is UTF-8. */
export const BOM = '\uFEFF';

/** Field separator for a language: `;` for German Excel, `,` otherwise. */
export function csvSeparator(lang: Lang): ';' | ',' {
  return lang === 'de' ? ';' : ',';
}

/** A number in full precision, no grouping, no exponent; decimal comma for German. */
export function csvNumber(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return '';
  let s = String(value);
  if (/e/i.test(s))
    s = Math.abs(value) >= 1e21 ? BigInt(value).toString() : value.toFixed(20).replace(/\.?0+$/, '');
  return lang === 'de' ? s.replace('.', ',') : s;
}

/**
 * Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a
 * leading apostrophe: feed text stays text (CSV injection, OWASP).
 */
export function csvText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function field(cell: CsvCell, lang: Lang, sep: string): string {
  if (cell === null || cell === undefined) return '';
  const s = typeof cell === 'number' ? csvNumber(cell, lang) : csvText(cell);
  return s.includes(sep) || /["\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The CSV text (with BOM, CRLF line ends as RFC 4180 asks) of a table. */
export function toCsv(table: CsvTable, lang: Lang): string {
  const sep = csvSeparator(lang);
  const line = (cells: readonly CsvCell[]) => cells.map((c) => field(c, lang, sep)).join(sep);
  return BOM + [line(table.header), ...table.rows.map(line)].join('\r\n') + '\r\n';
}

function unitText(unit: Unit, lang: Lang): string {
  return unitLabel(unit, lang);
}

function flagText(flag: ValueFlag | null | undefined, lang: Lang): string {
  return flag ? flagLabel(flag, lang) : '';
}

/** Header of the long format every widget uses: key, region, year, value, unit, note. */
function longHeader(lang: Lang): string[] {
  return [
    t(lang, 'export.key'),
    t(lang, 'region'),
    t(lang, 'year'),
    t(lang, 'value'),
    t(lang, 'unit'),
    t(lang, 'note'),
  ];
}

/** The map's data: one row per drawn region (in drawing order), with its flag spelled out. */
export function mapCsv(model: MapModel, lang: Lang): CsvTable {
  const unit = unitText(model.indicator.unit, lang);
  return {
    header: longHeader(lang),
    rows: model.regions.map((r) => [r.key, r.name, model.year, r.value, unit, flagText(r.flag, lang)]),
  };
}

/** The trend's data: one row per line and year, then one row per target (note "Zielwert"). */
export function trendCsv(model: TrendModel, lang: Lang): CsvTable {
  const unit = unitText(model.indicator.unit, lang);
  const rows: CsvCell[][] = [];
  for (const s of model.series)
    for (const p of s.points) rows.push([s.key, s.name, p.year, p.value, unit, flagText(p.flag, lang)]);
  for (const tg of model.targets) {
    const s = tg.series >= 0 ? model.series[tg.series] : undefined;
    const range =
      tg.value === undefined && (tg.min !== undefined || tg.max !== undefined)
        ? ` ${tg.min === undefined ? '' : csvNumber(tg.min, lang)}–${tg.max === undefined ? '' : csvNumber(tg.max, lang)}`
        : '';
    const label = tg.label ? ` (${localize(tg.label, lang)})` : '';
    rows.push([
      s?.key ?? '',
      s?.name ?? '',
      tg.year,
      tg.value ?? null,
      unit,
      `${t(lang, 'target')}${range}${label}`,
    ]);
  }
  return { header: longHeader(lang), rows };
}

/** The sankey's data: one row per link (feed order) with region, year, value, unit, share and flag. */
export function sankeyCsv(model: SankeyModel, regionName: string, lang: Lang): CsvTable {
  const f = model.flow;
  const unit = unitText(f.unit, lang);
  const label = (id: string) => model.nodeById.get(id)?.label ?? id;
  return {
    header: [
      t(lang, 'export.key'),
      t(lang, 'region'),
      t(lang, 'year'),
      t(lang, 'sankey.from'),
      t(lang, 'sankey.to'),
      t(lang, 'value'),
      t(lang, 'unit'),
      t(lang, 'sankey.shareOfSource'),
      t(lang, 'note'),
    ],
    rows: model.links.map((l) => [
      f.region,
      regionName,
      f.year,
      label(l.source),
      label(l.target),
      l.value,
      unit,
      l.share === null ? null : Math.round(l.share * 10000) / 10000,
      flagText(f.links[l.index]?.flag, lang),
    ]),
  };
}

/** A safe file name from ids and a year: `abgang-ohne-hsa-2023.csv`. */
export function exportFilename(parts: readonly (string | number | null | undefined)[], ext: string): string {
  const base = parts
    .filter((p) => p !== null && p !== undefined && p !== '')
    .map((p) =>
      String(p)
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/ß/g, 'ss')
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[-.]+|[-.]+$/g, ''),
    )
    .filter(Boolean)
    .join('-')
    .slice(0, 120);
  return `${base || 'export'}.${ext}`;
}
