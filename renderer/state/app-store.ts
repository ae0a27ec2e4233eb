/**
 * The app's state store (one small module wrapping useSyncExternalStore): what is loaded,
 * what is selected, and the view choices. Actions are plain functions; components
 * subscribe with useAppState(selector).
 */
import { useSyncExternalStore } from 'react';
import { localeFromLanguage, type Locale, type MessageParams } from '../../shared/i18n/translate';
import type { ThresholdOverrides } from '../../shared/findings/thresholds';
import type { AnalysisResult } from '../../shared/pipeline/run-analysis';
import type { AnonymiseMode } from '../../shared/present/anonymise';
import { analyse, isLatest } from '../workers/analysis-client';
import { DEFAULT_VIEW, type ViewState } from './view-state';
import type { AnalysisJob } from '../workers/analysis-protocol';

export type PanelTab = 'findings' | 'people' | 'network' | 'import';

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
  /** The map as a picture for the printable report, made when a report is requested. */
  reportImage: string | null;
  /** "Me" view: only this person's own position is shown (individual feedback). */
  meView: string | null;
  /** Dates of the open project (first saved, keep personal data until). */
  projectDates: { createdAt: string; keepUntil: string } | null;
  /** The last analysis job, re-run when the thresholds change. */
  job: AnalysisJob | null;
}

const LOCALE_KEY = 'talkmap.locale';

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
  reportImage: null,
  meView: null,
  projectDates: null,
  job: null,
};
const listeners = new Set<() => void>();

export function getState(): AppState {
  return state;
}

/** Restores saved settings before a project's data is analysed (project-actions.ts). */
export function setProjectState(patch: Pick<AppState, 'thresholds' | 'reconstruct' | 'view' | 'projectDates'>): void {
  setState({ ...patch, history: [], future: [] });
}

function setState(patch: Partial<AppState>): void {
  state = { ...state, ...patch };
  for (const l of listeners) l();
}

export function useAppState<T>(select: (s: AppState) => T): T {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => select(state),
  );
}

export const actions = {
  setLocale(locale: Locale): void {
    globalThis.localStorage?.setItem(LOCALE_KEY, locale);
    document.documentElement.lang = locale;
    setState({ locale });
  },
  setMeView(meView: string | null): void {
    setState({ meView, selectedPerson: meView, selectedFinding: null, selectedBlock: null, meeting: null });
  },
  setReportImage(reportImage: string | null): void {
    setState({ reportImage });
  },
  setMeeting(meeting: number | null): void {
    setState({ meeting, selectedPerson: null, selectedBlock: null, selectedFinding: null });
    if (meeting === null && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
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
    setState({ selectedFinding: null, selectedPerson: null, selectedBlock: null });
  },
  async setReconstruct(reconstruct: boolean): Promise<void> {
    setState({ reconstruct });
    if (state.job) await actions.load(state.job, { keepSelection: true });
  },
  async setThresholds(thresholds: ThresholdOverrides): Promise<void> {
    setState({ thresholds });
    if (state.job) await actions.load(state.job, { keepSelection: true });
  },
  async load(job: AnalysisJob, { keepSelection = false } = {}): Promise<void> {
    setState({ phase: 'loading', error: null });
    const answer = await analyse(job, state.thresholds, state.reconstruct);
    if (!isLatest(answer.id)) return;
    if (answer.ok && answer.kind === 'result') {
      // A project's (or the same job's) view is kept; a new network starts from a clean view.
      const fresh = keepSelection ? {} : { selectedFinding: null, selectedPerson: null, selectedBlock: null, view: { ...state.view, positions: {}, hiddenGroups: [], hiddenRoles: [], colourBy: null }, history: [], future: [] };
      setState({ phase: 'ready', result: answer.result, isDemo: answer.isDemo, error: null, job, ...fresh });
    }
    else if (!answer.ok) setState({ phase: state.result ? 'ready' : 'error', error: answer.error });
  },
  /** Takes over a result computed elsewhere (the import wizard's preview). */
  adopt(result: AnalysisResult, job: AnalysisJob): void {
    setState({ phase: 'ready', result, isDemo: false, job, error: null, selectedFinding: null, selectedPerson: null, selectedBlock: null, tab: 'findings', view: { ...DEFAULT_VIEW }, history: [], future: [] });
  },
  showError(key: string, params: MessageParams = {}): void {
    setState({ error: { key, params } });
  },
  dismissError(): void {
    setState({ error: null });
  },
};
