// Windows-1252 decoded with our own table (Node 20's ICU maps 0x80–0x9F to C1 controls), checked
// against the WHATWG/Unicode mapping for every byte.
import { describe, expect, it } from 'vitest';
import { decodeBytes, repairMojibake } from '../../../../shared/import/decode';
import { decodeWindows1252 } from '../../../../shared/import/windows-1252';

// Unicode's CP1252.TXT for 0x80–0x9F; the five undefined bytes map to themselves (WHATWG).
const EXPECTED_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c,
  0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

describe('Windows-1252', () => {
  it('maps every byte as the standard says, whatever the Node build', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    const text = decodeWindows1252(all);
    expect(text.length).toBe(256);
    for (let b = 0; b < 256; b++) {
      const expected = b >= 0x80 && b <= 0x9f ? EXPECTED_HIGH[b - 0x80] : b;
      expect(text.charCodeAt(b), `byte 0x${b.toString(16)}`).toBe(expected);
    }
  });

  it('reads "Ruud d’Hondt" and "Daniëlle" from a Dutch Excel CSV', () => {
    const bytes = new Uint8Array([
      0x52, 0x75, 0x75, 0x64, 0x20, 0x64, 0x92, 0x48, 0x6f, 0x6e, 0x64, 0x74, 0x3b, 0x44, 0x61, 0x6e, 0x69, 0xeb, 0x6c, 0x6c, 0x65,
    ]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Ruud d’Hondt;Daniëlle', encoding: 'windows-1252' });
  });

  it('decodes long files in one piece', () => {
    const bytes = new Uint8Array(100_000).fill(0x92);
    const text = decodeWindows1252(bytes);
    expect(text.length).toBe(100_000);
    expect(new Set(text)).toEqual(new Set(['’']));
  });

  it('repairs UTF-8 read once as Windows-1252 with the same table', () => {
    expect(repairMojibake('DaniÃ«lle d\u00e2\u20ac\u2122Hondt')).toBe('Daniëlle d’Hondt');
  });
});
