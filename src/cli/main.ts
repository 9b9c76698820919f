/**
 * `bildung-feed`: turn statistical exports into an indicator feed, check feeds, look into exports.
 *
 *   bildung-feed convert <file…> --indicator-id ID [options] -o feed.json
 *   bildung-feed validate feed.json [--lang de|en]
 *   bildung-feed inspect <file> [--json]
 *
 * `main(argv, io)` does everything and returns the exit code (0 ok, 1 a problem with the data,
 * 2 a problem with the command line); `io` can be replaced in tests. Problems are printed as one
 * readable message in German or English, never as a stack trace. Output files are written to a
 * temporary file beside the target and renamed, so a failed run never leaves a partial file.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  AdapterError,
  convertToFeed,
  inspectInput,
  knownRegionsFrom,
  mergeFeeds,
  readCsv,
  decodeInput,
  parseJsonStrict,
  INPUT_FORMATS,
  type AdapterText,
  type AnyInputOptions,
  type InspectReport,
  type KnownRegion,
} from '../core/adapters/index';
import { parseFeed } from '../core/feed/parse';
import type { Feed, Lang, LocalizedText, Polarity } from '../core/feed/types';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Uint8Array;
  /** Writes `text` to `path` atomically (temp file + rename). */
  writeFile(path: string, text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Today as an ISO date (feeds without any date in their source). */
  today(): string;
}

/** Atomic write: temp file in the same folder, fsync, rename; the temp file is removed on failure. */
export function writeFileAtomic(path: string, text: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    const fd = openSync(tmp, 'wx');
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

export const nodeIo: CliIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readFile: (p) => new Uint8Array(readFileSync(p)),
  writeFile: writeFileAtomic,
  env: process.env,
  today: () => new Date().toISOString().slice(0, 10),
};

class UsageError extends Error {
  constructor(readonly text: AdapterText) {
    super(text.en);
  }
}

const usage = (de: string, en: string): never => {
  throw new UsageError({ de, en });
};

const HELP: Record<Lang, string> = {
  de: `bildung-feed – Statistik-Exporte in einen Indikator-Feed (Format v1) umwandeln

Befehle:
  convert <datei…> --indicator-id ID [Optionen] -o feed.json
      Wandelt eine oder mehrere Dateien um und führt sie zu einem Feed zusammen.
  validate <feed.json>       Prüft einen Feed; jedes Problem mit JSON-Pfad. Exit-Code 0/1.
  inspect <datei>            Zeigt, was der Adapter sieht: Dimensionen, Jahre, Schlüssel, Zeichen.
  render --widget W --feed feed.json … --svg a.svg --html a.html
      Zeichnet ein Widget als statisches SVG und HTML-Fragment mit Tabelle (render --help).

Formate (--format, sonst erkannt): regionalstatistik (Regionaldatenbank/GENESIS-Tabelle),
  ffcsv (GENESIS-Flatfile), jsonstat (JSON-stat 2.0 / 1.x), sdmx (SDMX-JSON), csv (eigene Tabelle)

Optionen für convert:
  -o, --output DATEI        Ziel (sonst Standardausgabe); wird atomar geschrieben
  --indicator-id ID         ID des Indikators (a-z, 0-9, - _ .), Pflicht
  --title TEXT [--title-en TEXT]   Titel des Indikators
  --unit EINHEIT            percent, count, eur, km2, per-1000 … oder eine Bezeichnung
  --decimals N  --polarity higher-is-better|lower-is-better|neutral  --source TEXT  --sample
  --column SPALTE           Wertspalte / Tabellenspalte / Merkmal
  --select DIM=KATEGORIE    Kategorie einer Dimension (CSV: Wert einer Spalte) wählen; mehrfach
  --exclude DIM=KATEGORIE   Kategorie auslassen; mehrfach
  --region-dim D  --time-dim D  --indicator-dim D   Dimensionen (CSV: Spalten) zuordnen
  --name-column SPALTE      CSV: Spalte mit Regionsnamen
  --region SCHLÜSSEL        fester Regionsschlüssel für Daten ohne Regionen (z. B. DG)
  --year JAHR               festes Jahr für Daten ohne Zeitangabe
  --regions DATEI           bekannte Regionen (Feed, TopoJSON, GeoJSON, CSV Schlüssel;Name) für Namen
  --region-map DATEI [--map-from SPALTE --map-to SPALTE]   Zuordnungstabelle, z. B. NUTS3 → AGS
  --drop-unknown-regions    unbekannte Regionen auslassen statt abzubrechen
  --no-scale                Einheiten wie „Tsd. EUR“ nicht umrechnen
  --dataset N               Datensatz einer Sammlung / Nachricht
  --encoding auto|utf-8|windows-1252   --separator ';'|','|tab   --decimal ,|.
  --feed-title T  --publisher T  --license L  --attribution T  --date JJJJ-MM-TT   Feed-Metadaten
  --territorial-date JJJJ-MM-TT   Gebietsstand der Regionalschlüssel (z. B. 2023-12-31)
  --pretty                  eingerücktes JSON
Allgemein: --lang de|en, -q/--quiet, -h/--help, --json (inspect, validate)
`,
  en: `bildung-feed – turn statistical exports into an indicator feed (format v1)

Commands:
  convert <file…> --indicator-id ID [options] -o feed.json
      Converts one or more files and merges them into one feed.
  validate <feed.json>       Checks a feed; every problem with its JSON path. Exit code 0/1.
  inspect <file>             Shows what the adapter sees: dimensions, years, keys, markers.
  render --widget W --feed feed.json … --svg a.svg --html a.html
      Draws a widget as a static SVG and an HTML fragment with a table (render --help).

Formats (--format, else detected): regionalstatistik (Regionaldatenbank/GENESIS table),
  ffcsv (GENESIS flat file), jsonstat (JSON-stat 2.0 / 1.x), sdmx (SDMX-JSON), csv (your own table)

Options of convert:
  -o, --output FILE         target (else standard output); written atomically
  --indicator-id ID         indicator id (a-z, 0-9, - _ .), required
  --title TEXT [--title-en TEXT]   indicator title
  --unit UNIT               percent, count, eur, km2, per-1000 … or a label
  --decimals N  --polarity higher-is-better|lower-is-better|neutral  --source TEXT  --sample
  --column COLUMN           value column / table column / measure
  --select DIM=CATEGORY     choose a category of a dimension (CSV: a value of a column); repeatable
  --exclude DIM=CATEGORY    leave a category out; repeatable
  --region-dim D  --time-dim D  --indicator-dim D   assign dimensions (CSV: columns)
  --name-column COLUMN      CSV: column with region names
  --region KEY              fixed region key for data without regions (e.g. DG)
  --year YEAR               fixed year for data without a time
  --regions FILE            known regions (feed, TopoJSON, GeoJSON, CSV key;name) for names
  --region-map FILE [--map-from COLUMN --map-to COLUMN]   mapping table, e.g. NUTS3 → AGS
  --drop-unknown-regions    leave unknown regions out instead of stopping
  --no-scale                do not convert units such as "Tsd. EUR"
  --dataset N               dataset of a collection / message
  --encoding auto|utf-8|windows-1252   --separator ';'|','|tab   --decimal ,|.
  --feed-title T  --publisher T  --license L  --attribution T  --date YYYY-MM-DD   feed metadata
  --territorial-date YYYY-MM-DD   territorial reference date (Gebietsstand) of the region keys
  --pretty                  indented JSON
General: --lang de|en, -q/--quiet, -h/--help, --json (inspect, validate)
`,
};

const OPTIONS = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  quiet: { type: 'boolean', short: 'q' },
  json: { type: 'boolean' },
  pretty: { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  format: { type: 'string' },
  encoding: { type: 'string' },
  separator: { type: 'string' },
  decimal: { type: 'string' },
  'indicator-id': { type: 'string' },
  title: { type: 'string' },
  'title-en': { type: 'string' },
  description: { type: 'string' },
  unit: { type: 'string' },
  decimals: { type: 'string' },
  polarity: { type: 'string' },
  source: { type: 'string' },
  sample: { type: 'boolean' },
  column: { type: 'string' },
  select: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'region-dim': { type: 'string' },
  'time-dim': { type: 'string' },
  'indicator-dim': { type: 'string' },
  'name-column': { type: 'string' },
  region: { type: 'string' },
  year: { type: 'string' },
  regions: { type: 'string' },
  'region-map': { type: 'string' },
  'map-from': { type: 'string' },
  'map-to': { type: 'string' },
  'drop-unknown-regions': { type: 'boolean' },
  'no-scale': { type: 'boolean' },
  dataset: { type: 'string' },
  'feed-title': { type: 'string' },
  publisher: { type: 'string' },
  license: { type: 'string' },
  attribution: { type: 'string' },
  date: { type: 'string' },
  'territorial-date': { type: 'string' },
} as const;

type Values = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>
>['values'];

function langOf(argv: readonly string[], env: CliIo['env']): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const v = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.slice(7) : argv[i + 1];
  if (v === 'en' || v === 'de') return v;
  const sys = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(sys) ? 'en' : 'de';
}

function formatBytes(n: number): string {
  return n >= 1048576
    ? `${(n / 1048576).toFixed(1)} MB`
    : n >= 1024
      ? `${Math.round(n / 1024)} KB`
      : `${n} B`;
}

function pairs(list: readonly string[] | undefined, flag: string): [string, string][] {
  return (list ?? []).map((s) => {
    const i = s.indexOf('=');
    if (i <= 0)
      usage(
        `${flag} erwartet DIMENSION=KATEGORIE, gefunden: „${s}“.`,
        `${flag} expects DIMENSION=CATEGORY, found: "${s}".`,
      );
    return [s.slice(0, i).trim(), s.slice(i + 1).trim()];
  });
}

function readUserFile(io: CliIo, path: string): Uint8Array {
  try {
    return io.readFile(path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT')
      throw new AdapterError('no-data', {
        de: `Datei nicht gefunden: ${path}`,
        en: `File not found: ${path}`,
      });
    if (code === 'EISDIR')
      throw new AdapterError('no-data', {
        de: `${path} ist ein Ordner, keine Datei.`,
        en: `${path} is a folder, not a file.`,
      });
    if (code === 'EACCES')
      throw new AdapterError('no-data', {
        de: `Keine Leserechte für ${path}.`,
        en: `No permission to read ${path}.`,
      });
    throw e;
  }
}

function loadRegions(io: CliIo, path: string): KnownRegion[] {
  const bytes = readUserFile(io, path);
  const text = decodeInput(bytes).text;
  let regions: KnownRegion[];
  if (/^\s*[[{]/.test(text)) regions = knownRegionsFrom(parseJsonStrict(text));
  else {
    const rows = readCsv(text).rows.filter((r) => r.some((c) => c.trim()));
    const header = rows[0]?.map((h) => h.trim().toLowerCase()) ?? [];
    const keyCol = Math.max(
      0,
      header.findIndex((h) => /^(key|ags|ars|_rs|schluessel|schlüssel|region_key|region_code)$/.test(h)),
    );
    const nameCol = header.findIndex((h) => /^(name|gen|region|region_name|bezeichnung)$/.test(h));
    regions = knownRegionsFrom(
      rows.slice(1).map((r) => ({ key: r[keyCol]?.trim(), name: r[nameCol < 0 ? 1 : nameCol]?.trim() })),
    );
  }
  if (!regions.length)
    throw new AdapterError('bad-option', {
      de: `In ${path} wurden keine Regionen (Schlüssel und Name) gefunden.`,
      en: `No regions (key and name) were found in ${path}.`,
    });
  return regions;
}

function loadRegionMap(io: CliIo, path: string, from?: string, to?: string): Record<string, string> {
  const text = decodeInput(readUserFile(io, path)).text;
  const rows = readCsv(text).rows.filter((r) => r.some((c) => c.trim()));
  const header = rows[0]?.map((h) => h.trim()) ?? [];
  const col = (name: string | undefined, dflt: number): number => {
    if (name === undefined) return dflt;
    const i = header.findIndex((h) => h.toLowerCase() === name.toLowerCase());
    if (i < 0)
      throw new AdapterError('unknown-column', {
        de: `Die Zuordnungstabelle hat keine Spalte „${name}“ (Spalten: ${header.join(', ')}).`,
        en: `The mapping table has no column "${name}" (columns: ${header.join(', ')}).`,
      });
    return i;
  };
  const a = col(from, 0);
  const b = col(to, 1);
  const map: Record<string, string> = {};
  for (const r of rows.slice(1)) {
    const k = r[a]?.trim();
    const v = r[b]?.trim();
    if (k && v) map[k] = v;
  }
  return map;
}

function localized(de: string | undefined, en: string | undefined): LocalizedText | undefined {
  if (de === undefined && en === undefined) return undefined;
  if (en === undefined) return de;
  return { de: de ?? en, en };
}

function convertOptions(v: Values, io: CliIo): AnyInputOptions {
  const o: AnyInputOptions = { today: io.today() };
  if (v.format !== undefined) {
    if (v.format !== 'auto' && !(INPUT_FORMATS as readonly string[]).includes(v.format))
      usage(
        `Unbekanntes Format „${v.format}“ (${INPUT_FORMATS.join(', ')}).`,
        `Unknown format "${v.format}" (${INPUT_FORMATS.join(', ')}).`,
      );
    o.format = v.format as AnyInputOptions['format'];
  }
  if (v.encoding !== undefined) {
    const e = v.encoding.toLowerCase();
    const enc =
      e === 'utf8' || e === 'utf-8'
        ? 'utf-8'
        : e === 'cp1252' || e === 'windows-1252' || e === 'latin1' || e === 'iso-8859-1'
          ? 'windows-1252'
          : e === 'auto'
            ? 'auto'
            : undefined;
    if (!enc)
      usage(
        `Unbekannte Kodierung „${v.encoding}“ (auto, utf-8, windows-1252).`,
        `Unknown encoding "${v.encoding}" (auto, utf-8, windows-1252).`,
      );
    o.encoding = enc;
  }
  if (v.separator !== undefined) {
    const s = v.separator === 'tab' || v.separator === '\\t' ? '\t' : v.separator;
    if (s !== ';' && s !== ',' && s !== '\t' && s !== 'auto')
      usage(`Trennzeichen muss ; , oder tab sein.`, `The separator must be ; , or tab.`);
    o.separator = s as NonNullable<AnyInputOptions['separator']>;
  }
  if (v.decimal !== undefined) {
    if (v.decimal !== ',' && v.decimal !== '.')
      usage('Dezimaltrennzeichen muss , oder . sein.', 'The decimal separator must be , or .');
    o.decimal = v.decimal as NonNullable<AnyInputOptions['decimal']>;
  }
  if (v['indicator-id'] !== undefined) o.indicatorId = v['indicator-id'];
  const title = localized(v.title, v['title-en']);
  if (title !== undefined) o.title = title;
  if (v.description !== undefined) o.description = v.description;
  if (v.unit !== undefined) o.unit = v.unit;
  if (v.decimals !== undefined) {
    if (!/^\d$/.test(v.decimals))
      usage('--decimals erwartet eine Zahl von 0 bis 6.', '--decimals expects a number from 0 to 6.');
    o.decimals = Number(v.decimals);
  }
  if (v.polarity !== undefined) o.polarity = v.polarity as Polarity;
  if (v.source !== undefined) o.source = v.source;
  if (v.sample) o.sample = true;
  if (v.column !== undefined) o.column = v.column;
  const select = pairs(v.select, '--select');
  if (select.length) o.select = Object.fromEntries(select);
  const exclude = pairs(v.exclude, '--exclude');
  if (exclude.length) {
    const ex: Record<string, string[]> = {};
    for (const [d, c] of exclude) (ex[d] ??= []).push(c);
    o.exclude = ex;
  }
  if (v['region-dim'] !== undefined) o.regionDim = v['region-dim'];
  if (v['time-dim'] !== undefined) o.timeDim = v['time-dim'];
  if (v['indicator-dim'] !== undefined) o.indicatorDim = v['indicator-dim'];
  if (v['name-column'] !== undefined) o.nameColumn = v['name-column'];
  if (v.region !== undefined) o.region = v.region;
  if (v.year !== undefined) {
    if (!/^\d{4}$/.test(v.year))
      usage('--year erwartet eine Jahreszahl (z. B. 2023).', '--year expects a year (e.g. 2023).');
    o.year = Number(v.year);
  }
  if (v.regions !== undefined) o.regions = loadRegions(io, v.regions);
  if (v['region-map'] !== undefined)
    o.regionMap = loadRegionMap(io, v['region-map'], v['map-from'], v['map-to']);
  if (v['drop-unknown-regions']) o.dropUnknownRegions = true;
  if (v['no-scale']) o.scale = false;
  if (v.dataset !== undefined) o.dataset = v.dataset;
  const meta: AnyInputOptions['meta'] = {};
  if (v['feed-title'] !== undefined) meta.title = v['feed-title'];
  if (v.publisher !== undefined) meta.publisher = v.publisher;
  if (v.license !== undefined) meta.license = v.license;
  if (v.attribution !== undefined) meta.attribution = v.attribution;
  if (v.date !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v.date))
      usage('--date erwartet JJJJ-MM-TT.', '--date expects YYYY-MM-DD.');
    meta.date = v.date;
  }
  if (v['territorial-date'] !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v['territorial-date']))
      usage('--territorial-date erwartet JJJJ-MM-TT.', '--territorial-date expects YYYY-MM-DD.');
    meta.territorialDate = v['territorial-date'];
  }
  o.meta = meta;
  return o;
}

const LARGE = 1 << 20;

function runConvert(files: string[], v: Values, io: CliIo, lang: Lang): number {
  if (!files.length) usage('convert: keine Eingabedatei angegeben.', 'convert: no input file given.');
  if (!v['indicator-id'])
    usage(
      'convert: --indicator-id fehlt (z. B. --indicator-id abgang-ohne-hsa).',
      'convert: --indicator-id is missing (e.g. --indicator-id abgang-ohne-hsa).',
    );
  const opts = convertOptions(v, io);
  const say = (de: string, en: string): void => {
    if (!v.quiet) io.stderr(`${lang === 'de' ? de : en}\n`);
  };
  const feeds: Feed[] = [];
  const warnings: AdapterText[] = [];
  for (const file of files) {
    const bytes = readUserFile(io, file);
    const large = bytes.length >= LARGE;
    if (large)
      say(
        `Lese ${file} (${formatBytes(bytes.length)}) …`,
        `Reading ${file} (${formatBytes(bytes.length)}) …`,
      );
    const t0 = Date.now();
    const res = convertToFeed(bytes, {
      ...opts,
      onProgress: large
        ? (done, total) =>
            say(
              `  ${Math.round((done / total) * 100)} % (${done} / ${total} Werte)`,
              `  ${Math.round((done / total) * 100)} % (${done} / ${total} values)`,
            )
        : undefined,
    });
    const n = res.feed.indicators.reduce(
      (a, i) => a + Object.values(i.values).reduce((b, arr) => b + arr.filter((x) => x !== null).length, 0),
      0,
    );
    say(
      `${file}: ${res.format}, ${res.feed.regions.length} Regionen, ${n} Werte${large ? ` (${Date.now() - t0} ms)` : ''}`,
      `${file}: ${res.format}, ${res.feed.regions.length} regions, ${n} values${large ? ` (${Date.now() - t0} ms)` : ''}`,
    );
    for (const w of res.warnings) warnings.push({ de: `${file}: ${w.de}`, en: `${file}: ${w.en}` });
    feeds.push(res.feed);
  }
  const merged = feeds.length === 1 ? { feed: feeds[0]!, warnings: [] } : mergeFeeds(feeds, opts.meta);
  warnings.push(...merged.warnings);
  if (!v.quiet) for (const w of warnings) io.stderr(`${lang === 'de' ? 'Hinweis' : 'Note'}: ${w[lang]}\n`);
  const json = v.pretty ? JSON.stringify(merged.feed, null, 2) : JSON.stringify(merged.feed);
  if (v.output) {
    try {
      io.writeFile(v.output, `${json}\n`);
    } catch (e) {
      const code = (e as { code?: string }).code ?? '';
      throw new AdapterError('bad-option', {
        de: `${v.output} konnte nicht geschrieben werden (${code || (e as Error).message}).`,
        en: `Could not write ${v.output} (${code || (e as Error).message}).`,
      });
    }
    say(
      `Geschrieben: ${v.output} (${formatBytes(json.length + 1)})`,
      `Written: ${v.output} (${formatBytes(json.length + 1)})`,
    );
  } else io.stdout(`${json}\n`);
  return 0;
}

function runValidate(files: string[], v: Values, io: CliIo, lang: Lang): number {
  if (files.length !== 1)
    usage('validate erwartet genau eine Feed-Datei.', 'validate expects exactly one feed file.');
  const file = files[0]!;
  const bytes = readUserFile(io, file);
  const text = bytes.length ? decodeInput(bytes, 'utf-8').text : '';
  const res = parseFeed(text);
  if (v.json) {
    io.stdout(`${JSON.stringify({ ok: res.ok, errors: res.errors, warnings: res.warnings }, null, 2)}\n`);
    return res.ok ? 0 : 1;
  }
  for (const e of res.errors)
    io.stdout(`${lang === 'de' ? 'Fehler' : 'Error'} ${e.path}: ${e.message[lang]}\n`);
  for (const w of res.warnings)
    io.stdout(`${lang === 'de' ? 'Warnung' : 'Warning'} ${w.path}: ${w.message[lang]}\n`);
  if (res.ok && res.feed) {
    const f = res.feed;
    io.stdout(
      lang === 'de'
        ? `${file}: gültig – ${f.regions.length} Regionen, ${f.indicators.length} Indikatoren, ${f.flows?.length ?? 0} Flüsse${res.warnings.length ? `, ${res.warnings.length} Warnungen` : ''}.\n`
        : `${file}: valid – ${f.regions.length} regions, ${f.indicators.length} indicators, ${f.flows?.length ?? 0} flows${res.warnings.length ? `, ${res.warnings.length} warnings` : ''}.\n`,
    );
    return 0;
  }
  io.stdout(
    lang === 'de'
      ? `${file}: ungültig – ${res.errors.length} Fehler.\n`
      : `${file}: invalid – ${res.errors.length} errors.\n`,
  );
  return 1;
}

/** Human-readable inspect report. */
export function formatInspect(report: InspectReport, lang: Lang): string {
  const de = lang === 'de';
  const out: string[] = [];
  out.push(`${de ? 'Format' : 'Format'}: ${report.format}${report.encoding ? ` (${report.encoding})` : ''}`);
  report.datasets.forEach((ds, k) => {
    if (report.datasets.length > 1) out.push(`\n${de ? 'Datensatz' : 'Dataset'} ${k}:`);
    if (ds.label) out.push(`${de ? 'Titel' : 'Title'}: ${ds.label}`);
    if (ds.source) out.push(`${de ? 'Quelle' : 'Source'}: ${ds.source}`);
    if (ds.date) out.push(`${de ? 'Stand' : 'Date'}: ${ds.date}`);
    if (ds.license) out.push(`${de ? 'Lizenz' : 'Licence'}: ${ds.license}`);
    out.push(`${de ? 'Werte' : 'Values'}: ${ds.observations}`);
    out.push(`${de ? 'Dimensionen' : 'Dimensions'}:`);
    for (const d of ds.dimensions) {
      const role = d.role
        ? ` [${d.role === 'geo' ? (de ? 'Region' : 'region') : d.role === 'time' ? (de ? 'Zeit' : 'time') : de ? 'Messgröße' : 'measure'}]`
        : '';
      out.push(
        `  ${d.id}${d.label && d.label !== d.id ? ` (${d.label})` : ''}${role}: ${d.size} ${de ? 'Kategorien' : 'categories'}`,
      );
      out.push(`    ${d.categories.join(' | ')}${d.size > d.categories.length ? ' | …' : ''}`);
      if (d.years?.length) out.push(`    ${de ? 'Jahre' : 'Years'}: ${d.years.join(', ')}`);
      if (d.regionKeys) {
        const lv = Object.entries(d.regionKeys.levels)
          .map(([l, n]) => `${l} ${n}`)
          .join(', ');
        out.push(
          `    ${de ? 'Amtliche Schlüssel' : 'Official keys'}: ${d.regionKeys.valid} / ${d.size}${lv ? ` (${lv})` : ''}`,
        );
      }
    }
    const markers = Object.entries(ds.markers);
    if (markers.length)
      out.push(
        `${de ? 'Zeichen / Status' : 'Markers / status'}: ${markers.map(([m, n]) => `${m} ×${n}`).join(', ')}`,
      );
    const flags = Object.entries(ds.flags);
    if (flags.length)
      out.push(`${de ? 'Kennzeichen' : 'Flags'}: ${flags.map(([m, n]) => `${m} ×${n}`).join(', ')}`);
    if (ds.notes) out.push(`${de ? 'Fußnoten' : 'Footnotes'}: ${ds.notes}`);
    for (const w of ds.warnings) out.push(`${de ? 'Hinweis' : 'Note'}: ${w[lang]}`);
  });
  return `${out.join('\n')}\n`;
}

function runInspect(files: string[], v: Values, io: CliIo, lang: Lang): number {
  if (files.length !== 1) usage('inspect erwartet genau eine Datei.', 'inspect expects exactly one file.');
  const opts = convertOptions(v, io);
  const report = inspectInput(readUserFile(io, files[0]!), opts);
  io.stdout(v.json ? `${JSON.stringify(report, null, 2)}\n` : formatInspect(report, lang));
  return 0;
}

function parseCommandLine(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    return usage(
      `Ungültiger Aufruf: ${(e as Error).message}. Hilfe: bildung-feed --help`,
      `Invalid command line: ${(e as Error).message}. Help: bildung-feed --help`,
    );
  }
}

/** Runs the CLI; returns the exit code. */
export function main(argv: readonly string[], partialIo: Partial<CliIo> = {}): number {
  const io: CliIo = { ...nodeIo, ...partialIo };
  const lang = langOf(argv, io.env);
  try {
    const { values: v, positionals } = parseCommandLine(argv);
    if (v.lang !== undefined && v.lang !== 'de' && v.lang !== 'en')
      usage('--lang muss de oder en sein.', '--lang must be de or en.');
    const [command, ...files] = positionals;
    if (v.help || command === undefined || command === 'help') {
      io.stdout(HELP[lang]);
      return command === undefined && !v.help ? 2 : 0;
    }
    switch (command) {
      case 'convert':
        return runConvert(files, v, io, lang);
      case 'validate':
        return runValidate(files, v, io, lang);
      case 'inspect':
        return runInspect(files, v, io, lang);
      default:
        return usage(
          `Unbekannter Befehl „${command}“ (convert, validate, inspect).`,
          `Unknown command "${command}" (convert, validate, inspect).`,
        );
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${lang === 'de' ? 'Fehler' : 'Error'}: ${e.text[lang]}\n`);
      return 2;
    }
    if (e instanceof AdapterError) {
      io.stderr(`${lang === 'de' ? 'Fehler' : 'Error'}: ${e.format(lang)}\n`);
      return 1;
    }
    const err = e as Error;
    io.stderr(
      lang === 'de'
        ? `Interner Fehler: ${err?.message ?? String(e)}. Bitte mit der Eingabedatei melden.\n`
        : `Internal error: ${err?.message ?? String(e)}. Please report it with the input file.\n`,
    );
    if (io.env.BILDUNG_DEBUG) io.stderr(`${err?.stack ?? ''}\n`);
    return 2;
  }
}
