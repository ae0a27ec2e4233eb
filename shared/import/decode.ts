/**
 * Bytes to text. Survey exports arrive as UTF-8 (with or without BOM), UTF-16 from
 * Excel's "Unicode-tekst", Windows-1252 from Dutch Excel's "CSV (lijstscheidingsteken)", or Mac
 * Roman from Excel for Mac's "CSV (Macintosh)". We check the BOM, then try strict UTF-8, then
 * choose between Windows-1252 and Mac Roman by what each makes of the text, and say which.
 */
import { decodeMacRoman, plausibility } from './mac-roman';
import { CP1252_BYTE_OF, decodeWindows1252 } from './windows-1252';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'macintosh';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

export function decodeBytes(bytes: Uint8Array, override?: Encoding): Decoded {
  const encoding = override ?? detectEncoding(bytes);
  switch (encoding) {
    case 'utf-8-bom':
      return { text: new TextDecoder('utf-8').decode(bytes.subarray(hasUtf8Bom(bytes) ? 3 : 0)), encoding };
    case 'utf-16le':
    case 'utf-16be': {
      const skip = bytes.length >= 2 && (bytes[0] === 0xff || bytes[0] === 0xfe) ? 2 : 0;
      return { text: new TextDecoder(encoding).decode(bytes.subarray(skip)), encoding };
    }
    case 'utf-8':
      return { text: new TextDecoder('utf-8').decode(bytes), encoding };
    case 'windows-1252':
      return { text: decodeWindows1252(bytes), encoding };
    case 'macintosh':
      return { text: decodeMacRoman(bytes), encoding };
  }
}

export function detectEncoding(bytes: Uint8Array): Encoding {
  if (hasUtf8Bom(bytes)) return 'utf-8-bom';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (looksLikeBomlessUtf16(bytes)) return 'utf-16le';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    // Not UTF-8: Windows-1252 (Excel on Windows) unless Mac Roman (Excel for Mac) reads clearly better.
    const start = bytes.subarray(0, 256 * 1024);
    return plausibility(decodeMacRoman(start)) > plausibility(decodeWindows1252(start)) ? 'macintosh' : 'windows-1252';
  }
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** Text files saved as UTF-16LE without a BOM have a zero in every odd byte for ASCII. */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 400);
  if (n < 8) return false;
  let oddZeros = 0;
  for (let i = 1; i < n; i += 2) if (bytes[i] === 0) oddZeros++;
  return oddZeros / (n / 2) > 0.6;
}

/**
 * True when the bytes are not text in any of our encodings: control characters that no
 * CSV contains (NUL, and C0 codes other than tab, CR, LF) make up more than 1% of the start.
 * A photo or a zip file renamed to .csv then gets a clear message instead of garbage.
 */
export function looksBinary(bytes: Uint8Array, encoding: Encoding): boolean {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return false;
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) control++;
  }
  return n > 0 && control / n > 0.01;
}

/** UTF-8 read as Windows-1252 somewhere along the way: "Ã«" for "ë", "â€™" for "’". */
const MOJIBAKE = /[ÃÂ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]|â€/;

export function hasMojibake(text: string): boolean {
  return MOJIBAKE.test(text);
}

/**
 * Undoes one round of UTF-8-read-as-Windows-1252: turn each character back into its
 * cp1252 byte and read the bytes as UTF-8. Runs that do not form valid UTF-8 are kept.
 */
export function repairMojibake(text: string): string {
  return text.replace(/[\u00c0-\u00f4][\u0080-\u00bf\u0152-\u2122]{1,3}/g, (run) => {
    const bytes: number[] = [];
    for (const ch of run) {
      const code = ch.charCodeAt(0);
      const b = code <= 0xff ? code : CP1252_BYTE_OF.get(ch);
      if (b === undefined) return run;
      bytes.push(b);
    }
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
    } catch {
      return run;
    }
  });
}
