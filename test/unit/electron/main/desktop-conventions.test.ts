// What makes the desktop app behave like one, tested with Electron passed in: the native
// menu from the command table in the user's language, project files opened from argv,
// `open-file` and a second start (single-instance lock), the window's place restored
// only when it is on a screen, and the OS recent documents.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildAppMenu, menuItems } from '../../../../electron/main/app-menu';
import { handleOpenRequests, projectPathFromArgv } from '../../../../electron/main/open-requests';
import { restorableWindow, readSavedWindow, writeSavedWindow } from '../../../../electron/node/window-bounds';
import { ProjectStore } from '../../../../electron/node/project-store';
import { COMMANDS, type CommandId } from '../../../../shared/commands/command-list';
import { accelerator, menuTemplate, type MenuEntry } from '../../../../shared/commands/menu-template';

const all = new Set(COMMANDS.map((c) => c.id));
const commandsIn = (entries: MenuEntry[]): CommandId[] =>
  entries.flatMap((e) => (e.kind === 'command' ? [e.id] : e.kind === 'role' && e.submenu ? commandsIn(e.submenu) : []));

describe('native menu', () => {
  it('is in the user’s language, with the standard items and no developer tools in a packaged build', () => {
    const nl = menuTemplate({ locale: 'nl', platform: 'win32', enabled: all });
    expect(nl.map((s) => s.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
    const file = nl[0]!.entries;
    expect(file.filter((e) => e.kind !== 'separator').map((e) => e.label)).toEqual([
      'Enquête openen…',
      'Enquêtepakket maken…',
      'Project openen…',
      'Project opslaan',
      'Project opslaan als…',
      'Talkmap afsluiten',
    ]);
    const en = menuTemplate({ locale: 'en', platform: 'linux', enabled: all });
    expect(en.map((s) => s.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    const roles = en.flatMap((s) => s.entries).flatMap((e) => (e.kind === 'role' ? [e.role] : []));
    expect(roles).toEqual(expect.arrayContaining(['quit', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'togglefullscreen']));
    expect(roles).not.toContain('toggleDevTools');
    expect(JSON.stringify(en)).not.toMatch(/reload/i);
    expect(
      menuTemplate({ locale: 'en', platform: 'linux', enabled: all, dev: true })
        .flatMap((s) => s.entries)
        .some((e) => e.kind === 'role' && e.role === 'toggleDevTools'),
    ).toBe(true);
  });

  it('holds every command of the table, with its shortcut and whether it can run now', () => {
    const sections = menuTemplate({ locale: 'en', platform: 'linux', enabled: new Set<CommandId>(['project.open', 'survey.open']) });
    const entries = sections.flatMap((s) => s.entries);
    expect(new Set(commandsIn(entries))).toEqual(all);
    const save = entries.find((e) => e.kind === 'command' && e.id === 'project.save');
    expect(save).toMatchObject({ label: 'Save project', accelerator: 'CmdOrCtrl+S', enabled: false });
    expect(entries.find((e) => e.kind === 'command' && e.id === 'project.open')).toMatchObject({ accelerator: 'CmdOrCtrl+O', enabled: true });
    // Menu labels do not repeat the shortcut the menu shows beside them.
    expect(entries.find((e) => e.kind === 'command' && e.id === 'view.undo')).toMatchObject({ label: 'Undo' });
  });

  it('follows the Mac’s layout there: an application menu, Window, and recent documents', () => {
    const mac = menuTemplate({ locale: 'nl', platform: 'darwin', enabled: all });
    expect(mac.map((s) => s.role ?? s.label)).toEqual(['appMenu', 'Bestand', 'Bewerken', 'Beeld', 'windowMenu', 'help']);
    expect(mac[1]!.entries.some((e) => e.kind === 'role' && e.role === 'recentDocuments')).toBe(true);
    expect(mac[1]!.entries.some((e) => e.kind === 'role' && e.role === 'quit')).toBe(false);
    // Cmd+Z belongs to text fields there (the menu takes keys the page lets pass); the map's undo has no key in the menu.
    const edit = mac[2]!.entries;
    expect(edit.slice(0, 2).map((e) => (e.kind === 'role' ? e.role : null))).toEqual(['undo', 'redo']);
    expect(edit.find((e) => e.kind === 'command' && e.id === 'view.undo')).toMatchObject({ accelerator: null });
    // Elsewhere the map's undo shows its shortcut and text fields keep Ctrl+Z by themselves.
    const win = menuTemplate({ locale: 'nl', platform: 'win32', enabled: all })[1]!.entries;
    expect(win.find((e) => e.kind === 'command' && e.id === 'view.undo')).toMatchObject({ accelerator: 'CmdOrCtrl+Z' });
    expect(win.some((e) => e.kind === 'role' && e.role === 'undo')).toBe(false);
  });

  it('writes accelerators as Electron reads them', () => {
    expect(accelerator({ key: 's', mod: true, shift: true })).toBe('CmdOrCtrl+Shift+S');
    expect(accelerator({ key: 'ArrowRight' })).toBe('Right');
    expect(accelerator({ key: ' ' })).toBe('Space');
    expect(accelerator({ key: '/' })).toBe('/');
  });

  it('sends a clicked command to the page; shortcuts are shown, not registered (the page handles keys)', () => {
    const run = vi.fn();
    const items = menuItems({ locale: 'en', platform: 'linux', enabled: all }, run);
    const file = items[0]!.submenu as { id?: string; click?: () => void; registerAccelerator?: boolean; accelerator?: string }[];
    const save = file.find((i) => i.id === 'project.save')!;
    save.click!();
    expect(run).toHaveBeenCalledWith('project.save');
    expect(save).toMatchObject({ accelerator: 'CmdOrCtrl+S', registerAccelerator: false });
    const Menu = { buildFromTemplate: vi.fn((t: unknown) => ({ t })), setApplicationMenu: vi.fn() };
    buildAppMenu(Menu as never, { locale: 'nl', platform: 'linux', enabled: all }, run);
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
  });
});

describe('opening project files from the system', () => {
  const dir = mkdtempSync(join(tmpdir(), 'talkmap-open-'));
  const file = join(dir, 'school.talkmap');
  writeFileSync(file, '{}');

  it('finds the project among the arguments (relative to the working folder; flags and missing files skipped)', () => {
    expect(projectPathFromArgv(['/opt/Talkmap/talkmap', '--no-sandbox', file], '/')).toBe(file);
    expect(projectPathFromArgv(['talkmap', 'school.talkmap'], dir)).toBe(file);
    expect(projectPathFromArgv(['talkmap', '.'], dir)).toBeNull();
    expect(projectPathFromArgv(['talkmap', join(dir, 'gone.talkmap')], dir)).toBeNull();
    expect(projectPathFromArgv(['talkmap', 'notes.txt'], dir)).toBeNull();
  });

  function fakeApp(lock = true) {
    const on = new Map<string, (...args: unknown[]) => void>();
    return { app: { requestSingleInstanceLock: () => lock, quit: vi.fn(), on: (name: string, fn: (...args: unknown[]) => void) => on.set(name, fn) }, on };
  }

  it('opens a double-clicked project at start, from a second start, and from the Mac’s open-file', () => {
    const { app, on } = fakeApp();
    const open = vi.fn();
    const focus = vi.fn();
    expect(handleOpenRequests({ app: app as never, open, focus, argv: ['talkmap', file], cwd: '/' })).toBe(true);
    expect(open).toHaveBeenLastCalledWith(file);
    on.get('second-instance')!({}, ['talkmap', 'school.talkmap'], dir);
    expect(open).toHaveBeenCalledTimes(2);
    expect(focus).toHaveBeenCalledTimes(1);
    const preventDefault = vi.fn();
    on.get('open-file')!({ preventDefault }, file);
    expect(preventDefault).toHaveBeenCalled();
    expect(open).toHaveBeenCalledTimes(3);
  });

  it('a second Talkmap hands over and quits (single-instance lock)', () => {
    const { app } = fakeApp(false);
    const open = vi.fn();
    expect(handleOpenRequests({ app: app as never, open, focus: vi.fn(), argv: ['talkmap', file], cwd: '/' })).toBe(false);
    expect(app.quit).toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
  });

  it('releases its lock at once when the app quits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'talkmap-quit-'));
    const path = join(dir, 'school.talkmap');
    writeFileSync(path, '{}');
    const projects = new ProjectStore({ dataDir: mkdtempSync(join(tmpdir(), 'talkmap-data-')), user: 'a', host: 'h', pid: process.pid });
    await projects.opened(path);
    expect(existsSync(`${path}.lock`)).toBe(true);
    projects.releaseNow();
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('adds opened and saved projects to the system’s recent documents', async () => {
    const addRecentDocument = vi.fn();
    const projects = new ProjectStore({ dataDir: mkdtempSync(join(tmpdir(), 'talkmap-data-')), user: 'a', host: 'h', pid: process.pid, addRecentDocument });
    await projects.opened(file);
    expect(addRecentDocument).toHaveBeenCalledWith(file);
  });
});

describe('window place and size', () => {
  const screens = [{ x: 0, y: 0, width: 1920, height: 1040 }];

  it('restores a window that is on a screen, maximised or not', () => {
    expect(restorableWindow({ bounds: { x: 100, y: 50, width: 1300, height: 800 }, maximized: true }, screens)).toEqual({
      bounds: { x: 100, y: 50, width: 1300, height: 800 },
      maximized: true,
    });
  });

  it('uses the default when the screen it was on is gone, or the file is damaged', () => {
    expect(restorableWindow({ bounds: { x: 2500, y: 100, width: 1300, height: 800 }, maximized: false }, screens)).toBeNull();
    expect(restorableWindow({ bounds: { x: 100, y: -900, width: 1300, height: 800 }, maximized: false }, screens)).toBeNull();
    expect(restorableWindow({ bounds: { x: 'a' } }, screens)).toBeNull();
    expect(restorableWindow(null, screens)).toBeNull();
  });

  it('keeps the minimum size, and is written and read back atomically', async () => {
    expect(restorableWindow({ bounds: { x: 0, y: 0, width: 300, height: 200 }, maximized: false }, screens)?.bounds).toEqual({
      x: 0,
      y: 0,
      width: 1024,
      height: 640,
    });
    const dataDir = mkdtempSync(join(tmpdir(), 'talkmap-win-'));
    expect(await readSavedWindow(dataDir)).toBeNull();
    await writeSavedWindow(dataDir, { bounds: { x: 5, y: 6, width: 1100, height: 700 }, maximized: false });
    expect(restorableWindow(await readSavedWindow(dataDir), screens)).toEqual({ bounds: { x: 5, y: 6, width: 1100, height: 700 }, maximized: false });
  });
});
