/**
 * The survey network as plain data: the people on the roster (or found in the survey)
 * and the directed ties between them. Everything downstream (graph, metrics, findings)
 * is derived from this shape, so it is what the importers produce and what is saved.
 */

export interface Person {
  /** Stable identifier: the roster id, or a key derived from the name. */
  id: string;
  /** Display name as written in the roster or survey (a roster written surname first: first name first). */
  name: string;
  /** The name as the roster wrote it, when `name` turned it round ("Vries, Jan de"). */
  writtenName?: string;
  /** Attribute columns from the roster (group, role, ...), as text. */
  attributes: Record<string, string>;
  /**
   * Whether this person answered the survey. `false` means their outgoing ties are
   * unknown (not zero); `true` means the ties they named are complete.
   */
  responded: boolean;
  /** Named in the survey but not on the roster, added by the user's decision. */
  outside?: boolean;
  /** A respondent whose own name is not (uniquely) on the roster, counted apart until the user decides who it is. */
  unlisted?: boolean;
  /**
   * Did not respond, but their outgoing ties were reconstructed from what others reported
   * (`--reconstruct`): still a non-respondent, with out-figures computed on the imputed ties.
   */
  outImputed?: boolean;
}

export interface Tie {
  source: string;
  target: string;
  /** Strength of the tie (1 for a plain nomination; frequency scores otherwise). */
  weight: number;
  /** Not reported by anyone: added by reconstruction (the reverse of a tie someone else reported). */
  imputed?: boolean;
}

export interface SurveyNetwork {
  people: Person[];
  ties: Tie[];
  /** Attribute that defines the groups (e.g. "bouw"), if any. */
  groupAttribute: string | null;
  /** Attribute that holds a person's role (e.g. "rol"), if any. */
  roleAttribute: string | null;
  /** Whether tie weights carry information beyond "named" (frequency answers). */
  weighted: boolean;
}
