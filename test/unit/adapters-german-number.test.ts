import { describe, expect, it } from 'vitest';
import {
  detectDecimalSeparator,
  isMarker,
  parseCell,
  parseGermanNumber,
} from '../../src/core/adapters/german-number';

describe('parseGermanNumber', () => {
  it('reads German numbers', () => {
    expect(parseGermanNumber('1.234,5')).toBe(1234.5);
    expect(parseGermanNumber('1420,35')).toBe(1420.35);
    expect(parseGermanNumber('782423')).toBe(782423);
    expect(parseGermanNumber('1.234.567')).toBe(1234567);
    expect(parseGermanNumber('-12,5')).toBe(-12.5);
    expect(parseGermanNumber('\u221212')).toBe(-12);
    expect(parseGermanNumber('1 234,5')).toBe(1234.5);
    expect(parseGermanNumber(' 0 ')).toBe(0);
    expect(parseGermanNumber(',5')).toBe(0.5);
  });

  it('reads decimal-point numbers on request', () => {
    expect(parseGermanNumber('1,234.5', '.')).toBe(1234.5);
    expect(parseGermanNumber('56.73', '.')).toBe(56.73);
  });

  it('rejects markers, dates and text', () => {
    for (const s of ['', '-', '.', 'x', '...', '31.12.2018', '1.23,4', '12a', '1,2,3', 'abc']) {
      expect(parseGermanNumber(s)).toBeNull();
    }
  });
});

describe('detectDecimalSeparator', () => {
  it('decides by unambiguous cells', () => {
    expect(detectDecimalSeparator(['1420,35', '56,73', '-'])).toBe(',');
    expect(detectDecimalSeparator(['56.73', '118.65', '1.234'])).toBe('.');
    expect(detectDecimalSeparator(['1.234', '12'])).toBe(',');
    expect(detectDecimalSeparator(['(12.5)', '3.25p'])).toBe('.');
  });
});

describe('parseCell', () => {
  it('maps the official markers to null with a flag, never 0', () => {
    expect(parseCell('-')).toEqual({ value: null, flag: 'nil' });
    expect(parseCell('\u2013')).toEqual({ value: null, flag: 'nil' });
    expect(parseCell('.')).toEqual({ value: null, flag: 'secret' });
    expect(parseCell('x')).toEqual({ value: null, flag: 'not-applicable' });
    expect(parseCell('/')).toEqual({ value: null, flag: 'uncertain' });
    expect(parseCell('...')).toEqual({ value: null, flag: 'not-yet-available' });
    expect(parseCell('\u2026')).toEqual({ value: null, flag: 'not-yet-available' });
  });

  it('reads qualified numbers', () => {
    expect(parseCell('(123)')).toEqual({ value: 123, flag: 'limited' });
    expect(parseCell('123p')).toEqual({ value: 123, flag: 'provisional' });
    expect(parseCell('4,5 r')).toEqual({ value: 4.5, flag: 'revised' });
    expect(parseCell('1.234s')).toEqual({ value: 1234, flag: 'estimated' });
    expect(parseCell('...p')).toEqual({ value: null, flag: 'not-yet-available' });
  });

  it('reads plain numbers, empty and invalid cells', () => {
    expect(parseCell(' 1967 ')).toEqual({ value: 1967 });
    expect(parseCell('1420,35')).toEqual({ value: 1420.35 });
    expect(parseCell('56.73', '.')).toEqual({ value: 56.73 });
    expect(parseCell('')).toEqual({ value: null });
    expect(parseCell('Gymnasien')).toEqual({ value: null, invalid: true });
  });

  it('tells markers apart', () => {
    expect(isMarker('-')).toBe(true);
    expect(isMarker('0')).toBe(false);
    expect(isMarker('')).toBe(false);
  });
});
