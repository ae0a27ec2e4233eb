/**
 * A large answer from the worker, sent in parts. The page takes a worker message in one go
 * — copying a 5,000-person analysis (15 MB: every person's figures, 62,500 group pairs,
 * thousands of findings) into the page blocks it for well over 100 ms. So the worker sends
 * the large lists in slices of about a megabyte first, each its own message the page takes
 * in a few milliseconds between other work, and then the answer without them; the client
 * puts the lists back before anyone sees the answer. Pure, so it is unit-tested.
 */

/** A slice of one of the large lists, at `path` inside the answer. */
export interface ResultPart {
  path: readonly string[];
  items: unknown[];
}

/** About this many bytes (as JSON) per part. */
export const PART_BYTES = 1_000_000;

type Obj = Record<string, unknown>;

/** Bytes per item, estimated from a few items spread over the list. */
function bytesPerItem(items: readonly unknown[]): number {
  const step = Math.max(1, Math.floor(items.length / 16));
  let bytes = 0;
  let seen = 0;
  for (let i = 0; i < items.length && seen < 16; i += step, seen++) bytes += JSON.stringify(items[i])?.length ?? 8;
  return Math.max(1, bytes / Math.max(1, seen));
}

/**
 * The answer with the lists at `paths` emptied (copied along the way, the original is not
 * touched), and those lists in parts of about `partBytes` each, in order. Short lists stay.
 */
export function splitLargeLists<T extends object>(value: T, paths: readonly (readonly string[])[], partBytes = PART_BYTES): { rest: T; parts: ResultPart[] } {
  const rest = { ...(value as Obj) };
  const parts: ResultPart[] = [];
  for (const path of paths) {
    let holder: Obj = rest;
    for (const key of path.slice(0, -1)) {
      const inner = holder[key];
      if (!inner || typeof inner !== 'object') {
        holder = {};
        break;
      }
      holder = holder[key] = { ...(inner as Obj) };
    }
    const last = path.at(-1) as string;
    const list = holder[last];
    if (!Array.isArray(list) || list.length < 2) continue;
    const perPart = Math.max(1, Math.floor(partBytes / bytesPerItem(list)));
    if (perPart >= list.length) continue;
    for (let i = 0; i < list.length; i += perPart) parts.push({ path, items: list.slice(i, i + perPart) });
    holder[last] = [];
  }
  return { rest: rest as T, parts };
}

/** Puts the parts back into `rest` (in place) and returns it. */
export function joinLists<T extends object>(rest: T, parts: readonly ResultPart[]): T {
  for (const { path, items } of parts) {
    let holder = rest as Obj;
    for (const key of path.slice(0, -1)) holder = holder[key] as Obj;
    const list = holder[path.at(-1) as string] as unknown[];
    for (const item of items) list.push(item);
  }
  return rest;
}
