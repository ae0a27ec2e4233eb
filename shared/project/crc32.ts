/**
 * CRC-32 (IEEE 802.3, the one zip and PNG use) of a text's UTF-8 bytes, as 8 hex digits.
 * Project files carry it so that damage — a flipped character from a failing disk or a
 * sync tool — is detected on open instead of showing a garbled name. Not a security
 * measure: anyone can recompute it.
 */
const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}
