/**
 * Windows-1252 ("ANSI" in Dutch Excel's "CSV (lijstscheidingsteken)") decoded with our own table,
 * so the result does not depend on the JavaScript engine's ICU build: Node 20's
 * TextDecoder('windows-1252') maps 0x80–0x9F to C1 controls (0x92 → U+0092 instead of ’), which
 * made "Ruud d’Hondt" unmatched. The table is WHATWG's: bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D
 * have no character and map to the code point of the same number, as browsers do.
 */

/** Characters for bytes 0x80–0x9F, in order. */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The cp1252 byte of each character of 0x80–0x9F that differs from Latin-1 (for repairs). */
export const CP1252_BYTE_OF: ReadonlyMap<string, number> = new Map(
  [...HIGH].map((ch, i) => [ch, 0x80 + i] as const).filter(([ch, b]) => ch.charCodeAt(0) !== b),
);

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<string>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? (HIGH[b - 0x80] as string) : String.fromCharCode(b);
    }
    parts.push(codes.join(''));
  }
  return parts.join('');
}
