import { describe, expect, it } from 'vitest';
import { LARGE_RESULT_LISTS } from '../../../../renderer/workers/analysis-protocol';
import { joinLists, splitLargeLists } from '../../../../renderer/workers/result-parts';
import { runAnalysis } from '../../../../shared/pipeline/run-analysis';
import { generateSchoolNetwork } from '../../../bench/generate-network';
import { edgeListSpec } from '../../../../shared/import/import-spec';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('a large worker answer in parts', () => {
  it('sends the large lists of a 2,000-person analysis in parts of about a megabyte, and puts them back exactly', () => {
    const g = generateSchoolNetwork(2000);
    const result = runAnalysis({
      data: { name: 'edges.csv', bytes: encode(g.edgesCsv) },
      roster: { name: 'people.csv', bytes: encode(g.nodesCsv) },
      spec: edgeListSpec(),
    });
    const before = JSON.stringify(result);
    const { rest, parts } = splitLargeLists(result, LARGE_RESULT_LISTS);
    expect(JSON.stringify(result)).toBe(before); // the worker's own copy is untouched
    expect(parts.length).toBeGreaterThan(3);
    expect(rest.findings.findings).toEqual([]);
    expect(rest.analysis.nodes).toEqual([]);
    expect(rest.network.ties.length).toBe(result.network.ties.length); // half a megabyte: one message is fine
    for (const part of parts) expect(JSON.stringify(part.items).length).toBeLessThan(2_000_000);
    // What arrives in the page: each message a structured copy.
    const joined = joinLists(
      structuredClone(rest),
      parts.map((p) => structuredClone(p)),
    );
    expect(JSON.stringify(joined)).toBe(before);
  });

  it('leaves short lists, and lists that fit in one part, in the answer itself', () => {
    const value = { a: { list: [1, 2, 3] }, b: { list: ['x'] }, c: 1 };
    const { rest, parts } = splitLargeLists(value, [
      ['a', 'list'],
      ['b', 'list'],
      ['missing', 'list'],
    ]);
    expect(parts).toEqual([]);
    expect(rest).toEqual(value);
  });

  it('keeps the order of the items across parts, and of lists under the same parent', () => {
    const value = { net: { ties: Array.from({ length: 1000 }, (_, i) => ({ i })), people: Array.from({ length: 500 }, (_, i) => `p${i}`) } };
    const { rest, parts } = splitLargeLists(
      value,
      [
        ['net', 'people'],
        ['net', 'ties'],
      ],
      2000,
    );
    expect(parts.filter((p) => p.path[1] === 'ties').length).toBeGreaterThanOrEqual(4);
    expect(rest.net).toEqual({ ties: [], people: [] });
    expect(joinLists(rest, parts)).toEqual(value);
  });
});
