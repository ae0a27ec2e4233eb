/**
 * How far the running analysis is (0..1, or null when none or not yet known). Kept apart
 * from the app state on purpose: it changes up to a hundred times per analysis, and only
 * the progress bar needs to redraw for it.
 */
import { useSyncExternalStore } from 'react';

let progress: number | null = null;
const listeners = new Set<() => void>();

export function setAnalysisProgress(value: number | null): void {
  if (value === progress) return;
  progress = value;
  for (const l of listeners) l();
}

export function useAnalysisProgress(): number | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => progress,
  );
}
