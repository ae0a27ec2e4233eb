// Projects survive a save and reopen unchanged — files, spec, name decisions, settings —
// and every kind of bad file gets its own clear error instead of a crash.
import { blankPersonalColumns } from '../../../../shared/import/blank-personal';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoImportRequest, demoWaveTwoFiles } from '../../../../shared/demo/demo-school';
import { migrate } from '../../../../shared/project/migrations';
import {
  parseProject,
  pastRetention,
  restoreRequest,
  saveRequest,
  serializeProject,
  serializeWithFiles,
  ProjectError,
} from '../../../../shared/project/project-file';
import { CURRENT_VERSION, savedRequestSchema } from '../../../../shared/project/project-schema';
import { runAnalysis } from '../../../../shared/pipeline/run-analysis';

const FIXTURES = resolve(__dirname, '../../../fixtures/import');
const file = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(resolve(FIXTURES, name))) });

function project(request = demoImportRequest()) {
  return serializeProject({
    title: 'Test',
    waves: [{ id: 'wave-1', label: '2026-03', date: null, request: saveRequest(request) }],
    activeWave: 'wave-1',
    view: { layout: 'force' },
    thresholds: { weakLinkRatio: 0.2 },
    reconstruct: false,
    notes: 'Teamoverleg 12 maart',
  });
}

const expectError = (fn: () => unknown, code: string) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ProjectError);
    expect((error as ProjectError).code).toBe(code);
    return;
  }
  throw new Error('no error');
};

describe('project files', () => {
  it('round-trips the import files, spec, name decisions and settings losslessly', () => {
    const request = {
      data: file('msforms-nl-cp1252.csv'),
      roster: file('roster-nl-cp1252.csv'),
      spec: { shape: 'multi-select' as const, respondentColumn: 'Naam', nominationColumns: ['Met wie bespreek je je instructie?'], groupColumn: null },
      decisions: { 'meester kees': { action: 'map' as const, id: '4' } },
    };
    const reopened = parseProject(project(request), 'test.talkmap');
    expect(reopened).toMatchObject({
      version: CURRENT_VERSION,
      title: 'Test',
      view: { layout: 'force' },
      thresholds: { weakLinkRatio: 0.2 },
      notes: 'Teamoverleg 12 maart',
    });
    const restored = restoreRequest(reopened.waves[0]!.request);
    // The files come back as kept: the e-mail column emptied (blank-personal.ts), written as UTF-8.
    expect(restored.data.bytes).toEqual(blankPersonalColumns(request.data).bytes);
    expect(restored.data.blanked).toEqual(['E-mail']);
    expect(restored.decisions).toEqual(request.decisions);
    const before = runAnalysis(request);
    const after = runAnalysis(restored);
    expect(after.network).toEqual(before.network);
    expect(after.report.items.filter((i) => i.kind !== 'personal-data-blanked')).toEqual(before.report.items);
    expect(after.report.items).toContainEqual(expect.objectContaining({ kind: 'personal-data-blanked', file: 'msforms-nl-cp1252.csv', column: 'E-mail' }));
    expect(after.report.files.map((f) => f.encoding)).toEqual(['windows-1252', 'utf-8']);
    expect({ ...after.report, items: [], files: [] }).toEqual({ ...before.report, items: [], files: [] });
    expect(after.report.items.some((i) => i.kind === 'name-mapped')).toBe(true);
    expect(after.report.items.some((i) => i.kind === 'unmatched-name')).toBe(false);
  });

  it.each([
    ['a truncated file', (t: string) => t.slice(0, t.length / 2), 'project.error.corrupt'],
    ['something else', () => '{"hello": 1}', 'project.error.notProject'],
    ['a newer format', (t: string) => t.replace(`"version": ${CURRENT_VERSION}`, '"version": 99'), 'project.error.newer'],
    // Edited by hand (no checksum any more) into a wrong structure.
    ['a broken structure', (t: string) => t.replace(/,\n "crc32": "[0-9a-f]{8}"/, '').replace('"waves"', '"wavez"'), 'project.error.invalid'],
    // One character changed by a failing disk or a sync tool: the checksum no longer matches.
    ['one changed character', (t: string) => t.replace('Teamoverleg 12 maart', 'Teamoverleg 13 maart'), 'project.error.damaged'],
    [
      'a changed name inside an import file',
      (t: string) => t.replace(/"base64": "(.)/, (_m, c: string) => `"base64": "${c === 'A' ? 'B' : 'A'}`),
      'project.error.damaged',
    ],
    ['an empty file', () => '', 'project.error.corrupt'],
  ])('refuses %s with a clear error', (_name, damage, code) => {
    expectError(() => parseProject(damage(project()), 'school.talkmap'), code);
  });

  it('opens a version-1 project through the 1 → 2 migration (retention date added)', () => {
    const v1 = readFileSync(resolve(__dirname, '../../../fixtures/projects/demo-v1.talkmap'), 'utf8');
    const project = parseProject(v1, 'demo-v1.talkmap');
    expect(project.version).toBe(CURRENT_VERSION);
    expect(project.createdAt).toBe('2026-03-09T10:00:00.000Z');
    expect(project.keepUntil).toBe('2027-03-09T10:00:00.000Z');
    expect(runAnalysis(restoreRequest(project.waves[0]!.request)).analysis.network.nodes).toBe(24);
  });

  it('opens a version-2 project through the 2 → 3 migration (edge lists may have a relation column)', () => {
    const v2 = readFileSync(resolve(__dirname, '../../../fixtures/projects/demo-v2.talkmap'), 'utf8');
    const project = parseProject(v2, 'demo-v2.talkmap');
    expect(project.version).toBe(CURRENT_VERSION);
    expect(project.keepUntil).toBe('2027-03-09T10:00:00.000Z');
    expect(runAnalysis(restoreRequest(project.waves[0]!.request)).analysis.network.nodes).toBe(24);
  });

  it('opens a version-4 project (checksum checked) through the 4 → 5 migration, with the default meeting choice', () => {
    const v4 = readFileSync(resolve(__dirname, '../../../fixtures/projects/demo-v4.talkmap'), 'utf8');
    expect(v4).toContain('"version": 4');
    const project = parseProject(v4, 'demo-v4.talkmap');
    expect(project.version).toBe(CURRENT_VERSION);
    expect(project.meeting).toBeUndefined();
    expect(project.notes).toBe('Teamoverleg');
    expect(runAnalysis(restoreRequest(project.waves[0]!.request)).analysis.network.nodes).toBe(24);
    // One changed character is still found.
    expectError(() => parseProject(v4.replace('Teamoverleg', 'Teamoverleh'), 'demo-v4.talkmap'), 'project.error.damaged');
  });

  it('keeps the separator and header row the user chose, through save and open', () => {
    const request = { ...demoImportRequest(), data: { ...demoImportRequest().data, delimiter: ';' as const, headerRow: 1 } };
    const saved = savedRequestSchema.parse(JSON.parse(JSON.stringify(saveRequest(request))));
    expect(restoreRequest(saved).data).toMatchObject({ delimiter: ';', headerRow: 1 });
  });

  it('keeps a retention date per project and says when it has passed', () => {
    const saved = parseProject(
      serializeProject(
        { title: 'x', waves: JSON.parse(project()).waves, activeWave: 'wave-1', view: {}, thresholds: {}, reconstruct: false, notes: '' },
        '2026-01-01T00:00:00.000Z',
      ),
      'x.talkmap',
    );
    expect(saved.keepUntil).toBe('2027-01-01T00:00:00.000Z');
    expect(pastRetention(saved, new Date('2026-12-31'))).toBe(false);
    expect(pastRetention(saved, new Date('2027-01-02'))).toBe(true);
  });

  it('migrates older versions step by step through numbered migrations', () => {
    const migrations = {
      1: (p: Record<string, unknown>) => ({ ...p, version: 2, notes: `${p.notes ?? ''} (migrated)` }),
      2: (p: Record<string, unknown>) => ({ ...p, version: 3, extra: true }),
    };
    expect(migrate({ version: 1, notes: 'x' }, migrations, 3)).toEqual({ version: 3, notes: 'x (migrated)', extra: true });
    expect(() => migrate({ version: 1 }, { 1: (p) => ({ ...p, version: 5 }) }, 3)).toThrow(/produced version 5/);
    expect(migrate({ version: CURRENT_VERSION, a: 1 })).toEqual({ version: CURRENT_VERSION, a: 1 });
  });
});

describe('the checksum', () => {
  it('is written last on every save and holds through a reopen and a re-save; a file without one opens unchecked', () => {
    const text = project();
    expect(text).toMatch(/,\n "crc32": "[0-9a-f]{8}"\n}$/);
    const reopened = parseProject(text, 'a.talkmap');
    // Saved again (with the old checksum in it): a fresh one, still valid.
    const again = serializeProject({ ...reopened });
    expect(() => parseProject(again, 'a.talkmap')).not.toThrow();
    expect((again.match(/"crc32"/g) ?? []).length).toBe(1);
    // Re-indented by a JSON tool: still the same contents.
    expect(() => parseProject(JSON.stringify(JSON.parse(text), null, 4), 'a.talkmap')).not.toThrow();
    // Written by another program, without a checksum.
    expect(() => parseProject(text.replace(/,\n "crc32": "[0-9a-f]{8}"/, ''), 'a.talkmap')).not.toThrow();
  });

  it('is CRC-32 as zip and PNG compute it', async () => {
    const { crc32 } = await import('../../../../shared/project/crc32');
    expect(crc32('')).toBe('00000000');
    expect(crc32('123456789')).toBe('cbf43926');
    expect(crc32('Noël')).toBe('d8ba9628'); // Python: '%08x' % zlib.crc32('Noël'.encode())
  });
});

describe('save → reopen → the same analysis, for every kind of input', () => {
  const TOOLS = resolve(__dirname, '../../../fixtures/import/tools');
  const tool = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(resolve(TOOLS, name))) });
  const reopen = (request: Parameters<typeof saveRequest>[0]) => restoreRequest(parseProject(project(request), 'x.talkmap').waves[0]!.request);

  it('an .xlsx survey and an .xlsx roster with a chosen sheet (the rows are read again from the workbook)', async () => {
    const { loadInputFiles, withSpreadsheetRows } = await import('../../../../shared/import/read-xlsx');
    const { proposeImport } = await import('../../../../shared/import/propose-import');
    const { files } = await loadInputFiles([tool('msforms.xlsx'), tool('roster.xlsx')], { 'roster.xlsx': 'Personeel' });
    const original = proposeImport(files);
    expect(original.roster?.sheet).toBe('Personeel');
    const restored = reopen(original);
    expect(restored.roster).toMatchObject({ name: 'roster.xlsx', sheet: 'Personeel' });
    expect(restored.data.rows).toBeUndefined();
    // Without reading the workbook again the analysis cannot run (what used to happen on reopen).
    expect(() => runAnalysis(restored)).toThrow();
    const reread = await withSpreadsheetRows(restored);
    const before = runAnalysis(original);
    const after = runAnalysis(reread);
    expect(after.network).toEqual(before.network);
    expect(after.report.items.filter((i) => i.kind !== 'personal-data-blanked')).toEqual(before.report.items);
    expect(after.analysis.nodes.map((n) => [n.id, n.group, n.inDegree])).toEqual(before.analysis.nodes.map((n) => [n.id, n.group, n.inDegree]));
    // Every export is the same, byte for byte.
    const { groupsCsv, blockMatrixCsv, findingsCsv, peopleCsv } = await import('../../../../shared/export/tables-csv');
    const { CSV_NL, CSV_EN } = await import('../../../../shared/export/csv');
    const { namingFor } = await import('../../../../shared/present/names');
    const { toGraphML, toGexf, toUcinetDl } = await import('../../../../shared/export/network-formats');
    const exports = (r: typeof before) => [
      peopleCsv(r.analysis.nodes, 'nl', namingFor(r.analysis.nodes, 'off'), CSV_NL),
      groupsCsv(r, 'nl', CSV_NL),
      blockMatrixCsv(r, 'nl', CSV_NL),
      findingsCsv(r.findings.findings, 'en', namingFor(r.analysis.nodes, 'off'), CSV_EN),
      toGraphML(r, namingFor(r.analysis.nodes, 'off')),
      toGexf(r, namingFor(r.analysis.nodes, 'off')),
      toUcinetDl(r, namingFor(r.analysis.nodes, 'off')),
    ];
    expect(exports(after)).toEqual(exports(before));
  });

  it('reads the sheet that was chosen, not the first one with data', async () => {
    const { withSpreadsheetRows } = await import('../../../../shared/import/read-xlsx');
    const chosen = await withSpreadsheetRows({ ...demoImportRequest(), roster: { ...tool('roster.xlsx'), sheet: 'Toelichting' } });
    expect(chosen.roster?.sheet).toBe('Toelichting');
    const personeel = await withSpreadsheetRows({ ...demoImportRequest(), roster: { ...tool('roster.xlsx'), sheet: 'Personeel' } });
    expect(chosen.roster?.rows).not.toEqual(personeel.roster?.rows);
  });

  it('an interaction log split into periods: every period is a wave that reopens to the same network and report', async () => {
    const { aggregateLogStream, logRequests } = await import('../../../../shared/import/interaction-log');
    const log = [
      'timestamp;afzender;ontvanger',
      '2026-01-05;Anna;Bram',
      '2026-01-20;Bram;Anna',
      '2026-02-03;Anna;Cor',
      '2026-02-04;Cor;Anna',
      'gisteren;Cor;Bram',
      '',
    ].join('\n');
    async function* chunks() {
      yield new TextEncoder().encode(log);
    }
    const waves = logRequests(await aggregateLogStream('log.csv', chunks(), { period: 'month' }), null);
    expect(waves.map((w) => w.key)).toEqual(['2026-01', '2026-02']);
    const text = serializeProject({
      title: 'log',
      waves: waves.map((w, i) => ({ id: `wave-${i + 1}`, label: w.key, date: null, request: saveRequest(w.request) })),
      activeWave: 'wave-2',
      view: {},
      thresholds: {},
      reconstruct: false,
      notes: '',
    });
    const reopened = parseProject(text, 'log.talkmap');
    reopened.waves.forEach((w, i) => {
      const before = runAnalysis(waves[i]!.request);
      const after = runAnalysis(restoreRequest(w.request));
      expect(after.network).toEqual(before.network);
      expect(after.report).toEqual(before.report);
    });
  });
});

describe('projects with several waves', () => {
  it('keeps every wave, its decisions and the people matched across waves through save and reopen', () => {
    const [survey, roster] = demoWaveTwoFiles();
    const second = { ...demoImportRequest(), data: survey!, roster: roster!, decisions: { 'm v d linden': { action: 'map' as const, id: 'p21' } } };
    const text = serializeProject({
      title: 'Regenboog',
      waves: [
        { id: 'wave-1', label: '', date: '2026-03-09', request: saveRequest(demoImportRequest()) },
        { id: 'wave-2', label: 'Na de interventies', date: '2027-03-15', request: saveRequest(second) },
      ],
      activeWave: 'wave-2',
      sameAs: { x: 'y' },
      view: {},
      thresholds: {},
      reconstruct: false,
      notes: '',
    });
    const reopened = parseProject(text, 'regenboog.talkmap');
    expect(reopened.waves.map((w) => [w.id, w.label, w.date])).toEqual([
      ['wave-1', '', '2026-03-09'],
      ['wave-2', 'Na de interventies', '2027-03-15'],
    ]);
    expect(reopened.activeWave).toBe('wave-2');
    expect(reopened.sameAs).toEqual({ x: 'y' });
    const restored = restoreRequest(reopened.waves[1]!.request);
    expect(restored.decisions).toEqual(second.decisions);
    expect(restored.roster?.name).toBe('regenboog-personeel-2027.csv');
    expect(runAnalysis(restored).analysis.network).toEqual(runAnalysis(second).analysis.network);
  });
});

describe('writing the open work with its files (the autosave, in the worker)', () => {
  it('gives the same project as encoding the files first, and reopens to the same bytes', () => {
    const request = demoImportRequest();
    const settings = {
      title: 'Test',
      activeWave: 'wave-1',
      view: {},
      thresholds: {},
      reconstruct: false,
      notes: '',
      createdAt: '2026-01-01T00:00:00.000Z',
      keepUntil: '2031-01-01T00:00:00.000Z',
    };
    const waves = [{ id: 'wave-1', label: '2026-03', date: null, request }];
    const text = serializeWithFiles(settings, waves);
    const reopened = parseProject(text, 'test.talkmap');
    expect(reopened.waves).toHaveLength(1);
    expect([...restoreRequest(reopened.waves[0]!.request).data.bytes]).toEqual([...blankPersonalColumns(request.data).bytes]);
    const expected = JSON.parse(serializeProject({ ...settings, waves: [{ ...waves[0]!, request: saveRequest(request) }] })) as Record<string, unknown>;
    expect({ ...(JSON.parse(text) as Record<string, unknown>), savedAt: null, crc32: null }).toEqual({ ...expected, savedAt: null, crc32: null });
  });
});
