/**
 * The translation hook: components call t(key, params) in the current language. The same
 * function until the language changes, so it can sit in a memo's or an effect's dependencies
 * (a new one on every render rebuilt the group map on every click elsewhere in the app).
 */
import { useCallback } from 'react';
import type { MessageKey } from '../../shared/i18n/messages-en';
import { t as translate, translateKey, type MessageParams } from '../../shared/i18n/translate';
import { useAppState } from './app-store';

export function useT(): (key: MessageKey, params?: MessageParams) => string {
  const locale = useAppState((s) => s.locale);
  return useCallback((key: MessageKey, params?: MessageParams) => translate(locale, key, params), [locale]);
}

/** The same for a key built at run time (an error's key, `report.kind.${kind}`): see translateKey. */
export function useTKey(): (key: string, params?: MessageParams) => string {
  const locale = useAppState((s) => s.locale);
  return useCallback((key: string, params?: MessageParams) => translateKey(locale, key, params), [locale]);
}
