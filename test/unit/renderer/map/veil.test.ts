// Highlights on maps of thousands of people (renderer/map/veil.ts): the map under the veil is
// not restyled; the veil holds copies of exactly what is lit, at the map's positions and
// zoom, big enough to be seen; a picture of the map gets the fading drawn in and taken out.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { attachVeil, VISIBLE_PERSON_PX, veilElements, withFadesDrawn, type Lit } from '../../../../renderer/map/veil';
import { highlightCounts, litBlock, litFinding, litPerson, showHighlight } from '../../../../renderer/features/network-view/highlight';
import type { Finding } from '../../../../shared/findings/types';
import { pictureScale } from '../../../../renderer/map/picture-scale';

const people = ['a', 'b', 'c', 'd', 'e'];
const groupOf = (id: string) => (id === 'a' || id === 'b' ? 'g1' : 'g2');

function map(): Core {
  const elements: ElementDefinition[] = [
    ...people.map((id, i) => ({ group: 'nodes' as const, data: { id, size: 30, label: id }, position: { x: i * 100, y: 50 }, classes: 'large' })),
    { group: 'edges', data: { id: 'a-b', source: 'a', target: 'b' }, classes: 'large mutual' },
    { group: 'edges', data: { id: 'b-c', source: 'b', target: 'c' }, classes: 'large' },
    { group: 'edges', data: { id: 'c-d', source: 'c', target: 'd' }, classes: 'large' },
  ];
  return cytoscape({ headless: true, styleEnabled: true, elements, layout: { name: 'preset' } });
}

/** A veil whose copy is a headless Cytoscape (no canvas in the unit tests). */
function veiled(cy: Core): { host: HTMLElement; copy: () => Core } {
  const host = { hidden: false } as HTMLElement;
  let made: Core | null = null;
  attachVeil(cy, host, () => (made = cytoscape({ headless: true, styleEnabled: true })));
  return { host, copy: () => made as Core };
}

const finding = { people: ['b', 'c'], ties: [{ source: 'b', target: 'a' }] } as unknown as Finding;
const extraTie: ElementDefinition = { group: 'edges', data: { id: 'd-e', source: 'd', target: 'e' }, classes: ['large'] };

describe('what a highlight lights', () => {
  it('a finding: its people and its ties, a mutual tie found from either end', () => {
    const lit = litFinding(map(), finding);
    expect([...lit.nodes]).toEqual(['b', 'c']);
    expect([...lit.edges]).toEqual(['a-b']);
  });
  it('a person: them, everyone tied to them either way, those ties; ties drawn on demand count as well', () => {
    const lit = litPerson(map(), 'd', [extraTie]) as Lit;
    expect([...lit.nodes].sort()).toEqual(['c', 'd', 'e']);
    expect([...lit.edges]).toEqual(['c-d']);
    expect(lit.extra.map((e) => e.data.id)).toEqual(['d-e']);
    expect(lit.focus).toBe('d');
    expect(litPerson(map(), 'nobody')).toBeNull();
  });
  it('a pair of groups: both groups and the ties from one to the other', () => {
    const lit = litBlock(map(), 'g1', 'g2', groupOf);
    expect([...lit.nodes].sort()).toEqual(people);
    expect([...lit.edges]).toEqual(['b-c']);
  });
});

describe('the veil', () => {
  it('copies what is lit with its marks and positions, and the two people of every lit tie', () => {
    const cy = map();
    const lit = litPerson(cy, 'd', [extraTie]) as Lit;
    const copies = veilElements(cy, lit);
    const byId = new Map(copies.map((e) => [e.data.id, e]));
    expect([...byId.keys()].sort()).toEqual(['c', 'c-d', 'd', 'd-e', 'e']);
    expect(byId.get('d')?.classes).toEqual(['large', 'highlighted', 'focus']);
    expect(byId.get('c')?.position).toEqual({ x: 200, y: 50 });
    expect(byId.get('d-e')?.classes).toEqual(['large', 'highlighted']);
    // A lit tie whose other person is not lit brings that person along, unmarked.
    const ends = veilElements(cy, litFinding(cy, { people: ['b'], ties: [{ source: 'a', target: 'b' }] } as unknown as Finding));
    expect(ends.find((e) => e.data.id === 'a')?.classes).toEqual(['large']);
  });

  it('leaves the map under it untouched, counts from the copy, and goes when the highlight does', () => {
    const cy = map();
    const { host, copy } = veiled(cy);
    expect(host.hidden).toBe(true);
    const before = cy.elements().map((e) => e.classes().join(' '));
    showHighlight(cy, litFinding(cy, finding));
    expect(host.hidden).toBe(false);
    expect(cy.elements().map((e) => e.classes().join(' '))).toEqual(before);
    expect(highlightCounts(cy)).toEqual({ nodes: 2, edges: 1 });
    expect(
      copy()
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(['a', 'b', 'c']);
    showHighlight(cy, null);
    expect(host.hidden).toBe(true);
    expect(copy().elements().length).toBe(0);
    expect(highlightCounts(cy)).toEqual({ nodes: 0, edges: 0 });
  });

  it('follows the map’s zoom and pan and keeps the lit big enough to see at any zoom', () => {
    const cy = map();
    const { copy } = veiled(cy);
    cy.viewport({ zoom: 0.05, pan: { x: 10, y: 20 } });
    showHighlight(cy, litFinding(cy, finding));
    expect(copy().zoom()).toBe(0.05);
    expect(copy().pan()).toEqual({ x: 10, y: 20 });
    expect(copy().getElementById('b').data('veilSize')).toBeCloseTo(VISIBLE_PERSON_PX / 0.05);
    expect(copy().getElementById('a-b').data('veilWidth')).toBeCloseTo(2.5 / 0.05);
    cy.viewport({ zoom: 2, pan: { x: -5, y: 0 } });
    expect(copy().zoom()).toBe(2);
    expect(copy().pan()).toEqual({ x: -5, y: 0 });
    // Zoomed in, people have their own size again.
    expect(copy().getElementById('b').data('veilSize')).toBe(30);
  });

  it('without a veil (a smaller map) fades everyone else on the map itself', () => {
    const cy = map();
    showHighlight(cy, litFinding(cy, finding));
    expect(cy.nodes('.faded').map((n) => n.id())).toEqual(['a', 'd', 'e']);
    expect(cy.elements('.highlighted').map((n) => n.id())).toEqual(['b', 'c', 'a-b']);
    showHighlight(cy, null);
    expect(cy.elements('.faded, .highlighted').length).toBe(0);
  });

  it('draws the highlight into a picture of the map, and takes it out again after', () => {
    const cy = map();
    veiled(cy);
    showHighlight(cy, litPerson(cy, 'd', [extraTie]));
    const during = withFadesDrawn(cy, () => ({
      faded: cy.elements('.faded').map((e) => e.id()),
      highlighted: cy.elements('.highlighted').map((e) => e.id()),
      focus: cy.elements('.focus').map((e) => e.id()),
    }));
    expect(during.faded.sort()).toEqual(['a', 'a-b', 'b', 'b-c']);
    expect(during.highlighted.sort()).toEqual(['c', 'c-d', 'd', 'd-e', 'e']);
    expect(during.focus).toEqual(['d']);
    expect(cy.elements('.faded, .highlighted, .focus').length).toBe(0);
    expect(cy.getElementById('d-e').empty()).toBe(true);
  });
});

describe('a picture of a whole district', () => {
  it('is drawn at the scale asked for, or smaller so its longest side fits', () => {
    const cy = map(); // 400 × 30 in the map's units (plus the people's size)
    const side = cy.elements().boundingBox({}).w;
    expect(pictureScale(cy, 2, 8192, 1)).toBe(2);
    expect(pictureScale(cy, 2, 100, 1)).toBeCloseTo(100 / side);
    // The screen's pixel ratio multiplies what Cytoscape draws.
    expect(pictureScale(cy, 4, 1000, 2)).toBeCloseTo(1000 / (side * 2));
  });
});
