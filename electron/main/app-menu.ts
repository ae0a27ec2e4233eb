/**
 * Turns the menu template (shared/commands/menu-template.ts) into Electron's menu: roles
 * stay roles (with our translated label), a command item sends its id to the window,
 * whose page runs it like a button or a key. Accelerators are shown, not registered: the
 * page's one key listener handles every shortcut (text fields keep their own keys).
 * Electron is passed in, so this runs in unit tests.
 */
import type { Menu as MenuType, MenuItemConstructorOptions } from 'electron';
import type { CommandId } from '../../shared/commands/command-list';
import { menuTemplate, type MenuEntry, type MenuInput } from '../../shared/commands/menu-template';

/** The channel main sends a menu command on (the preload's `onCommand`). */
export const MENU_COMMAND_CHANNEL = 'menu:command';

function item(entry: MenuEntry, run: (id: CommandId) => void): MenuItemConstructorOptions {
  if (entry.kind === 'separator') return { type: 'separator' };
  if (entry.kind === 'role') return { role: entry.role, label: entry.label, ...(entry.submenu ? { submenu: entry.submenu.map((e) => item(e, run)) } : {}) };
  return {
    id: entry.id,
    label: entry.label,
    enabled: entry.enabled,
    ...(entry.accelerator ? { accelerator: entry.accelerator, registerAccelerator: false } : {}),
    click: () => run(entry.id),
  };
}

export function menuItems(input: MenuInput, run: (id: CommandId) => void): MenuItemConstructorOptions[] {
  return menuTemplate(input).map((section) => ({
    label: section.label,
    ...(section.role ? { role: section.role } : {}),
    submenu: section.entries.map((e) => item(e, run)),
  }));
}

export function buildAppMenu(Menu: Pick<typeof MenuType, 'buildFromTemplate' | 'setApplicationMenu'>, input: MenuInput, run: (id: CommandId) => void): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuItems(input, run)));
}
