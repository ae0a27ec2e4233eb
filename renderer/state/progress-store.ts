/**
 * How far the running analysis is (0..1, or null when none or not yet known). Kept apart
 * from the app state on purpose: it changes up to a hundred times per analysis, and only
 * the progress bar needs to redraw for it.
 */
import { createStore } from './create-store';

const progress = createStore<number | null>(null);

export function setAnalysisProgress(value: number | null): void {
  progress.set(value);
}

export function useAnalysisProgress(): number | null {
  return progress.use((p) => p);
}
