/**
 * Which nodes and edges to emphasise for a selected finding or person; the rest fade.
 */
import type { Core, EdgeSingular, SingularElementReturnValue } from 'cytoscape';
import type { Finding } from '../../../shared/findings/types';
import { groupNodeId, pairEdgeId } from './group-summary';
import { arcKey } from '../../../shared/network/pair-key';

/**
 * Adds or removes a class only where that changes something: every real change restyles
 * the element, and for thousands of elements a no-op toggle still costs a redraw.
 */
export function setClass(element: { hasClass(name: string): boolean; toggleClass(name: string, on?: boolean): unknown }, name: string, on: boolean): void {
  if (element.hasClass(name) !== on) element.toggleClass(name, on);
}

/**
 * Marks every element at once, changing only the ones whose mark differs from what they have:
 * moving from one finding or person to the next restyles the people and ties that change,
 * not the thousands that stay faded (on a 5,000-person map a full restyle costs about a second).
 * `lit` says what is emphasised; with `lit` null nothing is, and nothing fades.
 */
function mark(cy: Core, lit: ((element: SingularElementReturnValue) => boolean) | null, focus: string | null = null): void {
  cy.batch(() => {
    cy.elements().forEach((element) => {
      const on = lit !== null && lit(element);
      setClass(element, 'highlighted', on);
      setClass(element, 'faded', lit !== null && !on);
      setClass(element, 'focus', focus !== null && element.id() === focus);
    });
  });
}

export function clearHighlight(cy: Core): void {
  const marked = cy.elements('.faded, .highlighted, .focus');
  if (marked.nonempty()) cy.batch(() => marked.removeClass('faded highlighted focus'));
}

export function highlightFinding(cy: Core, finding: Finding): void {
  const people = new Set(finding.people);
  const ties = new Set(finding.ties.map((t) => arcKey(t.source, t.target)));
  mark(cy, (element) => {
    if (element.isNode()) return people.has(element.id());
    const edge = element as EdgeSingular;
    const s = edge.source().id();
    const t = edge.target().id();
    return ties.has(arcKey(s, t)) || (edge.hasClass('mutual') && ties.has(arcKey(t, s)));
  });
}

export function highlightPerson(cy: Core, id: string): void {
  const node = cy.getElementById(id);
  if (node.empty()) return clearHighlight(cy);
  // The person, the people they are tied to, and those ties.
  const ego = new Set(node.closedNeighborhood().map((e) => e.id()));
  mark(cy, (element) => ego.has(element.id()), id);
}

/** The ties from one group to another (both ways when from ≠ to), with both groups' people. */
export function highlightBlock(cy: Core, from: string, to: string, groupOf: (id: string) => string | null): void {
  mark(cy, (element) => {
    if (element.isNode()) {
      const g = groupOf(element.id());
      return g === from || g === to;
    }
    const edge = element as EdgeSingular;
    const gs = groupOf(edge.source().id());
    const gt = groupOf(edge.target().id());
    return (gs === from && gt === to) || (edge.hasClass('mutual') && gs === to && gt === from);
  });
}

/** On the group map: two groups and the line between them (if it is drawn); the rest fades. */
export function highlightGroupPair(cy: Core, from: string, to: string): void {
  clearHighlight(cy);
  const groups = cy.getElementById(groupNodeId(from)).union(cy.getElementById(groupNodeId(to)));
  const line = cy.getElementById(pairEdgeId(from, to));
  cy.batch(() => {
    cy.elements().not(groups).not(line).addClass('faded');
    // Names of 14 px on screen at the current zoom (a district's map is far zoomed out).
    groups.data('readableFont', Math.max(14, 14 / cy.zoom()));
    groups.addClass('highlighted');
    line.addClass('highlighted');
  });
}
