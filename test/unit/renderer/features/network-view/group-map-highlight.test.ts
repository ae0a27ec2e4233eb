// On the group map a chosen finding lights its groups, as a chosen pair of groups does: the
// demo school's missing link between 3-4 and 5-6 lights those two groups and the dashed gap
// line between them; a finding about one person lights their group and the groups their ties
// go to, with only those lines (not the gap, not lines between the others); the rest fades.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { demoImportRequest } from '../../../../../shared/demo/demo-school';
import { runAnalysis } from '../../../../../shared/pipeline/run-analysis';
import { groupSummary } from '../../../../../renderer/features/network-view/group-summary';
import { clearHighlight, groupsSelected, highlightGroups } from '../../../../../renderer/features/network-view/highlight';

const result = runAnalysis(demoImportRequest());
const groupMap = () =>
  cytoscape({ headless: true, styleEnabled: true, elements: groupSummary(result, { node: (g) => g, gap: () => '0' }).elements, layout: { name: 'preset' } });
const litOnMap = (cy: cytoscape.Core) => ({
  groups: cy
    .nodes('.highlighted')
    .map((n) => n.id())
    .sort(),
  lines: cy.edges('.highlighted').map((e) => [e.source().id(), e.target().id()].sort().join(' – ')),
  faded: cy.elements('.faded').length,
});

describe('group map: what a finding lights', () => {
  it('a weak link between two groups: both groups and the gap line between them', () => {
    const weak = result.findings.findings.find((f) => f.kind === 'weak-group-link' && f.groups.includes('groep 3-4') && f.groups.includes('groep 5-6'));
    expect(weak).toBeDefined();
    const cy = groupMap();
    highlightGroups(cy, groupsSelected(result, null, weak!.id));
    const shown = litOnMap(cy);
    expect(shown.groups).toEqual(['group:groep 3-4', 'group:groep 5-6']);
    expect(shown.lines).toEqual(['group:groep 3-4 – group:groep 5-6']);
    expect(cy.edges('.highlighted').first().hasClass('group-gap')).toBe(true);
    expect(shown.faded).toBe(cy.elements().length - 3);
    clearHighlight(cy);
    expect(cy.elements('.faded, .highlighted').length).toBe(0);
  });

  it.each(['one-sided', 'limited-reach', 'broker'] as const)('a %s finding: the person’s group and the groups their ties go to, only those lines', (kind) => {
    const about = result.findings.findings.find((f) => f.kind === kind);
    expect(about).toBeDefined();
    const groupOf = (id: string) => result.analysis.nodes.find((n) => n.id === id)!.group!;
    const own = groupOf(about!.people[0]!);
    const reached = new Set([own, ...about!.ties.flatMap((t) => [groupOf(t.source), groupOf(t.target)])]);
    const lit = groupsSelected(result, null, about!.id);
    expect(new Set(lit.groups)).toEqual(reached);
    if (kind === 'limited-reach') for (const missing of about!.groups) expect(lit.groups).not.toContain(missing);
    const cy = groupMap();
    highlightGroups(cy, lit);
    const shown = litOnMap(cy);
    expect(shown.groups).toEqual([...reached].map((g) => `group:${g}`).sort());
    // Every lit line starts at the person's own group; the 3-4 / 5-6 gap is not theirs.
    for (const line of cy.edges('.highlighted')) expect([line.source().id(), line.target().id()]).toContain(`group:${own}`);
    expect(cy.edges('.highlighted.group-gap').length).toBe(0);
    expect(cy.edges('.highlighted').length).toBe([...reached].filter((g) => g !== own).length);
  });

  it('a pair chosen in the Network tab still lights that pair; nothing chosen lights nothing', () => {
    expect(groupsSelected(result, { from: 'groep 1-2', to: 'staf' }, null)).toEqual({ groups: ['groep 1-2', 'staf'], pairs: [['groep 1-2', 'staf']] });
    expect(groupsSelected(result, null, null).groups).toEqual([]);
    expect(groupsSelected(result, null, 'no-such-finding').groups).toEqual([]);
  });
});
