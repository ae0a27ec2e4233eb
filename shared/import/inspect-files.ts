/**
 * What the import wizard shows before anything is imported: per file how it was read
 * (encoding, separator, sheet), its columns, the first rows, and per column the distinct
 * answers when there are few (for the answer-to-weight step); plus the proposed import.
 */
import { hasMojibake } from './decode';
import type { FileInfo } from './import-report';
import type { ImportRequest, InputFile } from './import-files';
import { nominationsMatchPeople, proposeFromTables, relationsIn, type Relation } from './propose-import';
import { readTableFile } from './read-table-file';
import { edgeRelations, type EdgeRelations } from './read-edge-list';
import { ImportError } from './roster';

export interface FilePreview {
  name: string;
  encoding: string;
  delimiter: string;
  rows: number;
  header: string[];
  sample: string[][];
  sheets: string[] | null;
  sheet: string | null;
  /** Column -> its distinct non-empty answers, for columns with at most 12 of them. */
  answers: Record<string, string[]>;
  /** Characters like "Ã«" were found; a repair can be offered. */
  mojibake: boolean;
  repaired: boolean;
  /** Whether the encoding was chosen by the user rather than detected. */
  encodingForced: boolean;
  /** Whether the separator was chosen by the user rather than detected. */
  delimiterForced: boolean;
  /** Another separator that reads the file just as cleanly: the wizard asks the user to check. */
  rivalDelimiter: string | null;
  /** The header row the user chose (1-based), or null when detected. */
  headerRow: number | null;
  /** The file row of the header that was used (1-based): after lines above it, or the user's choice. */
  headerAt: number;
  /** The questions that name colleagues, each a relation (multiplex when more than one). */
  relations: Relation[];
  /** An edge list's relation column and its values (advice, friendship), when it has several. */
  edgeRelations: EdgeRelations | null;
}

export interface Inspection {
  files: FilePreview[];
  proposal: ImportRequest;
  /** Set when no sensible proposal could be made; the proposal is then a starting point. */
  proposalError: { key: string; params: Record<string, string | number> } | null;
}

export function inspectFiles(files: InputFile[], workbooks: Record<string, string[]> = {}, dataName?: string): Inspection {
  const tables = files.map((file) => {
    const info: FileInfo[] = [];
    const table = readTableFile(file, info);
    return { file, table, info: info[0] as FileInfo };
  });
  const previews: FilePreview[] = tables.map(({ file, table, info }) => {
    const answers: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
    table.header.forEach((h, i) => {
      const seen = new Set<string>();
      for (const row of table.rows) {
        const v = (row[i] ?? '').trim();
        if (v) seen.add(v);
        if (seen.size > 12) return;
      }
      answers[h] = [...seen].sort((a, b) => a.localeCompare(b));
    });
    return {
      name: file.name,
      encoding: info.encoding,
      delimiter: info.delimiter,
      rows: table.rows.filter((r) => r.some(Boolean)).length,
      header: table.header,
      sample: table.rows.filter((r) => r.some(Boolean)).slice(0, 6),
      sheets: workbooks[file.name] ?? null,
      sheet: file.sheet ?? null,
      answers,
      mojibake: hasMojibake([table.header, ...table.rows].flat().join('\n')) || (!!file.repairMojibake && !file.rows),
      repaired: !!file.repairMojibake,
      encodingForced: !!file.encoding,
      delimiterForced: !!file.delimiter,
      rivalDelimiter: table.rivalDelimiter,
      headerRow: file.headerRow ?? null,
      headerAt: table.headerRow,
      relations: relationsIn(table),
      edgeRelations: edgeRelations(table, { relationColumn: null }),
    };
  });
  try {
    const proposal = proposeFromTables(tables, dataName);
    // Offer as relations only questions whose answers are the people in the file.
    const spec = proposal.spec;
    const data = tables.find((t) => t.file === proposal.data);
    const rosterTable = tables.find((t) => t.file === proposal.roster)?.table ?? null;
    const files = previews.map((p) =>
      data && p.name === data.file.name && spec.shape !== 'edge-list' && spec.shape !== 'matrix'
        ? { ...p, relations: p.relations.filter((r) => nominationsMatchPeople(data.table, spec.respondentColumn, r.columns, rosterTable)) }
        : p,
    );
    return { files, proposal, proposalError: null };
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    const data = tables.find((t) => t.file.name === dataName) ?? tables[0];
    const roster = tables.find((t) => t !== data);
    const header = data?.table.header ?? [];
    if (header.length < 2) throw new ImportError('import.error.oneColumn', { file: data?.file.name ?? '' });
    return {
      // Not sure what the file is: no relations to choose from either (they would be guesses too).
      files: previews.map((p) => ({ ...p, relations: [] })),
      proposal: {
        data: data?.file as InputFile,
        roster: roster?.file ?? null,
        // Nothing is guessed: the respondent column only when it was recognised, no nominations chosen.
        spec: {
          shape: 'multi-select',
          respondentColumn: typeof error.params.respondent === 'string' ? error.params.respondent : '',
          nominationColumns: [],
          groupColumn: null,
        },
      },
      proposalError: { key: error.code, params: error.params },
    };
  }
}
