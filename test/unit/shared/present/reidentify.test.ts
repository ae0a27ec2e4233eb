// Hidden names that still identify: a role only one person has. Found, and folded into
// "staf" on request — in aliases, texts, the role column and the map's shapes; the "me" view
// gives nobody else away by shape.
import { describe, expect, it } from 'vitest';
import { demoImportRequest } from '../../../../shared/demo/demo-school';
import { runAnalysis } from '../../../../shared/pipeline/run-analysis';
import { namingFor } from '../../../../shared/present/names';
import { translateKey } from '../../../../shared/i18n/translate';
import { resultSheets } from '../../../../shared/export/workbook';

const demo = runAnalysis(demoImportRequest());
const nodes = demo.analysis.nodes;
const roleCount = new Map<string, number>();
for (const n of nodes) if (n.role) roleCount.set(n.role, (roleCount.get(n.role) ?? 0) + 1);
const inGroup = new Map<string, number>();
for (const n of nodes) if (n.role) inGroup.set(`${n.group}|${n.role}`, (inGroup.get(`${n.group}|${n.role}`) ?? 0) + 1);
const uniqueByHand = nodes.filter((n) => n.role && roleCount.get(n.role) === 1).map((n) => n.id);
// Also recognisable: the only one of their role in their group (the teaching assistant of groep 1-2).
const aloneInGroupByHand = nodes.filter((n) => n.role && inGroup.get(`${n.group}|${n.role}`) === 1).map((n) => n.id);

describe('re-identification by role', () => {
  it('finds everyone whose role is theirs alone, only when names are hidden', () => {
    expect(uniqueByHand.length).toBeGreaterThanOrEqual(2);
    expect(namingFor(nodes, 'off').identified).toEqual([]);
    const expected = [...new Set([...uniqueByHand, ...aloneInGroupByHand])].sort();
    expect(expected.length).toBeGreaterThan(uniqueByHand.length);
    for (const mode of ['role', 'initials', 'codes'] as const) expect([...namingFor(nodes, mode).identified.map((p) => p.id)].sort()).toEqual(expected);
  });

  it('folds those roles into “staf”: aliases, texts, the role column and the shapes no longer tell', () => {
    const director = nodes.find((n) => n.role === 'directeur')!;
    const plain = namingFor(nodes, 'role');
    expect(plain.nameOf(director.id)).toBe('directeur staf (1)');
    expect(plain.kindOf(director.id)).toBe('leader');
    const folded = namingFor(nodes, 'role', null, { fold: true, foldedRole: 'staf' });
    // Left: those alone in their role within their group (the notice says so).
    expect(folded.identified.map((p) => p.id).sort()).toEqual(aloneInGroupByHand.filter((id) => !uniqueByHand.includes(id)).sort());
    expect(folded.nameOf(director.id)).toMatch(/^staf \(\d\)$/);
    expect(folded.roleOf(director.id)).toBe('staf');
    expect(folded.kindOf(director.id)).toBe('other');
    const oneSided = demo.findings.findings.find((f) => f.kind === 'one-sided' && f.people[0] === director.id)!;
    const text = translateKey('nl', oneSided.message.key, folded.params(oneSided.message.params)).replace(/ \(\)/g, '');
    expect(text).not.toContain('directeur');
    // Codes with a role in the text: the role as shown.
    const codes = namingFor(nodes, 'codes', null, { fold: true, foldedRole: 'staf' });
    const reach = demo.findings.findings.find((f) => f.kind === 'limited-reach')!;
    const said = translateKey('nl', reach.message.key, codes.params(reach.message.params));
    expect(said).not.toMatch(/leesspecialist/);
    // The exported people table says "staf" too.
    const people = resultSheets(demo, 'nl', 'codes', null, { fold: true, foldedRole: 'staf' })[0]!.table;
    const roleColumn = people.header.indexOf('Rol');
    expect(people.rows.map((r) => r[roleColumn])).not.toContain('directeur');
    // Folding changes nothing while names are visible.
    expect(namingFor(nodes, 'off', null, { fold: true, foldedRole: 'staf' }).roleOf(director.id)).toBe('directeur');
  });

  it('in the “me” view shows everyone else as a plain disc', () => {
    const me = nodes.find((n) => n.role === 'leerkracht')!;
    const director = nodes.find((n) => n.role === 'directeur')!;
    const naming = namingFor(nodes, 'off', me.id);
    expect(naming.kindOf(director.id)).toBe('other');
    expect(naming.nameOf(me.id)).toBe(me.name);
    expect(naming.identified.map((p) => p.id)).not.toContain(me.id);
  });
});

describe('codes across waves', () => {
  it('give a person one code in every view of the project, and do not move when roles are folded', () => {
    const extra = { ...nodes[0]!, id: 'new1', name: 'Eva Koster', group: 'groep 7-8' };
    const everyone = [...nodes, extra];
    const inWave = namingFor(nodes, 'codes', null, { people: everyone });
    const inUnion = namingFor(everyone, 'codes', null, { people: everyone });
    for (const n of nodes) expect(inWave.nameOf(n.id)).toBe(inUnion.nameOf(n.id));
    const folded = namingFor(nodes, 'codes', null, { people: everyone, fold: true, foldedRole: 'staf' });
    for (const n of nodes) expect(folded.nameOf(n.id)).toBe(inWave.nameOf(n.id));
  });
});
