/**
 * One column per colleague, each holding a frequency or checkbox answer: Microsoft Forms
 * and Google Forms grids ("Hoe vaak … [Anouk de Vries]"), Qualtrics matrices, SurveyMonkey
 * checkboxes (the colleague's name when ticked), LimeSurvey `Y`. Answers become weights
 * through the scale; 0 ("Nooit") is an observed absence, a blank cell is missing.
 */
import { readAnswer } from './answer-scale';
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
  for (const c of columns) {
    if (!c.id) survey.items.push({ kind: 'unmatched-name', file, row: 1, column: c.column, value: c.target });
  }
  const collector = new TieCollector(survey.items);
  let weighted = false;
  for (const { row, rowNumber, respondentId } of survey.rows) {
    let answered = 0;
    for (const c of columns) {
      const answer = readAnswer(row[c.index] ?? '', spec.scale, c.target);
      if (answer.kind === 'missing') continue;
      answered++;
      if (answer.kind === 'unknown') {
        survey.items.push({ kind: 'invalid-weight', file, row: rowNumber, column: c.column, value: row[c.index] ?? '', detail: 'label' });
        continue;
      }
      if (answer.weight === 0 || !c.id) continue;
      if (answer.weight !== 1) weighted = true;
      collector.add(respondentId, c.id, answer.weight, { file, row: rowNumber, column: c.column, value: c.target });
    }
    if (answered === 0)
      survey.items.push({ kind: 'empty-answer', file, row: rowNumber, column: null, value: (row[survey.column(spec.respondentColumn)] ?? '').trim() });
  }
  const people = survey.finish();
  return { people, ties: collector.list(), items: survey.items, respondents: survey.rows.length, weighted };
}
