import { describe, expect, it } from 'vitest';
import { parseCsv, readCsv, sniffSeparator } from '../../src/core/adapters/csv';

describe('readCsv', () => {
  it('reads semicolon CSV with LF and CRLF line ends', () => {
    expect(parseCsv('a;b\n1;2\r\n3;4\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps empty cells and trailing separators', () => {
    expect(parseCsv(';;x;\n')).toEqual([['', '', 'x', '']]);
  });

  it('reads quoted cells with doubled quotes, separators and line breaks', () => {
    const text = 'k;v\n"zu ""gesamte Tabelle"":\r\nZeile 2; mit Semikolon";7\n';
    expect(parseCsv(text)).toEqual([
      ['k', 'v'],
      ['zu "gesamte Tabelle":\nZeile 2; mit Semikolon', '7'],
    ]);
  });

  it('treats a quote inside an unquoted cell as text', () => {
    expect(parseCsv('5" Zoll;2\n')).toEqual([['5" Zoll', '2']]);
  });

  it('keeps blank lines as one empty cell and reads a last line without a break', () => {
    expect(parseCsv('a\n\nb')).toEqual([['a'], [''], ['b']]);
  });

  it('ignores a BOM', () => {
    expect(parseCsv('\uFEFFa;b\n1;2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('sniffs the separator', () => {
    expect(sniffSeparator('a;b;c\n1,5;2;3\n')).toBe(';');
    expect(sniffSeparator('a,b,c\n1,2,3\n')).toBe(',');
    expect(sniffSeparator('a\tb\n1,5\t2\n')).toBe('\t');
    expect(sniffSeparator('"x;y",b\n"1;2",3\n')).toBe(',');
    expect(readCsv('a,b\n1,2').separator).toBe(',');
  });

  it('uses a given separator', () => {
    expect(parseCsv('a,b;c\n', { separator: ',' })).toEqual([['a', 'b;c']]);
  });
});
