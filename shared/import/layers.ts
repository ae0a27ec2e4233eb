/**
 * Several relations in one export are layers of one network: the questions of a survey ("met
 * wie bespreek je je instructie?", "… leerlingenzorg?") or the values of an edge list's relation
 * column (advice, friendship). Each layer is the same import with another spec, so every rule
 * of the import holds for each. The one read is `current`; the others can be switched to.
 */
import type { ImportRequest } from './import-files';
import type { ImportSpec } from './import-spec';
import { nominationsMatchPeople, relationsIn } from './propose-import';
import { edgeRelations } from './read-edge-list';
import { readTableFile } from './read-table-file';
import type { Table } from './parse-table';

export interface Layer {
  name: string;
  spec: ImportSpec;
}

export interface Layers {
  layers: Layer[];
  /** The layer the request reads (null when its columns are not one of the relations). */
  current: string | null;
}

const sameColumns = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((c) => b.includes(c));

/** The layers of a request's data file (`tables`: the files as already read); null when it holds one relation. */
export function importLayers(request: ImportRequest, tables?: { data: Table; roster: Table | null }): Layers | null {
  const spec = request.spec;
  const data = (): Table => tables?.data ?? readTableFile(request.data, []);
  if (spec.shape === 'edge-list') {
    const relations = edgeRelations(data(), spec);
    if (!relations || relations.values.length < 2) return null;
    return {
      layers: relations.values.map((v) => ({ name: v.value, spec: { ...spec, relationColumn: relations.column, relation: v.value } })),
      current: spec.relation ?? relations.values[0]?.value ?? null,
    };
  }
  if (spec.shape !== 'multi-select') return null;
  const table = data();
  const roster = tables ? tables.roster : request.roster ? readTableFile(request.roster, []) : null;
  const relations = relationsIn(table).filter(
    (r) => r.columns.every((c) => c !== spec.respondentColumn) && nominationsMatchPeople(table, spec.respondentColumn, r.columns, roster),
  );
  if (relations.length < 2) return null;
  return {
    layers: relations.map((r) => ({ name: r.name, spec: { ...spec, nominationColumns: r.columns } })),
    current: relations.find((r) => sameColumns(r.columns, spec.nominationColumns))?.name ?? null,
  };
}

/** The layer a user named (`--relation`): exactly, else the one whose name contains it (case ignored); null when none or several. */
export function layerNamed(layers: Layers, name: string): Layer | null {
  const wanted = name.trim().toLowerCase();
  const exact = layers.layers.find((l) => l.name.toLowerCase() === wanted);
  if (exact) return exact;
  const partial = layers.layers.filter((l) => l.name.toLowerCase().includes(wanted));
  return partial.length === 1 ? (partial[0] as Layer) : null;
}
