// The CLI's JSON is written in pieces but reads exactly as JSON.stringify(value, null, 2) writes it.
import { describe, expect, it } from 'vitest';
import { toCliJson } from '../../../../shared/cli/cli-json';
import { writeJson } from '../../../../shared/cli/json-stream';
import { demoImportRequest } from '../../../../shared/demo/demo-school';
import { runAnalysis } from '../../../../shared/pipeline/run-analysis';
import { FULL_BLOCK_MATRIX_GROUPS } from '../../../../shared/metrics/groups';
import { matrixTable } from '../../../../shared/export/tables';
import { generatedRequest, generateSchoolNetwork } from '../../../bench/generate-network';

const streamed = (value: unknown): { text: string; writes: number } => {
  let text = '';
  let writes = 0;
  writeJson(value, (t) => {
    text += t;
    writes++;
  });
  return { text, writes };
};

describe('JSON in pieces', () => {
  it('is byte for byte JSON.stringify(…, null, 2) for the demo analysis and awkward values', () => {
    const json = toCliJson(runAnalysis(demoImportRequest()), { allPairs: true });
    const out = streamed(json);
    expect(out.text).toBe(`${JSON.stringify(json, null, 2)}\n`);
    const awkward = {
      a: [],
      b: {},
      c: [undefined, null, 1, 'x\ny', { d: undefined, e: [[]] }],
      f: undefined,
      g: 'ë “quote”',
      h: [{ i: [1, [2, { j: 3 }]] }],
      n: -0,
      big: 1e21,
    };
    expect(streamed(awkward).text).toBe(`${JSON.stringify(awkward, null, 2)}\n`);
    expect(streamed([]).text).toBe('[]\n');
    expect(streamed(null).text).toBe('null\n');
  });

  it('the group matrix lists the pairs with ties by default, every pair with --all-pairs', () => {
    const result = runAnalysis(demoImportRequest());
    const all = toCliJson(result, { allPairs: true });
    const sparse = toCliJson(result);
    expect(all.groupDensityPairs).toBe('all');
    expect(sparse.groupDensityPairs).toBe('with-ties');
    expect(sparse.groupDensity).toEqual(all.groupDensity.filter((d) => d.arcs > 0));
    expect(all.groupDensity.length).toBe(result.analysis.groups.length ** 2);
  });

  it('a district of 250 groups keeps only the pairs with ties in memory; --all-pairs and the matrix sheet still give every pair', () => {
    const result = runAnalysis({ ...generatedRequest(generateSchoolNetwork(5000)), groupAttribute: 'group' });
    const groups = result.analysis.groups;
    expect(groups.length).toBe(250);
    expect(groups.length).toBeGreaterThan(FULL_BLOCK_MATRIX_GROUPS);
    expect(result.analysis.groupDensity.every((b) => b.arcs > 0)).toBe(true);
    expect(result.analysis.groupDensity.reduce((s, b) => s + b.arcs, 0)).toBe(result.analysis.network.arcs - result.analysis.network.arcsWithoutGroup);
    const all = toCliJson(result, { allPairs: true }).groupDensity;
    expect(all.length).toBe(250 * 250);
    const [a, b] = [groups[0]!, groups[1]!];
    const listed = result.analysis.groupDensity.find((x) => x.from === a.label && x.to === b.label);
    const pair = all.find((x) => x.from === a.label && x.to === b.label)!;
    expect(pair).toEqual(listed ?? { from: a.label, to: b.label, arcs: 0, possible: a.size * b.size, density: 0 });
    const inside = all.find((x) => x.from === a.label && x.to === a.label)!;
    expect(inside.possible).toBe(a.size * (a.size - 1));
    expect(inside.arcs).toBe(a.internalArcs);
    // The exported matrix shows 0% (not an empty cell) for a pair without ties.
    const matrix = matrixTable(result, 'en');
    const row = matrix.rows.find((r) => r[0] === a.label)!;
    expect(row.slice(1).every((cell) => typeof cell === 'number')).toBe(true);
  });
});
