/**
 * The only place that touches ipcMain. Every request is checked: it must come from our
 * own top frame, fit the payload cap, and pass its zod schema; the handler's answer is
 * wrapped in a Result so errors keep their code across IPC.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Channel } from '../../../shared/ipc/channels';
import { contract, MAX_FILE_BYTES, type RequestOf, type ResponseOf } from '../../../shared/ipc/contract';
import { fail, ok, type Result } from '../../../shared/ipc/result';

export type Handler<C extends Channel> = (request: RequestOf<C>, event: IpcMainInvokeEvent) => Promise<ResponseOf<C>>;

export interface HandleOptions {
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean;
  maxPayloadBytes?: number;
}

/** An error the page can translate: `host.error.<code>` with `params` (e.g. the file's name). */
export class HandlerError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly params?: Record<string, string>,
  ) {
    super(message);
  }
}

export function createHandle(ipcMain: Pick<IpcMain, 'handle'>, options: HandleOptions) {
  const cap = options.maxPayloadBytes ?? MAX_FILE_BYTES + 1024;
  return function handle<C extends Channel>(channel: C, handler: Handler<C>): void {
    ipcMain.handle(channel, async (event, raw: unknown): Promise<Result<ResponseOf<C>>> => {
      if (!options.isTrustedSender(event)) return fail('untrusted-sender', 'Request refused: it did not come from the Talkmap window.');
      if (payloadSize(raw) > cap) return fail('payload-too-large', 'Request refused: it is larger than Talkmap accepts.');
      const parsed = contract[channel].request.safeParse(raw);
      if (!parsed.success) return fail('invalid-request', parsed.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; '));
      try {
        return ok(await handler(parsed.data as RequestOf<C>, event));
      } catch (error) {
        if (error instanceof HandlerError) return fail(error.code, error.message, error.params);
        return fail('internal', error instanceof Error ? error.message : String(error));
      }
    });
  };
}

/** Approximate size in bytes of a structured-clone payload, without serialising binary. */
export function payloadSize(value: unknown, depth = 0): number {
  if (depth > 20) return Number.POSITIVE_INFINITY;
  if (value === null || value === undefined) return 0;
  if (typeof value === 'string') return value.length * 2;
  if (typeof value === 'number' || typeof value === 'boolean') return 8;
  if (value instanceof Uint8Array) return value.byteLength;
  if (Array.isArray(value)) return value.reduce<number>((sum, v) => sum + payloadSize(v, depth + 1), 0);
  if (typeof value === 'object') {
    let sum = 0;
    for (const [k, v] of Object.entries(value)) sum += k.length * 2 + payloadSize(v, depth + 1);
    return sum;
  }
  return 0;
}

/** Trusted: the main frame of one of our windows, showing our own app URL. */
export function isOwnTopFrame(event: IpcMainInvokeEvent, isAppUrl: (url: string) => boolean): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  return frame.parent === null && frame === event.sender.mainFrame && isAppUrl(frame.url);
}
