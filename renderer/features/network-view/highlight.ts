/**
 * Which nodes and edges to emphasise for a selected finding or person; the rest fade.
 */
import type { Core } from 'cytoscape';
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

export function clearHighlight(cy: Core): void {
  const marked = cy.elements('.faded, .highlighted, .focus');
  if (marked.nonempty()) marked.removeClass('faded highlighted focus');
}

export function highlightFinding(cy: Core, finding: Finding): void {
  clearHighlight(cy);
  const people = new Set(finding.people);
  const ties = new Set(finding.ties.map((t) => arcKey(t.source, t.target)));
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      n.addClass(people.has(n.id()) ? 'highlighted' : 'faded');
    });
    cy.edges().forEach((e) => {
      const s = e.source().id();
      const t = e.target().id();
      const hit = ties.has(arcKey(s, t)) || (e.hasClass('mutual') && ties.has(arcKey(t, s)));
      e.addClass(hit ? 'highlighted' : 'faded');
    });
  });
}

export function highlightPerson(cy: Core, id: string): void {
  clearHighlight(cy);
  const node = cy.getElementById(id);
  if (node.empty()) return;
  const ego = node.closedNeighborhood();
  cy.batch(() => {
    cy.elements().not(ego).addClass('faded');
    ego.nodes().addClass('highlighted');
    node.connectedEdges().addClass('highlighted');
    node.addClass('focus');
  });
}

/** The ties from one group to another (both ways when from ≠ to), with both groups' people. */
export function highlightBlock(cy: Core, from: string, to: string, groupOf: (id: string) => string | null): void {
  clearHighlight(cy);
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const g = groupOf(n.id());
      n.addClass(g === from || g === to ? 'highlighted' : 'faded');
    });
    cy.edges().forEach((e) => {
      const gs = groupOf(e.source().id());
      const gt = groupOf(e.target().id());
      const hit = (gs === from && gt === to) || (e.hasClass('mutual') && gs === to && gt === from);
      e.addClass(hit ? 'highlighted' : 'faded');
    });
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
