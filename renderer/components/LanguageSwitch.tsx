/**
 * Dutch / English switch. The choice is remembered; the default is the system language.
 */
import { LOCALES, type Locale } from '../../shared/i18n/translate';
import { actions, useAppState } from '../state/app-store';
import { useT } from '../state/use-t';

const NAMES: Record<Locale, string> = { nl: 'Nederlands', en: 'English' };

export function LanguageSwitch() {
  const t = useT();
  const locale = useAppState((s) => s.locale);
  return (
    <label className="language-switch">
      <span className="sr-only">{t('app.language')}</span>
      <select value={locale} onChange={(e) => actions.setLocale(e.target.value as Locale)} data-testid="language" aria-label={t('app.language')}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
