/**
 * How far a long job in the worker is — a bar, a sentence with the percentage, and a
 * Cancel button that ends the job (the page itself never waits for the worker).
 */
import { actions } from '../state/app-store';
import { useAnalysisProgress } from '../state/progress-store';
import { useT } from '../state/use-t';

export function ProgressLine({ label, fraction, onCancel, testId }: { label: string; fraction: number | null; onCancel?: () => void; testId: string }) {
  const t = useT();
  return (
    <div className="progress-line" role="status" data-testid={testId}>
      <progress value={fraction ?? undefined} max={1} />
      <span>
        {label}
        {fraction !== null && ` ${Math.round(fraction * 100)}%`}
      </span>
      {onCancel && (
        <button type="button" onClick={onCancel} data-testid={`${testId}-cancel`}>
          {t('busy.cancel')}
        </button>
      )}
    </div>
  );
}

/** The running analysis of the app's network, with Cancel. */
export function AnalysisProgress() {
  const t = useT();
  const fraction = useAnalysisProgress();
  return <ProgressLine label={t('busy.analysing')} fraction={fraction} onCancel={() => actions.cancelAnalysis()} testId="analysis-progress" />;
}
