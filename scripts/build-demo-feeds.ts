/**
 * Builds the demo indicator feeds (`<out>/feeds/*.feed.json` + `index.json`) from the real source
 * data in `data-source/` and the Niedersachsen geometry in `geo-source/` (see scripts/README.md).
 *
 *   npx tsx scripts/build-demo-feeds.ts [--shared DIR] [--data-source DIR] [--geo-source DIR] [--out DIR] [--quiet]
 *
 * Real figures come with their exact source line; invented figures (Gemeinde-level education
 * indicators, for which no official numbers exist here) live in separate indicators marked
 * `sample: true` and "Beispieldaten / sample data" in their source. Deterministic: a seeded PRNG,
 * stable key order, no timestamps except dates taken from the data.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { decodeText } from '../src/core/adapters/decode.ts';
import { readCsv } from '../src/core/adapters/csv.ts';
import { parseCell, parseGermanNumber } from '../src/core/adapters/german-number.ts';
import {
  filterNotes,
  findColumn,
  formatNote,
  parseRegionalstatistikTable,
  toIndicatorValues,
  type RegionalTable,
  type TableNote,
} from '../src/core/adapters/regionalstatistik.ts';
import { validateFeed } from '../src/core/feed/validate.ts';
import type {
  Feed,
  FeedMeta,
  Flow,
  FlowLink,
  FlowNode,
  Footnote,
  Indicator,
  LocalizedText,
  Region,
  ValueFlag,
} from '../src/core/feed/types.ts';
import { resolvePaths } from './paths.ts';
import { mulberry32 as prng } from './prng.ts';

export interface BuildDemoFeedsOptions {
  dataSource?: string;
  geoSource?: string;
  out?: string;
  quiet?: boolean;
}

export interface BuiltFeed {
  file: string;
  id: string;
  title: LocalizedText;
  region: string;
  bytes: number;
  regions: number;
  indicators: number;
  flows: number;
}

const LAND = '03';
const BUND = 'DG';
/** Kreise that get a feed of their own. */
export const DEMO_KREISE = ['03453', '03459', '03151'] as const;

const LICENSE = 'dl-de/by-2-0';
const LICENSE_URL = 'https://www.govdata.de/dl-de/by-2-0';
const RS = 'Regionaldatenbank Deutschland';
const CHANGED = { de: 'Daten verändert', en: 'data modified' };

const FILES = {
  abgaenge: 'regionalstatistik/21111-02-06-4_abgaenge-abschlussart_kreise_2023.csv',
  schularten: 'regionalstatistik/21111-01-03-4_schulen-schueler-schularten_kreise_2023.csv',
  bev2018: 'regionalstatistik/12411-01-01-4_bevoelkerung-geschlecht_kreise_2018.csv',
  bev2021: 'regionalstatistik/12411-01-01-4_bevoelkerung-geschlecht_kreise_2021.csv',
  steuer: 'regionalstatistik/73111-01-01-4_lohn-einkommensteuer_kreise_2013-2019.csv',
  bevDerived: 'derived/bevoelkerung-altersgruppen_kreise_2023-2024.csv',
  zensus: 'zensus2022/zensus2022_einwohnerzahl_alle-ebenen_ars.csv',
  uebergaenge: 'uebergaenge/niedersachsen_uebergaenge-jahrgang5_schulformen.csv',
  topo: 'niedersachsen.topojson',
} as const;

// ---------------------------------------------------------------------------------------------
// Small helpers

function round(v: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(v * f) / f;
  return r === 0 ? 0 : r;
}

/** FNV-1a hash of a string, for PRNG seeds. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Roughly normal noise (sum of three uniforms), mean 0, sd ≈ 1. */
function gauss(rand: () => number): number {
  return (rand() + rand() + rand() - 1.5) * 2;
}

function years(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}

function readText(path: string): string {
  return decodeText(new Uint8Array(readFileSync(path))).text;
}

function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/ä/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue')
      .replace(/ß/g, 'ss')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 64) || 'x'
  );
}

function rsSource(table: RegionalTable, extra?: { de: string; en: string }): LocalizedText {
  const copyright = table.copyright ?? '© Statistische Ämter des Bundes und der Länder, Deutschland';
  const stand = table.stand ? `, Stand ${table.stand.split('/')[0]!.trim()}` : '';
  const standEn = table.standDate ? `, as of ${table.standDate}` : '';
  return {
    de: `${copyright}, ${RS}, Tabelle ${table.code}${stand}; Lizenz ${LICENSE}${extra ? `; ${extra.de}` : ''}`,
    en: `${copyright}, ${RS}, table ${table.code}${standEn}; licence ${LICENSE}${extra ? `; ${extra.en}` : ''}`,
  };
}

/** Note → feed footnote (a note about Deutschland only is restricted to `DG`). */
function toFootnotes(notes: readonly TableNote[]): Footnote[] {
  return notes.map((n) => {
    const f: Footnote = { text: { de: formatNote(n) } };
    if (n.subject && /^Deutschland\b/.test(n.subject) && !n.lands) f.region = BUND;
    return f;
  });
}

// ---------------------------------------------------------------------------------------------
// Regions from the geometry

interface GeoRegions {
  regions: Region[];
  kreise: Region[];
  verbaende: Region[];
  gemeinden: (Region & { verband: string })[];
}

function readGeoRegions(topoPath: string): GeoRegions {
  const topo = JSON.parse(readFileSync(topoPath, 'utf8')) as Topology;
  const props = (name: string): Record<string, unknown>[] => {
    const obj = topo.objects[name] as GeometryCollection | undefined;
    if (!obj) throw new Error(`${topoPath}: object "${name}" missing / Objekt „${name}“ fehlt`);
    const fc = feature(topo, obj) as unknown as { features: { properties: Record<string, unknown> }[] };
    return fc.features.map((f) => f.properties);
  };
  const str = (p: Record<string, unknown>, k: string): string => String(p[k] ?? '');
  const kreise: Region[] = props('kreise')
    .map((p) => {
      const gen = str(p, 'gen');
      const landkreis = str(p, 'bez') === 'Landkreis' && !/^Region |kreis$/i.test(gen);
      return {
        key: str(p, 'ags'),
        name: landkreis ? `Landkreis ${gen}` : gen,
        level: 'kreis' as const,
        parent: LAND,
      };
    })
    .sort((a, b) => a.key.localeCompare(b.key));
  const verbaende: Region[] = props('verwaltungsgemeinschaften')
    .map((p) => {
      const gen = str(p, 'gen');
      const sg = str(p, 'bez') === 'Samtgemeinde' && !/^(SG|Samtgemeinde)\b/.test(gen);
      return {
        key: str(p, 'ars'),
        name: sg ? `Samtgemeinde ${gen}` : gen,
        level: 'verband' as const,
        parent: str(p, 'krs'),
      };
    })
    .sort((a, b) => a.key.localeCompare(b.key));
  const gemeinden = props('gemeinden')
    .map((p) => ({
      key: str(p, 'ags'),
      name: str(p, 'gen'),
      level: 'gemeinde' as const,
      parent: str(p, 'krs'),
      verband: str(p, 'vwg'),
    }))
    .sort((a, b) => a.key.localeCompare(b.key));
  const regions: Region[] = [
    { key: BUND, name: 'Deutschland', level: 'bund' },
    { key: LAND, name: 'Niedersachsen', level: 'land', parent: BUND },
    ...kreise,
    ...verbaende,
    ...gemeinden.map(({ key, name, level, parent }) => ({ key, name, level, parent })),
  ];
  return { regions, kreise, verbaende, gemeinden };
}

// ---------------------------------------------------------------------------------------------
// Indicators

type Values = Record<string, (number | null)[]>;
type Flags = Record<string, (ValueFlag | null)[]>;

function withFlags(ind: Indicator, flags: Flags): Indicator {
  if (Object.keys(flags).length) ind.flags = flags;
  return ind;
}

/** Keeps the keys in `allowed`, in the order of `order`. */
function pick<T>(rec: Record<string, T>, order: readonly string[]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of order) if (Object.prototype.hasOwnProperty.call(rec, k)) out[k] = rec[k]!;
  return out;
}

function zensusIndicator(dataSource: string, geo: GeoRegions, order: string[]): Indicator {
  const rows = readCsv(readText(join(dataSource, FILES.zensus))).rows;
  const header = rows[0]!.map((h) => h.trim());
  const rsCol = header.indexOf('_RS');
  const ewzCol = header.indexOf('EWZ');
  if (rsCol < 0 || ewzCol < 0)
    throw new Error(`${FILES.zensus}: columns _RS/EWZ missing / Spalten _RS/EWZ fehlen`);
  const byKey = new Map<string, { value: number | null; flag?: ValueFlag }>();
  for (const r of rows.slice(1)) {
    const rs = (r[rsCol] ?? '').trim();
    if (!rs.startsWith(LAND)) continue;
    const key = rs.length === 12 ? rs.slice(0, 5) + rs.slice(9, 12) : rs;
    byKey.set(key, parseCell(r[ewzCol] ?? ''));
  }
  const values: Values = {};
  const flags: Flags = {};
  const put = (key: string, cell: { value: number | null; flag?: ValueFlag } | undefined): void => {
    values[key] = [cell ? cell.value : null];
    const f = cell?.flag ?? (cell ? undefined : 'nil');
    if (f) flags[key] = [f];
  };
  put(LAND, byKey.get(LAND));
  for (const k of geo.kreise) put(k.key, byKey.get(k.key));
  // Gemeinden; gemeindefreie Gebiete have no Census figure (uninhabited): null with "nil".
  const sums = new Map<string, number>();
  for (const g of geo.gemeinden) {
    const cell = byKey.get(g.key);
    put(g.key, cell);
    if (cell?.value != null) sums.set(g.verband, (sums.get(g.verband) ?? 0) + cell.value);
  }
  // Verbände: the Samtgemeinde figure of the Census; for single-member units the member's figure.
  for (const v of geo.verbaende) {
    const own = byKey.get(v.key);
    const sum = sums.get(v.key);
    put(v.key, own ?? (sum !== undefined ? { value: sum } : undefined));
  }
  return withFlags(
    {
      id: 'einwohner-zensus-2022',
      title: { de: 'Einwohnerzahl (Zensus 2022)', en: 'Population (Census 2022)' },
      description: {
        de: 'Amtliche Einwohnerzahl am Zensusstichtag 15.05.2022',
        en: 'Official population on the census reference date, 15 May 2022',
      },
      unit: 'count',
      decimals: 0,
      polarity: 'neutral',
      source: {
        de: '© Statistische Ämter des Bundes und der Länder 2024, Zensus 2022, Regionaltabelle Bevölkerung (Stichtag 15.05.2022); Lizenz dl-de/by-2-0; Einheitsgemeinden als Verband: Wert der Gemeinde',
        en: '© Statistische Ämter des Bundes und der Länder 2024, Census 2022, Regionaltabelle Bevölkerung (15 May 2022); licence dl-de/by-2-0; single-member Verbände: the Gemeinde figure',
      },
      definition: {
        de: 'Gemeinden nach AGS (= ARS[0:5] + ARS[9:12]), Samtgemeinden nach 9-stelligem ARS. Gemeindefreie Gebiete ohne Angabe.',
        en: 'Gemeinden by AGS (= ARS[0:5] + ARS[9:12]), Samtgemeinden by 9-digit ARS. Unincorporated areas have no figure.',
      },
      years: [2022],
      values: pick(values, order),
    },
    pick(flags, order),
  );
}

function populationIndicator(dataSource: string, keys: string[], order: string[]): Indicator {
  const t18 = parseRegionalstatistikTable(readText(join(dataSource, FILES.bev2018)));
  const t21 = parseRegionalstatistikTable(readText(join(dataSource, FILES.bev2021)));
  const ys = [2018, 2021, 2023, 2024];
  const values: Values = {};
  const flags: Flags = {};
  const want = new Set(keys);
  for (const t of [t18, t21]) {
    const v = toIndicatorValues(t, { column: 'Insgesamt', years: ys, regionFilter: (k) => want.has(k) });
    for (const [k, arr] of Object.entries(v.values)) {
      const target = (values[k] ??= ys.map(() => null));
      arr.forEach((x, i) => {
        if (x !== null) target[i] = x;
      });
    }
    for (const [k, arr] of Object.entries(v.flags)) {
      const target = (flags[k] ??= ys.map(() => null));
      arr.forEach((f, i) => {
        if (f !== null) target[i] = f;
      });
    }
  }
  // 2023, 2024: the derived long file (12411-02-03-4 → buddemax/schulabschluss-data-story).
  const rows = readCsv(readText(join(dataSource, FILES.bevDerived))).rows;
  const h = rows[0]!.map((c) => c.trim());
  const [cY, cK, cA, cV] = ['jahr', 'region_code', 'altersgruppe', 'insgesamt'].map((n) => h.indexOf(n));
  if ([cY, cK, cA, cV].some((c) => c === undefined || c < 0))
    throw new Error(`${FILES.bevDerived}: unexpected columns / unerwartete Spalten`);
  for (const r of rows.slice(1)) {
    const key = (r[cK!] ?? '').trim();
    if (!want.has(key) || (r[cA!] ?? '').trim() !== 'Insgesamt') continue;
    const i = ys.indexOf(Number(r[cY!]));
    if (i < 0) continue;
    const cell = parseCell(r[cV!] ?? '');
    (values[key] ??= ys.map(() => null))[i] = cell.value;
    if (cell.flag) (flags[key] ??= ys.map(() => null))[i] = cell.flag;
  }
  const notes = filterNotes([...t18.notes, ...t21.notes], { land: LAND, years: ys });
  const seen = new Set<string>();
  const footnotes = toFootnotes(notes).filter((f) => {
    const s = JSON.stringify(f);
    if (seen.has(s)) return false;
    seen.add(s);
    return true;
  });
  return withFlags(
    {
      id: 'einwohner',
      title: { de: 'Bevölkerung am 31.12.', en: 'Population on 31 December' },
      unit: 'count',
      decimals: 0,
      polarity: 'neutral',
      source: {
        de: `${t21.copyright ?? '© Statistische Ämter des Bundes und der Länder'}, ${RS}, Tabelle 12411-01-01-4 (2018: Stand ${t18.standDate}; 2021: Stand ${t21.standDate}) und 12411-02-03-4 (2023, 2024; aufbereitet von buddemax/schulabschluss-data-story); Lizenz ${LICENSE}`,
        en: `${t21.copyright ?? '© Statistische Ämter des Bundes und der Länder'}, ${RS}, table 12411-01-01-4 (2018: as of ${t18.standDate}; 2021: as of ${t21.standDate}) and 12411-02-03-4 (2023, 2024; prepared by buddemax/schulabschluss-data-story); licence ${LICENSE}`,
      },
      definition: {
        de: 'Fortschreibung des Bevölkerungsstandes. 2019, 2020 und 2022 liegen hier nicht vor (Lücken).',
        en: 'Population estimates. 2019, 2020 and 2022 are not available here (gaps).',
      },
      years: ys,
      values: pick(values, order),
      seriesBreaks: [
        {
          year: 2023,
          note: {
            de: 'Ab dem 31.12.2022 Fortschreibung auf Grundlage des Zensus 2022 (vorher Zensus 2011)',
            en: 'From 31 Dec 2022 estimates are based on the 2022 census (before: 2011 census)',
          },
        },
      ],
      footnotes,
    },
    pick(flags, order),
  );
}

interface LeaverData {
  table: RegionalTable;
  indicator: Indicator;
}

function leaversIndicator(dataSource: string, keys: string[], order: string[]): LeaverData {
  const table = parseRegionalstatistikTable(readText(join(dataSource, FILES.abgaenge)));
  const want = new Set(keys);
  const filter = (k: string): boolean => want.has(k);
  const total = toIndicatorValues(table, { column: 'Insgesamt', regionFilter: filter });
  const ohne = toIndicatorValues(table, {
    column: ['ohne Hauptschulabschluss', 'Insgesamt'],
    years: total.years,
    regionFilter: filter,
  });
  const values: Values = {};
  const flags: Flags = {};
  for (const key of Object.keys(total.values)) {
    values[key] = total.years.map((_, i) => {
      const n = total.values[key]![i];
      const o = ohne.values[key]?.[i];
      if (n == null || o == null || n === 0) {
        const f = ohne.flags[key]?.[i] ?? total.flags[key]?.[i] ?? (n === 0 ? 'nil' : null);
        if (f) (flags[key] ??= total.years.map(() => null))[i] = f;
        return null;
      }
      return round((o / n) * 100, 2);
    });
  }
  const notes = filterNotes(table.notes, {
    land: LAND,
    years: total.years,
    scopes: ['insgesamt', 'ohne Hauptschulabschluss'],
  });
  const landValue = values[LAND]?.[values[LAND].length - 1];
  const indicator = withFlags(
    {
      id: 'abgang-ohne-hsa',
      title: {
        de: 'Abgänge ohne Hauptschulabschluss',
        en: 'School leavers without a lower secondary qualification',
      },
      description: {
        de: 'Anteil der Abgängerinnen und Abgänger allgemeinbildender Schulen ohne Hauptschulabschluss an allen Abgängen (einschl. Förderschulen)',
        en: 'Share of leavers from general schools without a Hauptschulabschluss among all leavers (incl. special schools)',
      },
      unit: 'percent',
      decimals: 1,
      polarity: 'lower-is-better',
      source: rsSource(table, CHANGED),
      definition: {
        de: 'Abgänge ohne Hauptschulabschluss / Absolvierende und Abgehende insgesamt × 100; Jahr = Ende des Schuljahres (2023 = 2022/23)',
        en: 'Leavers without Hauptschulabschluss / all graduates and leavers × 100; year = end of the school year (2023 = 2022/23)',
      },
      years: total.years,
      values: pick(values, order),
      footnotes: toFootnotes(notes),
    },
    pick(flags, order),
  );
  if (typeof landValue === 'number') indicator.reference = landValue;
  return { table, indicator };
}

function incomeIndicator(dataSource: string, keys: string[], order: string[]): Indicator {
  const table = parseRegionalstatistikTable(readText(join(dataSource, FILES.steuer)));
  const want = new Set(keys);
  const filter = (k: string): boolean => want.has(k);
  const payers = toIndicatorValues(table, {
    column: 'Lohn- und Einkommensteuerpflichtige',
    regionFilter: filter,
  });
  const incomeCol = findColumn(table, 'Gesamtbetrag der Einkünfte');
  const factor = /^Tsd\.?/i.test(table.columns[incomeCol]!.unit ?? '') ? 1000 : 1;
  const income = toIndicatorValues(table, { column: incomeCol, years: payers.years, regionFilter: filter });
  const values: Values = {};
  const flags: Flags = {};
  for (const key of Object.keys(payers.values)) {
    values[key] = payers.years.map((_, i) => {
      const n = payers.values[key]![i];
      const s = income.values[key]?.[i];
      if (n == null || s == null || n === 0) {
        const f = income.flags[key]?.[i] ?? payers.flags[key]?.[i] ?? null;
        if (f) (flags[key] ??= payers.years.map(() => null))[i] = f;
        return null;
      }
      return Math.round((s * factor) / n);
    });
  }
  return withFlags(
    {
      id: 'einkommen-je-steuerpflichtigen',
      title: {
        de: 'Gesamtbetrag der Einkünfte je Steuerpflichtigen',
        en: 'Total income per taxpayer',
      },
      unit: 'eur',
      decimals: 0,
      polarity: 'neutral',
      source: rsSource(table, CHANGED),
      definition: {
        de: 'Gesamtbetrag der Einkünfte (Tsd. EUR × 1.000) / Lohn- und Einkommensteuerpflichtige',
        en: 'Total income (thousand EUR × 1,000) / wage and income taxpayers',
      },
      years: payers.years,
      values: pick(values, order),
      footnotes: toFootnotes(filterNotes(table.notes, { land: LAND, years: payers.years })),
    },
    pick(flags, order),
  );
}

const SAMPLE_NOTE = {
  de: 'Beispieldaten (erfunden, keine amtlichen Zahlen)',
  en: 'sample data (invented, not official figures)',
};

function sampleLeavers(
  geo: GeoRegions,
  real: Indicator,
  population: Map<string, number>,
  order: string[],
): Indicator {
  const ys = years(2015, 2023);
  const last = ys.length - 1;
  const values: Values = {};
  const flags: Flags = {};
  const landNow = (real.values[LAND]?.[real.values[LAND].length - 1] as number | null) ?? 7;
  const byVerband = new Map<string, string[]>();
  for (const g of geo.gemeinden) {
    const pop = population.get(g.key);
    if (!pop) continue; // gemeindefreie Gebiete: no schools, no value
    const rand = prng(hash(`abgang-ohne-hsa-gemeinden:${g.key}`));
    const kreisNow = real.values[g.parent!]?.[real.values[g.parent!]!.length - 1] ?? landNow;
    const level = Math.max(1, kreisNow * (1 + 0.25 * gauss(rand)));
    const trend = 0.15 * gauss(rand); // points per year
    const tiny = pop < 400;
    values[g.key] = ys.map((y, i) => {
      if (tiny) {
        (flags[g.key] ??= ys.map(() => null))[i] = 'secret';
        return null;
      }
      const noise = (rand() - 0.5) * (pop < 5000 ? 2.4 : 1.2);
      return round(Math.min(25, Math.max(0.5, level - trend * (2023 - y) + noise)), 1);
    });
    if (!tiny && rand() < 0.2) (flags[g.key] ??= ys.map(() => null))[last] = 'provisional';
    const members = byVerband.get(g.verband) ?? [];
    members.push(g.key);
    byVerband.set(g.verband, members);
  }
  // Verbände: population-weighted mean of the members with a value.
  for (const v of geo.verbaende) {
    const members = byVerband.get(v.key);
    if (!members) continue;
    values[v.key] = ys.map((_, i) => {
      let sum = 0;
      let weight = 0;
      for (const m of members) {
        const x = values[m]![i];
        if (x == null) continue;
        const w = population.get(m) ?? 0;
        sum += x * w;
        weight += w;
      }
      if (!weight) {
        (flags[v.key] ??= ys.map(() => null))[i] = 'secret';
        return null;
      }
      return round(sum / weight, 1);
    });
    if (members.some((m) => flags[m]?.[last] === 'provisional') && values[v.key]![last] != null)
      (flags[v.key] ??= ys.map(() => null))[last] = 'provisional';
  }
  return withFlags(
    {
      id: 'abgang-ohne-hsa-gemeinden',
      title: {
        de: 'Abgänge ohne Hauptschulabschluss nach Gemeinden (Beispieldaten)',
        en: 'School leavers without a qualification by municipality (sample data)',
      },
      description: {
        de: 'Erfundene Werte, um Karten auf Gemeindeebene zu zeigen; amtliche Zahlen gibt es hier nur für Kreise (Indikator „abgang-ohne-hsa“).',
        en: 'Invented values to demonstrate municipal maps; official figures exist here only for Kreise (indicator "abgang-ohne-hsa").',
      },
      unit: 'percent',
      decimals: 1,
      polarity: 'lower-is-better',
      source: {
        de: `${SAMPLE_NOTE.de}; mit festem Startwert erzeugt um den amtlichen Kreiswert 2023 (${RS}, Tabelle 21111-02-06-4)`,
        en: `${SAMPLE_NOTE.en}; generated with a fixed seed around the official 2023 Kreis value (${RS}, table 21111-02-06-4)`,
      },
      sample: true,
      years: ys,
      values: pick(values, order),
      footnotes: [
        {
          text: {
            de: 'Sehr kleine Gemeinden: Werte geheim gehalten (Beispiel für das Zeichen „.“).',
            en: 'Very small municipalities: values withheld (example of the "." marker).',
          },
        },
      ],
    },
    pick(flags, order),
  );
}

function sampleChildcare(geo: GeoRegions, population: Map<string, number>, order: string[]): Indicator {
  const ys = years(2018, 2024);
  const values: Values = {};
  const kreisSum = new Map<string, { sum: number[]; w: number[] }>();
  for (const g of geo.gemeinden) {
    const pop = population.get(g.key);
    if (!pop) continue;
    const kreisRand = prng(hash(`betreuungsquote-u3:${g.parent}`));
    const kreisBase = 24 + 10 * kreisRand();
    const rand = prng(hash(`betreuungsquote-u3:${g.key}`));
    const base = kreisBase + 4 * gauss(rand) + (pop > 20000 ? 4 : 0);
    const slope = 0.8 + 0.8 * rand();
    values[g.key] = ys.map((y) =>
      round(Math.min(70, Math.max(5, base + slope * (y - 2018) + (rand() - 0.5) * 1.5)), 1),
    );
    const acc = kreisSum.get(g.parent!) ?? { sum: ys.map(() => 0), w: ys.map(() => 0) };
    ys.forEach((_, i) => {
      acc.sum[i]! += values[g.key]![i]! * pop;
      acc.w[i]! += pop;
    });
    kreisSum.set(g.parent!, acc);
  }
  for (const k of geo.kreise) {
    const acc = kreisSum.get(k.key);
    if (acc) values[k.key] = ys.map((_, i) => round(acc.sum[i]! / acc.w[i]!, 1));
  }
  return {
    id: 'betreuungsquote-u3',
    title: {
      de: 'Betreuungsquote unter 3 Jahren (Beispieldaten)',
      en: 'Childcare rate under 3 (sample data)',
    },
    description: {
      de: 'Anteil der Kinder unter 3 Jahren in Kindertagesbetreuung – erfundene Werte',
      en: 'Share of children under 3 in day care – invented values',
    },
    unit: 'percent',
    decimals: 1,
    polarity: 'higher-is-better',
    source: {
      de: `${SAMPLE_NOTE.de}; mit festem Startwert erzeugt`,
      en: `${SAMPLE_NOTE.en}; generated with a fixed seed`,
    },
    sample: true,
    years: ys,
    values: pick(values, order),
    targets: geo.kreise.map((k) => ({
      region: k.key,
      year: 2026,
      value: 40,
      label: { de: 'Zielwert 2026', en: 'Target 2026' },
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Flows

const QUALIFICATIONS: { id: string; column: string[]; label: { de: string; en: string } }[] = [
  {
    id: 'ohne-hsa',
    column: ['ohne Hauptschulabschluss', 'Insgesamt'],
    label: { de: 'ohne Hauptschulabschluss', en: 'no lower secondary qualification' },
  },
  {
    id: 'hsa',
    column: ['mit Hauptschulabschluss', 'Insgesamt'],
    label: { de: 'Hauptschulabschluss', en: 'Hauptschulabschluss' },
  },
  {
    id: 'msa',
    column: ['mit Mittlerem Abschluss', 'Insgesamt'],
    label: { de: 'Mittlerer Abschluss', en: 'intermediate qualification' },
  },
  {
    id: 'fhr',
    column: ['mit Fachhochschulreife', 'Insgesamt'],
    label: { de: 'Fachhochschulreife', en: 'Fachhochschulreife' },
  },
  {
    id: 'ahr',
    column: ['mit allgemeiner Hochschulreife', 'Insgesamt'],
    label: { de: 'Allgemeine Hochschulreife', en: 'Abitur' },
  },
];

function leaverFlows(table: RegionalTable, keys: string[]): Flow[] {
  const total = toIndicatorValues(table, { column: 'Insgesamt', regionFilter: keys });
  const parts = QUALIFICATIONS.map((q) => ({
    q,
    v: toIndicatorValues(table, { column: q.column, years: total.years, regionFilter: keys }),
  }));
  const notes = filterNotes(table.notes, { land: LAND, years: total.years });
  const flows: Flow[] = [];
  total.years.forEach((year, i) => {
    for (const key of keys) {
      const all = total.values[key]?.[i];
      if (all == null) continue;
      const nodes: FlowNode[] = [
        {
          id: 'abgaenge',
          label: { de: 'Abgänge allgemeinbildender Schulen', en: 'Leavers from general schools' },
          stage: 0,
        },
      ];
      const links: FlowLink[] = [];
      const footnotes: Footnote[] = [];
      let sum = 0;
      for (const { q, v } of parts) {
        const x = v.values[key]?.[i];
        if (x == null || x <= 0) {
          const f = v.flags[key]?.[i];
          if (f && f !== 'nil') {
            footnotes.push({
              text: {
                de: `${q.label.de}: kein Wert (${f === 'secret' ? '„.“ = unbekannt oder geheim; in Niedersachsen statistisch nicht erfasst' : f}) – nicht dargestellt`,
                en: `${q.label.en}: no value (${f}) – not shown`,
              },
            });
          }
          continue;
        }
        nodes.push({ id: q.id, label: q.label, stage: 1 });
        links.push({ source: 'abgaenge', target: q.id, value: x });
        sum += x;
      }
      if (!links.length) continue;
      if (sum !== all) {
        footnotes.push({
          text: {
            de: `Summe der Abschlüsse (${sum}) weicht von „Insgesamt“ (${all}) ab.`,
            en: `Sum of qualifications (${sum}) differs from the total (${all}).`,
          },
        });
      }
      footnotes.push({
        text: {
          de: '„dar. schulischer Teil der Fachhochschulreife“ ist eine Teilmenge und wird nicht als eigener Abschluss gezählt.',
          en: '"of which school part of the Fachhochschulreife" is a subset and not counted as a qualification of its own.',
        },
      });
      flows.push(
        countFlow(table, notes, footnotes, {
          id: 'schulabgaenge-abschluss',
          title: { de: 'Schulabgänge nach Abschluss', en: 'School leavers by qualification' },
          description: {
            de: `Abgänge allgemeinbildender Schulen im Schuljahr ${year - 1}/${String(year).slice(2)} nach Abschlussart`,
            en: `Leavers from general schools in the school year ${year - 1}/${String(year).slice(2)} by qualification`,
          },
          year,
          region: key,
          stages: [
            { de: 'Abgänge', en: 'Leavers' },
            { de: 'Abschluss', en: 'Qualification' },
          ],
          nodes,
          links,
        }),
      );
    }
  });
  return flows;
}

/**
 * A flow of counts from a Regionalstatistik table: unit, decimals and source from the table, the
 * given footnotes plus the table's notes that concern the whole table or this region.
 */
function countFlow(
  table: Parameters<typeof rsSource>[0],
  notes: Parameters<typeof toFootnotes>[0],
  footnotes: Footnote[],
  flow: Pick<Flow, 'id' | 'title' | 'description' | 'year' | 'region' | 'stages' | 'nodes' | 'links'>,
): Flow {
  // the key order of the feeds written before this helper existed, so the output stays byte-identical
  return {
    id: flow.id,
    title: flow.title,
    ...(flow.description ? { description: flow.description } : {}),
    year: flow.year,
    region: flow.region,
    unit: 'count',
    decimals: 0,
    source: rsSource(table),
    stages: flow.stages,
    nodes: flow.nodes,
    links: flow.links,
    footnotes: [
      ...footnotes,
      ...toFootnotes(notes).filter((f) => f.region === undefined || f.region === flow.region),
    ],
  };
}

function grade7Flows(dataSource: string, keys: string[]): Flow[] {
  const table = parseRegionalstatistikTable(readText(join(dataSource, FILES.schularten)));
  const col = findColumn(table, '7. Klassenstufe');
  const want = new Set(keys);
  const groups = new Map<string, { year: number; key: string; rows: typeof table.rows }>();
  for (const r of table.rows) {
    if (!r.key || r.year === undefined || !want.has(r.key) || r.existing === false || r.duplicateOf) continue;
    const g = `${r.year}:${r.key}`;
    const entry = groups.get(g) ?? { year: r.year, key: r.key, rows: [] };
    entry.rows.push(r);
    groups.set(g, entry);
  }
  const types = [...new Set(table.rows.map((r) => r.labels[0] ?? ''))].filter((t) => t && t !== 'Insgesamt');
  const notes = filterNotes(table.notes, {
    land: LAND,
    years: [...new Set([...groups.values()].map((g) => g.year))],
    scopes: ['7. Klassenstufe', ...types],
  }).filter((n) => !/11\. Jahrgangsstufe|Anzahl der (Schulen|[A-Z])/.test(n.scope ?? ''));
  const flows: Flow[] = [];
  for (const key of keys) {
    for (const g of [...groups.values()].filter((x) => x.key === key).sort((a, b) => a.year - b.year)) {
      const nodes: FlowNode[] = [
        {
          id: 'klasse7',
          label: { de: 'Schülerinnen und Schüler in Klasse 7', en: 'Pupils in grade 7' },
          stage: 0,
        },
      ];
      const links: FlowLink[] = [];
      let total: number | null = null;
      for (const r of g.rows) {
        const type = r.labels[0] ?? '';
        const v = r.cells[col]!.value;
        if (type === 'Insgesamt') {
          total = v;
          continue;
        }
        if (v == null || v <= 0) continue;
        const id = slug(type);
        nodes.push({ id, label: type, stage: 1 });
        links.push({ source: 'klasse7', target: id, value: v });
      }
      if (!links.length) continue;
      const sum = links.reduce((s, l) => s + l.value, 0);
      const footnotes: Footnote[] = [
        {
          text: {
            de: 'Verteilung der Klassenstufe 7 auf Schularten: ein zählbasierter Näherungswert für Übergänge, keine amtliche Übergangsquote.',
            en: 'Grade-7 pupils by school type: a count-based proxy for transitions, not an official transition rate.',
          },
        },
      ];
      if (total !== null && total !== sum) {
        footnotes.push({
          text: {
            de: `Summe der Schularten (${sum}) weicht von „Insgesamt“ (${total}) ab.`,
            en: `Sum over school types (${sum}) differs from the total (${total}).`,
          },
        });
      }
      flows.push(
        countFlow(table, notes, footnotes, {
          id: 'klasse7-schularten',
          title: { de: 'Klassenstufe 7 nach Schularten', en: 'Grade 7 by school type' },
          year: g.year,
          region: key,
          stages: [
            { de: 'Klasse 7', en: 'Grade 7' },
            { de: 'Schulart', en: 'School type' },
          ],
          nodes,
          links,
        }),
      );
    }
  }
  return flows;
}

const TRANSITION_SOURCES: Record<string, LocalizedText> = {
  MK2017: {
    de: 'Niedersächsisches Kultusministerium, Presseinformation „Tonne: ‚Kurs halten beim Schulfrieden‘ – stabile Übergangsquoten“ (Stichtag 17.08.2017), abgeschrieben',
    en: 'Lower Saxony Ministry of Education, press release "Tonne: Kurs halten beim Schulfrieden" (reference date 17 Aug 2017), transcribed',
  },
  HSBN2024: {
    de: 'Handlungsorientierte Sozialberichterstattung Niedersachsen 2024, „Allgemein bildende Schulen“ (ohne Förderschulen), abgeschrieben',
    en: 'Handlungsorientierte Sozialberichterstattung Niedersachsen 2024, "Allgemein bildende Schulen" (without special schools), transcribed',
  },
  LKLG2005: {
    de: 'Landkreis Lüneburg, Vorlage 2005/037 „Übergangsquoten Schuljahr 2004/2005“, abgeschrieben',
    en: 'Landkreis Lüneburg, paper 2005/037 "Übergangsquoten Schuljahr 2004/2005", transcribed',
  },
};

function transitionFlows(dataSource: string): Flow[] {
  const rows = readCsv(readText(join(dataSource, FILES.uebergaenge))).rows;
  const h = rows[0]!.map((c) => c.trim());
  const col = (n: string): number => {
    const i = h.indexOf(n);
    if (i < 0) throw new Error(`${FILES.uebergaenge}: column "${n}" missing / Spalte „${n}“ fehlt`);
    return i;
  };
  const [cKey, cYear, cFrom, cTo, cKind, cValue, cSource] = [
    'region_key',
    'schuljahr',
    'von',
    'nach',
    'kennzahl',
    'wert_prozent',
    'quelle',
  ].map(col) as [number, number, number, number, number, number, number];
  const bySchoolYear = new Map<string, string[][]>();
  for (const r of rows.slice(1)) {
    if ((r[cKey] ?? '').trim() !== LAND || (r[cKind] ?? '').trim() !== 'Verteilung Jg. 5') continue;
    const sy = (r[cYear] ?? '').trim();
    const list = bySchoolYear.get(sy) ?? [];
    list.push(r);
    bySchoolYear.set(sy, list);
  }
  const flows: Flow[] = [];
  for (const [sy, list] of [...bySchoolYear].sort((a, b) => a[0].localeCompare(b[0]))) {
    const year = Number(sy.split('/')[1] ?? sy);
    if (!Number.isInteger(year)) continue;
    const from = (list[0]![cFrom] ?? 'Grundschule').trim();
    const nodes: FlowNode[] = [{ id: slug(from), label: from, stage: 0 }];
    const links: FlowLink[] = [];
    const sources = new Set<string>();
    for (const r of list) {
      const value = parseGermanNumber(r[cValue] ?? '');
      if (value === null) continue;
      const to = (r[cTo] ?? '').trim();
      nodes.push({ id: slug(to), label: to, stage: 1 });
      links.push({ source: slug(from), target: slug(to), value });
      sources.add((r[cSource] ?? '').trim());
    }
    if (!links.length) continue;
    const src = [...sources].map((s) => TRANSITION_SOURCES[s] ?? s);
    const sum = round(
      links.reduce((s, l) => s + l.value, 0),
      1,
    );
    flows.push({
      id: 'uebergang-jg5',
      title: {
        de: 'Verteilung der Schülerinnen und Schüler in Jahrgang 5',
        en: 'Pupils in grade 5 by school type',
      },
      description: {
        de: `Schuljahr ${sy}: Anteile an allen Schülerinnen und Schülern in Jahrgang 5 (Jahr = zweites Kalenderjahr des Schuljahres)`,
        en: `School year ${sy}: shares of all pupils in grade 5 (year = second calendar year of the school year)`,
      },
      year,
      region: LAND,
      unit: 'percent',
      decimals: 1,
      source: {
        de: src.map((s) => (typeof s === 'string' ? s : (s.de ?? ''))).join('; '),
        en: src.map((s) => (typeof s === 'string' ? s : (s.en ?? ''))).join('; '),
      },
      stages: [
        { de: 'Grundschule', en: 'Primary school' },
        { de: 'Schulform Jg. 5', en: 'School type grade 5' },
      ],
      nodes,
      links,
      footnotes:
        sum !== 100
          ? [
              {
                text: {
                  de: `Die Anteile summieren sich auf ${String(sum).replace('.', ',')} % (Rundung; weitere Schulformen wie KGS-Zweige oder Förderschulen nicht einzeln ausgewiesen).`,
                  en: `The shares add up to ${sum} % (rounding; other school types such as KGS branches or special schools not listed).`,
                },
              },
            ]
          : [],
    });
  }
  return flows;
}

// ---------------------------------------------------------------------------------------------
// Feeds

function subsetIndicator(ind: Indicator, keys: ReadonlySet<string>): Indicator {
  const out: Indicator = { ...ind, values: {} };
  for (const [k, v] of Object.entries(ind.values)) if (keys.has(k)) out.values[k] = v;
  if (ind.flags) {
    const flags: Flags = {};
    for (const [k, v] of Object.entries(ind.flags)) if (keys.has(k)) flags[k] = v;
    if (Object.keys(flags).length) out.flags = flags;
    else delete out.flags;
  }
  if (ind.targets) {
    const targets = ind.targets.filter((t) => t.region === undefined || keys.has(t.region));
    if (targets.length) out.targets = targets;
    else delete out.targets;
  }
  if (ind.footnotes) {
    const fn = ind.footnotes.filter((f) => f.region === undefined || keys.has(f.region));
    if (fn.length) out.footnotes = fn;
    else delete out.footnotes;
  }
  if (out.footnotes && !out.footnotes.length) delete out.footnotes;
  return out;
}

function cleanFlows(flows: Flow[]): Flow[] {
  return flows.map((f) => {
    const out = { ...f };
    if (out.footnotes && !out.footnotes.length) delete out.footnotes;
    return out;
  });
}

/** Builds the demo feeds and writes them; returns what was written. */
export async function buildDemoFeeds(opts: BuildDemoFeedsOptions = {}): Promise<BuiltFeed[]> {
  const defaults = resolvePaths([]);
  const dataSource = opts.dataSource ?? defaults.dataSource;
  const geoSource = opts.geoSource ?? defaults.geoSource;
  const out = opts.out ?? defaults.out;
  const log = (s: string): void => {
    if (!opts.quiet) console.log(s);
  };

  const geo = readGeoRegions(join(geoSource, FILES.topo));
  const order = geo.regions.map((r) => r.key);
  const kreisKeys = geo.kreise.map((k) => k.key);
  const upper = [BUND, LAND, ...kreisKeys];

  const zensus = zensusIndicator(dataSource, geo, order);
  const population = new Map<string, number>();
  for (const [k, v] of Object.entries(zensus.values)) if (v[0] != null) population.set(k, v[0]);
  const leavers = leaversIndicator(dataSource, upper, order);
  const indicators: Indicator[] = [
    zensus,
    populationIndicator(dataSource, upper, order),
    leavers.indicator,
    sampleLeavers(geo, leavers.indicator, population, order),
    incomeIndicator(dataSource, upper, order),
    sampleChildcare(geo, population, order),
  ];
  const flows: Flow[] = cleanFlows([
    ...leaverFlows(leavers.table, [LAND, ...kreisKeys]),
    ...grade7Flows(dataSource, [LAND, ...kreisKeys]),
    ...transitionFlows(dataSource),
  ]);

  const date = leavers.table.standDate ?? '2025-01-01';
  const copyrightYear = /\d{4}$/.exec(leavers.table.copyright ?? '')?.[0] ?? date.slice(0, 4);
  const meta = (title: LocalizedText): FeedMeta => ({
    title,
    subtitle: { de: 'Demo-Feed von bildung-widgets', en: 'bildung-widgets demo feed' },
    description: {
      de: 'Amtliche Kreis- und Landeswerte aus der Regionaldatenbank und dem Zensus 2022; Gemeindewerte zu Bildungsindikatoren sind als Beispieldaten gekennzeichnet.',
      en: 'Official Kreis and Land figures from the Regionaldatenbank and the 2022 census; municipal values of education indicators are marked as sample data.',
    },
    publisher: 'bildung-widgets (Demo)',
    license: LICENSE,
    licenseUrl: LICENSE_URL,
    attribution: {
      de: `© Statistische Ämter des Bundes und der Länder, Deutschland, ${copyrightYear} (Regionaldatenbank Deutschland, Zensus 2022); Niedersächsisches Kultusministerium; ${CHANGED.de}`,
      en: `© Statistische Ämter des Bundes und der Länder, Deutschland, ${copyrightYear} (Regionaldatenbank Deutschland, Census 2022); Lower Saxony Ministry of Education; ${CHANGED.en}`,
    },
    date,
    territorialDate: '2023-12-31',
    sample: false,
  });

  const feeds: { file: string; id: string; region: string; feed: Feed }[] = [];
  feeds.push({
    file: 'niedersachsen.feed.json',
    id: 'niedersachsen',
    region: LAND,
    feed: {
      version: 1,
      meta: meta({ de: 'Bildungsmonitoring Niedersachsen', en: 'Education monitoring Lower Saxony' }),
      regions: geo.regions,
      indicators,
      flows,
    },
  });
  for (const kreis of DEMO_KREISE) {
    const k = geo.kreise.find((r) => r.key === kreis);
    if (!k) throw new Error(`Kreis ${kreis} not in the geometry / Kreis ${kreis} fehlt in der Geometrie`);
    const regions = geo.regions.filter(
      (r) =>
        r.key === BUND || r.key === LAND || r.key === kreis || (r.level !== 'kreis' && r.parent === kreis),
    );
    const keys = new Set(regions.map((r) => r.key));
    feeds.push({
      file: `kreis-${kreis}.feed.json`,
      id: `kreis-${kreis}`,
      region: kreis,
      feed: {
        version: 1,
        meta: meta({ de: `Bildungsmonitoring ${k.name}`, en: `Education monitoring ${k.name}` }),
        regions,
        indicators: indicators.map((ind) => subsetIndicator(ind, keys)),
        flows: flows.filter((f) => keys.has(f.region)),
      },
    });
  }

  const dir = join(out, 'feeds');
  mkdirSync(dir, { recursive: true });
  const built: BuiltFeed[] = [];
  for (const { file, id, region, feed } of feeds) {
    const result = validateFeed(feed);
    if (!result.ok) {
      const list = result.errors
        .slice(0, 20)
        .map((e) => `  ${e.path}: ${e.message.en}`)
        .join('\n');
      throw new Error(`${file}: ${result.errors.length} validation errors / Validierungsfehler:\n${list}`);
    }
    if (result.warnings.length) {
      log(
        `${file}: ${result.warnings.length} warnings, e.g. ${result.warnings[0]!.path}: ${result.warnings[0]!.message.en}`,
      );
    }
    const json = JSON.stringify(feed);
    writeFileSync(join(dir, file), json + '\n');
    const bytes = Buffer.byteLength(json) + 1;
    built.push({
      file,
      id,
      title: feed.meta.title,
      region,
      bytes,
      regions: feed.regions.length,
      indicators: feed.indicators.length,
      flows: feed.flows?.length ?? 0,
    });
    log(
      `feeds/${file}  ${(bytes / 1024).toFixed(1)} KB  (${feed.regions.length} regions, ${feed.indicators.length} indicators, ${feed.flows?.length ?? 0} flows)`,
    );
  }
  const index = { version: 1, date, feeds: built };
  const indexJson = JSON.stringify(index, null, 2) + '\n';
  writeFileSync(join(dir, 'index.json'), indexJson);
  log(`feeds/index.json  ${(Buffer.byteLength(indexJson) / 1024).toFixed(1)} KB`);
  return built;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const argv = process.argv.slice(2);
  const paths = resolvePaths(argv);
  buildDemoFeeds({
    dataSource: paths.dataSource,
    geoSource: paths.geoSource,
    out: paths.out,
    quiet: argv.includes('--quiet'),
  }).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
