/**
 * An error from the host (a full disk, no permission, a file too large…) shown in the
 * user's language: `host.error.<code>` with the host's parameters (the file's name),
 * else the generic message with the host's own text.
 */
import type { HostError } from '../../shared/ipc/result';
import { isMessageKey } from '../../shared/i18n/translate';
import { actions } from '../state/app-store';

export function hostErrorMessage(error: HostError): { key: string; params: Record<string, string> } {
  const key = `host.error.${error.code}`;
  if (isMessageKey(key)) return { key, params: { file: '', detail: error.message, ...error.params } };
  return { key: 'app.error', params: { message: error.message } };
}

export function showHostError(error: HostError): void {
  const { key, params } = hostErrorMessage(error);
  actions.showError(key, params);
}
