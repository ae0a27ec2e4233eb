/**
 * The translation hook: components call t(key, params) in the current language. The same
 * function until the language changes, so it can sit in a memo's or an effect's dependencies
 * (a new one on every render rebuilt the group map on every click elsewhere in the app).
 */
import { useCallback } from 'react';
import type { MessageKey } from '../../shared/i18n/messages-en';
import { t as translate, translateKey, type MessageParams, type ParamsArg } from '../../shared/i18n/translate';
import { useAppState } from './app-store';

/** t(key, params) in the current language; its parameters are checked per message (ParamsArg). */
export type Translate = <K extends MessageKey>(key: K, ...params: ParamsArg<K>) => string;

export function useT(): Translate {
  const locale = useAppState((s) => s.locale);
  return useCallback<Translate>((key, ...params) => translate(locale, key, ...params), [locale]);
}

/** The same for a key built at run time (an error's key, `report.kind.${kind}`): see translateKey. */
export function useTKey(): (key: string, params?: MessageParams) => string {
  const locale = useAppState((s) => s.locale);
  return useCallback((key: string, params?: MessageParams) => translateKey(locale, key, params), [locale]);
}
