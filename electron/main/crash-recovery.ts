/**
 * When the window's renderer crashes (or is killed), load the app again: on start it
 * finds the autosaved copy of the work and offers to restore it. A clean exit is left alone.
 */
import type { WebContents } from 'electron';

export function reloadAfterCrash(contents: Pick<WebContents, 'on' | 'reload'>): void {
  contents.on('render-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit') contents.reload();
  });
}
