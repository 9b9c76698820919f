import { describe, expect, it } from 'vitest';
import {
  breakPieces,
  dodge,
  estimateTextWidth,
  hyphenate,
  truncate,
  wrapText,
} from '../../src/core/sankey/labels';

// A monospace measure: 10 px per character (bold 11 px) keeps expectations readable.
const mono = (text: string, _size: number, bold = false) => [...text].length * (bold ? 11 : 10);

describe('estimateTextWidth', () => {
  it('uses a fixed table per character', () => {
    // G 0.68 + y 0.53 + m 0.85 = 2.06 em
    expect(estimateTextWidth('Gym', 10)).toBeCloseTo(20.6, 10);
    expect(estimateTextWidth('Gym', 10, true)).toBeCloseTo(21.836, 10);
    expect(estimateTextWidth('1 %', 12)).toBeCloseTo((0.56 + 0.3 + 0.85) * 12, 10);
  });
});

describe('truncate, breakPieces, hyphenate, wrapText', () => {
  it('truncate keeps what fits plus an ellipsis', () => {
    expect(truncate('Gymnasium', 90, mono, 10)).toBe('Gymnasium');
    expect(truncate('Gymnasium', 50, mono, 10)).toBe('Gymn…');
    expect(truncate('Gymnasium', 5, mono, 10)).toBe('G…');
  });

  it('breaks after spaces, hyphens and slashes', () => {
    expect(breakPieces('Sonderschulen/Förderschulen  KGS-Zweige')).toEqual([
      'Sonderschulen/',
      'Förderschulen',
      'KGS-',
      'Zweige',
    ]);
  });

  it('hyphenates words wider than a line', () => {
    expect(hyphenate('Hauptschulabschluss', 80, mono, 10)).toEqual(['Hauptsc-', 'hulabsc-', 'hluss']);
    expect(hyphenate('Realschule', 200, mono, 10)).toEqual(['Realschule']);
    expect(hyphenate('Abitur', 20, mono, 10)).toEqual(['Abitur']); // too short to split into 3 + 3
  });

  it('wraps into lines, the last one truncated', () => {
    expect(wrapText('IGS und Schulen mit Gesamtschulcharakter', 120, 3, mono, 10)).toEqual([
      'IGS und',
      'Schulen mit',
      'Gesamtschul…',
    ]);
    expect(wrapText('IGS und Schulen mit Gesamtschulcharakter', 120, 2, mono, 10)).toEqual([
      'IGS und',
      'Schulen mit…',
    ]);
    expect(wrapText('Gymnasium (inkl. KGS-Zweige)', 150, 2, mono, 10)).toEqual([
      'Gymnasium',
      '(inkl. KGS-Zwe…',
    ]);
    expect(wrapText('Gymnasium (inkl. KGS-Zweige)', 200, 2, mono, 10)).toEqual([
      'Gymnasium (inkl.',
      'KGS-Zweige)',
    ]);
    expect(wrapText('ohne Hauptschulabschluss', 120, 3, mono, 10)).toEqual([
      'ohne',
      'Hauptschula-',
      'bschluss',
    ]);
    expect(wrapText('eins zwei drei vier', 40, 2, mono, 10)).toEqual(['eins', 'zwe…']);
  });
});

describe('dodge', () => {
  it('keeps items at their wanted centre when they fit', () => {
    expect(
      dodge(
        [
          { want: 20, height: 10 },
          { want: 60, height: 10 },
        ],
        0,
        100,
        2,
      ),
    ).toEqual([15, 55]);
  });

  it('pushes overlapping items apart, stays inside, reports overflow', () => {
    expect(
      dodge(
        [
          { want: 50, height: 20 },
          { want: 52, height: 20 },
        ],
        0,
        100,
        4,
      ),
    ).toEqual([40, 64]);
    expect(
      dodge(
        [
          { want: 95, height: 20 },
          { want: 98, height: 20 },
        ],
        0,
        100,
        4,
      ),
    ).toEqual([56, 80]);
    expect(dodge([{ want: 0, height: 20 }], 10, 100, 4)).toEqual([10]);
    expect(
      dodge(
        [
          { want: 50, height: 60 },
          { want: 50, height: 60 },
        ],
        0,
        100,
        4,
      ),
    ).toBe(null);
  });
});
