import { describe, expect, it } from 'vitest';
import {
  announcement,
  footnoteTexts,
  pointText,
  problemMessage,
  readout,
  seriesSentence,
  subtitle,
  summary,
  tableColumns,
  tableRows,
  trendNotes,
} from '../../src/core/trend/text';
import { model } from './trend-fixture';

const NB = '\u00a0';
const quote = () => model({ indicator: 'quote', regions: '03453 03 03453001' });

describe('summary', () => {
  it('says how each line went, then the target (de)', () => {
    expect(summary(quote(), 'de')).toBe(
      `Landkreis Cloppenburg stieg von 8,1${NB}% (2019) auf 8,6${NB}% (2023). ` +
        `Niedersachsen stieg von 6,1${NB}% (2019) auf 7,4${NB}% (2023). ` +
        `Barßel stieg von 9,0${NB}% (2019) auf 10,2${NB}% (2023). ` +
        `Zielwert 2026 (Landkreis Cloppenburg): 6,0${NB}%.`,
    );
  });

  it('in English', () => {
    expect(summary(quote(), 'en')).toBe(
      'Landkreis Cloppenburg rose from 8.1% in 2019 to 8.6% in 2023. ' +
        'Niedersachsen rose from 6.1% in 2019 to 7.4% in 2023. ' +
        'Barßel rose from 9.0% in 2019 to 10.2% in 2023. ' +
        'Target 2026 (Landkreis Cloppenburg): 6.0%.',
    );
  });

  it('falls, stays, single values', () => {
    const m = model({ indicator: 'quote', regions: '03453', from: 2021, to: 2022 });
    expect(seriesSentence(m, m.series[0]!, 'de')).toBe(
      `Landkreis Cloppenburg sank von 8,4${NB}% (2021) auf 8,2${NB}% (2022).`,
    );
    expect(seriesSentence(m, m.series[0]!, 'en')).toBe(
      'Landkreis Cloppenburg fell from 8.4% in 2021 to 8.2% in 2022.',
    );
    const flat = model({ indicator: 'quote-per-1000' });
    expect(seriesSentence(flat, flat.series[0]!, 'de')).toBe(
      `Landkreis Cloppenburg lag 2022 und 2023 bei 3,2${NB}je${NB}1.000.`,
    );
    expect(seriesSentence(flat, flat.series[0]!, 'en')).toBe(
      `Landkreis Cloppenburg was 3.2${NB}per${NB}1,000 in both 2022 and 2023.`,
    );
    const one = model({ indicator: 'quote', regions: '03453', from: 2023 });
    expect(seriesSentence(one, one.series[0]!, 'en')).toBe('Landkreis Cloppenburg: 8.6% in 2023.');
  });

  it('counts are grouped, years never', () => {
    expect(summary(model({ indicator: 'einwohner', regions: 'DG' }), 'de')).toBe(
      'Deutschland stieg von 83.000.000 (2021) auf 83.500.000 (2022).',
    );
  });
});

describe('read-out', () => {
  it('lists every region for a year, highest first, with the change to the previous year', () => {
    const r = readout(quote(), 4, 'de');
    expect(r.year).toBe(2023);
    expect(r.previousYear).toBe(2022);
    expect(r.rows).toEqual([
      {
        key: '03453001',
        name: 'Barßel',
        series: 2,
        value: 10.2,
        text: `10,2${NB}%`,
        flag: 'geschätzt',
        change: `+1,1${NB}%-Punkte`,
      },
      {
        key: '03453',
        name: 'Landkreis Cloppenburg',
        series: 0,
        value: 8.6,
        text: `8,6${NB}%`,
        flag: null,
        change: `+0,4${NB}%-Punkte`,
      },
      {
        key: '03',
        name: 'Niedersachsen',
        series: 1,
        value: 7.4,
        text: `7,4${NB}%`,
        flag: 'vorläufig',
        change: `+0,5${NB}%-Punkte`,
      },
    ]);
  });

  it('puts gaps last with their reason and no change; no change in the first year', () => {
    const r = readout(quote(), 1, 'en');
    expect(r.rows.map((row) => [row.name, row.text, row.change])).toEqual([
      ['Landkreis Cloppenburg', '8.0%', `${'\u2212'}0.1${NB}pp`],
      ['Niedersachsen', '6.3%', `+0.2${NB}pp`],
      ['Barßel', 'unknown or confidential', null],
    ]);
    expect(readout(quote(), 0, 'de').rows.every((row) => row.change === null)).toBe(true);
    expect(readout(quote(), 0, 'de').previousYear).toBe(null);
  });

  it('counts change by the signed difference', () => {
    const m = model({ indicator: 'einwohner', regions: '03453' });
    expect(readout(m, 1, 'de').rows[0]!.change).toBe('+200');
  });

  it('announces the read-out as one sentence for the live region', () => {
    expect(announcement(readout(quote(), 4, 'de'))).toBe(
      `2023: Barßel 10,2${NB}% (geschätzt), Landkreis Cloppenburg 8,6${NB}%, Niedersachsen 7,4${NB}% (vorläufig)`,
    );
    expect(announcement(readout(quote(), 2, 'en'))).toBe(
      '2021: Barßel 9.5%, Landkreis Cloppenburg 8.4%, Niedersachsen unknown or confidential',
    );
  });
});

describe('data table', () => {
  it('has a year column and one column per region', () => {
    expect(tableColumns(quote(), 'en')).toEqual([
      { label: 'Year' },
      { label: 'Landkreis Cloppenburg', numeric: true },
      { label: 'Niedersachsen', numeric: true },
      { label: 'Barßel', numeric: true },
    ]);
  });

  it('has every value with flags spelled out, then the target rows', () => {
    const rows = tableRows(quote(), 'de');
    expect(rows.map((r) => r.cells)).toEqual([
      ['2019', `8,1${NB}%`, `6,1${NB}%`, `9,0${NB}%`],
      ['2020', `8,0${NB}%`, `6,3${NB}%`, 'unbekannt oder geheim'],
      ['2021', `8,4${NB}%`, 'unbekannt oder geheim', `9,5${NB}%`],
      ['2022', `8,2${NB}%`, `6,9${NB}%`, `9,1${NB}%`],
      ['2023', `8,6${NB}%`, `7,4${NB}% (vorläufig)`, `10,2${NB}% (geschätzt)`],
      ['2026 (Zielwert)', `6,0${NB}%`, '–', '–'],
    ]);
    expect(rows[1]!.sort).toEqual([2020, 8, 6.3, null]);
    expect(rows[5]!.sort).toEqual([2026, 6, null, null]);
    expect(pointText(quote(), quote().series[1]!.points[4]!, 'en')).toBe('7.4% (provisional)');
  });
});

describe('notes', () => {
  it('explains hollow markers, gaps, breaks and polarity; footnotes of the regions shown', () => {
    expect(trendNotes(quote(), 'de')).toEqual([
      'Hohle Punkte: vorläufige oder geschätzte Werte.',
      'Lücken in den Linien: kein Wert für Niedersachsen 2021 (unbekannt oder geheim), Barßel 2020 (unbekannt oder geheim).',
      'Zeitreihenbruch 2021: Neue Erhebung',
      'Niedrigere Werte sind günstiger',
    ]);
    expect(footnoteTexts(quote(), 'de')).toEqual(['Alle Regionen', 'Nur Barßel']);
    expect(footnoteTexts(model({ indicator: 'quote' }), 'en')).toEqual(['All regions']);
  });

  it('reports unknown and empty regions and an unknown highlight (en)', () => {
    const m = model({ indicator: 'quote', regions: '03453 99999 DG', highlight: '12345', from: 2022 });
    expect(trendNotes(m, 'en')).toEqual([
      'Unknown regions, not shown: 99999',
      'No values in the period shown, not shown: Deutschland',
      'The region to highlight is not in the chart: 12345',
      'Lower values are better',
    ]);
  });
});

describe('problemMessage', () => {
  it('has both languages for every problem', () => {
    expect(problemMessage({ code: 'unknown-indicator', params: { id: 'x' } })).toEqual({
      de: 'Unbekannter Indikator: x',
      en: 'Unknown indicator: x',
    });
    expect(problemMessage({ code: 'unknown-indicator', params: { id: '' } })).toEqual({
      de: 'Kein Indikator angegeben (Attribut „indicator“).',
      en: 'No indicator given (attribute "indicator").',
    });
    expect(problemMessage({ code: 'unknown-region', params: { keys: '99999' } })).toEqual({
      de: 'Unbekannte Region: 99999',
      en: 'Unknown region: 99999',
    });
    expect(problemMessage({ code: 'no-data', params: { indicator: 'quote' } })).toEqual({
      de: 'Für „quote“ gibt es in den gewählten Regionen und Jahren keine Werte.',
      en: 'There are no values for "quote" in the selected regions and years.',
    });
  });
});

describe('subtitle', () => {
  it('is the description, else unit and years', () => {
    const m = quote();
    expect(subtitle(m.indicator, m, 'de')).toBe('Einheit: % · 2019–2023');
    expect(subtitle(m.indicator, m, 'en')).toBe('Unit: % · 2019–2023');
    const e = model({ indicator: 'einwohner' });
    expect(subtitle(e.indicator, e, 'en')).toBe('2021–2022');
    expect(subtitle({ ...m.indicator, description: { de: 'Anteil', en: 'Share' } }, m, 'en')).toBe('Share');
    expect(subtitle(m.indicator, null, 'de')).toBe(undefined);
  });
});
