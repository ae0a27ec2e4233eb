// The map of what changed: everyone from both waves, ties marked new / lost / kept, and
// side by side each wave with only its own ties on the same set of people.
import { describe, expect, it } from 'vitest';
import { runAnalysis } from '../../../../../shared/pipeline/run-analysis';
import { buildCompareElements, unionResult } from '../../../../../renderer/features/compare/compare-elements';
import { edgeListSpec } from '../../../../../shared/import/import-spec';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const spec = edgeListSpec();
const before = runAnalysis({ data: file('a.csv', 'source,target\na,b\nb,a\nb,c\nc,d\n'), roster: null, spec });
const after = runAnalysis({ data: file('b.csv', 'source,target\na,b\nb,a\nc,e\nb,c\n'), roster: null, spec });
const id = (r: typeof before, name: string) => r.analysis.nodes.find((n) => n.name === name)!.id;

describe('compare map elements', () => {
  it('draws everyone once and each tie with its status; mutual kept ties stay one line', () => {
    const elements = buildCompareElements({ before, after, sameAs: {} }, 'overlay', 'inDegree');
    const nodes = elements.filter((e) => e.group === 'nodes');
    expect(nodes.map((n) => n.data.label).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(nodes.find((n) => n.data.label === 'd')?.classes).toBe('left');
    expect(nodes.find((n) => n.data.label === 'e')?.classes).toBe('joined');
    const edges = elements.filter((e) => e.group === 'edges').map((e) => String(e.classes));
    expect(edges.filter((c) => c.includes('tie-kept')).sort()).toEqual(['mutual tie-kept', 'one-way tie-kept']);
    expect(edges.filter((c) => c.includes('tie-new'))).toEqual(['one-way tie-new']);
    expect(edges.filter((c) => c.includes('tie-lost'))).toEqual(['one-way tie-lost']);
  });

  it('side by side: the earlier map has no new ties, the later no lost ones; absent people are marked', () => {
    const earlier = buildCompareElements({ before, after, sameAs: {} }, 'before', 'inDegree');
    const later = buildCompareElements({ before, after, sameAs: {} }, 'after', 'inDegree');
    expect(earlier.some((e) => String(e.classes).includes('tie-new'))).toBe(false);
    expect(later.some((e) => String(e.classes).includes('tie-lost'))).toBe(false);
    expect(earlier.find((e) => e.data.label === 'e')?.classes).toBe('absent');
    expect(later.find((e) => e.data.label === 'd')?.classes).toBe('absent');
    expect(earlier.filter((e) => e.group === 'nodes')).toHaveLength(5);
  });

  it('a tie of someone who did not answer the other time is not comparable, never “lost” or “new”', () => {
    const nodes = file('n.csv', 'id,responded_w1,responded_w2\na,1,1\nb,1,0\nc,0,1\n');
    const w1 = runAnalysis({ data: file('a.csv', 'source,target\na,b\nb,a\nb,c\n'), roster: nodes, spec: edgeListSpec({ respondedColumn: 'responded_w1' }) });
    const w2 = runAnalysis({ data: file('b.csv', 'source,target\na,b\nc,a\n'), roster: nodes, spec: edgeListSpec({ respondedColumn: 'responded_w2' }) });
    const overlay = buildCompareElements({ before: w1, after: w2, sameAs: {} }, 'overlay', 'inDegree').filter((e) => e.group === 'edges');
    const status = (source: string, target: string) => String(overlay.find((e) => e.data.source === source && e.data.target === target)?.classes);
    // b answered only the first time, c only the second: their ties cannot be compared.
    expect(status('b', 'a')).toContain('tie-unanswered');
    expect(status('b', 'c')).toContain('tie-unanswered');
    expect(status('c', 'a')).toContain('tie-unanswered');
    expect(overlay.filter((e) => String(e.classes).includes('tie-lost') || String(e.classes).includes('tie-new'))).toEqual([]);
    // Side by side each sits on the map of the wave it is from.
    const earlier = buildCompareElements({ before: w1, after: w2, sameAs: {} }, 'before', 'inDegree').filter((e) => e.group === 'edges');
    expect(earlier.some((e) => e.data.source === 'c')).toBe(false);
    expect(earlier.some((e) => e.data.source === 'b' && e.data.target === 'c')).toBe(true);
  });

  it('a confirmed same person is one node, with the earlier id', () => {
    const union = unionResult(before, after, { [id(after, 'e')]: id(before, 'd') });
    expect(union.analysis.nodes).toHaveLength(4);
    const elements = buildCompareElements({ before, after, sameAs: { [id(after, 'e')]: id(before, 'd') } }, 'overlay', 'inDegree');
    expect(elements.filter((e) => String(e.classes).includes('tie-kept'))).toHaveLength(3);
  });
});
