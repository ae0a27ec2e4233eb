/**
 * The IPC handlers, each a few lines over injected Electron pieces so they run in unit
 * tests with fakes. File access only goes through main's own dialogs: the renderer
 * never names a path.
 */
import type { Dialog } from 'electron';
import { basename, dirname } from 'node:path';
import { atomicWrite } from '../../node/atomic-write';
import { MAX_LOG_BYTES } from '../../../shared/ipc/contract';
import type { ProjectStore } from '../../node/project-store';
import { FileTooLargeError, readInputFile } from '../../node/read-input-file';
import { fileError } from '../../node/file-error';
import type { CommandId } from '../../../shared/commands/command-list';
import type { Locale } from '../../../shared/i18n/translate';
import { HandlerError, type Handler } from './handle';

/** A failed read or write as a translatable error (host.error.fs.ENOSPC …, host.error.too-large). */
function asHandlerError(error: unknown, path: string): HandlerError {
  if (error instanceof HandlerError) return error;
  if (error instanceof FileTooLargeError)
    return new HandlerError('too-large', error.message, {
      file: error.file,
      size: String(Math.round(error.bytes / 1024 / 1024)),
      limit: String(Math.round(error.limit / 1024 / 1024)),
    });
  const info = fileError(error, path);
  return new HandlerError(info.code, info.message, info.params);
}

async function guarded<T>(path: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asHandlerError(error, path);
  }
}

export const REPORT_PDF_OPTIONS = {
  pageSize: 'A4' as const,
  printBackground: true,
  // The footer with page numbers is drawn in the bottom margin, so the margins must be set (inches).
  margins: { top: 0.7, bottom: 0.8, left: 0.6, right: 0.6 },
  displayHeaderFooter: true,
  headerTemplate: '<span></span>',
  footerTemplate:
    '<div style="font-size:8px;width:100%;text-align:center;color:#57606a"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
};

export interface HandlerDeps {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  appInfo: () => { version: string; locale: string; platform: string; systemLocale?: string };
  /** Open project, locks, recent files, autosave (electron/node/project-store.ts). */
  projects: ProjectStore;
  write?: typeof atomicWrite;
  read?: typeof readInputFile;
  /** Rebuilds the native menu (language, which commands can run); absent in tests that do not need it. */
  setMenu?: (locale: Locale, enabled: ReadonlySet<CommandId>) => void;
}

export function createHandlers(deps: HandlerDeps) {
  const write = deps.write ?? atomicWrite;
  const read = deps.read ?? readInputFile;
  const getInfo: Handler<'app:get-info'> = async () => deps.appInfo();
  const openImportFiles: Handler<'file:open-import'> = async () => {
    const picked = await deps.dialog.showOpenDialog({
      properties: ['openFile', 'multiSelections'],
      filters: [{ name: 'Survey export / roster', extensions: ['csv', 'tsv', 'txt', 'xlsx'] }],
    });
    if (picked.canceled) return { files: [] };
    if (picked.filePaths.length > 2) throw new HandlerError('too-many-files', 'Choose one survey export and at most one roster.');
    return { files: await Promise.all(picked.filePaths.map((p) => guarded(p, () => read(p)))) };
  };
  const openLogFile: Handler<'file:open-log'> = async () => {
    const picked = await deps.dialog.showOpenDialog({
      properties: ['openFile'],
      filters: [{ name: 'Interaction log', extensions: ['csv', 'tsv', 'txt', 'log'] }],
    });
    const path = picked.filePaths[0];
    if (picked.canceled || !path) return { file: null };
    return { file: await guarded(path, () => read(path, MAX_LOG_BYTES)) };
  };
  const saveExport: Handler<'file:save-export'> = async (request) => {
    const picked = await deps.dialog.showSaveDialog({ defaultPath: request.suggestedName });
    const path = picked.filePath;
    if (picked.canceled || !path) return { saved: false, fileName: null };
    await guarded(path, () => write(path, request.content));
    return { saved: true, fileName: basename(path) };
  };
  const projectFilter = [{ name: 'Talkmap project', extensions: ['talkmap'] }];
  const { projects } = deps;
  const saveProject: Handler<'project:save'> = async (request) => {
    let target = request.saveAs ? null : projects.currentPath;
    if (!target) {
      const picked = await deps.dialog.showSaveDialog({ defaultPath: request.suggestedName, filters: projectFilter });
      if (picked.canceled || !picked.filePath) return { saved: false, fileName: null };
      target = picked.filePath;
    }
    const path = target;
    // "Save as" onto a project someone else has open would overwrite their work and take their lock.
    if (path !== projects.currentPath) {
      const other = await projects.otherHolder(path);
      if (other) throw new HandlerError('locked', `${basename(path)} is open elsewhere`, { file: basename(path), user: other.user, host: other.host });
    }
    await guarded(path, () => write(path, request.content, { backup: true }));
    if (path !== projects.currentPath) await projects.opened(path);
    // Saved: the crash copy is no longer needed.
    await projects.discardAutosave();
    return { saved: true, fileName: basename(path), token: projects.tokenOf(path) };
  };
  const openProject: Handler<'project:open'> = async (request) => {
    let path: string | undefined | null;
    if (request.incoming) {
      path = projects.takeIncoming();
      if (!path) return { file: null };
    } else if (request.recent !== undefined) {
      path = (await projects.recent())[request.recent];
      if (!path) throw new HandlerError('not-found', 'That project is no longer there.');
    } else {
      const picked = await deps.dialog.showOpenDialog({ properties: ['openFile'], filters: [...projectFilter, { name: 'Backup', extensions: ['bak'] }] });
      if (picked.canceled || !picked.filePaths[0]) return { file: null };
      path = picked.filePaths[0];
    }
    const from = path;
    const file = await guarded(from, () => read(from));
    // Not yet the open project: only when the page confirms it could read it (project:opened).
    projects.setPending(from);
    return { file: { name: file.name, text: new TextDecoder('utf-8').decode(file.bytes) } };
  };
  const confirmOpenProject: Handler<'project:opened'> = async () => {
    const opened = await projects.confirmPending();
    return {
      fileName: opened.fileName,
      copy: opened.copy,
      token: opened.token,
      lockedBy: opened.lockedBy ? { user: opened.lockedBy.user, host: opened.lockedBy.host, since: opened.lockedBy.since } : null,
    };
  };
  const resumeProject: Handler<'project:resume'> = async (request) => ({ fileName: await projects.resume(request.token) });
  const setMenu: Handler<'app:set-menu'> = async (request) => {
    deps.setMenu?.(request.locale, new Set(request.enabled as CommandId[]));
    return {};
  };
  const recentProjects: Handler<'project:recent'> = async () => ({ files: (await projects.recent()).map((p) => ({ name: basename(p), folder: dirname(p) })) });
  const closeProject: Handler<'project:close'> = async () => {
    await projects.release();
    return {};
  };
  const autosaveProject: Handler<'project:autosave'> = async (request) => {
    await guarded(projects.autosaveFile, () => projects.writeAutosave(request.name, request.content));
    return {};
  };
  const recoverProject: Handler<'project:recovery'> = async (request) => {
    if (request.discard) {
      await projects.discardAutosave();
      return { file: null };
    }
    const saved = await projects.readAutosave();
    return { file: saved ? { name: saved.name, savedAt: saved.savedAt, text: saved.content } : null };
  };
  const deleteProject: Handler<'project:delete'> = async () => ({ removed: await projects.deleteCurrent() });
  // The report is the window's own print view (print.css), printed to an A4 PDF with page numbers.
  const saveReportPdf: Handler<'report:save-pdf'> = async (request, event) => {
    const picked = await deps.dialog.showSaveDialog({ defaultPath: request.suggestedName, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    const path = picked.filePath;
    if (picked.canceled || !path) return { saved: false, fileName: null };
    const pdf = await event.sender.printToPDF(REPORT_PDF_OPTIONS);
    await guarded(path, () => write(path, new Uint8Array(pdf)));
    return { saved: true, fileName: basename(path) };
  };
  return {
    getInfo,
    openImportFiles,
    openLogFile,
    saveExport,
    saveProject,
    openProject,
    confirmOpenProject,
    resumeProject,
    setMenu,
    recentProjects,
    closeProject,
    autosaveProject,
    recoverProject,
    deleteProject,
    saveReportPdf,
  };
}
