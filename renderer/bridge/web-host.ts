/**
 * The web implementation of the host API: a hidden file input for opening, a Blob
 * download for saving. Files are read in the browser; nothing is uploaded.
 */
import type { TalkmapApi } from '../../shared/ipc/api';
import { MAX_FILE_BYTES } from '../../shared/ipc/contract';
import { fail, ok } from '../../shared/ipc/result';

export async function readBrowserFiles(list: FileList | File[]): Promise<{ name: string; bytes: Uint8Array }[]> {
  const files = [...list];
  const tooLarge = files.find((f) => f.size > MAX_FILE_BYTES);
  if (tooLarge) throw new Error(`${tooLarge.name}: ${Math.round(tooLarge.size / 1024 / 1024)} MB > ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

export function createWebHost(): TalkmapApi {
  return {
    getInfo: async () => ok({ version: 'web', locale: navigator.language, platform: 'web' }),
    openImportFiles: () =>
      new Promise((resolve) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.multiple = true;
        input.accept = '.csv,.tsv,.txt,.xlsx,text/csv,text/plain';
        input.dataset.testid = 'web-file-input';
        input.style.display = 'none';
        input.addEventListener('change', () => {
          const list = input.files;
          input.remove();
          if (!list || list.length === 0) return resolve(ok({ files: [] }));
          if (list.length > 2) return resolve(fail('too-many-files', 'too many files'));
          readBrowserFiles(list).then(
            (files) => resolve(ok({ files })),
            (error: unknown) => resolve(fail('unreadable', error instanceof Error ? error.message : String(error))),
          );
        });
        input.addEventListener('cancel', () => {
          input.remove();
          resolve(ok({ files: [] }));
        });
        document.body.appendChild(input);
        input.click();
      }),
    saveExport: async ({ suggestedName, content }) => {
      const blob = new Blob([typeof content === 'string' ? content : new Uint8Array(content)]);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = suggestedName;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      return ok({ saved: true, fileName: suggestedName });
    },
  };
}
