/**
 * After a crash (or closing with unsaved work) the autosaved copy is offered back: restore
 * it, or throw it away. Until one is chosen the copy is kept as it is — new work is not
 * autosaved over it.
 */
import { useEffect, useState } from 'react';
import { useAppState } from '../../state/app-store';
import { discardRecovery, findRecovery, restoreRecovery, type Recovery } from '../../state/project-actions';
import { useT } from '../../state/use-t';
import { holdAutosave } from '../../state/autosave';

export function RecoveryBanner() {
  const t = useT();
  const locale = useAppState((s) => s.locale);
  const [recovery, setRecovery] = useState<Recovery | null>(null);
  useEffect(() => {
    void findRecovery().then((found) => {
      if (found) holdAutosave(true);
      setRecovery(found);
    });
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
          void restoreRecovery(recovery).then((restored) => {
            if (!restored) return;
            setRecovery(null);
            holdAutosave(false);
          });
        }}
        data-testid="recovery-restore"
      >
        {t('recovery.restore')}
      </button>
      <button
        type="button"
        onClick={() => {
          setRecovery(null);
          void discardRecovery().then(() => holdAutosave(false));
        }}
        data-testid="recovery-discard"
      >
        {t('recovery.discard')}
      </button>
    </div>
  );
}
