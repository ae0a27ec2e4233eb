/**
 * Atomic file writes: write a temp file beside the target, fsync it, then rename over
 * the target. A crash mid-write leaves the old file intact. Windows can refuse a rename
 * for a moment when a virus scanner or indexer holds the file, so renames retry briefly.
 */
import { copyFile, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  retries?: number;
  retryDelayMs?: number;
  /** Keep the file being replaced as `<target>.bak` (projects). */
  backup?: boolean;
}

export async function atomicWrite(target: string, content: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  const handle = await open(temp, 'w', 0o600);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    if (options.backup) await copyFile(target, `${target}.bak`).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await renameWithRetry(temp, target, options.retries ?? 5, options.retryDelayMs ?? 50);
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
