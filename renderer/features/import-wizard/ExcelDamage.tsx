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
  const asked = new Set([...pendingDateColumns(preview, request), ...Object.keys(request.groupDates ?? {})]);
  const columns = [
    ...new Set(
      preview.report.items.flatMap((i) => ((i.kind === 'date-value' || i.kind === 'date-repaired') && asked.has(i.column ?? '') ? [i.column ?? ''] : [])),
    ),
  ];
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
          <div key={column} className={`notice ${chosen === undefined ? 'warning' : ''}`}>
            <p>{t('wizard.datesQuestion', { column, count: items.length, examples })}</p>
            <label>
              <input
                type="radio"
                name={`dates-${column}`}
                checked={chosen === true}
                onChange={() => answer(column, true)}
                data-testid={`dates-repair-${column}`}
              />{' '}
              {t('wizard.datesRepair')}
            </label>{' '}
            <label>
              <input
                type="radio"
                name={`dates-${column}`}
                checked={chosen === false}
                onChange={() => answer(column, false)}
                data-testid={`dates-keep-${column}`}
              />{' '}
              {t('wizard.datesKeep')}
            </label>
            {chosen !== undefined && <p className="muted">{t('wizard.idsAnswered')}</p>}
          </div>
        );
      })}
    </section>
  );
}

export function IdRepairs({ request, preview }: { request: ImportRequest; preview: AnalysisResult }) {
  const t = useT();
  // In the order of the file's columns, answered or not, so a question does not move once answered.
  const asked = new Set([...pendingIdColumns(preview), ...Object.keys(request.idRepairs ?? {})]);
  const columns = [
    ...new Set(
      preview.report.items.flatMap((i) => ((i.kind === 'unknown-id' || i.kind === 'damaged-id') && asked.has(i.column ?? '') ? [i.column ?? ''] : [])),
    ),
  ];
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
          <div key={column} className={`notice ${chosen === undefined ? 'warning' : ''}`}>
            {first && (
              <p>
                {t('wizard.idsQuestion', {
                  column,
                  count: items.length,
                  example: `${first.value} → ${first.asId ?? first.detail ?? ''}`,
                  row: first.row ?? '?',
                })}
              </p>
            )}
            <label>
              <input type="radio" name={`ids-${column}`} checked={chosen === true} onChange={() => answer(column, true)} data-testid={`ids-repair-${column}`} />{' '}
              {t('wizard.idsRepair')}
            </label>{' '}
            <label>
              <input type="radio" name={`ids-${column}`} checked={chosen === false} onChange={() => answer(column, false)} data-testid={`ids-keep-${column}`} />{' '}
              {t('wizard.idsKeep')}
            </label>
            {chosen !== undefined && <p className="muted">{t('wizard.idsAnswered')}</p>}
          </div>
        );
      })}
    </section>
  );
}
