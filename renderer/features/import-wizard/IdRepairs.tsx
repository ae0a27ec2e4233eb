/**
 * Ids that lost their leading zeros in Excel (00123 → 123): per column, the user says whether
 * they are the nodes file's ids. Until then the import waits (pendingIdColumns); the answer is
 * saved with the import (ImportRequest.idRepairs) and can be changed here.
 */
import type { ImportRequest } from '../../../shared/import/import-files';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { useT } from '../../state/use-t';
import { wizardActions } from '../../state/wizard-store';

/** Columns with ids that look damaged and have no answer yet. */
export function pendingIdColumns(preview: AnalysisResult): string[] {
  return [...new Set(preview.report.items.filter((i) => i.kind === 'unknown-id' && i.asId).map((i) => i.column ?? ''))];
}

export function IdRepairs({ request, preview }: { request: ImportRequest; preview: AnalysisResult }) {
  const t = useT();
  const answered = Object.keys(request.idRepairs ?? {});
  const pending = pendingIdColumns(preview);
  const columns = [...new Set([...pending, ...answered])];
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
