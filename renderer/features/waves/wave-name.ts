/** How a wave is called on screen: the user's label, or "Wave N" with its date. */
import type { Locale } from '../../../shared/i18n/translate';
import { t } from '../../../shared/i18n/translate';
import type { WaveEntry } from '../../state/app-store';
import { formatDate } from '../../../shared/i18n/format-date';

export function waveName(locale: Locale, waves: WaveEntry[], id: string): string {
  const index = waves.findIndex((w) => w.id === id);
  const wave = waves[index];
  if (!wave) return id;
  if (wave.label.trim()) return wave.label.trim();
  const date = formatDate(locale, wave.date);
  return date ? `${t(locale, 'wave.n', { n: index + 1 })} · ${date}` : t(locale, 'wave.n', { n: index + 1 });
}
