import { describe, it, expect } from 'vitest';
import {
  EN_DASH,
  MINUS,
  NBSP,
  formatNumber,
  formatRange,
  formatSigned,
  formatValue,
  formatYear,
  localize,
  unitLabel,
} from '../../src/core/format';
import type { Unit } from '../../src/core/feed/types';

const de = { lang: 'de' } as const;
const en = { lang: 'en' } as const;

describe('constants', () => {
  it('are the documented code points', () => {
    expect(NBSP).toBe('\u00A0');
    expect(MINUS).toBe('\u2212');
    expect(EN_DASH).toBe('\u2013');
  });
});

describe('formatNumber', () => {
  it('groups 4-digit integers in both languages (the runtime does too)', () => {
    expect(new Intl.NumberFormat('de-DE').format(1234)).toBe('1.234');
    expect(formatNumber(1234, de)).toBe('1.234');
    expect(formatNumber(1234, en)).toBe('1,234');
    expect(formatNumber(999, de)).toBe('999');
  });

  it('uses the decimal separator of the language and fixed decimals', () => {
    expect(formatNumber(12.5, { lang: 'de', decimals: 1 })).toBe('12,5');
    expect(formatNumber(12.5, { lang: 'en', decimals: 1 })).toBe('12.5');
    expect(formatNumber(12, { lang: 'de', decimals: 2 })).toBe('12,00');
    expect(formatNumber(1234567.891, { lang: 'de', decimals: 2 })).toBe('1.234.567,89');
    expect(formatNumber(1234567.891, { lang: 'en', decimals: 2 })).toBe('1,234,567.89');
    expect(formatNumber(2.46, { lang: 'de', decimals: 0 })).toBe('2');
  });

  it('shows at most 3 decimals when none are given', () => {
    expect(formatNumber(1.23456, de)).toBe('1,235');
    expect(formatNumber(1.5, en)).toBe('1.5');
  });

  it('writes negatives with U+2212 and never a negative zero', () => {
    expect(formatNumber(-1234.5, { lang: 'de', decimals: 1 })).toBe('\u22121.234,5');
    expect(formatNumber(-3, en)).toBe('\u22123');
    expect(formatNumber(-0.04, { lang: 'de', decimals: 1 })).toBe('0,0');
    expect(formatNumber(-0, en)).toBe('0');
  });

  it('prints "no data" for missing values', () => {
    for (const v of [null, undefined, NaN, Infinity, -Infinity]) {
      expect(formatNumber(v, de)).toBe('keine Daten');
      expect(formatNumber(v, en)).toBe('no data');
    }
  });
});

describe('formatValue', () => {
  it('percent: NBSP before % in German, none in English', () => {
    expect(formatValue(12.5, 'percent', { lang: 'de', decimals: 1 })).toBe('12,5\u00A0%');
    expect(formatValue(12.5, 'percent', { lang: 'en', decimals: 1 })).toBe('12.5%');
    expect(formatValue(-2.25, 'percent', { lang: 'de', decimals: 1 })).toBe('\u22122,3\u00A0%');
  });

  it('count and index: the number alone', () => {
    expect(formatValue(1234, 'count', { lang: 'de', decimals: 0 })).toBe('1.234');
    expect(formatValue(1234, 'count', { lang: 'en', decimals: 0 })).toBe('1,234');
    expect(formatValue(103.2, 'index', { lang: 'de', decimals: 1 })).toBe('103,2');
  });

  it('eur: suffix in German, prefix in English, minus before the €', () => {
    expect(formatValue(1234, 'eur', { lang: 'de', decimals: 0 })).toBe('1.234\u00A0€');
    expect(formatValue(1234, 'eur', { lang: 'en', decimals: 0 })).toBe('€1,234');
    expect(formatValue(-1234, 'eur', { lang: 'en', decimals: 0 })).toBe('\u2212€1,234');
    expect(formatValue(-1234, 'eur', { lang: 'de', decimals: 0 })).toBe('\u22121.234\u00A0€');
  });

  it('rates per 100 / 1,000 / 100,000 with a grouped base', () => {
    expect(formatValue(3.2, 'per-1000', { lang: 'de', decimals: 1 })).toBe('3,2\u00A0je\u00A01.000');
    expect(formatValue(3.2, 'per-1000', { lang: 'en', decimals: 1 })).toBe('3.2\u00A0per\u00A01,000');
    expect(formatValue(45, 'per-100', { lang: 'de', decimals: 0 })).toBe('45\u00A0je\u00A0100');
    expect(formatValue(87.5, 'per-100000', { lang: 'en', decimals: 1 })).toBe('87.5\u00A0per\u00A0100,000');
  });

  it('areas, densities and years', () => {
    expect(formatValue(1234.56, 'km2', { lang: 'de', decimals: 1 })).toBe('1.234,6\u00A0km²');
    expect(formatValue(89, 'per-km2', { lang: 'en', decimals: 0 })).toBe('89\u00A0per\u00A0km²');
    expect(formatValue(1, 'years', { lang: 'de', decimals: 0 })).toBe('1\u00A0Jahr');
    expect(formatValue(1, 'years', { lang: 'en', decimals: 0 })).toBe('1\u00A0year');
    expect(formatValue(2.5, 'years', { lang: 'de', decimals: 1 })).toBe('2,5\u00A0Jahre');
    expect(formatValue(1, 'years', { lang: 'de', decimals: 1 })).toBe('1,0\u00A0Jahre');
  });

  it('custom units: localized label after the number, with fallback and NBSP inside', () => {
    const unit: Unit = { de: 'Kinder je Kita', en: 'children per day-care centre' };
    expect(formatValue(1234, unit, { lang: 'de', decimals: 0 })).toBe('1.234\u00A0Kinder\u00A0je\u00A0Kita');
    expect(formatValue(12.5, unit, { lang: 'en', decimals: 1 })).toBe(
      '12.5\u00A0children\u00A0per\u00A0day-care\u00A0centre',
    );
    expect(formatValue(7, { de: 'Schulen' }, { lang: 'en', decimals: 0 })).toBe('7\u00A0Schulen');
    expect(formatValue(7, {}, { lang: 'en', decimals: 0 })).toBe('7');
  });

  it('missing values: "no data", or the term of a flag that explains the gap', () => {
    expect(formatValue(null, 'percent', de)).toBe('keine Daten');
    expect(formatValue(undefined, 'eur', en)).toBe('no data');
    expect(formatValue(NaN, 'count', en)).toBe('no data');
    expect(formatValue(null, 'percent', { lang: 'de', flag: 'secret' })).toBe('unbekannt oder geheim');
    expect(formatValue(null, 'percent', { lang: 'en', flag: 'not-yet-available' })).toBe('not yet available');
    // A qualifying flag does not explain a gap.
    expect(formatValue(null, 'percent', { lang: 'de', flag: 'provisional' })).toBe('keine Daten');
  });

  it('never contains a breaking space', () => {
    const units: Unit[] = [
      'percent',
      'count',
      'per-100',
      'per-1000',
      'per-100000',
      'eur',
      'years',
      'km2',
      'per-km2',
      'index',
      { de: 'a b c', en: 'd e f' },
    ];
    for (const unit of units) {
      for (const lang of ['de', 'en'] as const) {
        expect(formatValue(-12345.6, unit, { lang, decimals: 1 })).not.toMatch(/ /);
        expect(formatSigned(12345.6, unit, { lang, decimals: 1 })).not.toMatch(/ /);
      }
    }
  });
});

describe('formatSigned', () => {
  it('percent differences are percentage points', () => {
    expect(formatSigned(1.2, 'percent', { lang: 'de', decimals: 1 })).toBe('+1,2\u00A0%-Punkte');
    expect(formatSigned(1.2, 'percent', { lang: 'en', decimals: 1 })).toBe('+1.2\u00A0pp');
    expect(formatSigned(-0.75, 'percent', { lang: 'de', decimals: 2 })).toBe('\u22120,75\u00A0%-Punkte');
  });

  it('zero (also after rounding) gets ±', () => {
    expect(formatSigned(0, 'percent', { lang: 'de', decimals: 1 })).toBe('±0,0\u00A0%-Punkte');
    expect(formatSigned(-0.04, 'count', { lang: 'en', decimals: 1 })).toBe('±0.0');
  });

  it('other units keep their affixes', () => {
    expect(formatSigned(1234, 'count', { lang: 'de', decimals: 0 })).toBe('+1.234');
    expect(formatSigned(-5, 'eur', { lang: 'en', decimals: 0 })).toBe('\u2212€5');
    expect(formatSigned(5, 'eur', { lang: 'en', decimals: 0 })).toBe('+€5');
    expect(formatSigned(3.2, 'per-1000', { lang: 'de', decimals: 1 })).toBe('+3,2\u00A0je\u00A01.000');
  });

  it('missing → no data', () => {
    expect(formatSigned(null, 'percent', en)).toBe('no data');
  });
});

describe('formatYear', () => {
  it('never groups digits', () => {
    expect(formatYear(2023)).toBe('2023');
    expect(formatYear(2023, 'en')).toBe('2023');
    expect(formatYear(null, 'en')).toBe('no data');
  });
});

describe('formatRange', () => {
  it('joins bounds with an en dash and writes the unit once', () => {
    expect(formatRange(10, 12.5, 'percent', { lang: 'de', decimals: 1 })).toBe('10,0–12,5\u00A0%');
    expect(formatRange(10, 12.5, 'percent', { lang: 'en', decimals: 1 })).toBe('10.0–12.5%');
    expect(formatRange(1000, 2500, 'count', { lang: 'de', decimals: 0 })).toBe('1.000–2.500');
    expect(formatRange(10, 20, 'eur', { lang: 'en', decimals: 0 })).toBe('€10–€20');
    expect(formatRange(1, 2, 'per-1000', { lang: 'en', decimals: 1 })).toBe('1.0–2.0\u00A0per\u00A01,000');
  });

  it('spaces the dash when a bound is negative', () => {
    expect(formatRange(-5, -2.5, 'percent', { lang: 'de', decimals: 1 })).toBe(
      '\u22125,0\u00A0–\u00A0\u22122,5\u00A0%',
    );
    expect(formatRange(-1, 1, 'count', { lang: 'en', decimals: 0 })).toBe('\u22121\u00A0–\u00A01');
  });

  it('open ends', () => {
    expect(formatRange(null, 10, 'percent', { lang: 'de', decimals: 1 })).toBe('bis\u00A010,0\u00A0%');
    expect(formatRange(undefined, 10, 'percent', { lang: 'en', decimals: 1 })).toBe('up\u00A0to\u00A010.0%');
    expect(formatRange(12.5, null, 'percent', { lang: 'de', decimals: 1 })).toBe('ab\u00A012,5\u00A0%');
    expect(formatRange(12.5, null, 'percent', { lang: 'en', decimals: 1 })).toBe('12.5%\u00A0or\u00A0more');
    expect(formatRange(null, null, 'percent', en)).toBe('no data');
  });
});

describe('localize', () => {
  it('picks the language and falls back to the other one', () => {
    expect(localize('Schulabgänger', 'en')).toBe('Schulabgänger');
    expect(localize({ de: 'Quote', en: 'Rate' }, 'de')).toBe('Quote');
    expect(localize({ de: 'Quote', en: 'Rate' }, 'en')).toBe('Rate');
    expect(localize({ de: 'Quote' }, 'en')).toBe('Quote');
    expect(localize({ en: 'Rate' }, 'de')).toBe('Rate');
    expect(localize({ de: '', en: 'Rate' }, 'de')).toBe('Rate');
    expect(localize({}, 'de')).toBe('');
    expect(localize(undefined, 'de')).toBe('');
  });
});

describe('unitLabel', () => {
  it('labels built-in and custom units', () => {
    expect(unitLabel('percent', 'de')).toBe('%');
    expect(unitLabel('per-1000', 'de')).toBe('je 1.000');
    expect(unitLabel('per-1000', 'en')).toBe('per 1,000');
    expect(unitLabel('per-100000', 'de')).toBe('je 100.000');
    expect(unitLabel('count', 'de')).toBe('Anzahl');
    expect(unitLabel('count', 'en')).toBe('count');
    expect(unitLabel('eur', 'en')).toBe('€');
    expect(unitLabel('km2', 'de')).toBe('km²');
    expect(unitLabel('years', 'de')).toBe('Jahre');
    expect(unitLabel({ de: 'Schüler/-innen', en: 'pupils' }, 'en')).toBe('pupils');
  });
});
