/**
 * The app's state (in one createStore, create-store.ts). Two kinds of state, kept apart:
 * - `project`: the open work — its waves with their analyses, the active wave, the people
 *   matched across waves, the comparison, notes, dates and file. A newly opened network (a
 *   new survey, a log, a project, the demo) replaces it as a whole, in one place
 *   (`openNetwork`), so nothing of the previous project is ever carried over.
 * - the session around it: language, what is selected (one tagged value), the view and its
 *   undo history, the panel tab, settings, meeting mode.
 * The network on screen and its job are not stored twice: they are the active wave's
 * (`shownResult`, `activeJob`). Actions are plain functions; components subscribe with
 * useAppState(selector). No DOM work here: the page's language and full screen follow the
 * state in App.tsx.
 */
import { createStore } from './create-store';
import { localeFromLanguage, type Locale, type MessageParams } from '../../shared/i18n/translate';
import type { ThresholdOverrides } from '../../shared/findings/thresholds';
import type { AnalysisResult } from '../../shared/pipeline/run-analysis';
import type { PlanGoal } from '../../shared/plan/improvement-plan';
import type { AnonymiseMode } from '../../shared/present/anonymise';
import { cancelOwner, createJobOwner, isLatest, runInWorker } from '../workers/analysis-client';
import { setAnalysisProgress } from './progress-store';
import { DEFAULT_VIEW, type ViewState } from './view-state';
import type { AnalysisJob } from '../workers/analysis-protocol';
import type { ImportRequest } from '../../shared/import/import-files';
import { WHOLE_LOG } from '../../shared/import/interaction-log';
import { DEMO_WAVE_DATE } from '../../shared/demo/demo-school';

/** The network on screen, and the other waves analysed in the background: two owners of worker jobs. */
const NETWORK_JOBS = createJobOwner('network');
const WAVE_JOBS = createJobOwner('waves');

export type PanelTab = 'findings' | 'people' | 'network' | 'waves' | 'import';

/** One survey wave of the open project. */
export interface WaveEntry {
  id: string;
  /** The user's name for the wave; empty shows "Wave N" and the date. */
  label: string;
  /** ISO date of the survey. */
  date: string | null;
  job: AnalysisJob;
  /** The last analysis (kept on screen while a new one runs), or null before the first. */
  result: AnalysisResult | null;
  /** The settings `result` was computed with (settingsKey); another key means: analyse again. */
  analysedWith: string | null;
}

export interface CompareChoice {
  before: string;
  after: string;
  mode: 'overlay' | 'side';
}

export interface OpenFile {
  name: string;
  /** Someone else has the file open: it is read-only here (Save asks for a new name). */
  lockedBy: { user: string; host: string; since: string } | null;
  /** A .bak (or a dropped file) opened as a copy. */
  copy: boolean;
  /** How the host names this file when the page asks for it again (undo of an import); null for copies and in a browser. */
  token: string | null;
}

/** The open work. Replaced as a whole when a network is opened. */
export interface ProjectState {
  waves: WaveEntry[];
  activeWave: string | null;
  /** The built-in demo school (not a user's data). */
  isDemo: boolean;
  /** People confirmed to be the same across waves: later id -> earlier id. */
  sameAs: Record<string, string>;
  /** Two waves shown as one map of what changed, or null. */
  compare: CompareChoice | null;
  /** The project's notes (what was decided, which interventions followed). */
  notes: string;
  /** The findings meeting mode shows, in order (meeting-deck.ts); null: the default choice. */
  deck: string[] | null;
  /** The improvement plan: goals on findings, checked by later waves (shared/plan). */
  plan: PlanGoal[];
  /** With names hidden, roles only one person has are shown as "staf" (shared/present/reidentify.ts). */
  foldRoles: boolean;
  /** When the project was first saved, and until when its personal data is kept. */
  dates: { createdAt: string; keepUntil: string } | null;
  /** The project file, as the host opened or saved it; null for the demo and unsaved new work. */
  file: OpenFile | null;
}

export const NO_PROJECT: ProjectState = {
  waves: [],
  activeWave: null,
  isDemo: false,
  sameAs: {},
  compare: null,
  notes: '',
  deck: null,
  plan: [],
  foldRoles: false,
  dates: null,
  file: null,
};

/** What is selected: nothing, a finding, a person, or a pair of groups (its ties highlighted). */
export type Selection = { kind: 'none' } | { kind: 'finding'; id: string } | { kind: 'person'; id: string } | { kind: 'block'; from: string; to: string };

const NOTHING: Selection = { kind: 'none' };

export interface AppState {
  locale: Locale;
  phase: 'loading' | 'ready' | 'error';
  error: { key: string; params: MessageParams } | null;
  project: ProjectState;
  selection: Selection;
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
  /** Two waves side by side: the side panel steps aside so both maps can be read (on a laptop by default). */
  panelHidden: boolean;
  /** What the network on screen replaced: Ctrl+Z brings it back. */
  replaced: ReplacedWork | null;
  /** The work an undo set aside: Ctrl+Shift+Z brings it back. */
  undone: ReplacedWork | null;
}

/** The work a newly opened network replaced, kept so the replacement can be undone. */
export type ReplacedWork = Pick<AppState, 'project' | 'view' | 'thresholds' | 'reconstruct' | 'anonymise' | 'tab'> & {
  /** It had unsaved changes. */
  dirty: boolean;
};

// ---- Derived values (selectors) ----

export const activeEntry = (s: AppState): WaveEntry | null => s.project.waves.find((w) => w.id === s.project.activeWave) ?? null;
/** The network on screen: the active wave's analysis. */
export const shownResult = (s: AppState): AnalysisResult | null => activeEntry(s)?.result ?? null;
/** The active wave's job (re-run when the settings change). */
export const activeJob = (s: AppState): AnalysisJob | null => activeEntry(s)?.job ?? null;
export const selectedPersonOf = (s: AppState): string | null => (s.selection.kind === 'person' ? s.selection.id : null);
export const selectedFindingOf = (s: AppState): string | null => (s.selection.kind === 'finding' ? s.selection.id : null);
export const selectedBlockOf = (s: AppState): { from: string; to: string } | null => (s.selection.kind === 'block' ? s.selection : null);
/** The settings an analysis depends on, as one comparable key. */
export const settingsKey = (s: Pick<AppState, 'thresholds' | 'reconstruct'>): string => JSON.stringify([s.thresholds, s.reconstruct]);
const needsAnalysis = (wave: WaveEntry, s: AppState): boolean => wave.result === null || wave.analysedWith !== settingsKey(s);

const LOCALE_KEY = 'talkmap.locale';
/** The window width (px) from which two maps side by side and the side panel fit together. */
const SIDE_BY_SIDE_ROOM = 1600;

function initialLocale(): Locale {
  const saved = globalThis.localStorage?.getItem(LOCALE_KEY);
  return saved === 'nl' || saved === 'en' ? saved : localeFromLanguage(globalThis.navigator?.language);
}

let state: AppState = {
  locale: initialLocale(),
  phase: 'loading',
  error: null,
  project: NO_PROJECT,
  selection: NOTHING,
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
  panelHidden: false,
  replaced: null,
  undone: null,
};
const store = createStore<AppState>(state);

export function getState(): AppState {
  return state;
}

function setState(patch: Partial<AppState>): void {
  const next = { ...state, ...patch };
  // A printable report belongs to the result it was made for.
  if (shownResult(next) !== shownResult(state) && !('report' in patch)) next.report = null;
  state = next;
  store.set(next);
}

function setProject(patch: Partial<ProjectState>): void {
  setState({ project: { ...state.project, ...patch } });
}

function setWave(id: string, patch: Partial<WaveEntry>): void {
  setProject({ waves: state.project.waves.map((w) => (w.id === id ? { ...w, ...patch } : w)) });
}

export function subscribe(listener: () => void): () => void {
  return store.subscribe(listener);
}

export function useAppState<T>(select: (s: AppState) => T): T {
  return store.use(select);
}

/** Whether the work on screen has unsaved changes (autosave.ts registers its answer). */
let unsavedProbe: () => boolean = () => false;
export function watchUnsaved(probe: () => boolean): void {
  unsavedProbe = probe;
}

/** A saved project as it opens (project-actions.ts): its waves (not yet analysed) and settings. */
export interface OpenedProject {
  project: ProjectState;
  thresholds: ThresholdOverrides;
  reconstruct: boolean;
  view: ViewState;
  anonymise: AnonymiseMode;
}

/** A project of one wave made from an analysis (a new survey, the demo). */
function oneWave(result: AnalysisResult, job: AnalysisJob, date: string | null, key: string, isDemo = false): ProjectState {
  return { ...NO_PROJECT, isDemo, waves: [{ id: 'wave-1', label: '', date, job, result, analysedWith: key }], activeWave: 'wave-1' };
}

/** A new network's view: the layout and sizes kept, its own positions and filters cleared. */
const freshView = (): ViewState => ({ ...state.view, positions: {}, hiddenGroups: [], hiddenRoles: [], colourBy: null, groupMap: null });

const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * The one way a network replaces the work on screen: the project as a whole, nothing
 * selected, no meeting, a fresh view (or the project's own), a fresh undo history — and
 * the replaced work kept for undo. The panel stays on its tab unless told otherwise.
 */
/** The work on screen, as kept for undo and redo. */
const currentWork = (): ReplacedWork => ({
  project: state.project,
  view: state.view,
  thresholds: state.thresholds,
  reconstruct: state.reconstruct,
  anonymise: state.anonymise,
  tab: state.tab,
  dirty: unsavedProbe(),
});

/** Puts kept work back on screen (undo or redo of a replacement). */
function putBack(work: ReplacedWork, patch: Pick<AppState, 'replaced' | 'undone'>): void {
  const { dirty: _dirty, ...kept } = work;
  setState({ ...kept, ...patch, selection: NOTHING, meeting: null, meView: null, report: null, phase: 'ready', error: null, history: [], future: [] });
}

function openNetwork(project: ProjectState, settings: Partial<Pick<AppState, 'view' | 'thresholds' | 'reconstruct' | 'anonymise' | 'tab'>> = {}): void {
  const replaced: ReplacedWork | null = shownResult(state) ? currentWork() : state.replaced;
  setState({
    project,
    replaced,
    undone: null,
    selection: NOTHING,
    meeting: null,
    meView: null,
    report: null,
    phase: 'ready',
    error: null,
    history: [],
    future: [],
    view: freshView(),
    ...settings,
  });
}

/** Analyses a job for the network on screen; null when a newer one took over, or it failed (the error is shown). */
async function analyseForScreen(job: AnalysisJob, settings: Pick<AppState, 'thresholds' | 'reconstruct'>): Promise<AnalysisResult | null> {
  setState({ phase: 'loading', error: null });
  setAnalysisProgress(null);
  const answer = await runInWorker(NETWORK_JOBS, job, {
    thresholds: settings.thresholds,
    reconstruct: settings.reconstruct,
    onProgress: (_stage, fraction) => setAnalysisProgress(fraction),
  });
  if (!isLatest(NETWORK_JOBS, answer.id)) return null;
  setAnalysisProgress(null);
  if (answer.ok && answer.kind === 'result') return answer.result;
  // Cancelled by the user: the network on screen stays, no error to report.
  if (!answer.ok && answer.error.key === 'app.cancelled' && shownResult(state)) setState({ phase: 'ready' });
  else setState({ phase: shownResult(state) ? 'ready' : 'error', error: answer.ok ? null : answer.error });
  return null;
}

export const actions = {
  setLocale(locale: Locale): void {
    globalThis.localStorage?.setItem(LOCALE_KEY, locale);
    setState({ locale });
  },
  setMeView(meView: string | null): void {
    setState({ meView, selection: meView ? { kind: 'person', id: meView } : NOTHING, meeting: null, report: null });
  },
  /** Builds the printable report (with the map as a picture when there is one). */
  requestReport(image: string | null): void {
    setState({ report: { image } });
  },
  setMeeting(meeting: number | null): void {
    setState({ meeting, selection: NOTHING });
  },
  setAnonymise(anonymise: AnonymiseMode): void {
    // A report built before shows the old names in its map picture: it is built again when asked for.
    setState({ anonymise, report: null });
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
    setState({ selection: block ? { kind: 'block', ...block } : NOTHING });
  },
  setTab(tab: PanelTab): void {
    setState({ tab });
  },
  selectFinding(id: string | null): void {
    setState({ selection: id === null || id === selectedFindingOf(state) ? NOTHING : { kind: 'finding', id } });
  },
  selectPerson(id: string | null): void {
    // In the "me" view nobody else can be selected.
    if (state.meView && id !== state.meView) return;
    setState({ selection: id ? { kind: 'person', id } : NOTHING });
  },
  clearSelection(): void {
    if (state.meView) return;
    setState({ selection: NOTHING });
  },
  /** Another relation of the same export (another question, another value of the relation column) on screen: the same import with that layer's spec. */
  async setRelation(name: string): Promise<void> {
    const wave = activeEntry(state);
    const layer = wave?.result?.layers?.layers.find((l) => l.name === name);
    if (!wave || !layer || wave.job.kind !== 'request') return;
    setWave(wave.id, { job: { kind: 'request', request: { ...wave.job.request, spec: layer.spec } } });
    await actions.reanalyse();
  },
  async setReconstruct(reconstruct: boolean): Promise<void> {
    setState({ reconstruct });
    await actions.reanalyse();
  },
  async setThresholds(thresholds: ThresholdOverrides): Promise<void> {
    setState({ thresholds });
    await actions.reanalyse();
  },
  /** The active wave (and the compared ones) analysed again with the current settings; the old analysis stays on screen meanwhile. */
  async reanalyse(): Promise<void> {
    const wave = activeEntry(state);
    if (!wave) return;
    const key = settingsKey(state);
    const result = await analyseForScreen(wave.job, state);
    if (!result) return;
    setWave(wave.id, { result, analysedWith: key });
    setState({ phase: 'ready', error: null });
    const { compare } = state.project;
    if (compare) await actions.analyseWaves([compare.before, compare.after]);
  },
  /** Opens the built-in demo school as the work on screen. */
  async openDemo(): Promise<boolean> {
    const job: AnalysisJob = { kind: 'demo' };
    const key = settingsKey(state);
    const result = await analyseForScreen(job, state);
    if (!result) return false;
    openNetwork(oneWave(result, job, DEMO_WAVE_DATE, key, true));
    return true;
  },
  /**
   * Opens a saved project as a whole: its active wave is analysed with the project's own
   * settings first, and only when that succeeds does the project replace the work on
   * screen (kept for undo). On failure nothing changes and the error is shown.
   */
  async openProject(opened: OpenedProject): Promise<boolean> {
    const active = opened.project.waves.find((w) => w.id === opened.project.activeWave) ?? opened.project.waves[0];
    if (!active) return false;
    const result = await analyseForScreen(active.job, opened);
    if (!result) return false;
    const key = settingsKey(opened);
    const waves = opened.project.waves.map((w) => (w.id === active.id ? { ...w, result, analysedWith: key } : w));
    openNetwork(
      { ...opened.project, waves, activeWave: active.id, isDemo: false },
      { view: opened.view, thresholds: opened.thresholds, reconstruct: opened.reconstruct, anonymise: opened.anonymise },
    );
    return true;
  },
  /** Brings back the work a new network replaced (undo of an import or an open); redoReplaced brings the work on screen back. */
  undoReplaced(): ReplacedWork | null {
    const replaced = state.replaced;
    if (!replaced) return null;
    putBack(replaced, { replaced: null, undone: currentWork() });
    return replaced;
  },
  /** Brings back the work an undo set aside. */
  redoReplaced(): ReplacedWork | null {
    const undone = state.undone;
    if (!undone) return null;
    putBack(undone, { replaced: currentWork(), undone: null });
    return undone;
  },
  /** Nothing to undo to (after deleting a project's data: it must not come back). */
  forgetReplaced(): void {
    setState({ replaced: null, undone: null });
  },
  /** The project file on screen (after an open is confirmed, or a save). */
  setOpenFile(file: OpenFile | null): void {
    setProject({ file });
  },
  /** After a save: the project's dates as the file now holds them. */
  setProjectDates(dates: ProjectState['dates']): void {
    setProject({ dates });
  },
  /** Stops the running analysis of the network (other work in the worker goes on). */
  cancelAnalysis(): void {
    cancelOwner(NETWORK_JOBS);
  },
  /** Takes over a result computed elsewhere (the import wizard's preview): a new project. */
  adopt(result: AnalysisResult, job: AnalysisJob): void {
    openNetwork(oneWave(result, job, today(), settingsKey(state)), { view: { ...DEFAULT_VIEW }, tab: 'findings' });
  },
  /** An interaction log read into one network per period: each period is a wave, the newest is shown. */
  adoptLog(waves: { key: string; request: ImportRequest }[], result: AnalysisResult): void {
    const key = settingsKey(state);
    const entries: WaveEntry[] = waves.map((w, i) => ({
      id: `wave-${i + 1}`,
      label: w.key === WHOLE_LOG ? '' : w.key,
      date: null,
      job: { kind: 'request', request: w.request },
      result: i === waves.length - 1 ? result : null,
      analysedWith: i === waves.length - 1 ? key : null,
    }));
    openNetwork(
      { ...NO_PROJECT, waves: entries, activeWave: (entries.at(-1) as WaveEntry).id },
      { view: { ...DEFAULT_VIEW }, tab: entries.length > 1 ? 'waves' : 'findings' },
    );
  },
  /** A next wave from the wizard: it becomes the shown wave, compared with the one before. */
  addWave(result: AnalysisResult, job: AnalysisJob, date: string | null): void {
    const { waves, activeWave } = state.project;
    const previous = activeWave ?? waves.at(-1)?.id ?? null;
    let n = waves.length + 1;
    while (waves.some((w) => w.id === `wave-${n}`)) n++;
    const wave: WaveEntry = { id: `wave-${n}`, label: '', date, job, result, analysedWith: settingsKey(state) };
    setProject({ waves: [...waves, wave], activeWave: wave.id, compare: previous ? { before: previous, after: wave.id, mode: 'overlay' } : null });
    setState({ error: null, selection: NOTHING, tab: 'waves' });
  },
  /** Shows another wave's network (same view and positions). */
  async showWave(id: string): Promise<void> {
    const wave = state.project.waves.find((w) => w.id === id);
    if (!wave || id === state.project.activeWave) return;
    setProject({ activeWave: id, compare: null });
    setState({ selection: NOTHING });
    if (needsAnalysis(wave, state)) await actions.reanalyse();
  },
  updateWave(id: string, patch: Partial<Pick<WaveEntry, 'label' | 'date'>>): void {
    setWave(id, patch);
  },
  async removeWave(id: string): Promise<void> {
    const { waves: all, compare: current, activeWave } = state.project;
    if (all.length < 2) return;
    const waves = all.filter((w) => w.id !== id);
    const compare = current && current.before !== id && current.after !== id ? current : null;
    setProject({ waves, compare });
    if (activeWave === id) {
      setProject({ activeWave: null });
      await actions.showWave((waves.at(-1) as WaveEntry).id);
    }
  },
  /** The findings meeting mode shows, in order (null: the default choice). */
  setDeck(deck: string[] | null): void {
    setProject({ deck });
  },
  setFoldRoles(foldRoles: boolean): void {
    setProject({ foldRoles });
    // A report built before shows the old roles in its picture.
    setState({ report: null });
  },
  addGoal(goal: PlanGoal): void {
    setProject({ plan: [...state.project.plan.filter((g) => g.id !== goal.id), goal] });
  },
  removeGoal(id: string): void {
    setProject({ plan: state.project.plan.filter((g) => g.id !== id) });
  },
  setNotes(notes: string): void {
    setProject({ notes });
  },
  setPanelHidden(panelHidden: boolean): void {
    setState({ panelHidden });
  },
  setCompare(compare: CompareChoice | null): void {
    const wasSide = state.project.compare?.mode === 'side';
    setProject({ compare });
    // Side by side on a screen narrower than 1600 px: two maps of 450 px are unreadable, so the figures make room.
    const side = compare?.mode === 'side';
    setState({ selection: NOTHING, panelHidden: side ? (wasSide ? state.panelHidden : (globalThis.innerWidth ?? 1920) < SIDE_BY_SIDE_ROOM) : false });
    if (compare) void actions.analyseWaves([compare.before, compare.after]);
  },
  /** Analyses waves that have no analysis with the current settings (in the background). */
  async analyseWaves(ids: string[]): Promise<void> {
    for (const id of ids) {
      const wave = state.project.waves.find((w) => w.id === id);
      if (!wave || !needsAnalysis(wave, state)) continue;
      const key = settingsKey(state);
      const answer = await runInWorker(WAVE_JOBS, wave.job, { thresholds: state.thresholds, reconstruct: state.reconstruct });
      if (answer.ok && answer.kind === 'result') setWave(id, { result: answer.result, analysedWith: key });
      else if (!answer.ok) setState({ error: answer.error });
    }
  },
  /** The user confirmed (or undid) that a person in a later wave is someone from an earlier one. */
  setSameAs(laterId: string, earlierId: string | null): void {
    const sameAs = { ...state.project.sameAs };
    if (earlierId) sameAs[laterId] = earlierId;
    else delete sameAs[laterId];
    setProject({ sameAs });
  },
  showError(key: string, params: MessageParams = {}): void {
    setState({ error: { key, params } });
  },
  dismissError(): void {
    setState({ error: null });
  },
};
