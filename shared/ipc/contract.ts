/**
 * The IPC contract: for each channel, the zod schemas of its request and response.
 * Main validates every request against it; the renderer's bridge types come from it.
 * The renderer never sends a file path: main opens its own dialogs and returns contents.
 */
import { z } from 'zod';
import type { Channel } from './channels';

/** 64 MiB: large enough for a district's survey, small enough to refuse a runaway payload. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Interaction logs are streamed, not parsed as one string: up to 512 MiB (several million rows). */
export const MAX_LOG_BYTES = 512 * 1024 * 1024;

/** How many recent projects the Project menu lists. */
export const MAX_RECENT_PROJECTS = 8;

const fileName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^/\\:*?"<>|]+$/, 'a file name, not a path');
const lockSchema = z.object({ user: z.string(), host: z.string(), since: z.string() });

const bytesSchema = z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected file contents as bytes');
const fileSchema = z.object({ name: z.string().min(1).max(255), bytes: bytesSchema });

export const contract = {
  'app:get-info': {
    request: z.object({}).strict(),
    /** `systemLocale`: the computer's regional format (Electron's app.getSystemLocale()), for what Excel expects here. */
    response: z.object({ version: z.string(), locale: z.string(), platform: z.string(), systemLocale: z.string().optional() }),
  },
  'file:open-import': {
    request: z.object({ purpose: z.enum(['survey', 'roster']) }).strict(),
    response: z.object({ files: z.array(fileSchema).max(2) }),
  },
  'file:open-log': {
    request: z.object({}).strict(),
    response: z.object({ file: z.object({ name: z.string().min(1).max(255), bytes: bytesSchema }).nullable() }),
  },
  'file:save-export': {
    request: z
      .object({
        suggestedName: fileName,
        content: z.union([z.string().max(MAX_FILE_BYTES), bytesSchema.refine((b) => b.byteLength <= MAX_FILE_BYTES, 'too large')]),
      })
      .strict(),
    response: z.object({ saved: z.boolean(), fileName: z.string().nullable() }),
  },
  'project:save': {
    /** Saves over the open project, or asks where (the first save, or `saveAs`). */
    request: z.object({ suggestedName: fileName, content: z.string().max(MAX_FILE_BYTES), saveAs: z.boolean().optional() }).strict(),
    /** `token` names the saved file for a later `project:resume`. */
    response: z.object({ saved: z.boolean(), fileName: z.string().nullable(), token: z.string().nullable().optional() }),
  },
  'report:save-pdf': {
    request: z.object({ suggestedName: fileName }).strict(),
    response: z.object({ saved: z.boolean(), fileName: z.string().nullable() }),
  },
  'project:open': {
    /**
     * Through main's dialog, the n-th recent project, or the file main was asked to open
     * (`incoming`: a double-click, a second start). The file only becomes the open project
     * (Save's target, its lock, the recent list) once the page has read it: `project:opened`.
     */
    request: z
      .object({
        recent: z
          .number()
          .int()
          .min(0)
          .max(MAX_RECENT_PROJECTS - 1)
          .optional(),
        incoming: z.literal(true).optional(),
      })
      .strict(),
    response: z.object({ file: z.object({ name: z.string(), text: z.string() }).nullable() }),
  },
  'project:opened': {
    /**
     * The page read the file it asked for: it is now the open project. `lockedBy`: someone
     * else (another window, a colleague) has it open — it is then read-only here (Save asks
     * for a new name) and their lock is left alone. `copy`: a .bak, opened as a copy.
     */
    request: z.object({}).strict(),
    response: z.object({ fileName: z.string().nullable(), lockedBy: lockSchema.nullable(), copy: z.boolean(), token: z.string().nullable() }),
  },
  'project:resume': {
    /** An import was undone: the file the page names by its token is the open project again (Save writes there). */
    request: z.object({ token: z.string().min(1).max(100) }).strict(),
    response: z.object({ fileName: z.string().nullable() }),
  },
  'app:set-menu': {
    /** The native menu in the page's language, with the commands that can run now. */
    request: z.object({ locale: z.enum(['nl', 'en']), enabled: z.array(z.string().max(40)).max(64) }).strict(),
    response: z.object({}),
  },
  'project:recent': {
    request: z.object({}).strict(),
    response: z.object({ files: z.array(z.object({ name: z.string(), folder: z.string() })).max(MAX_RECENT_PROJECTS) }),
  },
  'project:close': {
    request: z.object({}).strict(),
    response: z.object({}),
  },
  'project:autosave': {
    request: z.object({ name: z.string().max(200), content: z.string().max(MAX_FILE_BYTES) }).strict(),
    response: z.object({}),
  },
  'project:recovery': {
    /** Returns the autosaved work left by a crash, or discards it. */
    request: z.object({ discard: z.boolean() }).strict(),
    response: z.object({ file: z.object({ name: z.string(), savedAt: z.string(), text: z.string() }).nullable() }),
  },
  'project:delete': {
    request: z.object({}).strict(),
    response: z.object({ removed: z.array(z.string()) }),
  },
} satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>;

export type Contract = typeof contract;
export type RequestOf<C extends Channel> = z.infer<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.infer<Contract[C]['response']>;
