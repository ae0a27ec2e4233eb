/**
 * Atomic file writes: write a temp file beside the target, fsync it, then rename over
 * the target. A crash mid-write leaves the old file intact; a failed write (a full disk,
 * no permission) removes its temp file, and temp files left by an earlier crash are
 * removed before the next write. Windows can refuse a rename for a moment when a virus
 * scanner or indexer holds the file, so renames retry briefly. With `backup`, the file
 * being replaced becomes `<target>.bak` the same way (copied to a temp, then renamed), so
 * a failure at any step keeps the previous backup.
 */
import { copyFile, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  retries?: number;
  retryDelayMs?: number;
  /** Keep the file being replaced as `<target>.bak` (projects). */
  backup?: boolean;
}

/** A temp file is stale (left by a crash) after this long; a younger one may be another save in progress. */
export const STALE_TEMP_MS = 60_000;

const tempPrefix = (target: string): string => `.${basename(target)}.`;
const tempName = (target: string): string =>
  join(dirname(target), `${tempPrefix(target)}${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}.tmp`);

/** Removes temp files of `target` (and of its .bak) left by an earlier, interrupted write. Returns their names. */
export async function removeStaleTemps(target: string, now = Date.now()): Promise<string[]> {
  const dir = dirname(target);
  const prefixes = [tempPrefix(target), tempPrefix(`${target}.bak`)];
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.endsWith('.tmp') || !prefixes.some((p) => name.startsWith(p))) continue;
    try {
      if (now - (await stat(join(dir, name))).mtimeMs < STALE_TEMP_MS) continue;
      await rm(join(dir, name), { force: true });
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return removed;
}

async function writeTemp(target: string, content: string | Uint8Array): Promise<string> {
  const temp = tempName(target);
  try {
    const handle = await open(temp, 'w', 0o600);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return temp;
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Copies the current file to `<target>.bak` through a temp file: the old .bak stays until the new one is complete. */
async function backUp(target: string, retries: number, delayMs: number): Promise<void> {
  const bak = `${target}.bak`;
  const temp = tempName(bak);
  try {
    await copyFile(target, temp);
  } catch (error) {
    await rm(temp, { force: true });
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    await renameWithRetry(temp, bak, retries, delayMs);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export async function atomicWrite(target: string, content: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const retries = options.retries ?? 5;
  const delayMs = options.retryDelayMs ?? 50;
  await removeStaleTemps(target);
  const temp = await writeTemp(target, content);
  try {
    if (options.backup) await backUp(target, retries, delayMs);
    await renameWithRetry(temp, target, retries, delayMs);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

async function renameWithRetry(from: string, to: string, retries: number, delayMs: number): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= retries || (code !== 'EPERM' && code !== 'EBUSY' && code !== 'EACCES')) throw error;
      await new Promise((r) => setTimeout(r, delayMs * (attempt + 1)));
    }
  }
}
