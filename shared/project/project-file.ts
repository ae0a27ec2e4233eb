/**
 * Project files in and out: serialise the open project (import files as base64, with a
 * CRC-32 of the whole), and open one safely — unreadable, truncated, damaged (checksum),
 * foreign, newer or invalid files each get their own clear error (with the .bak offered
 * by the host), older versions are migrated.
 */
import { crc32 } from './crc32';
import type { ImportRequest, InputFile } from '../import/import-files';
import { ImportError } from '../import/roster';
import { blankPersonalColumns } from '../import/blank-personal';
import { fromBase64, toBase64 } from './base64';
import { addYears, migrate, RETENTION_YEARS } from './migrations';
import { CURRENT_VERSION, PROJECT_FORMAT, projectSchema, type Project, type SavedRequest } from './project-schema';

export class ProjectError extends ImportError {}

/** How a file is read (sheet, encoding, separator …), the same fields in a saved file and an InputFile: copied when set. */
function readingSettings(f: Omit<InputFile, 'name' | 'bytes' | 'rows'>): Omit<InputFile, 'name' | 'bytes' | 'rows'> {
  return {
    ...(f.sheet ? { sheet: f.sheet } : {}),
    ...(f.encoding ? { encoding: f.encoding } : {}),
    ...(f.repairMojibake ? { repairMojibake: true } : {}),
    ...(f.delimiter ? { delimiter: f.delimiter } : {}),
    ...(f.headerRow ? { headerRow: f.headerRow } : {}),
    ...(f.blanked ? { blanked: f.blanked } : {}),
  };
}

/** The user's answers that travel with an import (groups, names, damaged ids and dates), copied when set. */
function importAnswers(r: Pick<ImportRequest, 'groupAttribute' | 'decisions' | 'idRepairs' | 'groupDates'>) {
  return {
    ...(r.groupAttribute !== undefined ? { groupAttribute: r.groupAttribute } : {}),
    ...(r.decisions ? { decisions: r.decisions } : {}),
    ...(r.idRepairs ? { idRepairs: r.idRepairs } : {}),
    ...(r.groupDates ? { groupDates: r.groupDates } : {}),
  };
}

export function saveRequest(request: ImportRequest): SavedRequest {
  // The project keeps the files without the personal columns the import leaves out (blank-personal.ts).
  const file = (original: InputFile) => {
    const f = blankPersonalColumns(original);
    return { name: f.name, base64: toBase64(f.bytes), ...readingSettings(f) };
  };
  return {
    data: file(request.data),
    roster: request.roster ? file(request.roster) : null,
    spec: request.spec,
    ...importAnswers(request),
    ...(request.source ? { source: request.source } : {}),
  };
}

/**
 * Back to an ImportRequest. Spreadsheet rows are not stored: the chosen sheet is, and the
 * worker reads the .xlsx again (read-xlsx.ts `withSpreadsheetRows`).
 */
export function restoreRequest(saved: SavedRequest): ImportRequest {
  const file = (f: SavedRequest['data']): InputFile => ({ name: f.name, bytes: fromBase64(f.base64), ...readingSettings(f) });
  return {
    data: file(saved.data),
    roster: saved.roster ? file(saved.roster) : null,
    spec: saved.spec,
    ...importAnswers(saved),
    ...(saved.source ? { source: saved.source as ImportRequest['source'] } : {}),
  };
}

export type ProjectContent = Omit<Project, 'format' | 'version' | 'savedAt' | 'createdAt' | 'keepUntil'> & Partial<Pick<Project, 'createdAt' | 'keepUntil'>>;

/** The text the checksum is computed over: the project as written, without its `crc32`. */
const checkedText = (project: object): string => JSON.stringify(project, null, 1);

export function serializeProject(project: ProjectContent, savedAt = new Date().toISOString()): string {
  const createdAt = project.createdAt ?? savedAt;
  const keepUntil = project.keepUntil ?? addYears(createdAt, RETENTION_YEARS);
  const { crc32: _old, ...content } = project as ProjectContent & { crc32?: string };
  const body = checkedText({ format: PROJECT_FORMAT, version: CURRENT_VERSION, savedAt, ...content, createdAt, keepUntil });
  // The checksum goes last, so the text before it is exactly what it was computed over.
  return `${body.slice(0, -2)},\n "crc32": "${crc32(body)}"\n}`;
}

/** False when the file carries a checksum that its contents no longer match. */
function checksumMatches(raw: Record<string, unknown>): boolean {
  if (!('crc32' in raw)) return true;
  const { crc32: saved, ...rest } = raw;
  return typeof saved === 'string' && crc32(checkedText(rest)) === saved;
}

/** The open work with each wave's import as it is (files as bytes): the project-file text. */
export function serializeWithFiles(
  project: Omit<ProjectContent, 'waves'>,
  waves: readonly { id: string; label: string; date: string | null; request: ImportRequest }[],
): string {
  return serializeProject({ ...project, waves: waves.map((w) => ({ ...w, request: saveRequest(w.request) })) });
}

/** True when the project's personal data is past the date it was meant to be kept until. */
export function pastRetention(project: Pick<Project, 'keepUntil'>, now = new Date()): boolean {
  return new Date(project.keepUntil).getTime() < now.getTime();
}

export function parseProject(text: string, fileName: string): Project {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new ProjectError('project.error.corrupt', { file: fileName });
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== PROJECT_FORMAT) {
    throw new ProjectError('project.error.notProject', { file: fileName });
  }
  const version = Number((raw as { version?: unknown }).version);
  if (!Number.isInteger(version) || version < 1) throw new ProjectError('project.error.corrupt', { file: fileName });
  if (version > CURRENT_VERSION) throw new ProjectError('project.error.newer', { file: fileName, version, current: CURRENT_VERSION });
  if (!checksumMatches(raw as Record<string, unknown>)) throw new ProjectError('project.error.damaged', { file: fileName });
  const parsed = projectSchema.safeParse(migrate(raw as Record<string, unknown>));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ProjectError('project.error.invalid', { file: fileName, where: issue?.path.join('.') || '—', problem: issue?.message ?? '' });
  }
  return parsed.data;
}
