// A next wave re-uses the saved ImportSpec when the export has the same shape (one click),
// and falls back to a fresh proposal — listing what is missing — when it does not.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoImportRequest, demoWaveTwoFiles } from '../../../../shared/demo/demo-school';
import { inspectFiles } from '../../../../shared/import/inspect-files';
import { fitSavedSpec, specColumns } from '../../../../shared/import/spec-fit';
import { proposeImport } from '../../../../shared/import/propose-import';

const TOOLS = resolve(__dirname, '../../../fixtures/import/tools');
const tool = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(resolve(TOOLS, name))) });
const text = (name: string, s: string) => ({ name, bytes: new TextEncoder().encode(s) });

describe('re-using the saved import for the next wave', () => {
  it('uses the saved spec, group choice and name decisions when the export has the same shape', () => {
    const saved = { ...demoImportRequest(), decisions: { 'k brouwer': { action: 'map' as const, id: 'p22' } } };
    const fitted = fitSavedSpec(saved, inspectFiles(demoWaveTwoFiles()));
    expect(fitted.reused).toBe(true);
    expect(fitted.missing).toEqual([]);
    expect(fitted.request.spec).toEqual(saved.spec);
    expect(fitted.request.groupAttribute).toBe('bouw');
    expect(fitted.request.decisions).toEqual(saved.decisions);
    expect(fitted.request.data.name).toBe('regenboog-enquete-begrijpend-lezen-2027.csv');
    expect(fitted.request.roster?.name).toBe('regenboog-personeel-2027.csv');
  });

  it('falls back to the proposal and names the missing columns when the question changed', () => {
    const saved = demoImportRequest();
    const [survey, roster] = demoWaveTwoFiles();
    const renamed = text(
      'enquete-2028.csv',
      new TextDecoder().decode(survey!.bytes).replace('Met wie praat je over instructie in begrijpend lezen?', 'Met wie bespreek je je lessen?'),
    );
    const fitted = fitSavedSpec(saved, inspectFiles([renamed, roster!]));
    expect(fitted.reused).toBe(false);
    expect(fitted.missing).toEqual(['Met wie praat je over instructie in begrijpend lezen?']);
    expect(fitted.request.spec).toMatchObject({ shape: 'multi-select', nominationColumns: ['Met wie bespreek je je lessen?'] });
  });

  it('keeps the saved answer weights for a grid, and treats new colleague columns as a new shape', () => {
    const grid = tool('google-forms-grid.csv');
    const roster = tool('roster.csv');
    const proposal = proposeImport([grid, roster]);
    expect(proposal.spec.shape).toBe('rating-grid');
    const customScale = { ...(proposal.spec as { scale: Record<string, number> }).scale, wekelijks: 5 };
    const saved = { ...proposal, spec: { ...proposal.spec, scale: customScale } as typeof proposal.spec };
    expect(fitSavedSpec(saved, inspectFiles([grid, roster])).reused).toBe(true);
    // Next year one colleague's column is gone: not the same shape; the weights stay.
    const columns = specColumns(saved.spec);
    const dropped = columns[columns.length - 1]!;
    const rows = new TextDecoder().decode(grid.bytes).split(/\r?\n/);
    const header = rows[0]!.split(',');
    const at = header.findIndex((h) => h.replace(/^"|"$/g, '') === dropped);
    expect(at).toBeGreaterThan(0);
    const cut = rows
      .map((r) =>
        r
          .split(',')
          .filter((_, i) => i !== at)
          .join(','),
      )
      .join('\n');
    const fitted = fitSavedSpec(saved, inspectFiles([text('grid-2028.csv', cut), roster]));
    expect(fitted.reused).toBe(false);
    expect(fitted.missing).toEqual([dropped]);
    expect((fitted.request.spec as { scale: Record<string, number> }).scale.wekelijks).toBe(5);
  });
});
