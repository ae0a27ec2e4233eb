// On the group map a chosen finding lights its groups, as a chosen pair of groups does: the
// demo school's missing link between 3-4 and 5-6 lights those two groups and the dashed gap
// line between them; a finding about one person lights the groups of that person and the
// people they are tied to; the rest fades.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { demoImportRequest } from '../../../../../shared/demo/demo-school';
import { runAnalysis } from '../../../../../shared/pipeline/run-analysis';
import { groupSummary } from '../../../../../renderer/features/network-view/group-summary';
import { clearHighlight, groupsSelected, highlightGroups } from '../../../../../renderer/features/network-view/highlight';

const result = runAnalysis(demoImportRequest());
const groupMap = () =>
  cytoscape({ headless: true, styleEnabled: true, elements: groupSummary(result, { node: (g) => g, gap: () => '0' }).elements, layout: { name: 'preset' } });
const lit = (cy: cytoscape.Core) => ({
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
    const shown = lit(cy);
    expect(shown.groups).toEqual(['group:groep 3-4', 'group:groep 5-6']);
    expect(shown.lines).toEqual(['group:groep 3-4 – group:groep 5-6']);
    expect(cy.edges('.highlighted').first().hasClass('group-gap')).toBe(true);
    expect(shown.faded).toBe(cy.elements().length - 3);
    clearHighlight(cy);
    expect(cy.elements('.faded, .highlighted').length).toBe(0);
  });

  it('a finding about one person: the groups of that person and the people they are tied to, not the groups listed as unreached', () => {
    const about = result.findings.findings.find((f) => f.kind === 'limited-reach' || f.kind === 'one-sided');
    expect(about).toBeDefined();
    const groups = groupsSelected(result, null, about!.id);
    const expected = [...new Set(about!.people.map((id) => result.analysis.nodes.find((n) => n.id === id)!.group))].filter((g) => g !== null);
    expect(groups.sort()).toEqual(expected.sort());
    if (about!.kind === 'limited-reach') for (const missing of about!.groups) expect(groups).not.toContain(missing);
    const cy = groupMap();
    highlightGroups(cy, groups);
    expect(lit(cy).groups).toEqual(groups.map((g) => `group:${g}`).sort());
  });

  it('a pair chosen in the Network tab still lights that pair; nothing chosen lights nothing', () => {
    expect(groupsSelected(result, { from: 'groep 1-2', to: 'staf' }, null)).toEqual(['groep 1-2', 'staf']);
    expect(groupsSelected(result, null, null)).toEqual([]);
    expect(groupsSelected(result, null, 'no-such-finding')).toEqual([]);
  });
});
