import { describe, expect, it } from 'vitest';
import type { Flow } from '../../src/core/feed/types';
import { checkFlow, findCycle } from '../../src/core/sankey/check';
import { JG5_2023, THREE_STAGES } from './sankey-fixtures';

const codes = (f: Flow) => checkFlow(f).errors.map((e) => e.code);

describe('checkFlow', () => {
  it('accepts good flows', () => {
    expect(checkFlow(JG5_2023)).toEqual({ ok: true, errors: [], warnings: [] });
    expect(checkFlow(THREE_STAGES).ok).toBe(true);
  });

  it('links to unknown nodes', () => {
    const r = checkFlow({
      ...JG5_2023,
      links: [...JG5_2023.links, { source: 'gs', target: 'igs', value: 3 }],
    });
    expect(r.errors).toEqual([
      {
        code: 'unknown-node',
        index: 4,
        message: {
          de: 'Eine Verbindung verweist auf einen unbekannten Knoten: „igs“.',
          en: 'A link refers to an unknown node: "igs".',
        },
      },
    ]);
  });

  it('values that are not numbers, negative values', () => {
    const bad = { ...JG5_2023, links: [{ source: 'gs', target: 'gym', value: Number.NaN }] };
    expect(checkFlow(bad).errors[0]!.message.de).toBe(
      'Kein gültiger Zahlenwert in der Verbindung Grundschule → Gymnasium.',
    );
    const text = { ...JG5_2023, links: [{ source: 'gs', target: 'gym', value: '12' as unknown as number }] };
    expect(codes(text)).toEqual(['not-a-number']);
    const neg = { ...JG5_2023, links: [{ source: 'gs', target: 'rs', value: -1250 }] };
    expect(checkFlow(neg).errors[0]!.message).toEqual({
      de: 'Negativer Wert in der Verbindung Grundschule → Realschule: −1.250.',
      en: 'Negative value in the link Grundschule → Realschule: −1,250.',
    });
  });

  it('cycles (reported once, as a cycle) and backward links', () => {
    const cyc = { ...THREE_STAGES, links: [...THREE_STAGES.links, { source: 'p', target: 'a', value: 5 }] };
    const r = checkFlow(cyc);
    expect(r.errors.map((e) => e.code)).toEqual(['cycle']);
    expect(r.errors[0]!.message.de).toBe(
      'Die Verbindungen bilden einen Kreis: GS Nord → Gymnasium → Abitur → GS Nord.',
    );
    const back = { ...THREE_STAGES, links: [{ source: 'x', target: 'b', value: 5 }] };
    expect(checkFlow(back).errors[0]!.message.en).toBe(
      'The link Gymnasium → GS Süd does not lead to a later stage.',
    );
    expect(codes({ ...JG5_2023, links: [{ source: 'gym', target: 'gym', value: 1 }] })).toEqual(['cycle']);
  });

  it('empty flows and flows of zeros have no data', () => {
    expect(codes({ ...JG5_2023, links: [] })).toEqual(['no-data']);
    const zeros = checkFlow({ ...JG5_2023, links: JG5_2023.links.map((l) => ({ ...l, value: 0 })) });
    expect(zeros.errors[0]!.message.de).toBe('Der Übergang „uebergang“ enthält keine Werte.');
  });

  it('warns about unbalanced middle nodes only when the flow says it balances', () => {
    const links = THREE_STAGES.links.map((l) =>
      l.source === 'x' && l.target === 'q' ? { ...l, value: 12 } : l,
    );
    const r = checkFlow({ ...THREE_STAGES, links });
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([
      {
        code: 'unbalanced',
        index: 2,
        message: {
          de: '„Gymnasium“: Zugänge (80) und Abgänge (82) stimmen nicht überein.',
          en: '"Gymnasium": inflow (80) and outflow (82) differ.',
        },
      },
    ]);
    expect(checkFlow({ ...THREE_STAGES, balanced: false, links }).warnings).toEqual([]);
  });

  it('findCycle', () => {
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
        ]),
      ),
    ).toEqual(['a', 'b', 'c', 'a']);
    expect(
      findCycle(
        new Map([
          ['a', ['b', 'c']],
          ['b', ['c']],
        ]),
      ),
    ).toBe(null);
  });
});
