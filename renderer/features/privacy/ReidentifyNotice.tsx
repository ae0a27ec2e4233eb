/**
 * With names hidden, a role only one person has still names them ("directeur staf (1)", the
 * only square on the map). Says so, with the roles, and folds those roles into "staf" in one
 * click (shared/present/reidentify.ts) — or shows them again.
 */
import { formatList } from '../../../shared/i18n/translate';
import { actions, shownResult, useAppState } from '../../state/app-store';
import { useNames } from '../../state/use-names';
import { useT } from '../../state/use-t';

export function ReidentifyNotice() {
  const t = useT();
  const locale = useAppState((s) => s.locale);
  const result = useAppState(shownResult);
  const folded = useAppState((s) => s.project.foldRoles);
  const meeting = useAppState((s) => s.meeting);
  const names = useNames(result);
  if (!result || !names.anonymised || meeting !== null) return null;
  const roles = formatList(locale, [...new Set(names.identified.map((p) => p.role))].slice(0, 6));
  if (names.identified.length === 0 && !folded) return null;
  return (
    <div className={`notice ${names.identified.length > 0 ? 'warning' : ''} reidentify`} role="status" data-testid="reidentify">
      {folded ? t('reidentify.folded') : t('reidentify.warning', { count: names.identified.length, roles })}
      {folded && names.identified.length > 0 && ` ${t('reidentify.stillOne', { count: names.identified.length, roles })}`}{' '}
      <button type="button" onClick={() => actions.setFoldRoles(!folded)} data-testid="reidentify-fold">
        {folded ? t('reidentify.unfold') : t('reidentify.fold')}
      </button>
    </div>
  );
}
