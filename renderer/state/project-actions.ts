/**
 * Saving and opening projects from the app: every wave's import (files, spec and name
 * decisions), the view, thresholds, the reconstruct choice and the people matched across
 * waves go into a .talkmap file through the host (atomic save with a .bak in the desktop
 * app; a download on the web). Also: recent projects, the lock warning, deleting a
 * project's data, and restoring autosaved work after a crash (autosave.ts writes it).
 */
import { formatDate } from '../../shared/i18n/format-date';
import type { ThresholdOverrides } from '../../shared/findings/thresholds';
import { t } from '../../shared/i18n/translate';
import { ImportError } from '../../shared/import/roster';
import { parseProject, pastRetention, restoreRequest, serializeWithFiles } from '../../shared/project/project-file';
import { hostApi } from '../bridge/host-api';
import { actions, getState, setProjectState, setProjectWaves } from './app-store';
import { markClean, markDirty } from './autosave';
import { DEFAULT_VIEW, type ViewState } from './view-state';
import { requestOf, type SerializeJob } from '../workers/analysis-protocol';
import { createJobOwner, serializeInWorker } from '../workers/analysis-client';

/** The autosave's encoding jobs in the analysis worker. */
const SAVE_JOBS = createJobOwner('autosave');

const dateOf = (iso: string): string => formatDate(getState().locale, iso, 'numeric');

/** The open work as it goes into a project file, or null when there is nothing to save. */
function openWork(): { title: string; job: Omit<SerializeJob, 'kind'> } | null {
  const state = getState();
  if (state.waves.length === 0 || !state.result) return null;
  const title = state.isDemo ? t(state.locale, 'demo.school') : (state.waves[0]?.job.kind === 'request' ? state.waves[0].job.request.data.name : 'Talkmap').replace(/\.[^.]+$/, '');
  const project = {
    title,
    activeWave: state.activeWave ?? state.waves[0]!.id,
    ...(Object.keys(state.sameAs).length > 0 ? { sameAs: state.sameAs } : {}),
    view: state.view as unknown as Record<string, unknown>,
    thresholds: state.thresholds as Record<string, number>,
    reconstruct: state.reconstruct,
    anonymise: state.anonymise,
    notes: state.notes,
    ...(state.projectDates ?? {}),
  };
  return { title, job: { project, waves: state.waves.map((w) => ({ id: w.id, label: w.label, date: w.date, request: requestOf(w.job) })) } };
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
  const answer = await hostApi().saveProject({ suggestedName: `${project.title.replace(/[/\\:*?"<>|]/g, '-')}.talkmap`, content: project.content, ...(saveAs ? { saveAs } : {}) });
  if (!answer.ok) {
    actions.showError('app.error', { message: answer.error.message });
    return null;
  }
  if (!answer.value.saved) return null;
  const { keepUntil, createdAt } = parseProject(project.content, answer.value.fileName ?? 'project');
  setProjectState({ thresholds: state.thresholds, reconstruct: state.reconstruct, view: state.view, projectDates: { createdAt, keepUntil } });
  markClean();
  return `${answer.value.fileName} — ${t(state.locale, 'project.keepUntil', { date: dateOf(keepUntil) })}`;
}

export async function openProject(recent?: number): Promise<void> {
  const answer = await hostApi().openProject(recent === undefined ? {} : { recent });
  if (!answer.ok) return actions.showError('app.error', { message: answer.error.message });
  const { file, lockedBy } = answer.value;
  if (!file) return;
  if (await openProjectText(file.name, file.text)) {
    markClean();
    if (lockedBy) actions.showError('project.lockedBy', { file: file.name, user: lockedBy.user, host: lockedBy.host, since: new Date(lockedBy.since).toLocaleString(getState().locale === 'nl' ? 'nl-NL' : 'en-GB') });
  }
}

/** Opens project text (a file, or the autosaved copy). False when it could not be read. */
async function openProjectText(name: string, text: string): Promise<boolean> {
  try {
    const project = parseProject(text, name);
    const wave = project.waves.find((w) => w.id === project.activeWave) ?? project.waves[0];
    if (!wave) return false;
    setProjectWaves(
      project.waves.map((w) => ({ id: w.id, label: w.label, date: w.date, job: { kind: 'request', request: restoreRequest(w.request) }, result: null })),
      wave.id,
      project.sameAs ?? {},
    );
    setProjectState({
      thresholds: project.thresholds as ThresholdOverrides,
      reconstruct: project.reconstruct,
      view: { ...DEFAULT_VIEW, ...(project.view as Partial<ViewState>) },
      projectDates: { createdAt: project.createdAt, keepUntil: project.keepUntil },
      notes: project.notes,
      ...(project.anonymise ? { anonymise: project.anonymise } : {}),
    });
    await actions.load(getState().waves.find((w) => w.id === wave.id)!.job, { keepSelection: true });
    if (pastRetention(project)) actions.showError('project.retentionPassed', { file: name, date: dateOf(project.keepUntil) });
    return true;
  } catch (error) {
    if (error instanceof ImportError) actions.showError(error.code, error.params);
    else actions.showError('app.error', { message: error instanceof Error ? error.message : String(error) });
    return false;
  }
}

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

export async function restoreRecovery(recovery: Recovery): Promise<void> {
  if (await openProjectText(recovery.name, recovery.text)) markDirty();
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
    actions.showError('app.error', { message: answer.error.message });
    return null;
  }
  await actions.load({ kind: 'demo' });
  markClean();
  return answer.value.removed;
}

/** A new survey or the demo replaces the open project: Save must not overwrite the old file. */
export async function closeProject(): Promise<void> {
  await hostApi().closeProject({});
}
