// The demo school must tell the handbook's story: weak link between adjacent groups
// (3-4 and 5-6 built with none), both reading specialists with limited reach, and both
// directors one-sided — and nothing absurd.
import { describe, expect, it } from 'vitest';
import { demoImportRequest } from '../../../../shared/demo/demo-school';
import { runAnalysis } from '../../../../shared/pipeline/run-analysis';

describe('demo school', () => {
  const result = runAnalysis(demoImportRequest());
  const byName = new Map(result.analysis.nodes.map((n) => [n.name, n]));
  const kinds = (kind: string) => result.findings.findings.filter((f) => f.kind === kind);
  const names = (ids: string[]) => ids.map((id) => result.analysis.nodes.find((n) => n.id === id)?.name);

  it('imports 24 people, 23 respondents and every nomination', () => {
    expect(result.analysis.network.nodes).toBe(24);
    expect(result.report.respondents).toBe(23);
    expect(result.analysis.network.arcs).toBe(111);
    expect(result.report.responseRate).toBeCloseTo(23 / 24, 12);
    expect(result.report.items.filter((i) => i.kind === 'unmatched-name')).toEqual([]);
  });

  it('leaves the e-mail column out and reports it', () => {
    expect(result.report.items).toContainEqual(expect.objectContaining({ kind: 'column-left-out', column: 'E-mail' }));
    expect(JSON.stringify(result.network)).not.toContain('@regenboog.example');
  });

  it('marks the non-respondent with unknown out-degree', () => {
    expect(byName.get('Fatima El Amrani')?.outDegree).toBeNull();
    expect(byName.get('Fatima El Amrani')?.inDegree).toBe(3);
  });

  it('finds the weak link between adjacent groups 3-4 and 5-6 first', () => {
    const weak = kinds('weak-group-link');
    expect(weak[0]?.groups).toEqual(['groep 3-4', 'groep 5-6']);
    expect(weak[0]?.severity).toBe('high');
    expect(weak[0]?.evidence.arcsAtoB).toBe(0);
    expect(result.findings.findings[0]?.kind).toBe('weak-group-link');
  });

  it('finds limited reach for both reading specialists', () => {
    const people = kinds('limited-reach').flatMap((f) => names([f.people[0] as string]));
    expect(people).toEqual(expect.arrayContaining(['Monique van der Linden', 'Karin Brouwer']));
    const karin = kinds('limited-reach').find((f) => names([f.people[0] as string])[0] === 'Karin Brouwer');
    expect(karin?.evidence.missing).toEqual(['groep 5-6', 'groep 7-8']);
  });

  it('finds the director and deputy one-sided, and no teacher', () => {
    const people = kinds('one-sided').flatMap((f) => names(f.people));
    expect(people.sort()).toEqual(['Gerard Schouten', 'Yvonne Jacobs']);
  });

  it('raises nothing absurd: no isolated people, no limited reach for the directors', () => {
    expect(kinds('isolated')).toEqual([]);
    expect(kinds('peripheral')).toEqual([]);
    const limited = kinds('limited-reach').flatMap((f) => names([f.people[0] as string]));
    expect(limited).not.toContain('Gerard Schouten');
    expect(limited.length).toBe(2);
  });
});
