/**
 * Importing an interaction log (who messaged whom, when): choose a date window and whether
 * to split it into periods (each becomes a wave), then the worker streams the file with a
 * progress bar and a Cancel button. Afterwards: how many rows were read, used, outside the
 * window, and not usable (those are in the import report with their rows).
 */
import { Modal } from '../../components/Modal';
import { ProgressLine } from '../../components/ProgressLine';
import { useState } from 'react';
import type { LogPeriod } from '../../../shared/import/interaction-log';
import { formatNumber } from '../../../shared/i18n/translate';
import { actions, getState, useAppState } from '../../state/app-store';
import { useT, useTKey } from '../../state/use-t';
import { hostApi } from '../../bridge/host-api';
import { cancelOwner, createJobOwner, runInWorker } from '../../workers/analysis-client';

/** The log dialog's jobs in the analysis worker (Cancel stops only these). */
const LOG_JOBS = createJobOwner('log import');
import type { LogSummary } from '../../workers/analysis-protocol';

type Period = LogPeriod | 'none';
const PERIODS: Period[] = ['none', 'week', 'month', 'quarter', 'year'];

export function LogImportDialog({ file, onClose }: { file: { name: string; bytes: Uint8Array }; onClose: (summary: LogSummary | null) => void }) {
  const t = useT();
  const tKey = useTKey();
  const locale = useAppState((s) => s.locale);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [period, setPeriod] = useState<Period>('none');
  const [progress, setProgress] = useState<{ stage: 'reading' | 'analysing'; fraction: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [roster, setRoster] = useState<{ name: string; bytes: Uint8Array } | null>(null);

  const run = async () => {
    setError(null);
    setProgress({ stage: 'reading', fraction: 0 });
    const answer = await runInWorker(
      LOG_JOBS,
      { kind: 'log', name: file.name, data: file.bytes, roster, options: { from: from || null, to: to || null, period: period === 'none' ? null : period } },
      { thresholds: getState().thresholds, onProgress: (stage, fraction) => setProgress({ stage, fraction }) },
    );
    setProgress(null);
    if (answer.ok && answer.kind === 'log') {
      void hostApi().closeProject({});
      actions.adoptLog(answer.waves, answer.result);
      onClose(answer.summary);
    } else if (!answer.ok && answer.error.key !== 'app.cancelled') setError(tKey(answer.error.key, answer.error.params));
  };

  const chooseRoster = async () => {
    const answer = await hostApi().openImportFiles({ purpose: 'survey' });
    if (answer.ok && answer.value.files[0]) setRoster(answer.value.files[0]);
  };

  return (
    // Esc closes the dialog, except while the log is being read (then Cancel stops the reading).
    <Modal className="log-import" labelledBy="log-title" testId="log-import" onCancel={progress ? undefined : () => onClose(null)}>
      <h2 id="log-title">{t('log.title')}</h2>
      <p>
        <strong>{file.name}</strong> <span className="muted">({formatNumber(locale, Math.round(file.bytes.byteLength / 1024 / 102.4) / 10, 1)} MB)</span>
      </p>
      <p className="muted">{t('log.intro')}</p>
      <div className="log-options">
        <label>
          {t('log.from')} <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="log-from" disabled={progress !== null} />
        </label>
        <label>
          {t('log.to')} <input type="date" value={to} onChange={(e) => setTo(e.target.value)} data-testid="log-to" disabled={progress !== null} />
        </label>
        <label>
          {t('log.period')}{' '}
          <select value={period} onChange={(e) => setPeriod(e.target.value as Period)} data-testid="log-period" disabled={progress !== null}>
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {t(`log.period.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <div>
          <button type="button" onClick={() => void chooseRoster()} disabled={progress !== null} data-testid="log-roster">
            {roster ? t('log.rosterChosen', { file: roster.name }) : t('log.roster')}
          </button>
        </div>
      </div>
      {progress && (
        <ProgressLine label={progress.stage === 'reading' ? t('log.reading') : t('busy.analysing')} fraction={progress.fraction} testId="log-progress" />
      )}
      {error && (
        <p className="notice warning" role="alert" data-testid="log-error">
          {error}
        </p>
      )}
      <div className="modal-actions">
        {progress ? (
          <button type="button" onClick={() => cancelOwner(LOG_JOBS)} data-testid="log-cancel">
            {t('log.cancel')}
          </button>
        ) : (
          <button type="button" onClick={() => onClose(null)}>
            {t('wizard.cancel')}
          </button>
        )}
        <button type="button" className="primary" disabled={progress !== null} onClick={() => void run()} data-testid="log-import-run">
          {t('log.import')}
        </button>
      </div>
    </Modal>
  );
}
