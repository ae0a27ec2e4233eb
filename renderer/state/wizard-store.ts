/**
 * The import wizard's state: the chosen files, how they were read, the ImportRequest the
 * user is shaping, and a live preview of its result. Nothing replaces the current network
 * until the user presses Import.
 */
import { createStore } from './create-store';
import type { MessageParams } from '../../shared/i18n/translate';
import type { ImportRequest, InputFile } from '../../shared/import/import-files';
import { isSpecComplete } from '../../shared/import/import-spec';
import type { Inspection } from '../../shared/import/inspect-files';
import type { AnalysisResult } from '../../shared/pipeline/run-analysis';
import { cancelOwner, createJobOwner, runInWorker } from '../workers/analysis-client';
import { fitSavedSpec } from '../../shared/import/spec-fit';
import { hostApi } from '../bridge/host-api';
import { actions, getState } from './app-store';

export interface WizardState {
  files: InputFile[];
  sheets: Record<string, string>;
  dataName: string | undefined;
  inspection: Inspection | null;
  request: ImportRequest | null;
  preview: AnalysisResult | null;
  error: { key: string; params: MessageParams } | null;
  busy: boolean;
  /** How far the preview analysis is (0..1), null while reading or not yet known. */
  progress?: number | null;
  /** Set when the wizard imports a next wave of the open project. */
  wave: WaveImport | null;
}

export interface WaveImport {
  /** The previous wave's request, whose spec and decisions are re-used. */
  saved: ImportRequest;
  /** Whether the saved spec fitted the new export unchanged, and what was missing if not. */
  reused: boolean;
  missing: string[];
  date: string;
}

/** The wizard's jobs in the analysis worker: closing it stops only these. */
const WIZARD_JOBS = createJobOwner('import wizard');

const store = createStore<WizardState | null>(null);
let wizard: WizardState | null = null;
let sequence = 0;

function set(next: WizardState | null): void {
  wizard = next;
  store.set(next);
}

export function useWizard(): WizardState | null {
  return store.use((w) => w);
}

async function inspect(
  files: InputFile[],
  sheets: Record<string, string>,
  dataName: string | undefined,
  wave: WaveImport | null = wizard?.wave ?? null,
  fit = false,
): Promise<void> {
  const seq = ++sequence;
  set({ files, sheets, dataName, inspection: wizard?.inspection ?? null, request: wizard?.request ?? null, preview: null, error: null, busy: true, wave });
  const answer = await runInWorker(WIZARD_JOBS, { kind: 'inspect', files, sheets, ...(dataName ? { dataName } : {}) });
  if (seq !== sequence || !wizard) return;
  if (!answer.ok) return set({ ...wizard, error: answer.error, busy: false });
  if (answer.kind !== 'inspection') return;
  const { inspection } = answer;
  if (fit && wave) {
    // A next wave: the previous survey's settings, when the export still has the same shape.
    const fitted = fitSavedSpec(wave.saved, inspection);
    set({ ...wizard, inspection, request: fitted.request, error: null, busy: false, wave: { ...wave, reused: fitted.reused, missing: fitted.missing } });
    await wizardActions.update(fitted.request);
    return;
  }
  // Not sure what the columns mean: show what was found and import nothing until the user
  // has chosen the columns (the first choice runs the preview and enables Import).
  set({ ...wizard, inspection, request: inspection.proposal, error: null, busy: false });
  if (!inspection.proposalError) await wizardActions.update(inspection.proposal);
}

export const wizardActions = {
  start(files: InputFile[]): Promise<void> {
    return inspect(files, {}, undefined, null);
  },
  /**
   * Imports a next wave with the saved spec of the previous one. A single chosen file is
   * the new survey; the previous roster is used with it unless a new roster was chosen too.
   */
  startWave(files: InputFile[], saved: ImportRequest, date = new Date().toISOString().slice(0, 10)): Promise<void> {
    const withRoster = files.length === 1 && saved.roster && saved.roster.name !== files[0]?.name ? [...files, saved.roster] : files;
    return inspect(withRoster, {}, undefined, { saved, reused: false, missing: [], date }, true);
  },
  setWaveDate(date: string): void {
    if (wizard?.wave) set({ ...wizard, wave: { ...wizard.wave, date } });
  },
  chooseSheet(file: string, sheet: string): Promise<void> {
    if (!wizard) return Promise.resolve();
    return inspect(wizard.files, { ...wizard.sheets, [file]: sheet }, wizard.dataName);
  },
  /** Reads a file again with another encoding, separator or header row, or with "Ã«" repaired. */
  setFileOption(name: string, option: Partial<Pick<InputFile, 'encoding' | 'repairMojibake' | 'delimiter' | 'headerRow'>>): Promise<void> {
    if (!wizard) return Promise.resolve();
    const files = wizard.files.map((f) => (f.name === name ? { ...f, ...option } : f));
    return inspect(files, wizard.sheets, wizard.dataName);
  },
  chooseSurveyFile(name: string): Promise<void> {
    if (!wizard) return Promise.resolve();
    return inspect(wizard.files, wizard.sheets, name);
  },
  async update(request: ImportRequest): Promise<void> {
    if (!wizard) return;
    const seq = ++sequence;
    // Columns still to be chosen: no preview, so nothing can be imported yet.
    if (!isSpecComplete(request.spec)) return set({ ...wizard, request, preview: null, error: null, busy: false });
    set({ ...wizard, request, busy: true, progress: null });
    const answer = await runInWorker(
      WIZARD_JOBS,
      { kind: 'request', request },
      {
        thresholds: getState().thresholds,
        reconstruct: getState().reconstruct,
        onProgress: (_stage, fraction) => {
          if (seq === sequence && wizard) set({ ...wizard, progress: fraction });
        },
      },
    );
    if (seq !== sequence || !wizard) return;
    if (answer.ok && answer.kind === 'result') set({ ...wizard, preview: answer.result, error: null, busy: false });
    else if (!answer.ok) set({ ...wizard, preview: null, error: answer.error, busy: false });
  },
  commit(): void {
    if (!wizard?.preview || !wizard.request) return;
    if (wizard.wave) actions.addWave(wizard.preview, { kind: 'request', request: wizard.request }, wizard.wave.date || null);
    else {
      // A new survey replaces the open project: Save must ask for a new file.
      void hostApi().closeProject({});
      actions.adopt(wizard.preview, { kind: 'request', request: wizard.request });
    }
    set(null);
  },
  cancel(): void {
    sequence++;
    // A preview of thousands of people may still be analysing: stop it, do not wait for it.
    if (wizard?.busy) cancelOwner(WIZARD_JOBS);
    set(null);
  },
};
