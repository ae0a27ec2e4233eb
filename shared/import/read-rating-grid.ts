/**
 * One column per colleague, each holding a frequency or checkbox answer: Microsoft Forms
 * and Google Forms grids ("Hoe vaak … [Anouk de Vries]"), Qualtrics matrices, SurveyMonkey
 * checkboxes (the colleague's name when ticked), LimeSurvey `Y`. Answers become weights
 * through the scale; 0 ("Nooit") is an observed absence, a blank cell is missing.
 */
import { readAnswer, unlabelledNumber } from './answer-scale';
import { numbersAreTicks } from './choice-code';
import type { NameDecisions, RatingGridSpec } from './import-spec';
import type { Table } from './parse-table';
import type { Roster } from './roster';
import type { SurveyRead } from './read-survey';
import { surveyRespondents } from './survey-respondents';
import { TieCollector } from './tie-collector';

export function readRatingGrid(
  table: Table,
  file: string,
  spec: RatingGridSpec,
  roster: Roster | null,
  decisions: NameDecisions = {},
): SurveyRead & { weighted: boolean } {
  const survey = surveyRespondents(table, file, spec.respondentColumn, spec.groupColumn, roster, decisions);
  const columns = spec.columns.map((c) => ({ ...c, index: survey.column(c.column), id: survey.resolve(c.target, { row: 1, column: c.column }) }));
  // A column whose colleague is not (uniquely) on the roster: its answers wait for the user's decision, counted (detail).
  const unusedAnswers = new Map<string, number>();
  const collector = new TieCollector(survey.items);
  let weighted = false;
  // Numbers the scale does not name: ticks when they are only 0 and 1, else codes the user labels (choice-code.ts).
  const numbers = new Set<string>();
  for (const { row } of survey.rows)
    for (const c of columns) {
      const n = unlabelledNumber(row[c.index] ?? '', spec.scale);
      if (n !== null) numbers.add(n);
    }
  const ticks = numbersAreTicks(numbers);
  const codes = new Map<string, { row: number; column: string; cells: number }>();
  for (const { row, rowNumber, respondentId } of survey.rows) {
    let answered = 0;
    for (const c of columns) {
      const answer = readAnswer(row[c.index] ?? '', spec.scale, c.target, ticks);
      if (answer.kind === 'missing') continue;
      answered++;
      if (answer.kind === 'code') {
        const value = (row[c.index] ?? '').trim();
        const seen = codes.get(value);
        if (seen) seen.cells++;
        else codes.set(value, { row: rowNumber, column: c.column, cells: 1 });
        continue;
      }
      if (answer.kind === 'unknown') {
        survey.items.push({ kind: 'invalid-weight', file, row: rowNumber, column: c.column, value: row[c.index] ?? '', detail: 'label' });
        continue;
      }
      if (!c.id) {
        if (answer.weight > 0) unusedAnswers.set(c.column, (unusedAnswers.get(c.column) ?? 0) + 1);
        continue;
      }
      if (answer.weight !== 1 && answer.weight !== 0) weighted = true;
      collector.add(respondentId, c.id, answer.weight, { file, row: rowNumber, column: c.column, value: c.target, answer: (row[c.index] ?? '').trim() });
    }
    if (answered === 0)
      survey.items.push({ kind: 'empty-answer', file, row: rowNumber, column: null, value: (row[survey.column(spec.respondentColumn)] ?? '').trim() });
  }
  for (const c of columns)
    if (!c.id)
      survey.items.push({
        kind: survey.isAmbiguous(c.target) ? 'ambiguous-name' : 'unmatched-name',
        file,
        row: table.headerRow,
        column: c.column,
        value: c.target,
        detail: String(unusedAnswers.get(c.column) ?? 0),
      });
  // One item per unlabelled answer code, where it first occurs, with how many cells hold it.
  for (const [value, first] of [...codes].sort(([a], [b]) => Number(a) - Number(b)))
    survey.items.push({ kind: 'choice-code', file, row: first.row, column: first.column, value, detail: String(first.cells) });
  const people = survey.finish();
  return { people, ties: collector.list(), items: survey.items, respondents: survey.rows.length, weighted };
}
