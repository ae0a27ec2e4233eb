/** The first rows of the survey file, with the columns the import uses marked. */
import { isPrivateColumn } from '../../../shared/import/column-roles';
import type { ImportRequest } from '../../../shared/import/import-files';
import type { FilePreview } from '../../../shared/import/inspect-files';
import { useT } from '../../state/use-t';

export function SampleTable({ file, request }: { file: FilePreview; request: ImportRequest }) {
  const t = useT();
  const spec = request.spec;
  const used = new Set<string>(
    spec.shape === 'multi-select'
      ? [spec.respondentColumn, ...spec.nominationColumns]
      : spec.shape === 'rating-grid'
        ? [spec.respondentColumn, ...spec.columns.map((c) => c.column)]
        : spec.shape === 'matrix'
          ? file.header
          : [spec.sourceColumn ?? file.header[0] ?? '', spec.targetColumn ?? file.header[1] ?? ''],
  );
  return (
    <div className="table-scroll sample">
      <table>
        <thead>
          <tr>
            {file.header.map((h) => (
              <th key={h} className={used.has(h) ? 'used' : isPrivateColumn(h) ? 'left-out' : ''} title={isPrivateColumn(h) ? t('wizard.leftOut') : undefined}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {file.sample.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => {
                const h = file.header[j] ?? '';
                // Personal data that will not be imported is not shown either.
                if (isPrivateColumn(h))
                  return (
                    <td key={j} className="left-out">
                      {t('wizard.leftOutShort')}
                    </td>
                  );
                return (
                  <td key={j} className={used.has(h) ? 'used' : ''}>
                    {cell}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
