/**
 * The translation hook: components call t(key, params) in the current language.
 */
import type { MessageKey } from '../../shared/i18n/messages-en';
import { t as translate, type MessageParams } from '../../shared/i18n/translate';
import { useAppState } from './app-store';

export function useT(): (key: MessageKey, params?: MessageParams) => string {
  const locale = useAppState((s) => s.locale);
  return (key, params) => translate(locale, key, params);
}
