/**
 * Numbered migrations: MIGRATIONS[k] turns a version-k project into version k+1. Each is
 * tested with a fixture of the old version (test/fixtures/projects). A project from a newer
 * Talkmap is refused, never rewritten.
 */
import { CURRENT_VERSION } from './project-schema';

export type Json = Record<string, unknown>;
export type Migrations = Record<number, (project: Json) => Json>;

export const MIGRATIONS: Migrations = {
  // 1 -> 2: a retention date per project. Old projects count from their last save and
  // keep the default of one year.
  1: (p) => {
    const createdAt = typeof p.savedAt === 'string' ? p.savedAt : new Date(0).toISOString();
    return { ...p, version: 2, createdAt, keepUntil: addYears(createdAt, RETENTION_YEARS) };
  },
  // 2 -> 3: an edge list may name a relation column and the relation read (advice, friendship).
  // The new fields default to "detect": an old edge list without a relation column reads as
  // before; one with a relation column (whose rows version 2 merged into one network, counting
  // ties "named twice") now reads its largest relation, and the import report lists the others.
  // Files may also carry a chosen separator and header row (absent: detected, as before).
  2: (p) => ({ ...p, version: 3 }),
  // 3 -> 4: a checksum of the file's contents (crc32), written on every save and checked on
  // open. Older files have none and open unchecked, as before.
  3: (p) => ({ ...p, version: 4 }),
  // 4 -> 5: the meeting's chosen findings (`meeting`) and the improvement plan (`plan`). Older
  // projects have neither: the meeting shows the default choice — findings about one person now
  // start off — and the plan is empty.
  4: (p) => ({ ...p, version: 5 }),
};

/** Default retention: one year, until the next survey round. */
export const RETENTION_YEARS = 1;

export function addYears(iso: string, years: number): string {
  const d = new Date(iso);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString();
}

export function migrate(project: Json, migrations: Migrations = MIGRATIONS, target = CURRENT_VERSION): Json {
  let current = project;
  let version = Number(current.version);
  while (version < target) {
    const step = migrations[version];
    if (!step) throw new Error(`no migration from version ${version}`);
    current = step(current);
    const next = Number(current.version);
    if (next !== version + 1) throw new Error(`migration ${version} produced version ${next}`);
    version = next;
  }
  return current;
}
