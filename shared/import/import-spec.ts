/**
 * The ImportSpec: which column of which file means what. It is validated with zod at
 * the edges (CLI flags, saved projects) and saved with a project so a next wave can be
 * imported again in one click.
 */
import { z } from 'zod';

const column = z.string().min(1);

/** Names chosen in one or more cells: a multi-select question, or free-text "Name 1…Name 5" fields. */
export const multiSelectSpecSchema = z.object({
  shape: z.literal('multi-select'),
  respondentColumn: column,
  nominationColumns: z.array(column).min(1),
  /** A survey column with the respondent's own group ("In welke bouw werk je?"). */
  groupColumn: column.nullable().default(null),
});

/** One column per colleague with a frequency or checkbox answer (Forms/Qualtrics grids, SurveyMonkey, LimeSurvey). */
export const ratingGridSpecSchema = z.object({
  shape: z.literal('rating-grid'),
  respondentColumn: column,
  columns: z.array(z.object({ column, target: z.string().min(1) })).min(1),
  /** Answer label (lower case) -> weight; 0 is an observed "never", a blank cell is missing. */
  scale: z.record(z.string(), z.number().min(0)),
  groupColumn: column.nullable().default(null),
});

/** A square adjacency matrix: names in the first row and column, a cell is the tie from row to column. */
export const matrixSpecSchema = z.object({ shape: z.literal('matrix') });

export const edgeListSpecSchema = z.object({
  shape: z.literal('edge-list'),
  sourceColumn: column.nullable().default(null),
  targetColumn: column.nullable().default(null),
  weightColumn: column.nullable().default(null),
  /** A column saying which relation each row is (advice, friendship): the rows of `relation` are read, the others are another network. */
  relationColumn: column.nullable().default(null),
  relation: z.string().nullable().default(null),
  /** A roster column saying who answered (1/0, ja/nee, yes/no): the others' own ties are unknown, not absent. */
  respondedColumn: column.nullable().default(null),
});

/** What the user decided for a written name that did not match the roster exactly. */
export const nameDecisionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('map'), id: z.string().min(1) }),
  z.object({ action: z.literal('add') }),
  z.object({ action: z.literal('ignore') }),
]);
/** Keyed by the written name's normalised key (nameKey). */
export const nameDecisionsSchema = z.record(z.string(), nameDecisionSchema);
export type NameDecision = z.infer<typeof nameDecisionSchema>;
export type NameDecisions = z.infer<typeof nameDecisionsSchema>;

export const importSpecSchema = z.discriminatedUnion('shape', [multiSelectSpecSchema, ratingGridSpecSchema, matrixSpecSchema, edgeListSpecSchema]);

export type MultiSelectSpec = z.infer<typeof multiSelectSpecSchema>;
export type RatingGridSpec = z.infer<typeof ratingGridSpecSchema>;
export type EdgeListSpec = z.infer<typeof edgeListSpecSchema>;
export type MatrixSpec = z.infer<typeof matrixSpecSchema>;
export type ImportSpec = z.infer<typeof importSpecSchema>;

/** Whether every column the shape needs has been chosen (the wizard starts with none when it is not sure). */
export function isSpecComplete(spec: ImportSpec): boolean {
  if (spec.shape === 'multi-select') return spec.respondentColumn !== '' && spec.nominationColumns.length > 0;
  if (spec.shape === 'rating-grid') return spec.respondentColumn !== '' && spec.columns.length > 0;
  return true;
}

/** An edge-list spec with every choice left to detection unless given. */
export function edgeListSpec(choices: Partial<Omit<EdgeListSpec, 'shape'>> = {}): EdgeListSpec {
  return {
    shape: 'edge-list',
    sourceColumn: null,
    targetColumn: null,
    weightColumn: null,
    relationColumn: null,
    relation: null,
    ...choices,
    respondedColumn: choices.respondedColumn ?? null,
  };
}
