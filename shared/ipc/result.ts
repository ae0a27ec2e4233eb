/**
 * Results cross IPC as plain unions, because thrown errors lose their fields on the way.
 * An error has a code the page translates (`host.error.<code>`, with `params` such as the
 * file name) and an English message for logs and codes the page does not know.
 */
export interface HostError {
  code: string;
  message: string;
  params?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: HostError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: string, message: string, params?: Record<string, string>): Result<T> => ({
  ok: false,
  error: { code, message, ...(params ? { params } : {}) },
});
