/**
 * The app's state (in one createStore, create-store.ts): what is loaded,
 * what is selected, and the view choices. Actions are plain functions; components
 * subscribe with useAppState(selector). No DOM work here: the page's language and
 * full screen follow the state in App.tsx.
 */
import { createStore } from './create-store';
import { localeFromLanguage, type Locale, type MessageParams } from '../../shared/i18n/translate';
import type { ThresholdOverrides } from '../../shared/findings/thresholds';
import type { AnalysisResult } from '../../shared/pipeline/run-analysis';
import type { AnonymiseMode } from '../../shared/present/anonymise';
import { cancelOwner, createJobOwner, isLatest, runInWorker } from '../workers/analysis-client';

/** The network on screen, and the other waves analysed in the background: two owners of worker jobs. */
const NETWORK_JOBS = createJobOwner('network');
const WAVE_JOBS = createJobOwner('waves');
import { setAnalysisProgress } from './progress-store';
import { DEFAULT_VIEW, type ViewState } from './view-state';
import type { AnalysisJob } from '../workers/analysis-protocol';
import type { ImportRequest } from '../../shared/import/import-files';
import { DEMO_WAVE_DATE } from '../../shared/demo/demo-school';

export type PanelTab = 'findings' | 'people' | 'network' | 'waves' | 'import';

/** One survey wave of the open project; `result` is null until analysed with the current settings. */
export interface WaveEntry {
  id: string;
  /** The user's name for the wave; empty shows "Wave N" and the date. */
  label: string;
  /** ISO date of the survey. */
  date: string | null;
  job: AnalysisJob;
  result: AnalysisResult | null;
}

export interface CompareChoice {
  before: string;
  after: string;
  mode: 'overlay' | 'side';
}

export interface AppState {
  locale: Locale;
  phase: 'loading' | 'ready' | 'error';
  result: AnalysisResult | null;
  isDemo: boolean;
  error: { key: string; params: MessageParams } | null;
  selectedFinding: string | null;
  selectedPerson: string | null;
  /** A pair of groups chosen in the group matrix: its ties are highlighted. */
  selectedBlock: { from: string; to: string } | null;
  view: ViewState;
  /** Earlier and undone view states, for undo/redo. */
  history: ViewState[];
  future: ViewState[];
  tab: PanelTab;
  thresholds: ThresholdOverrides;
  /** Reconstruct non-respondents' ties (symmetric relations only). */
  reconstruct: boolean;
  /** Names on screen and in exports: real, or replaced by role, initials or codes. */
  anonymise: AnonymiseMode;
  /** Meeting mode's current step, or null outside meeting mode. */
  meeting: number | null;
  /**
   * The printable report, built only once asked for (printing, or Ctrl+P): for thousands of
   * people it is pages of tables that would otherwise render with every result. `image` is
   * the map as a picture, made when the report is requested.
   */
  report: { image: string | null } | null;
  /** "Me" view: only this person's own position is shown (individual feedback). */
  meView: string | null;
  /** Dates of the open project (first saved, keep personal data until). */
  projectDates: { createdAt: string; keepUntil: string } | null;
  /** The last analysis job, re-run when the thresholds change. */
  job: AnalysisJob | null;
  /** The project's survey waves; `result` and `job` above are the active wave's. */
  waves: WaveEntry[];
  activeWave: string | null;
  /** Two waves shown as one map of what changed, or null. */
  compare: CompareChoice | null;
  /** People confirmed to be the same across waves: later id -> earlier id. */
  sameAs: Record<string, string>;
  /** The project's notes (what was decided, which interventions followed). */
  notes: string;
  /** The project file on screen as the host opened or saved it; null for the demo and unsaved new work. */
  openFile: OpenFile | null;
  /** What the network on screen replaced (a new survey, a log, a project, the demo): Ctrl+Z brings it back. */
  replaced: ReplacedWork | null;
}

export interface OpenFile {
  name: string;
  /** Someone else has the file open: it is read-only here (Save asks for a new name). */
  lockedBy: { user: string; host: string; since: string } | null;
  /** A .bak opened as a copy. */
  copy: boolean;
}

/** The parts of the state a newly opened network replaces, kept so the replacement can be undone. */
const REPLACED_FIELDS = ['result', 'isDemo', 'job', 'waves', 'activeWave', 'sameAs', 'compare', 'notes', 'projectDates', 'view', 'thresholds', 'reconstruct', 'anonymise', 'tab', 'openFile'] as const;
export type ReplacedWork = Pick<AppState, (typeof REPLACED_FIELDS)[number]> & {
  /** It had unsaved changes. */
  dirty: boolean;
};

const LOCALE_KEY = 'talkmap.locale';

/** Nothing selected: no finding, no person, no pair of groups. */
const NO_SELECTION = { selectedFinding: null, selectedPerson: null, selectedBlock: null } as const satisfies Partial<AppState>;

/**
 * The parts of the state that belong to the open project. A newly opened network (a new
 * survey, a log, the demo) replaces them as a whole: a new survey never keeps the previous
 * project's notes, dates, waves, people matched across waves, comparison or meeting.
 */
const FRESH_PROJECT = {
  waves: [],
  activeWave: null,
  sameAs: {},
  compare: null,
  notes: '',
  projectDates: null,
  meeting: null,
  meView: null,
  report: null,
  openFile: null,
} as const satisfies Partial<AppState>;

/** Whether the work on screen has unsaved changes (autosave.ts registers its answer). */
let unsavedProbe: () => boolean = () => false;
export function watchUnsaved(probe: () => boolean): void {
  unsavedProbe = probe;
}

/** The work on screen, before something replaces it (nothing to keep while the first network loads). */
function replacing(): Pick<AppState, 'replaced'> {
  if (!state.result) return { replaced: state.replaced };
  const kept = Object.fromEntries(REPLACED_FIELDS.map((k) => [k, state[k]])) as Pick<AppState, (typeof REPLACED_FIELDS)[number]>;
  return { replaced: { ...kept, dirty: unsavedProbe() } };
}

function initialLocale(): Locale {
  const saved = globalThis.localStorage?.getItem(LOCALE_KEY);
  return saved === 'nl' || saved === 'en' ? saved : localeFromLanguage(globalThis.navigator?.language);
}

let state: AppState = {
  locale: initialLocale(),
  phase: 'loading',
  result: null,
  isDemo: false,
  error: null,
  selectedFinding: null,
  selectedPerson: null,
  selectedBlock: null,
  view: DEFAULT_VIEW,
  history: [],
  future: [],
  tab: 'findings',
  thresholds: {},
  reconstruct: false,
  anonymise: 'off',
  meeting: null,
  report: null,
  meView: null,
  projectDates: null,
  job: null,
  waves: [],
  activeWave: null,
  compare: null,
  sameAs: {},
  notes: '',
  openFile: null,
  replaced: null,
};
const store = createStore<AppState>(state);

export function getState(): AppState {
  return state;
}

/** A saved project as it opens (project-actions.ts): its waves (not yet analysed) and settings. */
export type OpenedProject = Pick<AppState, 'waves' | 'activeWave' | 'sameAs' | 'thresholds' | 'reconstruct' | 'view' | 'projectDates' | 'notes' | 'anonymise'>;

/** After a save: the settings the file now holds and its dates. */
export function setSavedState(patch: Pick<AppState, 'projectDates'>): void {
  setState(patch);
}

const today = (): string => new Date().toISOString().slice(0, 10);

/** The waves with the active one's result replaced (or a first wave when there is none). */
function withActiveResult(result: AnalysisResult, job: AnalysisJob, fresh: boolean, date: string | null): Pick<AppState, 'waves' | 'activeWave'> | Pick<AppState, 'waves' | 'activeWave' | 'compare' | 'sameAs'> {
  if (fresh || state.waves.length === 0) return { waves: [{ id: 'wave-1', label: '', date, job, result }], activeWave: 'wave-1', compare: null, sameAs: {} };
  return { waves: state.waves.map((w) => (w.id === state.activeWave ? { ...w, job, result } : w)), activeWave: state.activeWave };
}

function setState(patch: Partial<AppState>): void {
  const next = { ...state, ...patch };
  // A printable report belongs to the result it was made for.
  if (next.result !== state.result && !('report' in patch)) next.report = null;
  state = next;
  store.set(next);
}

export function subscribe(listener: () => void): () => void {
  return store.subscribe(listener);
}

export function useAppState<T>(select: (s: AppState) => T): T {
  return store.use(select);
}

export const actions = {
  setLocale(locale: Locale): void {
    globalThis.localStorage?.setItem(LOCALE_KEY, locale);
    setState({ locale });
  },
  setMeView(meView: string | null): void {
    setState({ meView, selectedPerson: meView, selectedFinding: null, selectedBlock: null, meeting: null });
  },
  /** Builds the printable report (with the map as a picture when there is one). */
  requestReport(image: string | null): void {
    setState({ report: { image } });
  },
  setMeeting(meeting: number | null): void {
    setState({ meeting, selectedPerson: null, selectedBlock: null, selectedFinding: null });
  },
  setAnonymise(anonymise: AnonymiseMode): void {
    setState({ anonymise });
  },
  setView(patch: Partial<ViewState>): void {
    setState({ view: { ...state.view, ...patch }, history: [...state.history.slice(-99), state.view], future: [] });
  },
  undo(): void {
    const previous = state.history.at(-1);
    if (previous) setState({ view: previous, history: state.history.slice(0, -1), future: [state.view, ...state.future] });
  },
  redo(): void {
    const next = state.future[0];
    if (next) setState({ view: next, history: [...state.history, state.view], future: state.future.slice(1) });
  },
  selectBlock(block: { from: string; to: string } | null): void {
    setState({ selectedBlock: block, selectedFinding: null, selectedPerson: null });
  },
  setTab(tab: PanelTab): void {
    setState({ tab });
  },
  selectFinding(id: string | null): void {
    setState({ selectedFinding: id === state.selectedFinding ? null : id, selectedPerson: null, selectedBlock: null });
  },
  selectPerson(id: string | null): void {
    // In the "me" view nobody else can be selected.
    if (state.meView && id !== state.meView) return;
    setState({ selectedPerson: id, selectedFinding: null, selectedBlock: null });
  },
  clearSelection(): void {
    if (state.meView) return;
    setState({ ...NO_SELECTION });
  },
  async setReconstruct(reconstruct: boolean): Promise<void> {
    setState({ reconstruct, waves: state.waves.map((w) => ({ ...w, result: null })) });
    if (state.job) await actions.load(state.job, { keepSelection: true });
  },
  async setThresholds(thresholds: ThresholdOverrides): Promise<void> {
    setState({ thresholds, waves: state.waves.map((w) => ({ ...w, result: null })) });
    if (state.job) await actions.load(state.job, { keepSelection: true });
  },
  async load(job: AnalysisJob, { keepSelection = false } = {}): Promise<void> {
    setState({ phase: 'loading', error: null });
    setAnalysisProgress(null);
    const answer = await runInWorker(NETWORK_JOBS, job, { thresholds: state.thresholds, reconstruct: state.reconstruct, onProgress: (_stage, fraction) => setAnalysisProgress(fraction) });
    if (!isLatest(NETWORK_JOBS, answer.id)) return;
    setAnalysisProgress(null);
    // Cancelled by the user: the network on screen stays, no error to report.
    if (!answer.ok && answer.error.key === 'app.cancelled' && state.result) return setState({ phase: 'ready' });
    if (answer.ok && answer.kind === 'result') {
      // A project's (or the same job's) view is kept; a new network starts from a clean view.
      const fresh = keepSelection ? {} : { ...replacing(), ...FRESH_PROJECT, ...NO_SELECTION, view: { ...state.view, positions: {}, hiddenGroups: [], hiddenRoles: [], colourBy: null, groupMap: null }, history: [], future: [] };
      setState({ phase: 'ready', result: answer.result, isDemo: answer.isDemo, error: null, job, ...fresh, ...withActiveResult(answer.result, job, !keepSelection, job.kind === 'demo' ? DEMO_WAVE_DATE : today()) });
    }
    else if (!answer.ok) setState({ phase: state.result ? 'ready' : 'error', error: answer.error });
  },
  /**
   * Opens a saved project as a whole: its active wave is analysed with the project's own
   * settings first, and only when that succeeds does the project replace the work on
   * screen (kept for undo). On failure nothing changes and the error is shown.
   */
  async openProject(project: OpenedProject): Promise<boolean> {
    const active = project.waves.find((w) => w.id === project.activeWave) ?? project.waves[0];
    if (!active) return false;
    setState({ phase: 'loading', error: null });
    setAnalysisProgress(null);
    const answer = await runInWorker(NETWORK_JOBS, active.job, { thresholds: project.thresholds, reconstruct: project.reconstruct, onProgress: (_stage, fraction) => setAnalysisProgress(fraction) });
    if (!isLatest(NETWORK_JOBS, answer.id)) return false;
    setAnalysisProgress(null);
    if (!answer.ok || answer.kind !== 'result') {
      setState({ phase: state.result ? 'ready' : 'error', error: answer.ok ? null : answer.error });
      return false;
    }
    const waves = project.waves.map((w) => (w.id === active.id ? { ...w, result: answer.result } : w));
    setState({
      ...replacing(),
      ...FRESH_PROJECT,
      ...NO_SELECTION,
      ...project,
      waves,
      activeWave: active.id,
      phase: 'ready',
      result: answer.result,
      job: active.job,
      isDemo: false,
      error: null,
      tab: 'findings',
      history: [],
      future: [],
    });
    return true;
  },
  /** Brings back the work a new network replaced (undo of an import or an open). */
  restoreReplaced(): ReplacedWork | null {
    const replaced = state.replaced;
    if (!replaced) return null;
    const { dirty: _dirty, ...kept } = replaced;
    setState({ ...FRESH_PROJECT, ...NO_SELECTION, ...kept, replaced: null, phase: 'ready', error: null, history: [], future: [] });
    return replaced;
  },
  /** The project file on screen (after an open is confirmed, or a save). */
  setOpenFile(openFile: OpenFile | null): void {
    setState({ openFile });
  },
  /** Stops the running analysis of the network (other work in the worker goes on). */
  cancelAnalysis(): void {
    cancelOwner(NETWORK_JOBS);
  },
  /** Takes over a result computed elsewhere (the import wizard's preview). */
  adopt(result: AnalysisResult, job: AnalysisJob): void {
    setState({ ...replacing(), ...FRESH_PROJECT, ...NO_SELECTION, phase: 'ready', result, isDemo: false, job, error: null, tab: 'findings', view: { ...DEFAULT_VIEW }, history: [], future: [], ...withActiveResult(result, job, true, today()) });
  },
  /** An interaction log read into one network per period: each period is a wave, the newest is shown. */
  adoptLog(waves: { key: string; request: ImportRequest }[], result: AnalysisResult): void {
    const entries: WaveEntry[] = waves.map((w, i) => ({ id: `wave-${i + 1}`, label: w.key === 'all' ? '' : w.key, date: null, job: { kind: 'request', request: w.request }, result: i === waves.length - 1 ? result : null }));
    const last = entries.at(-1) as WaveEntry;
    setState({ ...replacing(), ...FRESH_PROJECT, ...NO_SELECTION, phase: 'ready', result, isDemo: false, job: last.job, error: null, tab: entries.length > 1 ? 'waves' : 'findings', view: { ...DEFAULT_VIEW }, history: [], future: [], waves: entries, activeWave: last.id });
  },
  /** A next wave from the wizard: it becomes the shown wave, compared with the one before. */
  addWave(result: AnalysisResult, job: AnalysisJob, date: string | null): void {
    const previous = state.activeWave ?? state.waves.at(-1)?.id ?? null;
    let n = state.waves.length + 1;
    while (state.waves.some((w) => w.id === `wave-${n}`)) n++;
    const wave: WaveEntry = { id: `wave-${n}`, label: '', date, job, result };
    setState({
      waves: [...state.waves, wave],
      activeWave: wave.id,
      result,
      job,
      error: null,
      selectedFinding: null,
      selectedPerson: null,
      selectedBlock: null,
      tab: 'waves',
      compare: previous ? { before: previous, after: wave.id, mode: 'overlay' } : null,
    });
  },
  /** Shows another wave's network (same view and positions). */
  async showWave(id: string): Promise<void> {
    const wave = state.waves.find((w) => w.id === id);
    if (!wave || id === state.activeWave) return;
    setState({ activeWave: id, compare: null, ...NO_SELECTION });
    if (wave.result) setState({ result: wave.result, job: wave.job });
    else await actions.load(wave.job, { keepSelection: true });
  },
  updateWave(id: string, patch: Partial<Pick<WaveEntry, 'label' | 'date'>>): void {
    setState({ waves: state.waves.map((w) => (w.id === id ? { ...w, ...patch } : w)) });
  },
  async removeWave(id: string): Promise<void> {
    if (state.waves.length < 2) return;
    const waves = state.waves.filter((w) => w.id !== id);
    const compare = state.compare && state.compare.before !== id && state.compare.after !== id ? state.compare : null;
    setState({ waves, compare });
    if (state.activeWave === id) {
      setState({ activeWave: null });
      await actions.showWave((waves.at(-1) as WaveEntry).id);
    }
  },
  setNotes(notes: string): void {
    setState({ notes });
  },
  setCompare(compare: CompareChoice | null): void {
    setState({ compare, ...NO_SELECTION });
    if (compare) void actions.analyseWaves([compare.before, compare.after]);
  },
  /** Analyses waves that have no result with the current settings (in the background). */
  async analyseWaves(ids: string[]): Promise<void> {
    for (const id of ids) {
      const wave = state.waves.find((w) => w.id === id);
      if (!wave || wave.result) continue;
      const answer = await runInWorker(WAVE_JOBS, wave.job, { thresholds: state.thresholds, reconstruct: state.reconstruct });
      if (answer.ok && answer.kind === 'result') setState({ waves: state.waves.map((w) => (w.id === id ? { ...w, result: answer.result } : w)) });
      else if (!answer.ok) setState({ error: answer.error });
    }
  },
  /** The user confirmed (or undid) that a person in a later wave is someone from an earlier one. */
  setSameAs(laterId: string, earlierId: string | null): void {
    const sameAs = { ...state.sameAs };
    if (earlierId) sameAs[laterId] = earlierId;
    else delete sameAs[laterId];
    setState({ sameAs });
  },
  showError(key: string, params: MessageParams = {}): void {
    setState({ error: { key, params } });
  },
  dismissError(): void {
    setState({ error: null });
  },
};
