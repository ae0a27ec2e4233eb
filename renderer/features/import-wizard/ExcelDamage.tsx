/**
 * What Excel did to the files, asked per column: ids that lost their leading zeros (00123 → 123)
 * — are they the nodes file's ids? — and groups it made dates ("1-2" → "1-feb") — read them as the
 * ranges? Until every question is answered the import waits (pendingExcelQuestions); the answers are
 * saved with the import (ImportRequest.idRepairs, groupDates) and can be changed here.
 */
import type { ImportRequest } from '../../../shared/import/import-files';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { useT } from '../../state/use-t';
import { wizardActions } from '../../state/wizard-store';

/** Columns with ids that look damaged and have no answer yet. */
export function pendingIdColumns(preview: AnalysisResult): string[] {
  return [...new Set(preview.report.items.filter((i) => i.kind === 'unknown-id' && i.asId).map((i) => i.column ?? ''))];
}

/** Roster columns with groups Excel made dates of, and no answer yet. */
export function pendingDateColumns(preview: AnalysisResult, request: ImportRequest): string[] {
  return [
    ...new Set(
      preview.report.items.filter((i) => i.kind === 'date-value' && i.detail && request.groupDates?.[i.column ?? ''] === undefined).map((i) => i.column ?? ''),
    ),
  ];
}

export const pendingExcelQuestions = (preview: AnalysisResult, request: ImportRequest): number =>
  pendingIdColumns(preview).length + pendingDateColumns(preview, request).length;

export function GroupDates({ request, preview }: { request: ImportRequest; preview: AnalysisResult }) {
  const t = useT();
  const columns = askedColumns(preview, ['date-value', 'date-repaired'], [...pendingDateColumns(preview, request), ...Object.keys(request.groupDates ?? {})]);
  if (columns.length === 0) return null;
  const answer = (column: string, repair: boolean) => void wizardActions.update({ ...request, groupDates: { ...request.groupDates, [column]: repair } });
  return (
    <section data-testid="group-dates">
      <h3>{t('wizard.datesTitle')}</h3>
      {columns.map((column) => {
        const items = preview.report.items.filter((i) => i.column === column && (i.kind === 'date-value' || i.kind === 'date-repaired') && i.detail);
        const chosen = request.groupDates?.[column];
        const examples = items.slice(0, 4).map((i) => t('wizard.datesExample', { value: i.value, range: i.detail ?? '', row: i.row ?? '?' }));
        return (
          <ColumnQuestion
            key={column}
            name={`dates-${column}`}
            question={t('wizard.datesQuestion', { column, count: items.length, examples })}
            chosen={chosen}
            yes={t('wizard.datesRepair')}
            no={t('wizard.datesKeep')}
            testIds={[`dates-repair-${column}`, `dates-keep-${column}`]}
            onAnswer={(repair) => answer(column, repair)}
          />
        );
      })}
    </section>
  );
}

export function IdRepairs({ request, preview }: { request: ImportRequest; preview: AnalysisResult }) {
  const t = useT();
  const columns = askedColumns(preview, ['unknown-id', 'damaged-id'], [...pendingIdColumns(preview), ...Object.keys(request.idRepairs ?? {})]);
  if (columns.length === 0) return null;
  const answer = (column: string, repair: boolean) => void wizardActions.update({ ...request, idRepairs: { ...request.idRepairs, [column]: repair } });
  return (
    <section data-testid="id-repairs">
      <h3>{t('wizard.idsTitle')}</h3>
      {columns.map((column) => {
        const items = preview.report.items.filter((i) => i.column === column && ((i.kind === 'unknown-id' && i.asId) || i.kind === 'damaged-id'));
        const first = items[0];
        const chosen = request.idRepairs?.[column];
        return (
          <ColumnQuestion
            key={column}
            name={`ids-${column}`}
            question={
              first
                ? t('wizard.idsQuestion', {
                    column,
                    count: items.length,
                    example: `${first.value} → ${first.asId ?? first.detail ?? ''}`,
                    row: first.row ?? '?',
                  })
                : ''
            }
            chosen={chosen}
            yes={t('wizard.idsRepair')}
            no={t('wizard.idsKeep')}
            testIds={[`ids-repair-${column}`, `ids-keep-${column}`]}
            onAnswer={(repair) => answer(column, repair)}
          />
        );
      })}
    </section>
  );
}

/** The columns a question is (or was) asked about, in the order the report meets them, so a question does not move once answered. */
function askedColumns(preview: AnalysisResult, kinds: readonly string[], asked: readonly string[]): string[] {
  const wanted = new Set(asked);
  return [...new Set(preview.report.items.flatMap((i) => (kinds.includes(i.kind) && wanted.has(i.column ?? '') ? [i.column ?? ''] : [])))];
}

/** One yes/no question about a column, marked until answered; the answer can be changed. */
function ColumnQuestion(props: {
  name: string;
  question: string;
  chosen: boolean | undefined;
  yes: string;
  no: string;
  testIds: [string, string];
  onAnswer: (yes: boolean) => void;
}) {
  const t = useT();
  const { name, question, chosen, yes, no, testIds, onAnswer } = props;
  return (
    <div className={`notice ${chosen === undefined ? 'warning' : ''}`}>
      {question && <p>{question}</p>}
      <label>
        <input type="radio" name={name} checked={chosen === true} onChange={() => onAnswer(true)} data-testid={testIds[0]} /> {yes}
      </label>{' '}
      <label>
        <input type="radio" name={name} checked={chosen === false} onChange={() => onAnswer(false)} data-testid={testIds[1]} /> {no}
      </label>
      {chosen !== undefined && <p className="muted">{t('wizard.idsAnswered')}</p>}
    </div>
  );
}
