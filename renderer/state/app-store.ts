/**
 * The app's state store (one small module wrapping useSyncExternalStore): what is loaded,
 * what is selected, and the view choices. Actions are plain functions; components
 * subscribe with useAppState(selector).
 */
import { useSyncExternalStore } from 'react';
import { localeFromLanguage, type Locale, type MessageParams } from '../../shared/i18n/translate';
import type { ThresholdOverrides } from '../../shared/findings/thresholds';
import type { AnalysisResult } from '../../shared/pipeline/run-analysis';
import { analyse, isLatest } from '../workers/analysis-client';
import type { AnalysisJob } from '../workers/analysis-protocol';

export type SizeMetric = 'inDegree' | 'outDegree' | 'betweenness';
export type PanelTab = 'findings' | 'people' | 'network' | 'import';

export interface AppState {
  locale: Locale;
  phase: 'loading' | 'ready' | 'error';
  result: AnalysisResult | null;
  isDemo: boolean;
  error: { key: string; params: MessageParams } | null;
  selectedFinding: string | null;
  selectedPerson: string | null;
  sizeBy: SizeMetric;
  tab: PanelTab;
  thresholds: ThresholdOverrides;
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
  sizeBy: 'inDegree',
  tab: 'findings',
  thresholds: {},
  job: null,
};
const listeners = new Set<() => void>();

export function getState(): AppState {
  return state;
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
  setSizeBy(sizeBy: SizeMetric): void {
    setState({ sizeBy });
  },
  setTab(tab: PanelTab): void {
    setState({ tab });
  },
  selectFinding(id: string | null): void {
    setState({ selectedFinding: id === state.selectedFinding ? null : id, selectedPerson: null });
  },
  selectPerson(id: string | null): void {
    setState({ selectedPerson: id, selectedFinding: null });
  },
  clearSelection(): void {
    setState({ selectedFinding: null, selectedPerson: null });
  },
  async setThresholds(thresholds: ThresholdOverrides): Promise<void> {
    setState({ thresholds });
    if (state.job) await actions.load(state.job, { keepSelection: true });
  },
  async load(job: AnalysisJob, { keepSelection = false } = {}): Promise<void> {
    setState({ phase: 'loading', error: null });
    const answer = await analyse(job, state.thresholds);
    if (!isLatest(answer.id)) return;
    if (answer.ok && answer.kind === 'result') {
      const selection = keepSelection ? {} : { selectedFinding: null, selectedPerson: null };
      setState({ phase: 'ready', result: answer.result, isDemo: answer.isDemo, error: null, job, ...selection });
    }
    else if (!answer.ok) setState({ phase: state.result ? 'ready' : 'error', error: answer.error });
  },
  /** Takes over a result computed elsewhere (the import wizard's preview). */
  adopt(result: AnalysisResult, job: AnalysisJob): void {
    setState({ phase: 'ready', result, isDemo: false, job, error: null, selectedFinding: null, selectedPerson: null, tab: 'findings' });
  },
  showError(key: string, params: MessageParams = {}): void {
    setState({ error: { key, params } });
  },
  dismissError(): void {
    setState({ error: null });
  },
};
