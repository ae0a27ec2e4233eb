// The CLI's JSON is written in pieces but reads exactly as JSON.stringify(value, null, 2) writes it.
import { describe, expect, it } from 'vitest';
import { toCliJson } from '../../../../shared/cli/cli-json';
import { writeJson } from '../../../../shared/cli/json-stream';
import { demoImportRequest } from '../../../../shared/demo/demo-school';
import { runAnalysis } from '../../../../shared/pipeline/run-analysis';

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
});
