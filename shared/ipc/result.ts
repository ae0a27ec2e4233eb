/**
 * Results cross IPC as plain unions, because thrown errors lose their fields on the way.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: string, message: string): Result<T> => ({ ok: false, error: { code, message } });
