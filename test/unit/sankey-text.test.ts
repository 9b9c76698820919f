import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/core/sankey/model';
import * as text from '../../src/core/sankey/text';
import { JG5_2023, THREE_STAGES } from './sankey-fixtures';

/** Text with no-break spaces shown as plain spaces, so expectations stay readable. */
const sp = <T>(v: T): T => JSON.parse(JSON.stringify(v).replace(/\u00a0/g, ' ')) as T;
const wrap =
  <A extends unknown[], R>(fn: (...args: A) => R) =>
  (...args: A): R =>
    sp(fn(...args));
const { flowNotes, largestLink, tableColumns } = text;
const itemSentence = wrap(text.itemSentence);
type Model = ReturnType<typeof buildModel>;
const linkSentence = (m: Model, l: { index: number }, opts?: text.TextOptions) =>
  itemSentence(m, { type: 'link', index: l.index, via: 'source' }, opts);
const nodeSentence = (m: Model, n: { id: string }, opts?: text.TextOptions) =>
  itemSentence(m, { type: 'node', id: n.id }, opts);
const nodeValueText = wrap(text.nodeValueText);
const selectDetail = wrap(text.selectDetail);
const summaryText = wrap(text.summaryText);
const tableRows = wrap(text.tableRows);

const link = (m: ReturnType<typeof buildModel>, id: string) => m.links.find((l) => l.id === id)!;

describe('buildModel', () => {
  it('totals, shares of the column and of the source, feed order', () => {
    const m = buildModel(THREE_STAGES, { lang: 'de' });
    expect(m.columns).toEqual([
      ['a', 'b'],
      ['x', 'y'],
      ['p', 'q'],
    ]);
    expect(m.stages).toEqual([0, 1, 2]);
    const x = m.nodeById.get('x')!;
    expect([x.inflow, x.outflow, x.value, x.columnTotal, x.share, x.row, x.column]).toEqual([
      80, 80, 80, 200, 0.4, 0, 1,
    ]);
    expect(link(m, 'b→y')).toEqual({
      index: 3,
      id: 'b→y',
      source: 'b',
      target: 'y',
      value: 80,
      share: 0.8,
      sourceTotal: 100,
    });
  });

  it('node order by value, and stable ranks from other years', () => {
    expect(buildModel(JG5_2023, { lang: 'de', nodeOrder: 'value' }).columns[1]).toEqual([
      'gym',
      'obs',
      'rs',
      'fs',
    ]);
    const order = new Map([
      ['gs', 0],
      ['fs', 1],
      ['obs', 2],
    ]);
    expect(buildModel(JG5_2023, { lang: 'de', order }).columns[1]).toEqual(['fs', 'obs', 'gym', 'rs']);
  });
});

describe('sentences', () => {
  const de = buildModel(JG5_2023, { lang: 'de' });
  const en = buildModel(JG5_2023, { lang: 'en' });

  it('links: count first or share first, de and en', () => {
    expect(linkSentence(de, link(de, 'gs→gym'))).toBe(
      '412 von 1.050 (39,2 %): Grundschule → Gymnasium, 2023',
    );
    expect(linkSentence(en, link(en, 'gs→gym'))).toBe('412 of 1,050 (39.2%): Grundschule → Gymnasium, 2023');
    expect(linkSentence(de, link(de, 'gs→gym'), { unit: 'share' })).toBe(
      '39,2 % (412 von 1.050): Grundschule → Gymnasium, 2023',
    );
  });

  it('nodes: share of the column; a lone node gives its value only', () => {
    expect(nodeSentence(de, de.nodeById.get('obs')!)).toBe('386 von 1.050 (36,8 %): Oberschule, 2023');
    expect(nodeSentence(en, en.nodeById.get('gs')!)).toBe('1,050: Grundschule, 2023');
    expect(nodeValueText(de, de.nodeById.get('obs')!)).toBe('386 (36,8 %)');
    expect(nodeValueText(de, de.nodeById.get('obs')!, { unit: 'share' })).toBe('36,8 % (386)');
    expect(nodeValueText(de, de.nodeById.get('gs')!)).toBe('1.050');
    expect(itemSentence(de, { type: 'link', index: 3, via: 'source' })).toBe(
      '2 von 1.050 (0,2 %): Grundschule → Förderschule, 2023',
    );
  });

  it('percent flows print the value as a percentage', () => {
    const flow = { ...JG5_2023, unit: 'percent' as const, decimals: 1 };
    const m = buildModel(flow, { lang: 'de' });
    expect(linkSentence(m, m.links[0]!)).toBe('412,0 %: Grundschule → Gymnasium, 2023');
    expect(nodeValueText(m, m.nodeById.get('gym')!)).toBe('412,0 %');
    expect(summaryText(m)).toBe(
      '4 Übergänge in 2 Stufen. Größter Übergang: Grundschule → Gymnasium, 412,0 %.',
    );
  });

  it('summary names the largest flow', () => {
    expect(largestLink(de)!.id).toBe('gs→gym');
    expect(summaryText(de)).toBe(
      '4 Übergänge in 2 Stufen. Größter Übergang: Grundschule → Gymnasium, 412 (39,2 %).',
    );
    expect(summaryText(buildModel(THREE_STAGES, { lang: 'en' }))).toBe(
      '8 flows across 3 stages. Largest flow: Oberschule → Ausbildung, 90 (75.0%).',
    );
    const one = buildModel({ ...JG5_2023, links: [JG5_2023.links[0]!] }, { lang: 'de' });
    expect(summaryText(one)).toBe(
      '1 Übergang in 2 Stufen. Größter Übergang: Grundschule → Gymnasium, 412 (100,0 %).',
    );
  });
});

describe('data table and select detail', () => {
  it('rows in visual order with true values', () => {
    const m = buildModel(JG5_2023, { lang: 'de', nodeOrder: 'value' });
    expect(tableColumns(m).map((c) => c.label)).toEqual(['Von', 'Nach', 'Anzahl', 'Anteil an „Von“']);
    expect(tableRows(m)).toEqual([
      {
        key: 'gs→gym',
        cells: ['Grundschule', 'Gymnasium', '412', '39,2 %'],
        sort: ['Grundschule', 'Gymnasium', 412, 412 / 1050],
      },
      {
        key: 'gs→obs',
        cells: ['Grundschule', 'Oberschule', '386', '36,8 %'],
        sort: ['Grundschule', 'Oberschule', 386, 386 / 1050],
      },
      {
        key: 'gs→rs',
        cells: ['Grundschule', 'Realschule', '250', '23,8 %'],
        sort: ['Grundschule', 'Realschule', 250, 250 / 1050],
      },
      {
        key: 'gs→fs',
        cells: ['Grundschule', 'Förderschule', '2', '0,2 %'],
        sort: ['Grundschule', 'Förderschule', 2, 2 / 1050],
      },
    ]);
  });

  it('select detail of a node and a link', () => {
    const m = buildModel(JG5_2023, { lang: 'en' });
    expect(selectDetail(m, { type: 'node', id: 'rs' })).toEqual({
      key: 'rs',
      type: 'node',
      id: 'rs',
      name: '250 of 1,050 (23.8%): Realschule, 2023',
      value: 250,
      share: 250 / 1050,
      flow: 'uebergang',
      year: 2023,
      region: '03453',
    });
    expect(selectDetail(m, { type: 'link', index: 0, via: 'source' })).toMatchObject({
      key: 'gs→gym',
      type: 'link',
      source: 'gs',
      target: 'gym',
      value: 412,
      share: 412 / 1050,
    });
  });

  it('footnotes that apply to region and year', () => {
    const flow = {
      ...JG5_2023,
      footnotes: [
        { text: { de: 'Alle', en: 'All' } },
        { text: 'Nur 2022', year: 2022 },
        { text: 'Nur Kreis', region: '03453' },
        { text: 'Land', region: '03' },
      ],
    };
    expect(flowNotes(flow, 'en')).toEqual(['All', 'Nur Kreis']);
  });
});
