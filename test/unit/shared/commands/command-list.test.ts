// The command table the menu, the shortcuts and the buttons share: every shortcut belongs to
// one command, Ctrl/Cmd and Shift are told apart, and every label exists in both languages.
import { describe, expect, it } from 'vitest';
import { COMMANDS, matches, shortcutText } from '../../../../shared/commands/command-list';
import { translateKey } from '../../../../shared/i18n/translate';

const press = (key: string, { ctrl = false, meta = false, shift = false } = {}) => ({ key, ctrlKey: ctrl, metaKey: meta, shiftKey: shift });

describe('commands', () => {
  it('gives every shortcut to exactly one command', () => {
    const all = COMMANDS.flatMap((c) => c.shortcuts.map((s) => `${s.mod ? 'mod+' : ''}${s.shift ? 'shift+' : ''}${s.key.toLowerCase()}`));
    expect(new Set(all).size).toBe(all.length);
  });

  it('tells Ctrl+S from Ctrl+Shift+S and from a plain s, and takes Cmd for Ctrl on a Mac', () => {
    const save = COMMANDS.find((c) => c.id === 'project.save')!.shortcuts[0]!;
    const saveAs = COMMANDS.find((c) => c.id === 'project.saveAs')!.shortcuts[0]!;
    expect(matches(save, press('s', { ctrl: true }))).toBe(true);
    expect(matches(save, press('s', { meta: true }))).toBe(true);
    expect(matches(save, press('S', { ctrl: true, shift: true }))).toBe(false);
    expect(matches(saveAs, press('S', { ctrl: true, shift: true }))).toBe(true);
    expect(matches(save, press('s'))).toBe(false);
    expect(shortcutText(saveAs)).toBe('Ctrl+Shift+S');
    expect(shortcutText(saveAs, true)).toBe('⌘⇧S');
  });

  it('has a label in Dutch and English for every command', () => {
    for (const c of COMMANDS) {
      expect(translateKey('nl', c.label), c.id).not.toBe(c.label);
      expect(translateKey('en', c.label), c.id).not.toBe(c.label);
    }
  });
});
