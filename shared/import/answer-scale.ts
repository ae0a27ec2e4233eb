/**
 * Frequency and checkbox answers to tie weights. The default scale knows the usual Dutch
 * and English labels ("Nooit" 0 … "Dagelijks" 4, "Ja"/"Y"/"x" 1); the import wizard lets
 * the user change any weight. "Nooit" is an observed 0 (no tie); a blank cell is missing.
 */

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

export type AnswerValue = { kind: 'weight'; weight: number } | { kind: 'missing' } | { kind: 'unknown' };

/** Reads one grid cell. `target` is the colleague of the column: SurveyMonkey writes their name when ticked. */
export function readAnswer(cell: string, scale: Record<string, number>, target: string): AnswerValue {
  const text = cell.trim();
  if (text === '') return { kind: 'missing' };
  const key = text.toLowerCase();
  if (Object.hasOwn(scale, key)) return { kind: 'weight', weight: scale[key] as number };
  const number = Number(text.replace(',', '.'));
  if (/^\d+([.,]\d+)?$/.test(text) && Number.isFinite(number)) return { kind: 'weight', weight: number };
  if (key === target.trim().toLowerCase()) return { kind: 'weight', weight: 1 };
  return { kind: 'unknown' };
}
