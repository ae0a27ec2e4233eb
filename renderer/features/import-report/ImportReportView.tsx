/**
 * The import report: the files as read (encoding, separator) and every item that did not
 * become a tie as written, with file, row and column. Warns when the response rate is low.
 */
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import type { ReportItem } from '../../../shared/import/import-report';
import { detailParams, reportDetail } from '../../../shared/import/report-detail';
import { useT, useTKey } from '../../state/use-t';
import { useNames } from '../../state/use-names';
import { ResponseWarning } from '../../components/ResponseWarning';

export function ImportReportView({ result }: { result: AnalysisResult }) {
  const t = useT();
  const tKey = useTKey();
  const { report } = result;
  const names = useNames(result);
  const rate = report.responseRate;
  const detailText = (item: ReportItem): string => {
    const detail = reportDetail(item);
    // Whom a name was matched to is a name: hidden like the others.
    return detail
      ? tKey(
          detail.key,
          detailParams(detail, (n) => (names.anonymised ? names.alias(n) : n)),
        )
      : '';
  };
  const delimiterName = (d: string): string => (d === '\t' ? 'tab' : d);
  return (
    <div className="import-report" data-testid="import-report">
      <p className="muted">{t('report.intro')}</p>
      <ul className="file-list">
        {report.files.map((f) => (
          <li key={f.file}>
            {f.delimiter
              ? t('report.files', { file: f.file, rows: f.rows, encoding: f.encoding, delimiter: delimiterName(f.delimiter) })
              : t('report.filesSheet', { file: f.file, rows: f.rows, encoding: f.encoding })}
          </li>
        ))}
      </ul>
      <ResponseWarning rate={rate} />
      {report.items.length === 0 ? (
        <p>{t('report.none')}</p>
      ) : (
        // Three columns, so the side panel need not scroll sideways: what, where (file · row · column), and the value with its detail.
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">{t('report.col.kind')}</th>
              <th scope="col">{t('report.col.where')}</th>
              <th scope="col">{t('report.col.value')}</th>
            </tr>
          </thead>
          <tbody>
            {report.items.map((item, i) => {
              const detail = detailText(item);
              return (
                <tr key={i}>
                  <td>{t(`report.kind.${item.kind}`)}</td>
                  <td className="where">
                    {[
                      item.file,
                      item.row !== null ? t('report.atRow', { row: item.row }) : null,
                      item.column !== null ? t('report.atColumn', { column: item.column }) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </td>
                  <td>
                    {names.anonymised && item.kind !== 'column-left-out' ? names.alias(item.value) : item.value}
                    {detail && <div className="muted">{detail}</div>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
