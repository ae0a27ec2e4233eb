/** Whether the keyboard-shortcut list (Help → Keyboard shortcuts, or "?") is open. */
import { createStore } from './create-store';

const open = createStore(false);

export function openShortcutHelp(): void {
  open.set(true);
}

export function closeShortcutHelp(): void {
  open.set(false);
}

export function useShortcutHelp(): boolean {
  return open.use((o) => o);
}
