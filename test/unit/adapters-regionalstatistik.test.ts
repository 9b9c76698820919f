import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/core/adapters/decode';
import {
  filterNotes,
  findColumn,
  noteYearRange,
  parseRegionalstatistikTable,
  splitNotes,
  toIndicatorValues,
  unwrapLines,
  yearOfTime,
  type RegionalTable,
} from '../../src/core/adapters/regionalstatistik';
import { resolvePaths } from '../../scripts/paths';

const dir = join(resolvePaths([]).dataSource, 'regionalstatistik');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.csv'))
  .sort();
const cache = new Map<string, RegionalTable>();
function load(prefix: string): RegionalTable {
  const file = files.find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no file ${prefix}`);
  let t = cache.get(file);
  if (!t) {
    t = parseRegionalstatistikTable(decodeText(new Uint8Array(readFileSync(join(dir, file)))).text);
    cache.set(file, t);
  }
  return t;
}
function row(t: RegionalTable, key: string, labels: string[] = []): RegionalTable['rows'][number] {
  const r = t.rows.find((x) => x.key === key && labels.every((l, i) => x.labels[i] === l));
  if (!r) throw new Error(`no row ${key}`);
  return r;
}
function cell(t: RegionalTable, key: string, column: string | string[], labels: string[] = []) {
  return row(t, key, labels).cells[findColumn(t, column)]!;
}

describe('parseRegionalstatistikTable on every real file', () => {
  it('finds the seven files', () => {
    expect(files.length).toBe(7);
  });

  for (const file of files) {
    it(file, () => {
      const t = load(file);
      expect(t.code).toBe(file.slice(0, 13));
      expect(t.title.length).toBeGreaterThan(10);
      expect(t.warnings).toEqual([]);
      expect(t.licenseId).toBe('dl-de/by-2-0');
      expect(t.stand).toMatch(/^\d\d\.\d\d\.\d{4} \/ \d\d:\d\d:\d\d$/);
      expect(t.footnotes.length).toBeGreaterThan(0);
      // 538 regions per year (and per school type).
      const perRegion = t.rows.length / 538;
      expect(Number.isInteger(perRegion)).toBe(true);
      const raw = decodeText(new Uint8Array(readFileSync(join(dir, file)))).text;
      for (const r of t.rows) {
        // Keys: DG, 2, 3, 5 or 8 digits; no footnote text became a row.
        expect(r.key).toMatch(/^(DG|\d{2}|\d{3}|\d{5}|\d{8})$/);
        expect(r.name).not.toMatch(/^(zu |©|Stand|_)/);
        expect(r.cells.length).toBe(t.columns.length);
        for (const c of r.cells) {
          expect(c.invalid).toBeUndefined();
          if (c.flag === 'nil' || c.flag === 'secret' || c.flag === 'not-applicable')
            expect(c.value).toBeNull();
        }
        if (r.key!.length === 8) expect(r.duplicateOf).toBeDefined();
      }
      // No marker became 0: count the zero cells in the file and in the parse.
      const zerosInFile = (raw.split('__________')[0]!.match(/;0(?=;|\n)/g) ?? []).length;
      const zerosParsed = t.rows.reduce((n, r) => n + r.cells.filter((c) => c.value === 0).length, 0);
      expect(zerosParsed).toBe(zerosInFile);
      const markersInFile = (raw.split('__________')[0]!.match(/;(-|\.|x)(?=;|\n)/g) ?? []).length;
      const markersParsed = t.rows.reduce(
        (n, r) => n + r.cells.filter((c) => c.value === null && c.flag).length,
        0,
      );
      expect(markersParsed).toBe(markersInFile);
    });
  }
});

describe('21111-02-06-4 school leavers', () => {
  const t = load('21111-02-06-4');
  it('reads the layout', () => {
    expect(t.labelRoles).toEqual(['time', 'key', 'name']);
    expect(t.columns.length).toBe(14);
    expect(t.columns[2]!.labels).toEqual([
      'Absolvierende/Abgehende allgemeinbildender Schulen nach dem Abschluss',
      'ohne Hauptschulabschluss',
      'Insgesamt',
    ]);
    expect(t.columns[0]!.unit).toBe('Anzahl');
    expect(t.statistic).toBe('Statistik der allgemeinbildenden Schulen');
    expect(t.standDate).toBe('2025-03-13');
    expect(t.rows.length).toBe(538);
  });

  it('has the known answers', () => {
    expect(cell(t, '03453', 'Insgesamt').value).toBe(1967);
    expect(cell(t, '03453', ['ohne Hauptschulabschluss', 'Insgesamt']).value).toBe(163);
    expect(cell(t, 'DG', 'Insgesamt').value).toBe(782423);
    expect(row(t, '03453')).toMatchObject({
      name: 'Cloppenburg, Landkreis',
      year: 2023,
      time: '2023',
      depth: 3,
    });
    expect(row(t, 'DG').depth).toBe(0);
  });

  it('counts keys by length', () => {
    const lengths = new Map<number, number>();
    for (const r of t.rows) lengths.set(r.key!.length, (lengths.get(r.key!.length) ?? 0) + 1);
    expect(Object.fromEntries(lengths)).toEqual({ 2: 17, 3: 35, 5: 471, 8: 15 });
  });

  it('marks the 79 historical rows and the 8-digit double counts', () => {
    expect(t.rows.filter((r) => r.existing === false).length).toBe(79);
    expect(row(t, '03152').existing).toBe(false);
    expect(row(t, '03453').existing).toBeUndefined();
    expect(row(t, '03241001').duplicateOf).toBe('03241');
    expect(row(t, '11001001').duplicateOf).toBe('11');
    expect(t.rows.filter((r) => r.duplicateOf).length).toBe(15);
  });

  it('flags the Niedersachsen Fachhochschulreife cells as secret', () => {
    expect(cell(t, '03', ['mit Fachhochschulreife', 'Insgesamt'])).toEqual({ value: null, flag: 'secret' });
    expect(cell(t, '03', ['mit Fachhochschulreife', 'weiblich'])).toEqual({ value: null, flag: 'secret' });
    expect(cell(t, '01', ['mit Fachhochschulreife', 'Insgesamt'])).toEqual({ value: null, flag: 'nil' });
  });

  it('parses the footnotes with scope and subject', () => {
    expect(t.footnotes).toContain('zu "gesamte Tabelle": Niedersachsen (2016): eingeschränkte Datenqualität');
    const abi = t.notes.find((n) => n.subject === 'Niedersachsen (2019/2020)');
    expect(abi).toEqual({
      scope: 'Absolventen/Abgänger mit allg. Hochschulreife (ohne Fachhochschulreife)',
      subject: 'Niedersachsen (2019/2020)',
      lands: ['03'],
      text: 'kein vollständiger Abiturjahrgang wegen Rückkehr zum 9-jährigen Bildungsgang an Gymnasien',
    });
    expect(t.notes.some((n) => n.text.startsWith('Jahrgangsstufe)'))).toBe(false);
    expect(t.license).toBe(
      '© Statistische Ämter des Bundes und der Länder, Deutschland, 2025. Dieses Werk ist lizenziert unter der Datenlizenz Deutschland - Namensnennung - Version 2.0.',
    );
    expect(t.copyright).toBe('© Statistische Ämter des Bundes und der Länder, Deutschland, 2025');
  });

  it('filters notes for a Land and years', () => {
    const ni = filterNotes(t.notes, { land: '03', years: [2023] }).map((n) => n.subject ?? '');
    expect(ni).toContain('Niedersachsen');
    expect(ni).not.toContain('Niedersachsen (2016)');
    expect(ni).not.toContain('Berlin');
    expect(
      filterNotes(t.notes, { land: '03', years: [2016] }).some((n) => n.subject === 'Niedersachsen (2016)'),
    ).toBe(true);
  });

  it('gives feed-shaped values for one column', () => {
    const v = toIndicatorValues(t, {
      column: ['ohne Hauptschulabschluss', 'Insgesamt'],
      regionFilter: ['DG', '03'],
    });
    expect(v.years).toEqual([2023]);
    expect(v.values['03453']).toEqual([163]);
    expect(v.values.DG).toEqual([55708]);
    expect(v.values['03152']).toBeUndefined(); // historical
    expect(v.values['03241001']).toBeUndefined(); // double count
    expect(Object.keys(v.values).length).toBe(1 + 1 + 4 + 45);
    const fhr = toIndicatorValues(t, {
      column: ['mit Fachhochschulreife', 'Insgesamt'],
      years: [2022, 2023],
    });
    expect(fhr.values['03']).toEqual([null, null]);
    expect(fhr.flags['03']).toEqual([null, 'secret']);
    expect(() => toIndicatorValues(t, { column: 'weiblich' })).toThrow(/matches 7 columns/);
  });
});

describe('other real tables', () => {
  it('12411: no time column, the year comes from the header date', () => {
    for (const [prefix, year, clp] of [
      ['12411-01-01-4_bevoelkerung-geschlecht_kreise_2018', 2018, 169348],
      ['12411-01-01-4_bevoelkerung-geschlecht_kreise_2021', 2021, 173980],
    ] as const) {
      const t = load(prefix);
      expect(t.labelRoles).toEqual(['key', 'name']);
      expect(t.time).toBe(`31.12.${year}`);
      expect(t.columns.map((c) => c.labels.at(-1))).toEqual(['Insgesamt', 'männlich', 'weiblich']);
      expect(t.columns[0]!.year).toBe(year);
      expect(row(t, '03453')).toMatchObject({ year, time: `31.12.${year}` });
      expect(toIndicatorValues(t, { column: 'Insgesamt' }).values['03453']).toEqual([clp]);
      expect(row(t, '11001001').cells[0]).toEqual({ value: null, flag: 'secret' });
    }
  });

  it('11111: date in the time column and decimal comma', () => {
    const t = load('11111');
    expect(t.columns[0]).toMatchObject({ unit: 'qkm', decimal: ',' });
    expect(row(t, '03453')).toMatchObject({ time: '31.12.2018', year: 2018 });
    expect(cell(t, '03453', 'Gebietsfläche').value).toBe(1420.35);
  });

  it('73111: seven years, newest first, units per column', () => {
    const t = load('73111');
    const v = toIndicatorValues(t, { column: 'Gesamtbetrag der Einkünfte', regionFilter: ['03453'] });
    expect(v.years).toEqual([2013, 2014, 2015, 2016, 2017, 2018, 2019]);
    expect(t.rows.length).toBe(7 * 538);
    expect(t.columns.map((c) => c.unit)).toEqual(['Anzahl', 'Tsd. EUR', 'Tsd. EUR']);
    expect(t.rows[0]!.year).toBe(2019);
  });

  it('21111-01-03-4: school-type label column and x as not-applicable', () => {
    const t = load('21111-01-03-4');
    expect(t.labelRoles).toEqual(['time', 'key', 'name', 'label']);
    expect(t.rows.length).toBe(12 * 538);
    expect(cell(t, '03453', '7. Klassenstufe', ['Gymnasien']).value).toBe(549);
    expect(cell(t, '03453', '7. Klassenstufe', ['Grundschulen'])).toEqual({
      value: null,
      flag: 'not-applicable',
    });
    expect(cell(t, '03453', 'Allgemeinbildende Schulen', ['Insgesamt'])).toEqual({
      value: null,
      flag: 'not-applicable',
    });
    // All-`-` rows of an existing Kreis (no Waldorf school) are NOT historical; the whole region must be empty.
    expect(row(t, '03453', ['Freie Waldorfschulen']).existing).toBeUndefined();
    expect(row(t, '03152', ['Gymnasien']).existing).toBe(false);
    const v = toIndicatorValues(t, {
      column: '7. Klassenstufe',
      labels: ['Gymnasien'],
      regionFilter: ['03453'],
    });
    expect(v.values['03453']).toEqual([549]);
    expect(() => toIndicatorValues(t, { column: '7. Klassenstufe' })).toThrow(/several rows/);
    const all = t.notes.filter((n) => n.scope === undefined).length;
    expect(all).toBeGreaterThan(5);
  });
});

describe('synthetic tables (other quirks)', () => {
  it('UTF-8 with BOM, CRLF, one header line, "Tabelle:", markers ... / p ( ) and a fill-down time', () => {
    const text =
      '\uFEFFTabelle: 99999-01-01-4\r\nTestwerte je Kreis\r\nTeststatistik\r\n;;;Wert;Anteil\r\n' +
      '2024;03453;  Cloppenburg;1.234;12,5p\r\n;03459;  Osnabrück;...;/\r\n2023;03453;  Cloppenburg;(7);–\r\n' +
      '__________\r\n"zu ""Wert"":\r\nNiedersachsen: Testhinweis"\r\nStand: 01.02.2025 / 10:00:00\r\n';
    const bytes = new TextEncoder().encode(text);
    const decoded = decodeText(bytes);
    expect(decoded.bom).toBe(true);
    const t = parseRegionalstatistikTable(decoded.text);
    expect(t.code).toBe('99999-01-01-4');
    expect(t.title).toBe('Testwerte je Kreis');
    expect(t.statistic).toBe('Teststatistik');
    expect(t.columns.map((c) => c.id)).toEqual(['Wert', 'Anteil']);
    expect(t.rows.map((r) => [r.year, r.key, r.name])).toEqual([
      [2024, '03453', 'Cloppenburg'],
      [2024, '03459', 'Osnabrück'],
      [2023, '03453', 'Cloppenburg'],
    ]);
    expect(t.rows[0]!.cells).toEqual([{ value: 1234 }, { value: 12.5, flag: 'provisional' }]);
    expect(t.rows[1]!.cells).toEqual([
      { value: null, flag: 'not-yet-available' },
      { value: null, flag: 'uncertain' },
    ]);
    expect(t.rows[2]!.cells).toEqual([
      { value: 7, flag: 'limited' },
      { value: null, flag: 'nil' },
    ]);
    expect(t.rows[2]!.existing).toBeUndefined();
    expect(t.footnotes).toEqual(['zu "Wert": Niedersachsen: Testhinweis']);
    expect(t.standDate).toBe('2025-02-01');
    const v = toIndicatorValues(t, { column: 'Anteil' });
    expect(v).toEqual({
      years: [2023, 2024],
      values: { '03453': [null, 12.5], '03459': [null, null] },
      flags: { '03453': ['nil', 'provisional'], '03459': [null, 'uncertain'] },
    });
  });

  it('four header lines, two extra label columns, decimal point, no footer', () => {
    const text = [
      'GENESIS-Tabelle: 12345-67-89-4',
      'Beispiel nach Geschlecht und Alter - regionale;;;;;;',
      'Tiefe: Kreise;;;;;;',
      'Beispielstatistik;;;;;;',
      'Personen (Anzahl);;;;;;',
      ';;;;;Merkmal A;Merkmal A;Merkmal B',
      ';;;;;Gruppe 1;Gruppe 1;Gruppe 1',
      ';;;;;Insgesamt;Teil;Insgesamt',
      ';;;;;Anzahl;%;EUR',
      '2020;DG;Deutschland;männlich;unter 18;10.5;1.25;3',
      '2020;DG;Deutschland;weiblich;unter 18;11.5;1.75;-',
      '2020;03;  Niedersachsen;männlich;unter 18;-;-;-',
      '2020;03;  Niedersachsen;weiblich;unter 18;-;-;-',
    ].join('\n');
    const t = parseRegionalstatistikTable(text);
    expect(t.labelRoles).toEqual(['time', 'key', 'name', 'label', 'label']);
    expect(t.measure).toBe('Personen (Anzahl)');
    expect(t.title).toBe('Beispiel nach Geschlecht und Alter - regionale Tiefe: Kreise');
    expect(t.columns.map((c) => [c.id, c.unit, c.decimal])).toEqual([
      ['Merkmal A / Gruppe 1 / Insgesamt', 'Anzahl', '.'],
      ['Merkmal A / Gruppe 1 / Teil', '%', '.'],
      ['Merkmal B / Gruppe 1 / Insgesamt', 'EUR', ','],
    ]);
    expect(t.rows[0]!.labels).toEqual(['männlich', 'unter 18']);
    expect(t.rows[0]!.cells.map((c) => c.value)).toEqual([10.5, 1.25, 3]);
    // Niedersachsen: every row of the region is `-` → not existing.
    expect(t.rows.filter((r) => r.existing === false).map((r) => r.key)).toEqual(['03', '03']);
    expect(findColumn(t, ['Merkmal B'])).toBe(2);
    expect(findColumn(t, 'Teil')).toBe(1);
    expect(t.footnotes).toEqual([]);
    expect(t.license).toBeUndefined();
  });

  it('a wide table with one date per column and names only (GENESIS-Online)', () => {
    const text =
      'GENESIS-Tabelle: 12411-0010\nBevölkerung: Bundesländer, Stichtag;;;\nFortschreibung;;;\n' +
      ';Stichtag;Stichtag;Stichtag\n;31.12.2020;31.12.2021;31.12.2022\nBremen;680130;676463;684864\n' +
      '__________\n"Ab 2011: Zensus 2011."\n© Statistisches Bundesamt (Destatis), 2024\nStand: 20.04.2024 / 11:48:50\n';
    const t = parseRegionalstatistikTable(text);
    expect(t.labelRoles).toEqual(['name']);
    expect(t.time).toBeUndefined();
    expect(t.columns.map((c) => [c.id, c.year])).toEqual([
      ['Stichtag / 31.12.2020', 2020],
      ['Stichtag / 31.12.2021', 2021],
      ['Stichtag / 31.12.2022', 2022],
    ]);
    expect(t.rows[0]!.name).toBe('Bremen');
    expect(t.rows[0]!.key).toBeUndefined();
    expect(t.copyright).toBe('© Statistisches Bundesamt (Destatis), 2024');
    expect(t.licenseId).toBeUndefined();
    expect(t.footnotes).toEqual(['Ab 2011: Zensus 2011.']);
  });
});

describe('helpers', () => {
  it('yearOfTime', () => {
    expect(yearOfTime('2023')).toBe(2023);
    expect(yearOfTime('31.12.2018')).toBe(2018);
    expect(yearOfTime('2022/23')).toBe(2023);
    expect(yearOfTime('2014/2015')).toBe(2015);
    expect(yearOfTime('1999/00')).toBe(2000);
    expect(yearOfTime('2014/2016')).toBeUndefined();
    expect(yearOfTime('DG')).toBeUndefined();
  });

  it('unwrapLines', () => {
    expect(unwrapLines(['Einschrän-', 'kungen bei', 'Baden-', 'Württemberg'])).toBe(
      'Einschränkungen bei Baden-Württemberg',
    );
  });

  it('splitNotes and noteYearRange', () => {
    const notes = splitNotes(
      'zu "Spalte\nA":\nBerlin, Sachsen: eins.\nHessen (ab 2015): zwei (12. und 13.\nKlasse)\n\nohne Subjekt',
    );
    expect(notes).toEqual([
      { scope: 'Spalte A', subject: 'Berlin, Sachsen', lands: ['11', '14'], text: 'eins.' },
      { scope: 'Spalte A', subject: 'Hessen (ab 2015)', lands: ['06'], text: 'zwei (12. und 13. Klasse)' },
      { scope: 'Spalte A', text: 'ohne Subjekt' },
    ]);
    expect(noteYearRange('Hessen (ab 2015)')).toEqual([2015, Infinity]);
    expect(noteYearRange('Niedersachsen (2019/2020)')).toEqual([2019, 2020]);
    expect(noteYearRange('Niedersachsen')).toBeUndefined();
  });
});
