/**
 * Frequency and checkbox answers to tie weights. The default scale knows the usual Dutch
 * and English labels ("Nooit" 0 … "Dagelijks" 4, "Ja"/"Y"/"x" 1); the import wizard lets
 * the user change any weight. "Nooit" is an observed 0 (no tie); a blank cell is missing.
 */
import { isChoiceCode } from './choice-code';

export const DEFAULT_SCALE: Record<string, number> = {
  nooit: 0,
  never: 0,
  zelden: 1,
  rarely: 1,
  jaarlijks: 1,
  yearly: 1,
  'een paar keer per jaar': 1,
  'a few times a year': 1,
  maandelijks: 2,
  monthly: 2,
  'elke maand': 2,
  'every month': 2,
  'een keer per maand': 2,
  'once a month': 2,
  wekelijks: 3,
  weekly: 3,
  'elke week': 3,
  'every week': 3,
  'een keer per week': 3,
  'once a week': 3,
  dagelijks: 4,
  daily: 4,
  'elke dag': 4,
  'every day': 4,
  ja: 1,
  yes: 1,
  y: 1,
  x: 1,
  true: 1,
  waar: 1,
  checked: 1,
  nee: 0,
  no: 0,
  n: 0,
  false: 0,
  onwaar: 0,
};

export type AnswerValue = { kind: 'weight'; weight: number } | { kind: 'missing' } | { kind: 'unknown' } | { kind: 'code' };

/** A grid answer that is a number the scale does not name: a tick (0/1) or a code to be labelled (choice-code.ts). */
export const unlabelledNumber = (cell: string, scale: Record<string, number>): string | null => {
  const text = cell.trim();
  return isChoiceCode(text) && !Object.hasOwn(scale, text.toLowerCase()) ? text : null;
};

/**
 * Reads one grid cell. `target` is the colleague of the column: SurveyMonkey writes their name when ticked.
 * A number the scale does not name is a weight only when the grid's numbers are ticks (`ticks`: only 0 and 1);
 * otherwise it is a code ("1" … "5" from "never" to "daily") whose weight the user gives.
 */
export function readAnswer(cell: string, scale: Record<string, number>, target: string, ticks: boolean): AnswerValue {
  const text = cell.trim();
  if (text === '') return { kind: 'missing' };
  const key = text.toLowerCase();
  if (Object.hasOwn(scale, key)) return { kind: 'weight', weight: scale[key] as number };
  if (unlabelledNumber(text, scale) !== null) return ticks ? { kind: 'weight', weight: Number(text) } : { kind: 'code' };
  if (key === target.trim().toLowerCase()) return { kind: 'weight', weight: 1 };
  return { kind: 'unknown' };
}

/**
 * A legend in a grid's headers — "Hoe vaak … (0 = nooit, 1 = een paar keer per jaar, …) [Anouk]", as
 * the survey kit's entry grid writes it — says what its numbers mean: each number gets its label's weight.
 * Only labels the default scale knows count; anything else is left for the user.
 */
export function scaleLegend(headers: readonly string[]): Record<string, number> {
  const legend: Record<string, number> = {};
  for (const header of headers)
    for (const [, number, label] of header.matchAll(/(\d{1,2})\s*=\s*([^,;()[\]=]+)/g)) {
      const key = (label ?? '').trim().toLowerCase();
      if (number !== undefined && Object.hasOwn(DEFAULT_SCALE, key)) legend[number] = DEFAULT_SCALE[key] as number;
    }
  return legend;
}
