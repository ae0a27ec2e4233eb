/**
 * The ImportSpec: which column of which file means what. It is validated with zod at
 * the edges (CLI flags, saved projects) and saved with a project so a next wave can be
 * imported again in one click.
 */
import { z } from 'zod';

export const multiSelectSpecSchema = z.object({
  shape: z.literal('multi-select'),
  respondentColumn: z.string().min(1),
  nominationColumn: z.string().min(1),
  /** A survey column with the respondent's own group ("In welke bouw werk je?"). */
  groupColumn: z.string().min(1).nullable().default(null),
});

export const edgeListSpecSchema = z.object({
  shape: z.literal('edge-list'),
  sourceColumn: z.string().min(1).nullable().default(null),
  targetColumn: z.string().min(1).nullable().default(null),
  weightColumn: z.string().min(1).nullable().default(null),
});

export const importSpecSchema = z.discriminatedUnion('shape', [multiSelectSpecSchema, edgeListSpecSchema]);

export type MultiSelectSpec = z.infer<typeof multiSelectSpecSchema>;
export type EdgeListSpec = z.infer<typeof edgeListSpecSchema>;
export type ImportSpec = z.infer<typeof importSpecSchema>;
