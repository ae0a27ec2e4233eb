/**
 * The app's state store (one small module wrapping useSyncExternalStore): what is loaded,
 * what is selected, and the view choices. Actions are plain functions; components
 * subscribe with useAppState(selector).
 */
import { useSyncExternalStore } from 'react';
import { localeFromLanguage, type Locale, type MessageParams } from '../../shared/i18n/translate';
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
  async load(job: AnalysisJob): Promise<void> {
    setState({ phase: 'loading', error: null });
    const answer = await analyse(job);
    if (!isLatest(answer.id)) return;
    if (answer.ok) setState({ phase: 'ready', result: answer.result, isDemo: answer.isDemo, selectedFinding: null, selectedPerson: null, error: null });
    else setState({ phase: state.result ? 'ready' : 'error', error: answer.error });
  },
  showError(key: string, params: MessageParams = {}): void {
    setState({ error: { key, params } });
  },
  dismissError(): void {
    setState({ error: null });
  },
};
