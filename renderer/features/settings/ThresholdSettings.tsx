/**
 * Finding thresholds the user may adjust, each with its range and a sentence on what it
 * does. Changes re-run the analysis in the worker; "reset" returns to the defaults.
 */
import { DEFAULT_THRESHOLDS, THRESHOLD_SETTINGS } from '../../../shared/findings/thresholds';
import { formatNumber } from '../../../shared/i18n/translate';
import { actions, useAppState } from '../../state/app-store';
import { useT } from '../../state/use-t';

export function ThresholdSettings() {
  const t = useT();
  const locale = useAppState((s) => s.locale);
  const overrides = useAppState((s) => s.thresholds);
  const changed = Object.keys(overrides).length > 0;
  return (
    <details className="threshold-settings" data-testid="threshold-settings">
      <summary>{t('settings.thresholds')}</summary>
      <p className="muted">{t('settings.thresholdsIntro')}</p>
      {THRESHOLD_SETTINGS.map((s) => {
        const value = overrides[s.key] ?? DEFAULT_THRESHOLDS[s.key];
        return (
          <label key={s.key} className="threshold">
            <span className="threshold-label">
              {t(`threshold.${s.key}`)}: <strong>{formatNumber(locale, value, 2)}</strong>
            </span>
            <input
              type="range"
              min={s.min}
              max={s.max}
              step={s.step}
              value={value}
              data-testid={`threshold-${s.key}`}
              onChange={(e) => void actions.setThresholds({ ...overrides, [s.key]: Number(e.target.value) })}
            />
          </label>
        );
      })}
      {changed && (
        <button type="button" onClick={() => void actions.setThresholds({})}>
          {t('settings.reset')}
        </button>
      )}
    </details>
  );
}
