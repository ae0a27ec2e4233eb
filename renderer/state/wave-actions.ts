/**
 * Adding a survey wave: the user picks the new export (and, when the team changed, a new
 * roster); the import wizard opens with the latest wave's spec, group choice and name
 * decisions already applied. The demo school offers its own (fictional) second survey.
 */
import { demoImportRequest, demoWaveTwoFiles, DEMO_WAVE_2_DATE } from '../../shared/demo/demo-school';
import type { ImportRequest } from '../../shared/import/import-files';
import { hostApi } from '../bridge/host-api';
import { showHostError } from '../bridge/host-error';
import { requestOf } from '../workers/analysis-protocol';
import { getState } from './app-store';
import { wizardActions } from './wizard-store';

/** The request of the newest wave: its spec and decisions are the starting point for the next. */
function latestRequest(): ImportRequest | null {
  const wave = getState().project.waves.at(-1);
  return wave ? requestOf(wave.job) : null;
}

export async function addWaveFromFiles(): Promise<void> {
  const saved = latestRequest();
  if (!saved) return;
  const answer = await hostApi().openImportFiles({ purpose: 'survey' });
  if (!answer.ok) {
    showHostError(answer.error);
    return;
  }
  if (answer.value.files.length > 0) await wizardActions.startWave(answer.value.files, saved);
}

export async function addDemoWave(): Promise<void> {
  const saved = latestRequest() ?? demoImportRequest();
  await wizardActions.startWave(demoWaveTwoFiles(), saved, DEMO_WAVE_2_DATE);
}
