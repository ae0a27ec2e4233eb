/**
 * Saving and opening projects from the app: every wave's import (files, spec and name
 * decisions), the view, thresholds, the reconstruct choice and the people matched across
 * waves go into a .talkmap file through the host (atomic save with a .bak in the desktop
 * app; a download on the web). Also: recent projects, the lock warning, deleting a
 * project's data, and restoring autosaved work after a crash (autosave.ts writes it).
 */
import { formatDate } from '../../shared/i18n/format-date';
import type { ThresholdOverrides } from '../../shared/findings/thresholds';
import { isMessageKey, t } from '../../shared/i18n/translate';
import { TalkmapError } from '../../shared/errors/talkmap-error';
import { parseProject, pastRetention, restoreRequest, serializeWithFiles } from '../../shared/project/project-file';
import { hostApi, isDesktop } from '../bridge/host-api';
import { actions, getState, NO_PROJECT, shownResult, type OpenFile, type ReplacedWork, type WaveEntry } from './app-store';
import { setStatus } from './status-store';
import { showHostError } from '../bridge/host-error';
import { askUnsaved } from './question-store';
import { isDirty, markClean, markDirty } from './autosave';
import { DEFAULT_VIEW, type ViewState } from './view-state';
import { requestOf, type SerializeJob } from '../workers/analysis-protocol';
import { createJobOwner, serializeInWorker } from '../workers/analysis-client';

/** The autosave's encoding jobs in the analysis worker. */
const SAVE_JOBS = createJobOwner('autosave');

const dateOf = (iso: string): string => formatDate(getState().locale, iso, 'numeric');

/** The open work as it goes into a project file, or null when there is nothing to save. */
function openWork(): { title: string; job: Omit<SerializeJob, 'kind'> } | null {
  const state = getState();
  const { project: open } = state;
  if (open.waves.length === 0 || !shownResult(state)) return null;
  const first = open.waves[0]!;
  const title = open.isDemo ? t(state.locale, 'demo.school') : (first.job.kind === 'request' ? first.job.request.data.name : 'Talkmap').replace(/\.[^.]+$/, '');
  const project = {
    title,
    activeWave: open.activeWave ?? first.id,
    ...(Object.keys(open.sameAs).length > 0 ? { sameAs: open.sameAs } : {}),
    view: state.view as unknown as Record<string, unknown>,
    thresholds: state.thresholds as Record<string, number>,
    reconstruct: state.reconstruct,
    anonymise: state.anonymise,
    notes: open.notes,
    ...(open.deck ? { meeting: { findings: open.deck } } : {}),
    ...(open.plan.length > 0 ? { plan: open.plan } : {}),
    ...(open.foldRoles ? { foldRoles: true } : {}),
    ...(open.dates ?? {}),
  };
  return { title, job: { project, waves: open.waves.map((w) => ({ id: w.id, label: w.label, date: w.date, request: requestOf(w.job) })) } };
}

/** The open work as project-file text, or null when there is nothing to save. */
export function projectContent(): { title: string; content: string } | null {
  const work = openWork();
  if (!work) return null;
  return { title: work.title, content: serializeWithFiles(work.job.project, work.job.waves) };
}

/**
 * The same, written in the analysis worker (for the autosave: with a year of log waves the
 * encoding is long work); null when there is nothing to save or the worker was stopped.
 */
export async function projectContentInWorker(): Promise<{ title: string; content: string } | null> {
  const work = openWork();
  if (!work) return null;
  const content = await serializeInWorker(SAVE_JOBS, work.job);
  return content === null ? null : { title: work.title, content };
}

export async function saveProject({ saveAs = false } = {}): Promise<string | null> {
  const state = getState();
  const project = projectContent();
  if (!project) return null;
  // A project someone else has open is read-only here: "Save" makes a copy under a new name.
  const asCopy = saveAs || state.project.file?.lockedBy != null;
  // The file's own name once it has one (a browser downloads it again under that name).
  const suggestedName = state.project.file && !state.project.file.copy ? state.project.file.name : `${project.title.replace(/[/\\:*?"<>|]/g, '-')}.talkmap`;
  const answer = await hostApi().saveProject({
    suggestedName,
    content: project.content,
    ...(asCopy ? { saveAs: true } : {}),
  });
  if (!answer.ok) {
    showHostError(answer.error);
    return null;
  }
  if (!answer.value.saved) return null;
  const fileName = answer.value.fileName ?? 'project.talkmap';
  const { keepUntil, createdAt } = parseProject(project.content, fileName);
  actions.setProjectDates({ createdAt, keepUntil });
  actions.setOpenFile({ name: fileName, lockedBy: null, copy: false, token: answer.value.token ?? null });
  markClean();
  const status = t(getState().locale, 'toolbar.saved', { file: `${fileName} — ${t(state.locale, 'project.keepUntil', { date: dateOf(keepUntil) })}` });
  setStatus(status);
  return status;
}

/**
 * Opens a project through the host: its dialog, the n-th recent project, or the file the
 * system asked us to open (`incoming`). Asks about unsaved work first. The file becomes
 * the open project (Save's target) only once it was read; a refused file changes nothing.
 */
export async function openProject(from: { recent?: number; incoming?: true } = {}): Promise<void> {
  if (!(await confirmReplace())) return;
  const answer = await hostApi().openProject(from);
  if (!answer.ok) return showHostError(answer.error);
  const { file } = answer.value;
  if (!file) return;
  if (!(await openProjectText(file.name, file.text))) return;
  const opened = await hostApi().confirmOpenProject({});
  if (!opened.ok) return showHostError(opened.error);
  const { lockedBy, copy, token } = opened.value;
  // Someone else's project stays read-only here (ReadOnlyBanner says so).
  actions.setOpenFile({ name: opened.value.fileName ?? file.name, lockedBy, copy, token });
  markClean();
  setStatus(t(getState().locale, copy ? 'project.openedCopy' : 'project.opened', { file: file.name }));
}

/**
 * A project file dropped on the window. The page has its contents but not its place on
 * disk, so it opens as a copy: Save asks where (it never overwrites a file it cannot name).
 * Returns the status line to show, or null when nothing was opened.
 */
export async function openDroppedProject(name: string, text: string): Promise<void> {
  if (!(await confirmReplace())) return;
  if (!(await openProjectText(name, text))) return;
  await hostApi().closeProject({});
  actions.setOpenFile({ name, lockedBy: null, copy: true, token: null });
  markClean();
  setStatus(t(getState().locale, 'project.openedCopy', { file: name }));
}

/** Opens project text (a file, or the autosaved copy). False when it could not be read: then nothing changed. */
async function openProjectText(name: string, text: string): Promise<boolean> {
  let project;
  try {
    project = parseProject(text, name);
  } catch (error) {
    // In a browser there is no .bak beside the file: the message says so.
    if (error instanceof TalkmapError) actions.showError(!isDesktop() && isMessageKey(`${error.code}.web`) ? `${error.code}.web` : error.code, error.params);
    else actions.showError('app.error', { message: error instanceof Error ? error.message : String(error) });
    return false;
  }
  const waves: WaveEntry[] = project.waves.map((w) => ({
    id: w.id,
    label: w.label,
    date: w.date,
    job: { kind: 'request', request: restoreRequest(w.request) },
    result: null,
    analysedWith: null,
  }));
  const opened = await actions.openProject({
    project: {
      ...NO_PROJECT,
      waves,
      activeWave: project.activeWave,
      sameAs: project.sameAs ?? {},
      dates: { createdAt: project.createdAt, keepUntil: project.keepUntil },
      notes: project.notes,
      deck: project.meeting?.findings ?? null,
      plan: project.plan ?? [],
      foldRoles: project.foldRoles ?? false,
    },
    thresholds: project.thresholds as ThresholdOverrides,
    reconstruct: project.reconstruct,
    view: { ...DEFAULT_VIEW, ...(project.view as Partial<ViewState>) },
    anonymise: project.anonymise ?? getState().anonymise,
  });
  if (opened && pastRetention(project)) actions.showError('project.retentionPassed', { file: name, date: dateOf(project.keepUntil) });
  return opened;
}

/**
 * Before a new survey, log, project or the demo replaces the work on screen: when it has
 * unsaved changes, ask whether to save it first. False when the user cancels (or the
 * save did not happen).
 */
export async function confirmReplace(): Promise<boolean> {
  if (!isDirty() || !shownResult(getState())) return true;
  const choice = await askUnsaved();
  if (choice === 'cancel') return false;
  if (choice === 'discard') return true;
  return (await saveProject()) !== null;
}

/** The host's open file follows the work put back on screen: its file again (by token), or none (Save asks where). */
async function followFile(file: OpenFile | null): Promise<void> {
  if (file?.token && !file.lockedBy && !file.copy) {
    const resumed = await hostApi().resumeProject({ token: file.token });
    if (resumed.ok && resumed.value.fileName !== null) return;
  } else await hostApi().closeProject({});
  if (file && !file.copy) actions.setOpenFile(null);
}

/** Work put back on screen (undo or redo): the host's file follows it, its unsaved state is its own, the status says so. */
async function broughtBack(restored: ReplacedWork | null, status: 'project.undone' | 'project.redone'): Promise<void> {
  if (!restored) return;
  await followFile(restored.project.file);
  if (restored.dirty) markDirty();
  else markClean();
  setStatus(t(getState().locale, status));
}

/** Undo of an import or an open: the replaced work is back; Ctrl+Shift+Z brings back what was on screen. */
export const undoReplace = (): Promise<void> => broughtBack(actions.undoReplaced(), 'project.undone');

/** Redo after such an undo: the work that was set aside is back. */
export const redoReplace = (): Promise<void> => broughtBack(actions.redoReplaced(), 'project.redone');

export interface Recovery {
  name: string;
  savedAt: string;
  text: string;
}

/** Work autosaved before a crash (or an unsaved close), if any. */
export async function findRecovery(): Promise<Recovery | null> {
  const answer = await hostApi().recoverProject({ discard: false });
  return answer.ok ? answer.value.file : null;
}

/**
 * Restores the autosaved work (after the unsaved-work question, when the work on screen
 * has changes). It belongs to no file the host knows, so Save asks where.
 */
export async function restoreRecovery(recovery: Recovery): Promise<boolean> {
  if (!(await confirmReplace())) return false;
  if (!(await openProjectText(recovery.name, recovery.text))) return false;
  await hostApi().closeProject({});
  markDirty();
  return true;
}

export async function discardRecovery(): Promise<void> {
  await hostApi().recoverProject({ discard: true });
}

/**
 * Deletes the open project's personal data from this computer (the project file, its
 * backup, its lock and the autosaved copy), then shows the demo. Returns what was removed.
 */
export async function deleteProjectData(): Promise<string[] | null> {
  const answer = await hostApi().deleteProject({});
  if (!answer.ok) {
    showHostError(answer.error);
    return null;
  }
  if (await actions.openDemo()) markClean();
  // Deleted means gone: no undo brings the data back.
  actions.forgetReplaced();
  return answer.value.removed;
}

/** A new survey or the demo replaces the open project: Save must not overwrite the old file. */
export async function closeProject(): Promise<void> {
  await hostApi().closeProject({});
}
