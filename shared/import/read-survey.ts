/**
 * A survey export where each respondent's nominations are names in one multi-select cell
 * (Microsoft Forms `A;B;`, Google Forms and Qualtrics `A, B`) or in several free-text
 * fields ("Naam 1" … "Naam 5"). Names are matched to the roster; every nomination that
 * does not become a tie is reported with its row and column.
 */
import type { Person, Tie } from '../network/types';
import type { ReportItem } from './import-report';
import type { MultiSelectSpec, NameDecisions } from './import-spec';
import type { Table } from './parse-table';
import { ImportError, type Roster } from './roster';
import { isChoiceCode } from './choice-code';
import { nameKey } from './name-key';
import { splitNames } from './split-names';
import { surveyRespondents } from './survey-respondents';
import { TieCollector } from './tie-collector';

export interface SurveyRead {
  people: Person[];
  ties: Tie[];
  items: ReportItem[];
  respondents: number;
}

export function readMultiSelectSurvey(table: Table, file: string, spec: MultiSelectSpec, roster: Roster | null, decisions: NameDecisions = {}): SurveyRead {
  if (spec.nominationColumns.includes(spec.respondentColumn)) throw new ImportError('import.error.sameColumn', { column: spec.respondentColumn });
  const survey = surveyRespondents(table, file, spec.respondentColumn, spec.groupColumn, roster, decisions);
  const columns = spec.nominationColumns.map((c) => ({ name: c, index: survey.column(c) }));
  const collector = new TieCollector(survey.items);
  for (const { row, rowNumber, respondentId } of survey.rows) {
    let named = 0;
    for (const { name: column, index } of columns) {
      for (const written of splitNames(row[index] ?? '', survey.isKnown)) {
        named++;
        // A bare number is the tool's code for a choice (choice-code.ts): the user says whom it means.
        const code = isChoiceCode(written);
        const target = survey.resolve(written, { row: rowNumber, column }, { code });
        const origin = { file, row: rowNumber, column, value: written };
        // A code the user chose to leave out ("Anders", "Niemand") is said as such, not asked again.
        const leftOut = code && decisions[nameKey(written)]?.action === 'ignore';
        if (!target)
          survey.items.push({
            kind: leftOut ? 'code-left-out' : code ? 'choice-code' : survey.isAmbiguous(written) ? 'ambiguous-name' : 'unmatched-name',
            ...origin,
          });
        else collector.add(respondentId, target, 1, origin);
      }
    }
    // Who named nobody, as they wrote their name: the report says "Named nobody — Sem Jansen, row 16".
    const who = (row[survey.column(spec.respondentColumn)] ?? '').trim();
    if (named === 0) survey.items.push({ kind: 'empty-answer', file, row: rowNumber, column: spec.nominationColumns.join(' / '), value: who });
  }
  const people = survey.finish();
  return { people, ties: collector.list(), items: survey.items, respondents: survey.rows.length };
}
