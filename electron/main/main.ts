/**
 * Electron entry: one running Talkmap (a second start hands over its project file),
 * registers the app scheme, hardens every session and window, wires the IPC handlers and
 * the native menu, and opens the main window where the user left it.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, net, protocol, screen, session } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hostname, userInfo } from 'node:os';
import { APP_ORIGIN, APP_SCHEME, APP_SCHEME_PRIVILEGES, isAppUrl, resolveAppPath } from './app-protocol';
import { buildAppMenu, MENU_COMMAND_CHANNEL } from './app-menu';
import { hardenContents, hardenSession } from './harden-contents';
import { createHandle, isOwnTopFrame } from './ipc/handle';
import { createHandlers } from './ipc/handlers';
import { handleOpenRequests } from './open-requests';
import { hardenedWindowOptions } from './window-options';
import { reloadAfterCrash } from './crash-recovery';
import { ProjectStore } from '../node/project-store';
import { readSavedWindow, restorableWindow, writeSavedWindow } from '../node/window-bounds';
import { localeFromLanguage, type Locale } from '../../shared/i18n/translate';
import type { CommandId } from '../../shared/commands/command-list';

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

const rendererRoot = join(__dirname, '../renderer');
const dev = !app.isPackaged;

let window: BrowserWindow | null = null;
let windowReady = false;
const projects = new ProjectStore({
  dataDir: app.getPath('userData'),
  user: userInfo().username,
  host: hostname(),
  pid: process.pid,
  addRecentDocument: (path) => app.addRecentDocument(path),
});

/** A project file the system asked us to open: kept in the store; the page is told once it is there. */
function openIncoming(path: string): void {
  projects.setIncoming(path);
  if (window && windowReady) window.webContents.send('project:incoming', null);
}

function setMenu(locale: Locale, enabled: ReadonlySet<CommandId>): void {
  buildAppMenu(Menu, { locale, platform: process.platform, enabled, dev }, (id) => window?.webContents.send(MENU_COMMAND_CHANNEL, id));
}

function registerIpc(): void {
  const handle = createHandle(ipcMain, { isTrustedSender: (event) => isOwnTopFrame(event, isAppUrl) });
  const handlers = createHandlers({
    projects,
    dialog,
    appInfo: () => ({ version: app.getVersion(), locale: app.getLocale(), platform: process.platform, systemLocale: app.getSystemLocale() }),
    setMenu,
  });
  handle('app:get-info', handlers.getInfo);
  handle('app:set-menu', handlers.setMenu);
  handle('file:open-import', handlers.openImportFiles);
  handle('file:open-log', handlers.openLogFile);
  handle('file:save-export', handlers.saveExport);
  handle('project:save', handlers.saveProject);
  handle('project:open', handlers.openProject);
  handle('project:opened', handlers.confirmOpenProject);
  handle('project:resume', handlers.resumeProject);
  handle('project:recent', handlers.recentProjects);
  handle('project:close', handlers.closeProject);
  handle('project:autosave', handlers.autosaveProject);
  handle('project:recovery', handlers.recoverProject);
  handle('project:delete', handlers.deleteProject);
  handle('report:save-pdf', handlers.saveReportPdf);
}

async function createWindow(): Promise<void> {
  const saved = restorableWindow(
    await readSavedWindow(app.getPath('userData')),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const created = new BrowserWindow(
    hardenedWindowOptions(join(__dirname, '../preload/preload.cjs'), { devTools: dev, bounds: saved?.bounds ?? null, dark: nativeTheme.shouldUseDarkColors }),
  );
  window = created;
  hardenContents(created.webContents, isAppUrl);
  created.once('ready-to-show', () => {
    if (saved?.maximized) created.maximize();
    created.show();
  });
  created.webContents.on('did-finish-load', () => {
    windowReady = true;
    // A file double-clicked before the page was there.
    if (projects.hasIncoming) created.webContents.send('project:incoming', null);
  });
  created.on('close', () => {
    void writeSavedWindow(app.getPath('userData'), { bounds: created.getNormalBounds(), maximized: created.isMaximized() }).catch(() => undefined);
  });
  created.on('closed', () => {
    if (window === created) {
      window = null;
      windowReady = false;
    }
  });
  reloadAfterCrash(created.webContents);
  void created.loadURL(`${APP_ORIGIN}/index.html`);
}

const running = handleOpenRequests({
  app,
  open: openIncoming,
  focus: () => {
    // A Mac app lives on with no window: a double-clicked project opens one.
    if (!window) {
      if (app.isReady()) void createWindow();
      return;
    }
    if (window.isMinimized()) window.restore();
    window.focus();
  },
  argv: process.argv,
  cwd: process.cwd(),
});

if (running) {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, isAppUrl));

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    protocol.handle(APP_SCHEME, (request) => {
      const path = resolveAppPath(rendererRoot, request.url);
      if (!path) return new Response('Not found', { status: 404 });
      return net.fetch(pathToFileURL(path).toString());
    });
    registerIpc();
    // Until the page says its language and commands: the system's language, nothing enabled yet.
    setMenu(localeFromLanguage(app.getLocale()), new Set());
    void createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void createWindow();
    });
  });

  // The lock goes with the app (synchronously: an async release would not finish before the
  // process ends, and colleagues on a shared drive would see the project as open for a day).
  app.on('will-quit', () => {
    projects.releaseNow();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
