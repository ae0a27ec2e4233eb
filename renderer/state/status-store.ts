/**
 * The short status line in the top bar: where a project was saved, that one was opened or
 * that the previous work is back. Any action can set it; App.tsx shows it.
 */
import { createStore } from './create-store';

const status = createStore<string | null>(null);

export function setStatus(text: string | null): void {
  status.set(text);
}

export function useStatus(): string | null {
  return status.use((s) => s);
}
