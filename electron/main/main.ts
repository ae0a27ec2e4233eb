/**
 * Electron entry: registers the app scheme, hardens every session and window, wires the
 * IPC handlers, and opens the main window on the app's own URL.
 */
import { app, BrowserWindow, dialog, ipcMain, net, protocol, session } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_ORIGIN, APP_SCHEME, APP_SCHEME_PRIVILEGES, isAppUrl, resolveAppPath } from './app-protocol';
import { hardenContents, hardenSession } from './harden-contents';
import { createHandle, isOwnTopFrame } from './ipc/handle';
import { createHandlers } from './ipc/handlers';
import { hardenedWindowOptions } from './window-options';
import { reloadAfterCrash } from './crash-recovery';
import { ProjectStore } from '../node/project-store';
import { hostname, userInfo } from 'node:os';

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

const rendererRoot = join(__dirname, '../renderer');

let projects: ProjectStore | null = null;

function registerIpc(): void {
  const handle = createHandle(ipcMain, { isTrustedSender: (event) => isOwnTopFrame(event, isAppUrl) });
  projects = new ProjectStore({ dataDir: app.getPath('userData'), user: userInfo().username, host: hostname(), pid: process.pid });
  const handlers = createHandlers({
    projects,
    dialog,
    appInfo: () => ({ version: app.getVersion(), locale: app.getLocale(), platform: process.platform }),
  });
  handle('app:get-info', handlers.getInfo);
  handle('file:open-import', handlers.openImportFiles);
  handle('file:open-log', handlers.openLogFile);
  handle('file:save-export', handlers.saveExport);
  handle('project:save', handlers.saveProject);
  handle('project:open', handlers.openProject);
  handle('project:recent', handlers.recentProjects);
  handle('project:close', handlers.closeProject);
  handle('project:autosave', handlers.autosaveProject);
  handle('project:recovery', handlers.recoverProject);
  handle('project:delete', handlers.deleteProject);
  handle('report:save-pdf', handlers.saveReportPdf);
}

function createWindow(): void {
  const window = new BrowserWindow(hardenedWindowOptions(join(__dirname, '../preload/preload.cjs')));
  hardenContents(window.webContents, isAppUrl);
  window.once('ready-to-show', () => window.show());
  reloadAfterCrash(window.webContents);
  void window.loadURL(`${APP_ORIGIN}/index.html`);
}

app.on('web-contents-created', (_event, contents) => hardenContents(contents, isAppUrl));

void app.whenReady().then(() => {
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, (request) => {
    const path = resolveAppPath(rendererRoot, request.url);
    if (!path) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(path).toString());
  });
  registerIpc();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('will-quit', () => {
  void projects?.release();
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
