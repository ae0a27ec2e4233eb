import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../../../shared/project/base64';

const sample = (n: number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => (i * 37 + (i >> 7)) & 0xff);

describe('base64 for project files', () => {
  it('round-trips bytes of every value, across chunk boundaries, without the built-ins', () => {
    for (const n of [0, 1, 2, 3, 0x8000 - 1, 0x8000, 0x8000 * 2 + 5]) {
      const bytes = sample(n);
      const text = toBase64(bytes, { native: false });
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect([...fromBase64(text, { native: false })]).toEqual([...bytes]);
    }
  });

  it('uses the engine’s Uint8Array.prototype.toBase64 where there is one, and encodes each file once', () => {
    const bytes = sample(100) as Uint8Array & { toBase64?: () => string };
    let calls = 0;
    bytes.toBase64 = () => {
      calls++;
      return Buffer.from(bytes).toString('base64');
    };
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(calls).toBe(1);
  });

  it('decodes with Uint8Array.fromBase64 where the engine has it', () => {
    const holder = Uint8Array as unknown as { fromBase64?: (t: string) => Uint8Array };
    const had = holder.fromBase64;
    let calls = 0;
    holder.fromBase64 = (t) => {
      calls++;
      return new Uint8Array(Buffer.from(t, 'base64'));
    };
    try {
      expect([...fromBase64('AAEC/w==')]).toEqual([0, 1, 2, 255]);
      expect(calls).toBe(1);
    } finally {
      if (had) holder.fromBase64 = had;
      else delete holder.fromBase64;
    }
  });
});
