/**
 * JSON written in pieces, as `JSON.stringify(value, null, 2)` would write it as a whole (byte for
 * byte; tested): the top two levels of objects and arrays are walked, each element (a person, a
 * finding) stringified on its own, and the pieces sent out in blocks — a 5,000-person analysis is never one 40 MB string.
 */

const BLOCK = 1 << 16;

/** Sends `value` as indented JSON through `write`, in blocks of about 64 kB, ending with a newline. */
export function writeJson(value: unknown, write: (text: string) => void): void {
  let buffer = '';
  for (const piece of pieces(value, '', 2)) {
    buffer += piece;
    if (buffer.length >= BLOCK) {
      write(buffer);
      buffer = '';
    }
  }
  write(`${buffer}\n`);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
/** What JSON.stringify leaves out of an object (and writes as null in an array). */
const omitted = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function* pieces(value: unknown, indent: string, depth: number): Generator<string> {
  const inner = `${indent}  `;
  if (depth > 0 && Array.isArray(value) && value.length > 0) {
    yield '[\n';
    for (let i = 0; i < value.length; i++) {
      yield inner;
      const element: unknown = value[i];
      if (omitted(element)) yield 'null';
      else yield* pieces(element, inner, depth - 1);
      yield i < value.length - 1 ? ',\n' : '\n';
    }
    yield `${indent}]`;
    return;
  }
  if (depth > 0 && isRecord(value)) {
    const keys = Object.keys(value).filter((k) => !omitted(value[k]));
    if (keys.length > 0) {
      yield '{\n';
      for (const [i, key] of keys.entries()) {
        yield `${inner}${JSON.stringify(key)}: `;
        yield* pieces(value[key], inner, depth - 1);
        yield i < keys.length - 1 ? ',\n' : '\n';
      }
      yield `${indent}}`;
      return;
    }
  }
  // A string never holds a raw line break in JSON, so re-indenting by lines is safe.
  yield (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`);
}
