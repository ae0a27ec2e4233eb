/**
 * Shown while the open project is someone else's (their lock is on it): the work is
 * read-only here — Save makes a copy under a new name.
 */
import { useAppState } from '../../state/app-store';
import { useT } from '../../state/use-t';

export function ReadOnlyBanner() {
  const t = useT();
  const locale = useAppState((s) => s.locale);
  const file = useAppState((s) => s.project.file);
  if (!file?.lockedBy) return null;
  const since = new Date(file.lockedBy.since).toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB');
  return (
    <div className="notice warning read-only-banner" role="status" data-testid="read-only">
      {t('project.readOnly', { file: file.name, user: file.lockedBy.user, host: file.lockedBy.host, since })}
    </div>
  );
}
