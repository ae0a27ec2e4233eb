/**
 * Numbered migrations: MIGRATIONS[k] turns a version-k project into version k+1. Version 1
 * is the first released format, so the table is empty; each future change of the saved
 * shape adds one entry here, with a fixture of the old version in the tests. A project
 * from a newer Talkmap is refused, never rewritten.
 */
import { CURRENT_VERSION } from './project-schema';

export type Json = Record<string, unknown>;
export type Migrations = Record<number, (project: Json) => Json>;

export const MIGRATIONS: Migrations = {};

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
