/**
 * The names for a survey kit: the people of the survey on screen (as a roster file with
 * their group and role), or a roster file the user picks (a workbook read to rows first).
 */
import { CSV_NL, toCsv } from '../../../shared/export/csv';
import type { InputFile } from '../../../shared/import/import-files';
import { loadInputFiles } from '../../../shared/import/read-xlsx';
import type { SurveyNetwork } from '../../../shared/network/types';

/** The network's people as a roster: id, name, and the group and role columns it was read with. */
export function rosterOfNetwork(network: SurveyNetwork, name: string): InputFile {
  const columns = [network.groupAttribute, network.roleAttribute].filter((c): c is string => !!c && c !== 'id' && c !== 'naam');
  const rows = network.people.map((p) => [p.id, p.name, ...columns.map((c) => p.attributes[c] ?? '')]);
  return { name, bytes: new TextEncoder().encode(toCsv([['id', 'naam', ...columns], ...rows], CSV_NL)) };
}

/** A picked roster file, ready for the kit (a workbook's first sheet with data as rows). */
export async function readyRoster(file: InputFile): Promise<InputFile> {
  const loaded = await loadInputFiles([file], {});
  return loaded.files[0] as InputFile;
}
