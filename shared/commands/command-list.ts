/**
 * Every user command by id, with its label and keyboard shortcuts: the one table that a
 * menu (the desktop app's native menu), the shortcuts and the buttons read. Pure data, so
 * the main process can build a menu from it; what a command does lives in the renderer
 * (renderer/commands/registry.ts). `Mod` is Ctrl, or Cmd on a Mac.
 */
import type { MessageKey } from '../i18n/messages-en';

export type CommandId =
  | 'survey.open'
  | 'survey.kit'
  | 'project.open'
  | 'project.save'
  | 'project.saveAs'
  | 'view.undo'
  | 'view.redo'
  | 'map.find'
  | 'meeting.start'
  | 'meeting.next'
  | 'meeting.previous'
  | 'meeting.exit'
  | 'help.shortcuts';

/** A key with its modifiers, e.g. { key: 's', mod: true, shift: true } for Ctrl+Shift+S. */
export interface Shortcut {
  key: string;
  mod?: boolean;
  shift?: boolean;
}

export interface CommandInfo {
  id: CommandId;
  label: MessageKey;
  shortcuts: Shortcut[];
  /** Also while typing in a text field (most shortcuts then belong to the field). */
  whileTyping?: boolean;
}

export const COMMANDS: readonly CommandInfo[] = [
  { id: 'survey.open', label: 'toolbar.open', shortcuts: [{ key: 'o', mod: true, shift: true }], whileTyping: true },
  { id: 'survey.kit', label: 'kit.menu', shortcuts: [] },
  { id: 'project.open', label: 'toolbar.openProject', shortcuts: [{ key: 'o', mod: true }], whileTyping: true },
  { id: 'project.save', label: 'file.save', shortcuts: [{ key: 's', mod: true }], whileTyping: true },
  { id: 'project.saveAs', label: 'file.saveAs', shortcuts: [{ key: 's', mod: true, shift: true }], whileTyping: true },
  { id: 'view.undo', label: 'map.undo', shortcuts: [{ key: 'z', mod: true }] },
  {
    id: 'view.redo',
    label: 'map.redo',
    shortcuts: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
  },
  { id: 'map.find', label: 'map.search', shortcuts: [{ key: '/' }] },
  // (No F5: in a browser it reloads the page.)
  { id: 'meeting.start', label: 'meeting.start', shortcuts: [] },
  { id: 'meeting.next', label: 'meeting.next', shortcuts: [{ key: 'ArrowRight' }, { key: ' ' }, { key: 'PageDown' }] },
  { id: 'meeting.previous', label: 'meeting.previous', shortcuts: [{ key: 'ArrowLeft' }, { key: 'PageUp' }] },
  { id: 'meeting.exit', label: 'meeting.exit', shortcuts: [{ key: 'Escape' }] },
  { id: 'help.shortcuts', label: 'help.shortcuts', shortcuts: [{ key: '?' }] },
];

export function commandInfo(id: CommandId): CommandInfo {
  return COMMANDS.find((c) => c.id === id) as CommandInfo;
}

/** Whether a key press is this shortcut (letters in either case; Shift must match exactly when the shortcut has a modifier). */
export function matches(shortcut: Shortcut, press: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }): boolean {
  const mod = press.ctrlKey || press.metaKey;
  if (Boolean(shortcut.mod) !== mod) return false;
  if (shortcut.mod && Boolean(shortcut.shift) !== press.shiftKey) return false;
  return press.key.toLowerCase() === shortcut.key.toLowerCase();
}

/** A shortcut as people write it: "Ctrl+Shift+S" (or "⌘⇧S" on a Mac). */
export function shortcutText(shortcut: Shortcut, mac = false): string {
  const key = shortcut.key === ' ' ? 'Space' : shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key;
  if (mac) return `${shortcut.mod ? '⌘' : ''}${shortcut.shift ? '⇧' : ''}${key}`;
  return [shortcut.mod ? 'Ctrl' : '', shortcut.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}
