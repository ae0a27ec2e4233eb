/**
 * The saved project (.talkmap, JSON): the survey waves with their original import files,
 * the ImportSpec and the user's name decisions, plus view settings, thresholds and notes.
 * Validated with zod on every open; `version` is bumped, with a numbered migration in
 * migrations.ts, whenever this shape changes.
 */
import { z } from 'zod';
import { importSpecSchema, nameDecisionsSchema } from '../import/import-spec';

export const PROJECT_FORMAT = 'talkmap-project';
export const CURRENT_VERSION = 5;

const savedFileSchema = z.object({
  name: z.string().min(1).max(255),
  base64: z.string(),
  sheet: z.string().optional(),
  encoding: z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252', 'macintosh']).optional(),
  repairMojibake: z.boolean().optional(),
  delimiter: z.enum([',', ';', '\t', '|']).optional(),
  headerRow: z.number().int().min(1).max(1000).optional(),
  /** Personal columns emptied in this copy (e-mail, IP, location). */
  blanked: z.array(z.string().max(1000)).max(1000).optional(),
});

export const savedRequestSchema = z.object({
  data: savedFileSchema,
  roster: savedFileSchema.nullable(),
  spec: importSpecSchema,
  groupAttribute: z.string().nullable().optional(),
  decisions: nameDecisionsSchema.optional(),
  /** Per edge-list column: ids that lost their leading zeros read as the nodes file's ids (true) or not (false). */
  idRepairs: z.record(z.string(), z.boolean()).optional(),
  /** Per roster column: groups Excel made dates of read as their ranges (true) or kept (false). */
  groupDates: z.record(z.string(), z.boolean()).optional(),
  /** For a wave made from an interaction log: the log's file info and unused rows. */
  source: z
    .object({
      file: z.object({ file: z.string(), encoding: z.string(), delimiter: z.string(), rows: z.number() }),
      items: z.array(
        z.object({
          kind: z.string(),
          file: z.string(),
          row: z.number().nullable(),
          column: z.string().nullable(),
          value: z.string(),
          detail: z.string().optional(),
        }),
      ),
    })
    .optional(),
});

const text = (max: number) => z.string().max(max);
const goalMeasureSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ties-between'), a: text(500), b: text(500) }),
  z.object({ kind: z.literal('named-by'), person: text(500) }),
  z.object({ kind: z.literal('names'), person: text(500) }),
  z.object({ kind: z.literal('groups-reached'), person: text(500), groups: z.array(text(500)).max(1000) }),
  z.object({ kind: z.literal('mutual-share') }),
]);

export const planGoalSchema = z.object({
  id: text(100),
  findingId: text(1000),
  measure: goalMeasureSchema.nullable(),
  target: z.number().min(0).max(1e9).nullable(),
  baseline: z.number().nullable(),
  setInWave: text(100),
  owner: text(200),
  due: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  note: text(2000),
});

export const waveSchema = z.object({
  id: z.string().min(1),
  label: z.string(),
  /** ISO date of the survey, when known. */
  date: z.string().nullable(),
  request: savedRequestSchema,
});

export const projectSchema = z.object({
  format: z.literal(PROJECT_FORMAT),
  version: z.literal(CURRENT_VERSION),
  savedAt: z.string(),
  /** When the project was first saved, and until when its personal data is meant to be kept. */
  createdAt: z.string(),
  keepUntil: z.string(),
  title: z.string(),
  waves: z.array(waveSchema).min(1),
  activeWave: z.string(),
  /** People confirmed to be the same across waves: an id in a later wave -> the earlier id. */
  sameAs: z.record(z.string(), z.string()).optional(),
  /** Map view settings as the renderer keeps them (layout, filters, dragged positions…). */
  view: z.record(z.string(), z.unknown()),
  thresholds: z.record(z.string(), z.number()),
  reconstruct: z.boolean(),
  /** How names were shown when saved (real names, role, initials or codes). */
  anonymise: z.enum(['off', 'role', 'initials', 'codes']).optional(),
  notes: z.string(),
  /** With names hidden, roles only one person has were shown as "staf". */
  foldRoles: z.boolean().optional(),
  /** The improvement plan: goals on findings, checked by later waves (shared/plan). */
  plan: z.array(planGoalSchema).max(1000).optional(),
  /** The meeting's findings in the leader's order (absent: Talkmap's default choice). */
  meeting: z.object({ findings: z.array(z.string().max(500)).max(1000) }).optional(),
  /**
   * CRC-32 of the file without this field (project-file.ts): written on every save, checked
   * on open. Absent in files written by hand or by other programs: they open unchecked.
   */
  crc32: z
    .string()
    .regex(/^[0-9a-f]{8}$/)
    .optional(),
});

export type SavedRequest = z.infer<typeof savedRequestSchema>;
export type Wave = z.infer<typeof waveSchema>;
export type Project = z.infer<typeof projectSchema>;
