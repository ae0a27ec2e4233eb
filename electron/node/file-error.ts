/**
 * A file system failure as an error the page can translate: a full disk, no permission,
 * a read-only drive, a file that is gone or in use each get their own code
 * (`host.error.fs.ENOSPC` …) with the file's name, instead of raw system text.
 */
import { basename } from 'node:path';

/** The system error codes that have their own message; any other is `fs.other`. */
export const FILE_ERROR_CODES = ['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'ENOENT', 'EISDIR', 'EBUSY', 'ENAMETOOLONG', 'EMFILE'] as const;

export interface FileErrorInfo {
  code: string;
  message: string;
  params: Record<string, string>;
}

export function fileError(error: unknown, path: string): FileErrorInfo {
  const system = (error as NodeJS.ErrnoException | null)?.code ?? '';
  const known = (FILE_ERROR_CODES as readonly string[]).includes(system);
  const code = system === 'EDQUOT' ? 'fs.ENOSPC' : known ? `fs.${system}` : 'fs.other';
  return {
    code,
    message: error instanceof Error ? error.message : String(error),
    params: { file: basename(path), detail: system || (error instanceof Error ? error.message : String(error)) },
  };
}
