/**
 * Survey tools can export the number of a choice instead of its text (Qualtrics "Numeric
 * values", LimeSurvey answer codes, SPSS-style exports): "5,6" for the fifth and sixth
 * colleague in the question's list, "1" … "5" for a frequency from "never" to "daily".
 * Such a number is a code, never a person and never a weight by itself: the user says what
 * it means (the colleague for each code, the weight for each answer) — see read-survey.ts and
 * read-rating-grid.ts. One rule, here, for both.
 */

/** A whole answer that is a bare number: a choice code. */
export const CHOICE_CODE = /^\d{1,6}$/;

export const isChoiceCode = (written: string): boolean => CHOICE_CODE.test(written.trim());

/**
 * Grid answers that need no label: only 0 and 1 (unticked / ticked, as Qualtrics' numeric
 * export writes a checkbox). Any other number (a 1–5 frequency, say) is a code to be labelled.
 */
export function numbersAreTicks(numbers: ReadonlySet<string>): boolean {
  for (const n of numbers) if (n !== '0' && n !== '1') return false;
  return true;
}
