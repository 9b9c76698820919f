/**
 * A plain HTML table as a widget's data source (DOM-free; issue #9 item 1).
 *
 * The element reads its first light-DOM `<table>` into a `TableModel` (text only) and
 * `tableToFeed` turns that into a validated feed. Without JavaScript the browser shows the table
 * itself, so the same markup is the no-script fallback and the data.
 *
 * Indicator table (`<bildung-map>`, `<indicator-trend>`, `<bildung-feed-info>`):
 * ```html
 * <table data-indicator="abgang-ohne-hsa" data-unit="percent" data-decimals="1"
 *        data-polarity="lower-is-better" data-source="Landesamt für Statistik Niedersachsen">
 *   <caption>Abgänge ohne Hauptschulabschluss</caption>
 *   <thead><tr><th>Region</th><th>2022</th><th>2023</th></tr></thead>
 *   <tbody>
 *     <tr><th data-key="03453001">Barßel</th><td>8,1</td><td>7,4</td></tr>
 *     <tr><td>03453002</td><td>.</td><td>6,9</td></tr>
 *   </tbody>
 * </table>
 * ```
 * - Header row: a label, then one integer year per column (any order; sorted ascending).
 * - Body rows: the region key (AGS/ARS) as the first cell, or a name with the key in `data-key`.
 * - Values as people write them: `8,1`, `1.234`, `12.5` (the decimal separator is decided for the
 *   whole table), markers `-` `.` `x` `/` `...` become flags, an empty cell is a missing value.
 * - `data-sample` (no value): the values are invented (sample data); the widget says so.
 * - Targets (Zielwerte): a `<tfoot>` row with `data-target-year` and `data-target-value` (or
 *   `-min`/`-max`), optionally `data-target-region` and `data-target-label`; its text is for
 *   readers (`<tr data-target-year="2026" data-target-value="40"><td>Zielwert 2026: 40 %</td></tr>`).
 * - `data-unit`: a unit kind (`percent`, `count`, …) or any label; default `count`.
 *   `data-decimals`: default = the most decimals written in a cell. `data-polarity`: default
 *   `neutral`. `data-indicator`: default = a slug of the caption.
 *
 * Flow table (`<transition-sankey>`, `<bildung-feed-info>`): `data-flow` marks it.
 * ```html
 * <table data-flow="uebergang" data-year="2023" data-region="03453">
 *   <caption>Übergänge nach Klasse 4</caption>
 *   <tr><th>Von</th><th>Nach</th><th>Anzahl</th></tr>
 *   <tr><td>Grundschule</td><td>Gymnasium</td><td>412</td></tr>
 * </table>
 * ```
 * Node ids are the labels; stages follow the from → to order (a node only flowed from is stage 0,
 * every other node one stage after its latest source). A flow that leads back is an error.
 *
 * Feed metadata of both: title = caption; `data-publisher`, `data-license`, `data-attribution`
 * (each defaults to `data-source`, else "–"); `data-date` (default today, ISO);
 * `data-territorial-date` (Gebietsstand of the region keys, ISO date; optional).
 */
import { parseRegionKey } from './region-key';
import { POLARITIES, UNIT_KINDS, YEAR_MAX, YEAR_MIN } from './feed/constants';
import { shorten } from './feed/messages';
import type {
  Feed,
  FeedIssue,
  FeedValidationResult,
  Polarity,
  Unit,
  UnitKind,
  ValueFlag,
} from './feed/types';
import { validateFeed } from './feed/validate';
import { detectDecimalSeparator, parseCell } from './adapters/german-number';

/** One body row: the text of every cell (first cell = key or name) and the first cell's `data-key`. */
export interface TableRow {
  key?: string;
  cells: string[];
}

/** The text content of a `<table>`, as the element reads it. */
export interface TableModel {
  /** Text of `<caption>` ('' when there is none). */
  caption: string;
  /** The table's `data-*` attributes (`dataset`: `data-polarity` → `polarity`). */
  dataset: Record<string, string>;
  /** Text of the cells of the header row. */
  head: string[];
  /** The rows after the header row. */
  rows: TableRow[];
  /** Rows of `<tfoot>`: their `data-*` attributes (targets) and text. */
  foot?: { dataset: Record<string, string>; text: string }[];
}

export type TableKind = 'indicator' | 'flow';

export interface TableOptions {
  /** Feed date when the table has no `data-date` (default: today, ISO 8601). */
  today?: string;
}

/** `flow` when the table has `data-flow`, else `indicator`. */
export function tableKind(dataset: Record<string, string>): TableKind {
  return dataset.flow !== undefined ? 'flow' : 'indicator';
}

/** Lower-case id from a title: `Übergänge nach Klasse 4` → `uebergaenge-nach-klasse-4`. */
export function slugId(text: string): string {
  const s = text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return s || 'tabelle';
}

/**
 * Messages of table problems, German and English. Kept here rather than in the shared catalogue
 * (src/core/i18n.ts): this module loads only for pages that use a table, so the widgets' bundles
 * do not carry them.
 */
const DE = {
  'table.noCaption': 'Die Tabelle hat keine Überschrift (<caption>); sie ist der Titel des Diagramms.',
  'table.noRows': 'Die Tabelle hat keine Datenzeilen.',
  'table.noYears':
    'Die Kopfzeile der Tabelle nennt keine Jahre (erste Zelle „Region“, dann eine Spalte je Jahr).',
  'table.badYear':
    'Tabelle Zeile {row}, Spalte {column}: „{found}“ ist keine Jahreszahl zwischen 1900 und 2100.',
  'table.duplicateYear':
    'Tabelle Zeile {row}, Spalte {column}: das Jahr {year} steht zweimal in der Kopfzeile.',
  'table.unknownRegion':
    'Tabelle Zeile {row}, Spalte 1: „{found}“ ist kein Regionalschlüssel (AGS/ARS); schreiben Sie den Schlüssel in die Zelle oder in data-key.',
  'table.duplicateRegion': 'Tabelle Zeile {row}: die Region {key} steht schon in Zeile {first}.',
  'table.textInNumber':
    'Tabelle Zeile {row}, Spalte {column}: „{found}“ ist weder eine Zahl noch ein Zeichen der Zeichenerklärung (- . x / ...).',
  'table.extraCells': 'Tabelle Zeile {row} hat {count} Zellen, die Kopfzeile nur {expected}.',
  'table.flowColumns': 'Eine Übergangstabelle hat genau 3 Spalten (Von, Nach, Anzahl); diese hat {count}.',
  'table.flowYear': 'Das Attribut data-year der Tabelle fehlt oder ist keine Jahreszahl: „{found}“.',
  'table.flowRegion':
    'Das Attribut data-region der Tabelle fehlt oder ist kein Regionalschlüssel: „{found}“.',
  'table.flowEmpty':
    'Tabelle Zeile {row}, Spalte {column}: die Zelle ist leer; jeder Übergang braucht Von und Nach.',
  'table.flowCycle':
    'Tabelle Zeile {row}: der Übergang „{from}“ → „{to}“ führt im Kreis; Übergänge führen von einer Stufe zu einer späteren.',
} as const;

type TableMessageKey = keyof typeof DE;

const EN: Record<TableMessageKey, string> = {
  'table.noCaption': 'The table has no caption (<caption>); it is the title of the chart.',
  'table.noRows': 'The table has no data rows.',
  'table.noYears':
    'The header row of the table names no years (first cell "Region", then one column per year).',
  'table.badYear': 'Table row {row}, column {column}: "{found}" is not a year between 1900 and 2100.',
  'table.duplicateYear': 'Table row {row}, column {column}: the year {year} appears twice in the header row.',
  'table.unknownRegion':
    'Table row {row}, column 1: "{found}" is not a region key (AGS/ARS); write the key into the cell or into data-key.',
  'table.duplicateRegion': 'Table row {row}: the region {key} is already in row {first}.',
  'table.textInNumber':
    'Table row {row}, column {column}: "{found}" is neither a number nor an official marker (- . x / ...).',
  'table.extraCells': 'Table row {row} has {count} cells, the header row only {expected}.',
  'table.flowColumns': 'A flow table has exactly 3 columns (from, to, count); this one has {count}.',
  'table.flowYear': 'The data-year attribute of the table is missing or not a year: "{found}".',
  'table.flowRegion': 'The data-region attribute of the table is missing or not a region key: "{found}".',
  'table.flowEmpty': 'Table row {row}, column {column}: the cell is empty; every flow needs a from and a to.',
  'table.flowCycle':
    'Table row {row}: the flow "{from}" → "{to}" goes round in a circle; flows lead from one stage to a later one.',
};

const fill = (template: string, params: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));

function issue(
  path: string,
  code: string,
  key: TableMessageKey,
  params: Record<string, string | number> = {},
): FeedIssue {
  return { path, code, message: { de: fill(DE[key], params), en: fill(EN[key], params) } };
}

const cellPath = (row: number, column: number): string => `table row ${row}, column ${column}`;

/**
 * Converts a table model into a validated feed. Problems of the table itself are reported with a
 * path like `table row 3, column 2` (row 1 = header row, columns from 1); the feed built from a
 * well-formed table is then checked by `validateFeed` like any other feed.
 */
export function tableToFeed(
  model: TableModel,
  kind: TableKind,
  options: TableOptions = {},
): FeedValidationResult {
  const errors: FeedIssue[] = [];
  const caption = model.caption.trim();
  if (!caption) errors.push(issue('table caption', 'table-no-caption', 'table.noCaption'));
  const body = model.rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (body.length === 0) errors.push(issue('table', 'table-no-rows', 'table.noRows'));
  const ds = model.dataset;
  const source = ds.source?.trim() || undefined;
  const meta = {
    title: caption,
    publisher: ds.publisher?.trim() || source || '–',
    license: ds.license?.trim() || '–',
    attribution: ds.attribution?.trim() || source || '–',
    date: ds.date?.trim() || options.today || new Date().toISOString().slice(0, 10),
    ...(ds.territorialDate?.trim() ? { territorialDate: ds.territorialDate.trim() } : {}),
  };
  const part = kind === 'flow' ? flowPart(model, caption, errors) : indicatorPart(model, caption, errors);
  if (errors.length) return { ok: false, errors, warnings: [] };
  const feed: Feed = { version: 1, meta, regions: part.regions, indicators: part.indicators };
  if (part.flows) feed.flows = part.flows;
  return validateFeed(feed, { adopt: true });
}

type Part = Pick<Feed, 'regions' | 'indicators' | 'flows'>;

function indicatorPart(model: TableModel, caption: string, errors: FeedIssue[]): Part {
  const ds = model.dataset;
  // years: columns 2… of the header row
  const columns: { year: number; index: number }[] = [];
  const seenYear = new Map<number, number>();
  model.head.slice(1).forEach((raw, i) => {
    const text = raw.trim();
    const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
    if (!(year >= YEAR_MIN && year <= YEAR_MAX)) {
      errors.push(
        issue(cellPath(1, i + 2), 'table-bad-year', 'table.badYear', {
          row: 1,
          column: i + 2,
          found: shorten(text),
        }),
      );
    } else if (seenYear.has(year)) {
      errors.push(
        issue(cellPath(1, i + 2), 'table-duplicate-year', 'table.duplicateYear', {
          row: 1,
          column: i + 2,
          year,
        }),
      );
    } else {
      seenYear.set(year, i + 1);
      columns.push({ year, index: i + 1 });
    }
  });
  if (model.head.length < 2) errors.push(issue('table row 1', 'table-no-years', 'table.noYears'));
  columns.sort((a, b) => a.year - b.year);

  const valueCells: string[] = [];
  for (const r of model.rows) valueCells.push(...r.cells.slice(1, model.head.length));
  const decimal = detectDecimalSeparator(valueCells);
  let maxDecimals = 0;

  const regions: Feed['regions'] = [];
  const values: Record<string, (number | null)[]> = {};
  const flags: Record<string, (ValueFlag | null)[]> = {};
  const firstRow = new Map<string, number>();
  model.rows.forEach((r, i) => {
    const row = i + 2;
    if (!r.cells.some((c) => c.trim() !== '')) return;
    const label = (r.cells[0] ?? '').trim();
    const rawKey = (r.key ?? label).trim();
    const parsed = parseRegionKey(rawKey);
    if (!parsed) {
      errors.push(
        issue(cellPath(row, 1), 'table-unknown-region', 'table.unknownRegion', {
          row,
          found: shorten(rawKey),
        }),
      );
      return;
    }
    const key = parsed.key;
    const first = firstRow.get(key);
    if (first !== undefined) {
      errors.push(
        issue(`table row ${row}`, 'table-duplicate-region', 'table.duplicateRegion', { row, key, first }),
      );
      return;
    }
    firstRow.set(key, row);
    const extra = r.cells.slice(model.head.length);
    if (extra.some((c) => c.trim() !== '')) {
      errors.push(
        issue(`table row ${row}`, 'table-extra-cells', 'table.extraCells', {
          row,
          count: r.cells.length,
          expected: model.head.length,
        }),
      );
    }
    regions.push({ key, name: r.key !== undefined && label ? label : key, level: parsed.level });
    const vals: (number | null)[] = [];
    const fl: (ValueFlag | null)[] = [];
    for (const col of columns) {
      const raw = r.cells[col.index] ?? '';
      const cell = parseCell(raw, decimal);
      if (cell.invalid) {
        errors.push(
          issue(cellPath(row, col.index + 1), 'table-text-in-number', 'table.textInNumber', {
            row,
            column: col.index + 1,
            found: shorten(raw.trim()),
          }),
        );
      }
      if (cell.value !== null) maxDecimals = Math.max(maxDecimals, fractionDigits(raw, decimal));
      vals.push(cell.value);
      fl.push(cell.flag ?? null);
    }
    values[key] = vals;
    if (fl.some((f) => f !== null)) flags[key] = fl;
  });

  const unitText = ds.unit?.trim();
  const unit: Unit = !unitText
    ? 'count'
    : (UNIT_KINDS as readonly string[]).includes(unitText)
      ? (unitText as UnitKind)
      : { de: unitText, en: unitText };
  const polarityText = ds.polarity?.trim() ?? '';
  const polarity: Polarity = (POLARITIES as readonly string[]).includes(polarityText)
    ? (polarityText as Polarity)
    : 'neutral';
  const decimalsText = ds.decimals?.trim();
  const indicator: Feed['indicators'][number] = {
    id: ds.indicator?.trim() || slugId(caption),
    title: caption,
    unit,
    // an unreadable data-decimals is passed on for validateFeed to report
    decimals: decimalsText ? Number(decimalsText) : Math.min(maxDecimals, 6),
    polarity,
    source: ds.source?.trim() || ds.publisher?.trim() || '–',
    years: columns.map((c) => c.year),
    values,
  };
  if (Object.keys(flags).length) indicator.flags = flags;
  if (ds.sample !== undefined) indicator.sample = true;
  const targets = (model.foot ?? []).flatMap((row) => footTarget(row.dataset));
  if (targets.length) indicator.targets = targets;
  return { regions, indicators: [indicator] };
}

/**
 * A target from a footer row's `data-target-year`, `-region`, `-value`, `-min`, `-max`, `-label`
 * (numbers written plainly, `40` or `40.5`); none when the row has no target year. The feed check
 * that follows reports a target that makes no sense.
 */
function footTarget(ds: Record<string, string>): NonNullable<Feed['indicators'][number]['targets']> {
  const year = ds.targetYear?.trim();
  if (!year) return [];
  const num = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : Number(v));
  const target: NonNullable<Feed['indicators'][number]['targets']>[number] = { year: Number(year) };
  if (ds.targetRegion?.trim()) target.region = ds.targetRegion.trim();
  for (const [k, v] of [
    ['value', num(ds.targetValue)],
    ['min', num(ds.targetMin)],
    ['max', num(ds.targetMax)],
  ] as const)
    if (v !== undefined) target[k] = v;
  if (ds.targetLabel?.trim()) target.label = ds.targetLabel.trim();
  return [target];
}

/** Digits after the decimal separator of a number cell (`8,1` → 1 with a comma). */
function fractionDigits(raw: string, decimal: ',' | '.'): number {
  const s = raw
    .trim()
    .replace(/^\((.*)\)$/, '$1')
    .replace(/\s*[prs]$/, '');
  const at = s.lastIndexOf(decimal);
  return at === -1 ? 0 : s.length - at - 1;
}

function flowPart(model: TableModel, caption: string, errors: FeedIssue[]): Part {
  const ds = model.dataset;
  if (model.head.length !== 3)
    errors.push(
      issue('table row 1', 'table-flow-columns', 'table.flowColumns', { count: model.head.length }),
    );
  const yearText = ds.year?.trim() ?? '';
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
  if (!(year >= YEAR_MIN && year <= YEAR_MAX))
    errors.push(issue('table data-year', 'table-flow-year', 'table.flowYear', { found: shorten(yearText) }));
  const regionText = ds.region?.trim() ?? '';
  const region = parseRegionKey(regionText);
  if (!region)
    errors.push(
      issue('table data-region', 'table-flow-region', 'table.flowRegion', { found: shorten(regionText) }),
    );

  const decimal = detectDecimalSeparator(model.rows.map((r) => r.cells[2] ?? ''));
  const links: { source: string; target: string; value: number; flag?: ValueFlag }[] = [];
  const order: string[] = [];
  const preds = new Map<string, Set<string>>();
  const addNode = (id: string): void => {
    if (!preds.has(id)) {
      preds.set(id, new Set());
      order.push(id);
    }
  };
  model.rows.forEach((r, i) => {
    const row = i + 2;
    if (!r.cells.some((c) => c.trim() !== '')) return;
    const from = (r.cells[0] ?? '').trim();
    const to = (r.cells[1] ?? '').trim();
    const raw = r.cells[2] ?? '';
    for (const [column, text] of [
      [1, from],
      [2, to],
    ] as const) {
      if (!text)
        errors.push(issue(cellPath(row, column), 'table-flow-empty', 'table.flowEmpty', { row, column }));
    }
    const cell = parseCell(raw, decimal);
    if (cell.invalid)
      errors.push(
        issue(cellPath(row, 3), 'table-text-in-number', 'table.textInNumber', {
          row,
          column: 3,
          found: shorten(raw.trim()),
        }),
      );
    if (!from || !to) return;
    if (from === to || reaches(preds, from, to)) {
      errors.push(
        issue(`table row ${row}`, 'table-flow-cycle', 'table.flowCycle', {
          row,
          from: shorten(from),
          to: shorten(to),
        }),
      );
      return;
    }
    addNode(from);
    addNode(to);
    preds.get(to)!.add(from);
    // a marker or an empty cell: no flow drawn
    if (cell.value !== null)
      links.push(
        cell.flag
          ? { source: from, target: to, value: cell.value, flag: cell.flag }
          : { source: from, target: to, value: cell.value },
      );
  });

  const stage = new Map<string, number>();
  const stageOf = (id: string): number => {
    const known = stage.get(id);
    if (known !== undefined) return known;
    let s = 0;
    for (const p of preds.get(id) ?? []) s = Math.max(s, stageOf(p) + 1);
    stage.set(id, s);
    return s;
  };
  const regionKey = region?.key ?? regionText;
  const flow: NonNullable<Feed['flows']>[number] = {
    id: ds.flow?.trim() || slugId(caption),
    title: caption,
    year,
    region: regionKey,
    unit: ds.unit?.trim() === 'percent' ? 'percent' : 'count',
    nodes: order.map((id) => ({ id, label: id, stage: stageOf(id) })),
    links,
  };
  if (ds.source?.trim()) flow.source = ds.source.trim();
  if (ds.sample !== undefined) flow.sample = true;
  const decimalsText = ds.decimals?.trim();
  if (decimalsText) flow.decimals = Number(decimalsText);
  const regions: Feed['regions'] = region
    ? [{ key: region.key, name: ds.regionName?.trim() || region.key, level: region.level }]
    : [];
  return { regions, indicators: [], flows: [flow] };
}

/** True when `to` already leads to `from` (a link from → to would close a cycle). */
function reaches(preds: Map<string, Set<string>>, from: string, to: string): boolean {
  const stack = [from];
  const seen = new Set<string>();
  while (stack.length) {
    const id = stack.pop()!;
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const p of preds.get(id) ?? []) stack.push(p);
  }
  return false;
}
