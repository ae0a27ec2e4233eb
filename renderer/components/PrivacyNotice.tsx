/**
 * First-run explanation of what Talkmap stores and where: survey data is personal data,
 * and it never leaves this computer. Shown once; the choice is remembered locally.
 */
import { useState } from 'react';
import { useT } from '../state/use-t';

const SEEN_KEY = 'talkmap.privacyNoticeSeen';

export function PrivacyNotice() {
  const t = useT();
  const [seen, setSeen] = useState(() => globalThis.localStorage?.getItem(SEEN_KEY) === '1');
  if (seen) return null;
  return (
    <aside className="privacy-notice" role="note" aria-label={t('privacy.title')} data-testid="privacy-notice">
      <strong>{t('privacy.title')}</strong>
      <p>{t('privacy.body')}</p>
      <button
        type="button"
        onClick={() => {
          globalThis.localStorage?.setItem(SEEN_KEY, '1');
          setSeen(true);
        }}
      >
        {t('privacy.ok')}
      </button>
    </aside>
  );
}
