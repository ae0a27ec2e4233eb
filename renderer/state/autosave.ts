/**
 * Autosave: a few seconds after the work changes (a wave added, names decided, the view,
 * thresholds), the whole project is written to the host's recovery copy (the app-data
 * folder in the desktop app, localStorage in a browser). Saving the project removes the
 * copy; so does closing without unsaved changes. After a crash the app offers it back.
 */
import { hostApi } from '../bridge/host-api';
import { getState, subscribe, watchUnsaved, type AppState } from './app-store';
import { setStatus } from './status-store';

export const AUTOSAVE_DELAY_MS = 2000;

type Watched = Pick<AppState, 'view' | 'thresholds' | 'reconstruct' | 'anonymise'> &
  Pick<AppState['project'], 'waves' | 'sameAs' | 'notes' | 'deck' | 'plan' | 'foldRoles'>;
const watched = (s: AppState): Watched => ({
  waves: s.project.waves,
  view: s.view,
  thresholds: s.thresholds,
  reconstruct: s.reconstruct,
  anonymise: s.anonymise,
  sameAs: s.project.sameAs,
  notes: s.project.notes,
  deck: s.project.deck,
  plan: s.project.plan,
  foldRoles: s.project.foldRoles,
});

let snapshot: Watched | null = null;
let dirty = false;
let timer: ReturnType<typeof setTimeout> | null = null;
/** A crash copy is waiting for the user's choice: it is not overwritten meanwhile. */
let held = false;
type Content = { title: string; content: string } | null;
let content: (() => Content | Promise<Content>) | null = null;
/** The same, at once (no worker): for the last change before the window closes. */
let flushContent: (() => Content) | null = null;

/** A change worth saving; a wave's analysis arriving (a new result object) is not one. */
function changed(a: Watched, b: Watched): boolean {
  const waves = (w: Watched) => w.waves.map((x) => `${x.id}|${x.label}|${x.date}`).join(',');
  return (
    a.view !== b.view ||
    a.thresholds !== b.thresholds ||
    a.reconstruct !== b.reconstruct ||
    a.anonymise !== b.anonymise ||
    a.sameAs !== b.sameAs ||
    a.notes !== b.notes ||
    a.deck !== b.deck ||
    a.plan !== b.plan ||
    a.foldRoles !== b.foldRoles ||
    waves(a) !== waves(b) ||
    a.waves.some((w, i) => w.job !== b.waves[i]?.job)
  );
}

export function isDirty(): boolean {
  return dirty;
}

/** The open work matches what is saved (or is the untouched demo). */
export function markClean(): void {
  snapshot = watched(getState());
  dirty = false;
  if (timer) clearTimeout(timer);
  timer = null;
}

export function markDirty(): void {
  dirty = true;
  // "Saved as …" or "Opened …" no longer describes the work once it changes.
  setStatus(null);
  schedule();
}

/** While a crash copy waits for Restore or Throw away, new work is not autosaved over it. */
export function holdAutosave(hold: boolean): void {
  held = hold;
  if (!hold && dirty) schedule();
}

function schedule(): void {
  if (held) return;
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    void (async () => {
      const project = await content?.();
      // Saved (or discarded) meanwhile: nothing to recover.
      if (project && dirty) await hostApi().autosaveProject({ name: `${project.title}.talkmap`, content: project.content });
    })();
  }, AUTOSAVE_DELAY_MS);
}

/** Starts watching the store; `projectContent` serialises the open work (project-actions.ts, in the worker). */
export function startAutosave(projectContent: () => Content | Promise<Content>, projectContentNow?: () => Content): () => void {
  content = projectContent;
  flushContent = projectContentNow ?? null;
  watchUnsaved(isDirty);
  snapshot = watched(getState());
  const stop = subscribe(() => {
    const now = watched(getState());
    if (snapshot && changed(snapshot, now) && getState().phase === 'ready') {
      snapshot = now;
      markDirty();
    }
  });
  const onUnload = (): void => {
    // A clean close leaves nothing behind; unsaved work stays for the next start.
    if (!dirty && !held) void hostApi().recoverProject({ discard: true });
    // A change made in the last moments before closing, not yet autosaved: write it now.
    else if (dirty && timer && !held) {
      clearTimeout(timer);
      timer = null;
      const project = flushContent?.();
      if (project) void hostApi().autosaveProject({ name: `${project.title}.talkmap`, content: project.content });
    }
  };
  window.addEventListener('beforeunload', onUnload);
  return () => {
    stop();
    window.removeEventListener('beforeunload', onUnload);
  };
}
