/**
 * After a crash (or closing with unsaved work) the autosaved copy is offered back once:
 * restore it, or throw it away.
 */
import { useEffect, useState } from 'react';
import { useAppState } from '../../state/app-store';
import { discardRecovery, findRecovery, restoreRecovery, type Recovery } from '../../state/project-actions';
import { useT } from '../../state/use-t';

export function RecoveryBanner() {
  const t = useT();
  const locale = useAppState((s) => s.locale);
  const [recovery, setRecovery] = useState<Recovery | null>(null);
  useEffect(() => {
    void findRecovery().then(setRecovery);
  }, []);
  if (!recovery) return null;
  const when = new Date(recovery.savedAt).toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="error-banner recovery-banner" role="alert" data-testid="recovery">
      {t('recovery.found', { name: recovery.name, when })}
      <button
        type="button"
        className="primary"
        onClick={() => {
          setRecovery(null);
          void restoreRecovery(recovery);
        }}
        data-testid="recovery-restore"
      >
        {t('recovery.restore')}
      </button>
      <button
        type="button"
        onClick={() => {
          setRecovery(null);
          void discardRecovery();
        }}
        data-testid="recovery-discard"
      >
        {t('recovery.discard')}
      </button>
    </div>
  );
}
