/**
 * The desktop app's native menu, built from the command table (command-list.ts) in the
 * user's language: File, Edit, View, (Window on a Mac) and Help, with the platform's
 * standard items (Quit, Cut/Copy/Paste, zoom, full screen) as Electron roles. Pure data:
 * main turns it into an Electron Menu (electron/main/app-menu.ts); a command item sends
 * its id to the page, which runs it through the same registry as buttons and keys.
 * Shortcuts are shown in the menu but handled by the page's one key listener, so a key
 * does the same in the browser and the desktop app, and text fields keep their own keys.
 */
import { t, translateKey, type Locale } from '../i18n/translate';
import type { MessageKey } from '../i18n/messages-en';
import { commandInfo, type CommandId, type Shortcut } from './command-list';

export type MenuRole =
  | 'quit'
  | 'about'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'minimize'
  | 'close'
  | 'recentDocuments'
  | 'clearRecentDocuments'
  | 'toggleDevTools'
  | 'undo'
  | 'redo';

export type MenuEntry =
  | { kind: 'command'; id: CommandId; label: string; accelerator: string | null; enabled: boolean }
  | { kind: 'role'; role: MenuRole; label: string; submenu?: MenuEntry[] }
  | { kind: 'separator' };

export interface MenuSection {
  label: string;
  /** The Mac's application menu, window menu or help menu (Electron places them). */
  role?: 'appMenu' | 'windowMenu' | 'help';
  entries: MenuEntry[];
}

export interface MenuInput {
  locale: Locale;
  platform: string;
  /** Commands that can run now (the page says). */
  enabled: ReadonlySet<CommandId>;
  /** Development build: DevTools in the View menu. */
  dev?: boolean;
}

/** Electron's accelerator for a shortcut: "CmdOrCtrl+Shift+S". */
export function accelerator(shortcut: Shortcut): string {
  const key = shortcut.key === ' ' ? 'Space' : shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key.replace(/^Arrow/, '');
  return [shortcut.mod ? 'CmdOrCtrl' : '', shortcut.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}

/** How each command is called in a menu (the buttons' labels carry their shortcut; a menu shows it itself). */
const MENU_LABELS: Partial<Record<CommandId, MessageKey>> = {
  'view.undo': 'menu.undo',
  'view.redo': 'menu.redo',
  'map.find': 'menu.find',
  'meeting.start': 'menu.meeting',
  'meeting.next': 'menu.meetingNext',
  'meeting.previous': 'menu.meetingPrevious',
  'meeting.exit': 'menu.meetingExit',
};

/** A command's name without its shortcut (menus and the shortcut list show the keys beside it). */
export function commandName(id: CommandId): MessageKey {
  return MENU_LABELS[id] ?? commandInfo(id).label;
}

export function menuTemplate({ locale, platform, enabled, dev = false }: MenuInput): MenuSection[] {
  const mac = platform === 'darwin';
  /** A command's item; `keyless`: shown without its shortcut. */
  const command = (id: CommandId, keyless = false): MenuEntry => {
    const info = commandInfo(id);
    const first = keyless ? undefined : info.shortcuts[0];
    return { kind: 'command', id, label: translateKey(locale, commandName(id)), accelerator: first ? accelerator(first) : null, enabled: enabled.has(id) };
  };
  const role = (r: MenuRole, label: MessageKey, submenu?: MenuEntry[]): MenuEntry => ({
    kind: 'role',
    role: r,
    label: translateKey(locale, label),
    ...(submenu ? { submenu } : {}),
  });
  const separator: MenuEntry = { kind: 'separator' };
  const sections: MenuSection[] = [];
  if (mac) {
    sections.push({
      label: 'Talkmap',
      role: 'appMenu',
      entries: [
        role('about', 'menu.about'),
        separator,
        role('hide', 'menu.hide'),
        role('hideOthers', 'menu.hideOthers'),
        role('unhide', 'menu.unhide'),
        separator,
        role('quit', 'menu.quit'),
      ],
    });
  }
  sections.push({
    label: t(locale, 'menu.file'),
    entries: [
      command('survey.open'),
      command('survey.kit'),
      command('project.open'),
      ...(mac ? [role('recentDocuments', 'menu.recent', [role('clearRecentDocuments', 'menu.clearRecent')])] : []),
      separator,
      command('project.save'),
      command('project.saveAs'),
      ...(mac ? [] : [separator, role('quit', 'menu.quit')]),
    ],
  });
  sections.push({
    label: t(locale, 'menu.edit'),
    // On a Mac the menu owns Cmd+Z once the page lets a key pass: there the text fields get
    // their own undo (the roles), and the map's undo is an item without a key of its own
    // (Cmd+Z outside a text field is taken by the page's key listener first).
    entries: [
      ...(mac ? [role('undo', 'menu.undoTyping'), role('redo', 'menu.redoTyping'), separator] : []),
      command('view.undo', mac),
      command('view.redo', mac),
      separator,
      role('cut', 'menu.cut'),
      role('copy', 'menu.copy'),
      role('paste', 'menu.paste'),
      role('selectAll', 'menu.selectAll'),
      separator,
      command('map.find'),
    ],
  });
  sections.push({
    label: t(locale, 'menu.view'),
    entries: [
      command('meeting.start'),
      command('meeting.previous'),
      command('meeting.next'),
      command('meeting.exit'),
      separator,
      role('resetZoom', 'menu.resetZoom'),
      role('zoomIn', 'menu.zoomIn'),
      role('zoomOut', 'menu.zoomOut'),
      separator,
      role('togglefullscreen', 'menu.fullScreen'),
      ...(dev ? [separator, role('toggleDevTools', 'menu.devTools')] : []),
    ],
  });
  if (mac) sections.push({ label: t(locale, 'menu.window'), role: 'windowMenu', entries: [role('minimize', 'menu.minimize'), role('close', 'menu.close')] });
  sections.push({
    label: t(locale, 'menu.help'),
    role: 'help',
    entries: mac ? [command('help.shortcuts')] : [command('help.shortcuts'), separator, role('about', 'menu.about')],
  });
  return sections;
}
