import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252 } from '../../src/core/adapters/decode';

// "Städte" in Windows-1252: ä = 0xE4.
const CP1252_STAEDTE = new Uint8Array([0x53, 0x74, 0xe4, 0x64, 0x74, 0x65]);
const UTF8_STAEDTE = new TextEncoder().encode('Städte');

describe('decodeText', () => {
  it('reads cp1252 bytes as Windows-1252 in auto mode', () => {
    expect(decodeText(CP1252_STAEDTE)).toEqual({ text: 'Städte', encoding: 'windows-1252', bom: false });
  });

  it('reads valid UTF-8 as UTF-8 in auto mode', () => {
    expect(decodeText(UTF8_STAEDTE)).toEqual({ text: 'Städte', encoding: 'utf-8', bom: false });
  });

  it('strips a UTF-8 BOM and reports it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...UTF8_STAEDTE]);
    expect(decodeText(bytes)).toEqual({ text: 'Städte', encoding: 'utf-8', bom: true });
    expect(decodeText(bytes, 'windows-1252').text).toBe('StÃ¤dte');
  });

  it('honours a forced encoding', () => {
    expect(decodeText(UTF8_STAEDTE, 'windows-1252').text).toBe('StÃ¤dte');
    expect(decodeText(CP1252_STAEDTE, 'utf-8').text).toBe('St\uFFFDdte');
  });

  it('maps the 0x80–0x9F range of Windows-1252 (€, „, “, –)', () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x84, 0x93, 0x96, 0xdf]))).toBe('€„“–ß');
  });

  it('decodes empty input', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', bom: false });
  });
});
