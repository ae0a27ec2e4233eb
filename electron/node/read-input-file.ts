/**
 * Reads a file the user chose, refusing ones too large to be a survey export, so a
 * mistaken pick (a video, a disk image) gives a message instead of a frozen app.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_FILE_BYTES } from '../../shared/ipc/contract';

export class FileTooLargeError extends Error {
  constructor(
    readonly file: string,
    readonly bytes: number,
    readonly limit = MAX_FILE_BYTES,
  ) {
    super(`${file} is ${Math.round(bytes / 1024 / 1024)} MB; Talkmap reads files up to ${limit / 1024 / 1024} MB.`);
  }
}

export async function readInputFile(path: string, limit = MAX_FILE_BYTES): Promise<{ name: string; bytes: Uint8Array }> {
  const info = await stat(path);
  if (info.size > limit) throw new FileTooLargeError(basename(path), info.size, limit);
  const buffer = await readFile(path);
  return { name: basename(path), bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
}
