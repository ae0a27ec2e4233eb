/**
 * The CSV separator and decimal mark for exports: by default what Excel on this computer
 * expects (the computer's locale, not Talkmap's language — a Dutch computer with the app in
 * English still wants ";" and "1,5"), changed in the Export menu and remembered.
 */
import { computerCsvDefaults, csvOptions, CSV_SEPARATORS, DECIMAL_MARKS, type CsvOptions, type CsvSeparator, type DecimalMark } from '../../shared/export/csv';
import { createStore } from './create-store';

export interface CsvPreference {
  separator: CsvSeparator;
  decimal: DecimalMark;
}

const KEY = 'talkmap.csv';

/** The computer's locale as the page sees it (Electron: the system's; a browser: its own language setting). */
function computerLocale(): string | undefined {
  return globalThis.navigator?.languages?.[0] ?? globalThis.navigator?.language;
}

function initial(): CsvPreference {
  const fallback = computerCsvDefaults(computerLocale());
  try {
    const saved = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? 'null') as Partial<CsvPreference> | null;
    return {
      separator: saved?.separator && CSV_SEPARATORS.includes(saved.separator) ? saved.separator : fallback.separator,
      decimal: saved?.decimal && DECIMAL_MARKS.includes(saved.decimal) ? saved.decimal : fallback.decimal,
    };
  } catch {
    return fallback;
  }
}

const store = createStore<CsvPreference>(initial());

/**
 * The computer's regional format as the host knows it (the desktop app: the system's, which
 * can differ from its display language): the default when the user has not chosen.
 */
export function adoptComputerLocale(tag: string | undefined): void {
  if (!tag || globalThis.localStorage?.getItem(KEY)) return;
  store.set(computerCsvDefaults(tag));
}

export function setCsvPreference(patch: Partial<CsvPreference>): void {
  const next = { ...store.get(), ...patch };
  globalThis.localStorage?.setItem(KEY, JSON.stringify(next));
  store.set(next);
}

export function useCsvPreference(): CsvPreference {
  return store.use((s) => s);
}

/** The options for toCsv right now. */
export function currentCsvOptions(): CsvOptions {
  const { separator, decimal } = store.get();
  return csvOptions(separator, decimal);
}
