// The findings on the real datasets in test/fixtures/datasets, checked by reading them and
// written down here so they stay true: Lazega's Hartford and Providence offices barely
// talk; Krackhardt's departments are not mistaken for grades and talk across lines; the
// school leaders' brokers sit in the district office.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASETS } from '../../../helpers/datasets';
import { runAnalysis } from '../../../../shared/pipeline/run-analysis';
import { edgeListSpec } from '../../../../shared/import/import-spec';

function analyse(folder: string, edges = 'edges.csv') {
  const file = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(resolve(DATASETS, folder, name))) });
  return runAnalysis({ data: file(edges), roster: file('nodes.csv'), spec: edgeListSpec() });
}

describe('findings on the real datasets', () => {
  it('Lazega: the weak link is between the Hartford and Providence offices', () => {
    const r = analyse('lazega-law-firm');
    const weak = r.findings.findings.filter((f) => f.kind === 'weak-group-link');
    expect(weak.map((f) => f.groups)).toEqual([['Hartford', 'Providence']]);
    expect(r.analysis.network.eiIndex).toBeLessThan(-0.5);
  });

  it('Krackhardt: departments are not grades, advice crosses them, nobody is falsely isolated', () => {
    const r = analyse('krackhardt-high-tech-managers');
    expect(r.analysis.groups.every((g) => g.rank === null)).toBe(true);
    expect(r.analysis.network.eiIndexOrdered).toBeNull();
    expect(r.findings.findings.filter((f) => f.kind === 'weak-group-link' || f.kind === 'isolated')).toEqual([]);
    const oneSided = r.findings.findings.filter((f) => f.kind === 'one-sided').map((f) => f.people[0]);
    expect(oneSided).toEqual(expect.arrayContaining(['2', '15']));
  });

  it('Daly school leaders: the brokers between district office and schools are district leaders', () => {
    const r = analyse('daly-school-leaders');
    const groupOf = new Map(r.analysis.nodes.map((n) => [n.id, n.group]));
    const brokers = r.findings.findings.filter((f) => f.kind === 'broker').map((f) => groupOf.get(f.people[0] as string));
    expect(brokers.length).toBeGreaterThan(0);
    expect(new Set(brokers)).toEqual(new Set(['District office']));
  });

  it('Glasgow: the three girls with no friendship ties are found, and one group is not "split"', () => {
    const r = analyse('glasgow-s50');
    expect(r.findings.findings.filter((f) => f.kind === 'isolated')).toHaveLength(3);
    expect(r.findings.findings.filter((f) => f.kind === 'hidden-subgroup')).toEqual([]);
  });
});
