/**
 * Decoding of downloaded statistical exports (DOM-free).
 *
 * German offices ship CSV files in Windows-1252 (Regionaldatenbank, GENESIS "Tabelle" downloads) or
 * UTF-8, sometimes with a byte order mark (GENESIS flat files). Read files as bytes and decode here;
 * never assume UTF-8.
 */

/** The WHATWG `TextDecoder` (Node ≥ 11, every browser); typed here because src/core has no DOM lib. */
interface Utf8Decoder {
  decode(input: Uint8Array): string;
}
type Utf8DecoderConstructor = new (label: string, options?: { fatal?: boolean }) => Utf8Decoder;
const Decoder = (globalThis as unknown as { TextDecoder: Utf8DecoderConstructor }).TextDecoder;

export type TextEncodingName = 'utf-8' | 'windows-1252';

export interface DecodedText {
  /** The text, without a byte order mark. */
  text: string;
  /** Encoding used for decoding. */
  encoding: TextEncodingName;
  /** True when a UTF-8 byte order mark was found (and removed). */
  bom: boolean;
}

/**
 * Windows-1252 code points of bytes 0x80–0x9F. Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to
 * the C1 control of the same number, as in the WHATWG Encoding Standard.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/** Decodes Windows-1252 without relying on the runtime's (optional) legacy decoders. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/**
 * Decodes bytes to text.
 * - `'auto'` (default): a UTF-8 BOM or bytes that are valid UTF-8 → UTF-8; otherwise Windows-1252.
 *   Pure ASCII is valid UTF-8 and reads the same either way.
 * - `'utf-8'`: strict UTF-8; invalid sequences become U+FFFD.
 * - `'windows-1252'`: always Windows-1252.
 * A leading UTF-8 BOM is removed in every mode (read as Windows-1252 it would be `ï»¿`).
 */
export function decodeText(bytes: Uint8Array, encoding: 'auto' | TextEncodingName = 'auto'): DecodedText {
  const bom = hasUtf8Bom(bytes);
  const body = bom ? bytes.subarray(3) : bytes;
  if (encoding === 'windows-1252') {
    return { text: decodeWindows1252(body), encoding, bom };
  }
  if (encoding === 'utf-8' || bom) {
    return { text: new Decoder('utf-8', { fatal: false }).decode(body), encoding: 'utf-8', bom };
  }
  try {
    const text = new Decoder('utf-8', { fatal: true }).decode(body);
    return { text, encoding: 'utf-8', bom };
  } catch {
    return { text: decodeWindows1252(body), encoding: 'windows-1252', bom };
  }
}
