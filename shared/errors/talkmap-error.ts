/**
 * The one error type a user can see: a message key from the nl/en catalogues and its
 * parameters, translated where it is shown (the app, the CLI), never an English sentence
 * made where it was thrown. Import, logs and projects throw it (as ImportError, LogError,
 * ProjectError — the same type, named for where they come from); catch sites test for
 * TalkmapError and pass `code` and `params` on.
 */
import type { MessageKey } from '../i18n/messages-en';

export type ErrorParams = Record<string, string | number>;

export class TalkmapError extends Error {
  constructor(
    readonly code: MessageKey,
    readonly params: ErrorParams = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`);
  }
}
