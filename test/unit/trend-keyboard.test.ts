import { describe, expect, it } from 'vitest';
import { initialCursor, moveCursor, selection } from '../../src/core/trend/keyboard';
import { model } from './trend-fixture';

// series: 0 Landkreis (8.1 8.0 8.4 8.2 8.6), 1 Niedersachsen (6.1 6.3 – 6.9 7.4), 2 Barßel (9 – 9.5 9.1 10.2)
const m = model({ indicator: 'quote', regions: '03453 03 03453001' });

describe('initialCursor', () => {
  it('starts on the emphasised series in its last year with a value', () => {
    expect(initialCursor(m)).toEqual({ year: 4, series: 0 });
    const h = model({ indicator: 'quote', regions: '03453 03', highlight: '03', to: 2021 });
    expect(initialCursor(h)).toEqual({ year: 1, series: 1 });
  });
});

describe('moveCursor', () => {
  it('moves between years and stops at the ends', () => {
    expect(moveCursor(m, { year: 4, series: 0 }, 'ArrowLeft')).toEqual({ year: 3, series: 0 });
    expect(moveCursor(m, { year: 4, series: 0 }, 'ArrowRight')).toEqual({ year: 4, series: 0 });
    expect(moveCursor(m, { year: 0, series: 0 }, 'ArrowLeft')).toEqual({ year: 0, series: 0 });
    expect(moveCursor(m, { year: 2, series: 1 }, 'Home')).toEqual({ year: 0, series: 1 });
    expect(moveCursor(m, { year: 2, series: 1 }, 'End')).toEqual({ year: 4, series: 1 });
  });

  it('moves up and down by the drawn order in that year', () => {
    // 2023: Barßel 10.2 > Landkreis 8.6 > Niedersachsen 7.4
    expect(moveCursor(m, { year: 4, series: 0 }, 'ArrowUp')).toEqual({ year: 4, series: 2 });
    expect(moveCursor(m, { year: 4, series: 0 }, 'ArrowDown')).toEqual({ year: 4, series: 1 });
    expect(moveCursor(m, { year: 4, series: 2 }, 'ArrowUp')).toEqual({ year: 4, series: 2 });
    expect(moveCursor(m, { year: 4, series: 1 }, 'ArrowDown')).toEqual({ year: 4, series: 1 });
  });

  it('skips series without a value in that year', () => {
    // 2020: Barßel has a gap → Landkreis 8.0 is on top
    expect(moveCursor(m, { year: 1, series: 1 }, 'ArrowUp')).toEqual({ year: 1, series: 0 });
    expect(moveCursor(m, { year: 1, series: 0 }, 'ArrowUp')).toEqual({ year: 1, series: 0 });
    // from a series with a gap, Up goes to the lowest, Down to the highest line
    expect(moveCursor(m, { year: 1, series: 2 }, 'ArrowUp')).toEqual({ year: 1, series: 1 });
    expect(moveCursor(m, { year: 1, series: 2 }, 'ArrowDown')).toEqual({ year: 1, series: 0 });
  });

  it('ignores other keys', () => {
    expect(moveCursor(m, { year: 1, series: 0 }, 'Enter')).toBe(null);
    expect(moveCursor(m, { year: 1, series: 0 }, 'a')).toBe(null);
  });
});

describe('selection', () => {
  it('is the bildung-select detail of the line under the cursor', () => {
    expect(selection(m, { year: 4, series: 1 })).toEqual({
      key: '03',
      name: 'Niedersachsen',
      level: 'land',
      value: 7.4,
      year: 2023,
      indicator: 'quote',
    });
    expect(selection(m, { year: 1, series: 2 })).toMatchObject({ key: '03453001', value: null, year: 2020 });
    expect(selection(m, { year: 9, series: 0 })).toBe(null);
  });
});
