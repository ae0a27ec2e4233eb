/**
 * The web implementation of the host API: a hidden file input for opening, a Blob
 * download for saving. Files are read in the browser; nothing is uploaded.
 */
import type { TalkmapApi } from '../../shared/ipc/api';
import { MAX_FILE_BYTES, MAX_LOG_BYTES } from '../../shared/ipc/contract';
import { fail, ok } from '../../shared/ipc/result';

export async function readBrowserFiles(list: FileList | File[]): Promise<{ name: string; bytes: Uint8Array }[]> {
  const files = [...list];
  const tooLarge = files.find((f) => f.size > MAX_FILE_BYTES);
  if (tooLarge) throw new Error(`${tooLarge.name}: ${Math.round(tooLarge.size / 1024 / 1024)} MB > ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

function pickFiles(accept: string, multiple: boolean): Promise<FileList | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    input.accept = accept;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      input.remove();
      resolve(input.files && input.files.length > 0 ? input.files : null);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.appendChild(input);
    input.click();
  });
}

function download(name: string, content: string | Uint8Array): void {
  const blob = new Blob([typeof content === 'string' ? content : new Uint8Array(content)]);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * In a browser the crash copy lives in this browser's localStorage (on this computer
 * only); a project too large for it is simply not autosaved.
 */
const AUTOSAVE_KEY = 'talkmap.autosave';

/** The answer for a file over the limit, with what the page's message needs. */
function tooLarge(file: File, limit: number) {
  return fail('too-large', file.name, { file: file.name, size: String(Math.round(file.size / 1024 / 1024)), limit: String(limit / 1024 / 1024) });
}

export function createWebHost(): TalkmapApi {
  let opening: string | null = null;
  return {
    // A browser has no file paths: no recent list, no lock files.
    recentProjects: async () => ok({ files: [] }),
    closeProject: async () => ok({}),
    autosaveProject: async ({ name, content }) => {
      try {
        localStorage.setItem(AUTOSAVE_KEY, JSON.stringify({ name, savedAt: new Date().toISOString(), content }));
      } catch {
        localStorage.removeItem(AUTOSAVE_KEY);
      }
      return ok({});
    },
    recoverProject: async ({ discard }) => {
      const saved = localStorage.getItem(AUTOSAVE_KEY);
      if (discard || !saved) {
        localStorage.removeItem(AUTOSAVE_KEY);
        return ok({ file: null });
      }
      try {
        const { name, savedAt, content } = JSON.parse(saved) as { name: string; savedAt: string; content: string };
        return ok({ file: { name, savedAt, text: content } });
      } catch {
        localStorage.removeItem(AUTOSAVE_KEY);
        return ok({ file: null });
      }
    },
    deleteProject: async () => {
      const had = localStorage.getItem(AUTOSAVE_KEY) !== null;
      localStorage.removeItem(AUTOSAVE_KEY);
      return ok({ removed: had ? ['autosave'] : [] });
    },
    // In a browser the report goes through the print dialog ("Save as PDF").
    saveReportPdf: async () => {
      window.print();
      return ok({ saved: false, fileName: null });
    },
    saveProject: async ({ suggestedName, content }) => {
      download(suggestedName, content);
      localStorage.removeItem(AUTOSAVE_KEY);
      return ok({ saved: true, fileName: suggestedName });
    },
    openProject: async ({ incoming }) => {
      // A browser is never asked to open a file by the system.
      if (incoming) return ok({ file: null });
      const list = await pickFiles('.talkmap,.bak,application/json', false);
      const file = list?.[0];
      if (!file) return ok({ file: null });
      if (file.size > MAX_FILE_BYTES) return tooLarge(file, MAX_FILE_BYTES);
      opening = file.name;
      return ok({ file: { name: file.name, text: await file.text() } });
    },
    // Saving in a browser is always a download: the name is only shown.
    confirmOpenProject: async () => {
      const fileName = opening;
      opening = null;
      return ok({ fileName, lockedBy: null, copy: false, token: null });
    },
    resumeProject: async () => ok({ fileName: null }),
    // A browser has its own menu; commands come from the page's buttons and keys.
    setMenu: async () => ok({}),
    onMenuCommand: () => () => undefined,
    onIncomingProject: () => () => undefined,
    getInfo: async () => ok({ version: 'web', locale: navigator.language, platform: 'web', systemLocale: navigator.languages?.[0] ?? navigator.language }),
    openImportFiles: async () => {
      const list = await pickFiles('.csv,.tsv,.txt,.xlsx,text/csv,text/plain', true);
      if (!list) return ok({ files: [] });
      if (list.length > 2) return fail('too-many-files', 'too many files');
      const large = [...list].find((f) => f.size > MAX_FILE_BYTES);
      if (large) return tooLarge(large, MAX_FILE_BYTES);
      try {
        return ok({ files: await readBrowserFiles(list) });
      } catch (error) {
        return fail('unreadable', error instanceof Error ? error.message : String(error));
      }
    },
    openLogFile: async () => {
      const list = await pickFiles('.csv,.tsv,.txt,.log,text/csv,text/plain', false);
      const file = list?.[0];
      if (!file) return ok({ file: null });
      if (file.size > MAX_LOG_BYTES) return tooLarge(file, MAX_LOG_BYTES);
      return ok({ file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } });
    },
    saveExport: async ({ suggestedName, content }) => {
      download(suggestedName, content);
      return ok({ saved: true, fileName: suggestedName });
    },
  };
}
