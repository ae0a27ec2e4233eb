/**
 * Which people and ties to emphasise for a selected finding, person or pair of groups (a
 * `Lit`), and showing it: the rest fade, or on maps of thousands of people go under a veil.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import type { Finding } from '../../../shared/findings/types';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { groupNodeId, pairEdgeId } from './group-summary';
import { arcKey } from '../../../shared/network/pair-key';
import { classList, hasVeil, hideVeil, showVeil, veilCounts, type Lit } from '../../map/veil';

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
 * not the thousands that stay faded. With `lit` null nothing is emphasised, and nothing fades.
 */
function mark(cy: Core, lit: Lit | null): void {
  cy.batch(() => {
    cy.elements().forEach((element) => {
      const id = element.id();
      const on = lit !== null && (element.isNode() ? lit.nodes.has(id) : lit.edges.has(id));
      setClass(element, 'highlighted', on);
      setClass(element, 'faded', lit !== null && !on);
      setClass(element, 'focus', lit !== null && lit.focus === id);
    });
  });
}

/**
 * Shows `lit` (null: nothing) on the map: under a veil on maps of thousands of people
 * (map/veil.ts: the map itself is not redrawn), by fading everyone else on smaller ones.
 */
export function showHighlight(cy: Core, lit: Lit | null): void {
  if (hasVeil(cy)) {
    if (lit) showVeil(cy, lit);
    else hideVeil(cy);
  } else mark(cy, lit);
}

/** The people and ties highlighted now, on the veil or on the map. */
export function highlightCounts(cy: Core): { nodes: number; edges: number } {
  const veiled = veilCounts(cy);
  if (veiled) return veiled;
  const marked = cy.elements('.highlighted');
  return { nodes: marked.nodes().length, edges: marked.edges().length };
}

export function clearHighlight(cy: Core): void {
  if (hasVeil(cy)) hideVeil(cy);
  const marked = cy.elements('.faded, .highlighted, .focus');
  if (marked.nonempty()) cy.batch(() => marked.removeClass('faded highlighted focus'));
}

/** A tie as the highlight reads it: an edge on the map or one of the extra ties (drawn on demand). */
interface TieRef {
  id: string;
  source: string;
  target: string;
  mutual: boolean;
  onMap: boolean;
}

function extraTies(extra: readonly ElementDefinition[]): TieRef[] {
  return extra.map((e) => {
    return {
      id: String(e.data.id),
      source: String(e.data.source),
      target: String(e.data.target),
      mutual: classList(e.classes).includes('mutual'),
      onMap: false,
    };
  });
}

function tiesOf(cy: Core, extra: readonly ElementDefinition[]): TieRef[] {
  const onMap: TieRef[] = cy.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id(), mutual: e.hasClass('mutual'), onMap: true }));
  return [...onMap, ...extraTies(extra)];
}

/** The lit of `people` and the ties `chosen` picks (on the map, or among `extra`). */
function litOf(cy: Core, people: ReadonlySet<string>, chosen: (tie: TieRef) => boolean, extra: readonly ElementDefinition[], focus: string | null = null): Lit {
  const edges = new Set<string>();
  const kept = new Set<string>();
  for (const tie of tiesOf(cy, extra)) {
    if (!chosen(tie)) continue;
    if (tie.onMap) edges.add(tie.id);
    else kept.add(tie.id);
  }
  return { nodes: people, edges, focus, extra: extra.filter((e) => kept.has(String(e.data.id))) };
}

export function litFinding(cy: Core, finding: Finding, extra: readonly ElementDefinition[] = []): Lit {
  const ties = new Set(finding.ties.map((t) => arcKey(t.source, t.target)));
  return litOf(
    cy,
    new Set(finding.people),
    (tie) => ties.has(arcKey(tie.source, tie.target)) || (tie.mutual && ties.has(arcKey(tie.target, tie.source))),
    extra,
  );
}

/** The person, the people they are tied to, and those ties. */
export function litPerson(cy: Core, id: string, extra: readonly ElementDefinition[] = []): Lit | null {
  if (cy.getElementById(id).empty()) return null;
  const people = new Set([id]);
  const lit = litOf(cy, people, (tie) => tie.source === id || tie.target === id, extra, id);
  for (const tie of extraTies(lit.extra)) people.add(tie.source === id ? tie.target : tie.source);
  for (const edge of lit.edges) {
    const e = cy.getElementById(edge);
    people.add(e.source().id()).add(e.target().id());
  }
  return lit;
}

/** The ties from one group to another (both ways when from ≠ to), with both groups' people. */
export function litBlock(cy: Core, from: string, to: string, groupOf: (id: string) => string | null, extra: readonly ElementDefinition[] = []): Lit {
  const people = new Set(
    cy
      .nodes()
      .filter((n) => {
        const g = groupOf(n.id());
        return g === from || g === to;
      })
      .map((n) => n.id()),
  );
  return litOf(
    cy,
    people,
    (tie) => {
      const gs = groupOf(tie.source);
      const gt = groupOf(tie.target);
      return (gs === from && gt === to) || (tie.mutual && gs === to && gt === from);
    },
    extra,
  );
}

/** What the group map lights: groups, and the lines (pairs of groups) among them that are meant. */
export interface GroupsLit {
  groups: string[];
  pairs: (readonly [string, string])[];
}

/**
 * On the group map: the groups of a chosen pair or finding and the lines meant (a "no ties"
 * gap line included); the rest fades.
 */
export function highlightGroups(cy: Core, { groups: labels, pairs }: GroupsLit): void {
  clearHighlight(cy);
  const ids = new Set(labels.map(groupNodeId));
  const lineIds = new Set(pairs.map(([a, b]) => pairEdgeId(a, b)));
  const groups = cy.nodes().filter((n) => ids.has(n.id()));
  const lines = cy.edges().filter((e) => lineIds.has(e.id()));
  cy.batch(() => {
    cy.elements().not(groups).not(lines).addClass('faded');
    // Names of 14 px on screen at the current zoom (a district's map is far zoomed out).
    groups.data('readableFont', Math.max(14, 14 / cy.zoom()));
    groups.addClass('highlighted');
    lines.addClass('highlighted');
  });
}

/**
 * Findings whose `groups` are what they are about (a pair with few ties, a group's own
 * pattern). For the others, about one person, `groups` lists groups they do not reach
 * (limited reach) or many they do (a broker): lighting those would light half the school.
 */
const ABOUT_GROUPS: ReadonlySet<Finding['kind']> = new Set(['weak-group-link', 'single-bridge', 'hidden-subgroup', 'low-reciprocity']);

const NOTHING_LIT: GroupsLit = { groups: [], pairs: [] };

/**
 * What a pair or a finding lights on the group map. A finding about groups: its groups and
 * the lines among them. A finding about one person: their group and the groups their ties
 * (the finding's) go to, with only those lines — not every line among the groups lit.
 */
export function groupsSelected(result: AnalysisResult, block: { from: string; to: string } | null, findingId: string | null): GroupsLit {
  if (block) return { groups: [block.from, block.to], pairs: [[block.from, block.to]] };
  const finding = findingId === null ? undefined : result.findings.findings.find((f) => f.id === findingId);
  if (!finding) return NOTHING_LIT;
  if (ABOUT_GROUPS.has(finding.kind)) {
    const groups = finding.groups;
    return { groups, pairs: groups.flatMap((a, i) => groups.slice(i + 1).map((b) => [a, b] as const)) };
  }
  const groupOf = new Map(result.analysis.nodes.map((n) => [n.id, n.group] as const));
  const groups = new Set<string>();
  const pairs = new Map<string, readonly [string, string]>();
  const subject = finding.people[0];
  const own = subject === undefined ? null : (groupOf.get(subject) ?? null);
  if (own !== null) groups.add(own);
  for (const tie of finding.ties) {
    const a = groupOf.get(tie.source) ?? null;
    const b = groupOf.get(tie.target) ?? null;
    if (a === null || b === null) continue;
    groups.add(a).add(b);
    if (a !== b) pairs.set(pairEdgeId(a, b), [a, b]);
  }
  return { groups: [...groups], pairs: [...pairs.values()] };
}
