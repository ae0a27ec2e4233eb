/**
 * Bytes <-> base64 for storing the original import files inside a project file. Where the
 * engine has the built-in Uint8Array base64 methods (Chromium, so the app) they are used —
 * for a district's files the hand-rolled version blocks the page for tens of milliseconds
 * on every save; elsewhere web-standard btoa/atob in chunks. An import file's bytes never
 * change, so the same bytes are encoded once (repeated saves from the page; the worker's
 * autosave receives a fresh copy each time).
 */
type NativeBytes = Uint8Array & { toBase64?: () => string };
type NativeFrom = { fromBase64?: (text: string) => Uint8Array };

const encoded = new WeakMap<Uint8Array, string>();

export function toBase64(bytes: Uint8Array, { native = true } = {}): string {
  const known = encoded.get(bytes);
  if (known !== undefined && native) return known;
  const builtIn = (bytes as NativeBytes).toBase64;
  let text: string;
  if (native && typeof builtIn === 'function') text = builtIn.call(bytes);
  else {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    text = btoa(binary);
  }
  if (native) encoded.set(bytes, text);
  return text;
}

export function fromBase64(text: string, { native = true } = {}): Uint8Array {
  const builtIn = (Uint8Array as unknown as NativeFrom).fromBase64;
  if (native && typeof builtIn === 'function') return builtIn(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
