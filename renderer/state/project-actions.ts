/**
 * Saving and opening projects from the app: the current import (files, spec and name
 * decisions), view, thresholds and the reconstruct choice go into a .talkmap file through
 * the host (atomic save with a .bak in the desktop app; a download on the web).
 */
import { demoImportRequest } from '../../shared/demo/demo-school';
import type { ThresholdOverrides } from '../../shared/findings/thresholds';
import { t } from '../../shared/i18n/translate';
import type { ImportRequest } from '../../shared/import/import-files';
import { ImportError } from '../../shared/import/roster';
import { parseProject, pastRetention, restoreRequest, saveRequest, serializeProject } from '../../shared/project/project-file';
import { hostApi } from '../bridge/host-api';
import { actions, getState, setProjectState } from './app-store';
import { DEFAULT_VIEW, type ViewState } from './view-state';

function currentRequest(): ImportRequest | null {
  const job = getState().job;
  if (!job) return null;
  return job.kind === 'demo' ? demoImportRequest() : job.request;
}

export async function saveProject(): Promise<string | null> {
  const state = getState();
  const request = currentRequest();
  if (!request || !state.result) return null;
  const title = state.isDemo ? t(state.locale, 'demo.school') : (state.result.source.files[0] ?? 'Talkmap').replace(/\.[^.]+$/, '');
  const content = serializeProject({
    title,
    waves: [{ id: 'wave-1', label: new Date().toISOString().slice(0, 10), date: null, request: saveRequest(request) }],
    activeWave: 'wave-1',
    view: state.view as unknown as Record<string, unknown>,
    thresholds: state.thresholds as Record<string, number>,
    reconstruct: state.reconstruct,
    notes: '',
    ...(state.projectDates ?? {}),
  });
  const answer = await hostApi().saveProject({ suggestedName: `${title.replace(/[/\\:*?"<>|]/g, '-')}.talkmap`, content });
  if (!answer.ok) {
    actions.showError('app.error', { message: answer.error.message });
    return null;
  }
  if (!answer.value.saved) return null;
  const { keepUntil } = parseProject(content, answer.value.fileName ?? 'project');
  setProjectState({ thresholds: state.thresholds, reconstruct: state.reconstruct, view: state.view, projectDates: { createdAt: state.projectDates?.createdAt ?? keepUntil, keepUntil } });
  return `${answer.value.fileName} — ${t(state.locale, 'project.keepUntil', { date: new Date(keepUntil).toLocaleDateString(state.locale === 'nl' ? 'nl-NL' : 'en-GB') })}`;
}

export async function openProject(): Promise<void> {
  const answer = await hostApi().openProject({});
  if (!answer.ok) return actions.showError('app.error', { message: answer.error.message });
  const file = answer.value.file;
  if (!file) return;
  try {
    const project = parseProject(file.text, file.name);
    const wave = project.waves.find((w) => w.id === project.activeWave) ?? project.waves[0];
    if (!wave) return;
    setProjectState({
      thresholds: project.thresholds as ThresholdOverrides,
      reconstruct: project.reconstruct,
      view: { ...DEFAULT_VIEW, ...(project.view as Partial<ViewState>) },
      projectDates: { createdAt: project.createdAt, keepUntil: project.keepUntil },
    });
    await actions.load({ kind: 'request', request: restoreRequest(wave.request) }, { keepSelection: true });
    if (pastRetention(project)) {
      const locale = getState().locale;
      actions.showError('project.retentionPassed', { file: file.name, date: new Date(project.keepUntil).toLocaleDateString(locale === 'nl' ? 'nl-NL' : 'en-GB') });
    }
  } catch (error) {
    if (error instanceof ImportError) actions.showError(error.code, error.params);
    else actions.showError('app.error', { message: error instanceof Error ? error.message : String(error) });
  }
}
