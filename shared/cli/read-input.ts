/**
 * The files named on the command line, read — or refused with a translated reason (not
 * there, no permission, a folder) instead of the system's code. The one place the CLI turns
 * a failed read into a message.
 */
import { ImportError } from '../import/roster';
import type { InputFile } from '../import/import-files';
import type { MessageKey } from '../i18n/messages-en';

const READ_FAILURES: Readonly<Record<string, MessageKey>> = {
  ENOENT: 'cli.error.read.ENOENT',
  ENOTDIR: 'cli.error.read.ENOENT',
  EACCES: 'cli.error.read.EACCES',
  EPERM: 'cli.error.read.EACCES',
  EISDIR: 'cli.error.read.EISDIR',
};

function refusal(path: string, error: unknown): ImportError {
  const code = (error as { code?: unknown } | null)?.code;
  const key = typeof code === 'string' ? READ_FAILURES[code] : undefined;
  if (key) return new ImportError(key, { file: path });
  return new ImportError('import.error.unreadable', {
    file: path,
    reason: typeof code === 'string' ? code : error instanceof Error ? error.message : String(error),
  });
}

export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function readBytes(readFile: (path: string) => Uint8Array, path: string): Uint8Array {
  try {
    return readFile(path);
  } catch (error) {
    throw refusal(path, error);
  }
}

export function readNamedFile(readFile: (path: string) => Uint8Array, path: string): InputFile {
  return { name: fileName(path), bytes: readBytes(readFile, path) };
}

/** A file read in pieces (an interaction log): a failure to open or read it is refused the same way. */
export async function* readPieces(pieces: AsyncIterable<Uint8Array>, path: string): AsyncGenerator<Uint8Array> {
  try {
    yield* pieces;
  } catch (error) {
    throw refusal(path, error);
  }
}
