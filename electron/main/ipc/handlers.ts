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
import { readInputFile } from '../../node/read-input-file';
import { HandlerError, type Handler } from './handle';

export const REPORT_PDF_OPTIONS = {
  pageSize: 'A4' as const,
  printBackground: true,
  // The footer with page numbers is drawn in the bottom margin, so the margins must be set (inches).
  margins: { top: 0.7, bottom: 0.8, left: 0.6, right: 0.6 },
  displayHeaderFooter: true,
  headerTemplate: '<span></span>',
  footerTemplate: '<div style="font-size:8px;width:100%;text-align:center;color:#57606a"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
};

export interface HandlerDeps {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  appInfo: () => { version: string; locale: string; platform: string };
  /** Open project, locks, recent files, autosave (electron/node/project-store.ts). */
  projects: ProjectStore;
  write?: typeof atomicWrite;
  read?: typeof readInputFile;
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
    try {
      return { files: await Promise.all(picked.filePaths.map((p) => read(p))) };
    } catch (error) {
      throw new HandlerError('unreadable', error instanceof Error ? error.message : String(error));
    }
  };
  const openLogFile: Handler<'file:open-log'> = async () => {
    const picked = await deps.dialog.showOpenDialog({ properties: ['openFile'], filters: [{ name: 'Interaction log', extensions: ['csv', 'tsv', 'txt', 'log'] }] });
    if (picked.canceled || !picked.filePaths[0]) return { file: null };
    try {
      return { file: await read(picked.filePaths[0], MAX_LOG_BYTES) };
    } catch (error) {
      throw new HandlerError('unreadable', error instanceof Error ? error.message : String(error));
    }
  };
  const saveExport: Handler<'file:save-export'> = async (request) => {
    const picked = await deps.dialog.showSaveDialog({ defaultPath: request.suggestedName });
    if (picked.canceled || !picked.filePath) return { saved: false, fileName: null };
    await write(picked.filePath, request.content);
    return { saved: true, fileName: basename(picked.filePath) };
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
    await write(target, request.content, { backup: true });
    if (target !== projects.currentPath) await projects.opened(target);
    // Saved: the crash copy is no longer needed.
    await projects.discardAutosave();
    return { saved: true, fileName: basename(target) };
  };
  const openProject: Handler<'project:open'> = async (request) => {
    let path: string | undefined;
    if (request.recent !== undefined) {
      path = (await projects.recent())[request.recent];
      if (!path) throw new HandlerError('not-found', 'That project is no longer there.');
    } else {
      const picked = await deps.dialog.showOpenDialog({ properties: ['openFile'], filters: [...projectFilter, { name: 'Backup', extensions: ['bak'] }] });
      if (picked.canceled || !picked.filePaths[0]) return { file: null, lockedBy: null };
      path = picked.filePaths[0];
    }
    let file: { name: string; bytes: Uint8Array };
    try {
      file = await read(path);
    } catch (error) {
      throw new HandlerError('unreadable', error instanceof Error ? error.message : String(error));
    }
    // A backup is opened as a copy: saving it asks for a name rather than overwriting the .bak.
    const other = path.endsWith('.bak') ? null : await projects.opened(path);
    if (path.endsWith('.bak')) await projects.release();
    return { file: { name: file.name, text: new TextDecoder('utf-8').decode(file.bytes) }, lockedBy: other ? { user: other.user, host: other.host, since: other.since } : null };
  };
  const recentProjects: Handler<'project:recent'> = async () => ({ files: (await projects.recent()).map((p) => ({ name: basename(p), folder: dirname(p) })) });
  const closeProject: Handler<'project:close'> = async () => {
    await projects.release();
    return {};
  };
  const autosaveProject: Handler<'project:autosave'> = async (request) => {
    await projects.writeAutosave(request.name, request.content);
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
    if (picked.canceled || !picked.filePath) return { saved: false, fileName: null };
    const pdf = await event.sender.printToPDF(REPORT_PDF_OPTIONS);
    await write(picked.filePath, new Uint8Array(pdf));
    return { saved: true, fileName: basename(picked.filePath) };
  };
  return { getInfo, openImportFiles, openLogFile, saveExport, saveProject, openProject, recentProjects, closeProject, autosaveProject, recoverProject, deleteProject, saveReportPdf };
}
