/**
 * The IPC contract: for each channel, the zod schemas of its request and response.
 * Main validates every request against it; the renderer's bridge types come from it.
 * The renderer never sends a file path: main opens its own dialogs and returns contents.
 */
import { z } from 'zod';
import type { Channel } from './channels';

/** 64 MiB: large enough for a district's survey, small enough to refuse a runaway payload. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

const bytesSchema = z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected file contents as bytes');
const fileSchema = z.object({ name: z.string().min(1).max(255), bytes: bytesSchema });

export const contract = {
  'app:get-info': {
    request: z.object({}).strict(),
    response: z.object({ version: z.string(), locale: z.string(), platform: z.string() }),
  },
  'file:open-import': {
    request: z.object({ purpose: z.enum(['survey']) }).strict(),
    response: z.object({ files: z.array(fileSchema).max(2) }),
  },
  'file:save-export': {
    request: z
      .object({
        suggestedName: z.string().min(1).max(200).regex(/^[^/\\:*?"<>|]+$/, 'a file name, not a path'),
        content: z.union([z.string().max(MAX_FILE_BYTES), bytesSchema.refine((b) => b.byteLength <= MAX_FILE_BYTES, 'too large')]),
      })
      .strict(),
    response: z.object({ saved: z.boolean(), fileName: z.string().nullable() }),
  },
  'project:save': {
    request: z.object({ suggestedName: z.string().min(1).max(200).regex(/^[^/\\:*?"<>|]+$/, 'a file name, not a path'), content: z.string().max(MAX_FILE_BYTES) }).strict(),
    response: z.object({ saved: z.boolean(), fileName: z.string().nullable() }),
  },
  'report:save-pdf': {
    request: z.object({ suggestedName: z.string().min(1).max(200).regex(/^[^/\\:*?"<>|]+$/, 'a file name, not a path') }).strict(),
    response: z.object({ saved: z.boolean(), fileName: z.string().nullable() }),
  },
  'project:open': {
    request: z.object({}).strict(),
    response: z.object({ file: z.object({ name: z.string(), text: z.string() }).nullable() }),
  },
} satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>;

export type Contract = typeof contract;
export type RequestOf<C extends Channel> = z.infer<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.infer<Contract[C]['response']>;
