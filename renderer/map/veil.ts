/**
 * Highlights on maps of thousands of people without redrawing them. Fading everyone else
 * would restyle and redraw every person (about a second on a 5,000-person map); instead a
 * veil in the map's own white is laid over the map — on a white sheet that looks the same
 * as fading everyone under it — and the highlighted people and ties are drawn once more
 * above it by a small second Cytoscape. That copy follows the map's pan, zoom, size and
 * positions, and lets every click and hover through to the map. The map under the veil is
 * not touched, so a change of highlight costs the drawing of the few that are lit.
 * A highlighted tie is always drawn with its two people. Pictures of the map (PNG, report)
 * are drawn from the map itself: `withFadesDrawn` fades it for the moment of drawing.
 */
import cytoscape, { type Core, type ElementDefinition, type EventObject, type StylesheetJson } from 'cytoscape';
import { LARGE_STYLE, MAP_STYLE } from './map-style';

/** What a highlight lights: people and ties by id, the focused person, and ties not on the map (drawn on demand). */
export interface Lit {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  focus: string | null;
  /** Ties drawn on demand: only on the veil, never added to the map under it. */
  extra: readonly ElementDefinition[];
}

/** A highlighted person is drawn at least this many pixels across on the veil, a highlighted tie this wide: never a speck. */
export const VISIBLE_PERSON_PX = 10;
const VISIBLE_TIE_PX = 2.5;
/** A highlighted person's outline at least this wide (a focused one a third more, the others' a third). */
const VISIBLE_OUTLINE_PX = 2;

/**
 * The veil's own rules, after the map's: what is highlighted keeps a size that can be seen at
 * any zoom (a map of thousands is usually seen whole, people a pixel across); where they are
 * is exactly where they are on the map.
 */
const VEIL_STYLE: StylesheetJson = [
  { selector: 'node', style: { width: 'data(veilSize)', height: 'data(veilSize)', 'border-width': 'data(veilOutline)' } },
  { selector: 'edge.highlighted', style: { width: 'data(veilWidth)' } },
];

interface Veil {
  host: HTMLElement;
  copy: Core;
  lit: Lit | null;
  scheduled: boolean;
  /** While a picture is drawn (withFadesDrawn): the map's changes are not copied. */
  picturing: boolean;
}

const veils = new WeakMap<Core, Veil>();

/** The veil's Cytoscape, drawn in `host` (tests give a headless one). */
export type VeilCopyMaker = (host: HTMLElement, cy: Core) => Core;

const drawnCopy: VeilCopyMaker = (host, cy) =>
  cytoscape({
    container: host,
    style: [...MAP_STYLE, ...LARGE_STYLE, ...VEIL_STYLE],
    layout: { name: 'preset' },
    minZoom: cy.minZoom(),
    maxZoom: cy.maxZoom(),
    userZoomingEnabled: false,
    userPanningEnabled: false,
    boxSelectionEnabled: false,
    autoungrabify: true,
    autounselectify: true,
  });

/** Puts a veil on `cy`, drawn in `host` (an element laid exactly over the map's container, laid out while hidden). */
export function attachVeil(cy: Core, host: HTMLElement, makeCopy: VeilCopyMaker = drawnCopy): void {
  if (veils.has(cy)) return;
  host.hidden = true;
  const copy = makeCopy(host, cy);
  const veil: Veil = { host, copy, lit: null, scheduled: false, picturing: false };
  veils.set(cy, veil);
  const follow = (): void => {
    if (!veil.lit) return;
    const zoomed = copy.zoom() !== cy.zoom();
    copy.viewport({ zoom: cy.zoom(), pan: { ...cy.pan() } });
    if (zoomed)
      copy.batch(() => copy.elements().forEach((e) => void e.data(seenSizes(e.data() as Record<string, unknown>, e.classes(), e.isNode(), cy.zoom()))));
  };
  // Whatever changes one of the copied elements on the map (moved, renamed, filtered) is copied again.
  const changed = (event: EventObject): void => {
    if (veil.lit && !veil.scheduled && !veil.picturing && copy.hasElementWithId(String(event.target.id()))) {
      veil.scheduled = true;
      requestAnimationFrame(() => {
        veil.scheduled = false;
        if (veil.lit && !cy.destroyed()) draw(cy, veil, veil.lit);
      });
    }
  };
  cy.on('viewport', follow);
  cy.on('resize', () => {
    copy.resize();
    follow();
  });
  cy.on('position data class', changed);
  cy.one('destroy', () => {
    copy.destroy();
    veils.delete(cy);
  });
}

export function hasVeil(cy: Core): boolean {
  return veils.has(cy);
}

/** The elements the veil shows for `lit`: copies of the lit people and ties (marked highlighted), the ties' people, the extra ties. */
export function veilElements(cy: Core, lit: Lit): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  const people = new Set(lit.nodes);
  const ties: ElementDefinition[] = [];
  for (const id of lit.edges) {
    const edge = cy.getElementById(id);
    if (edge.empty() || !edge.isEdge()) continue;
    ties.push({ group: 'edges', data: { ...edge.data() }, classes: [...edge.classes(), 'highlighted'] });
  }
  for (const tie of lit.extra) ties.push({ ...tie, data: { ...tie.data }, classes: [...classList(tie.classes), 'highlighted'] });
  const ends = new Set<string>();
  for (const tie of ties) {
    ends.add(String(tie.data.source));
    ends.add(String(tie.data.target));
  }
  for (const id of new Set([...people, ...ends])) {
    const node = cy.getElementById(id);
    if (node.empty() || !node.isNode()) continue;
    const marks = [...(people.has(id) ? ['highlighted'] : []), ...(lit.focus === id ? ['focus'] : [])];
    out.push({ group: 'nodes', data: { ...node.data() }, position: { ...node.position() }, classes: [...node.classes(), ...marks] });
  }
  const present = new Set(out.map((n) => n.data.id));
  for (const tie of ties) if (present.has(String(tie.data.source)) && present.has(String(tie.data.target))) out.push(tie);
  return out;
}

/** The sizes (in the map's units) that keep an element visible at `zoom`: its own, or the visible minimum. */
function seenSizes(data: Record<string, unknown>, classes: readonly string[], isNode: boolean, zoom: number): Record<string, number> {
  if (!isNode) return { veilWidth: Math.max(VISIBLE_TIE_PX, VISIBLE_TIE_PX / zoom) };
  const outline = classes.includes('focus') ? 4 : classes.includes('highlighted') ? 3 : 1;
  return { veilSize: Math.max(Number(data.size ?? 30), VISIBLE_PERSON_PX / zoom), veilOutline: Math.max(outline, (outline * VISIBLE_OUTLINE_PX) / 3 / zoom) };
}

/** An element definition's classes as a list (Cytoscape takes a string or an array). */
export function classList(classes: ElementDefinition['classes']): string[] {
  if (Array.isArray(classes)) return [...(classes as string[])];
  return typeof classes === 'string' ? (classes.match(/\S+/g) ?? []) : [];
}

function draw(cy: Core, veil: Veil, lit: Lit): void {
  const { copy } = veil;
  const zoom = cy.zoom();
  const elements = veilElements(cy, lit).map((e) => ({ ...e, data: { ...e.data, ...seenSizes(e.data, classList(e.classes), e.group === 'nodes', zoom) } }));
  copy.batch(() => {
    copy.elements().remove();
    copy.add(elements);
  });
  copy.viewport({ zoom: cy.zoom(), pan: { ...cy.pan() } });
}

/** Lays the veil over the map with `lit` drawn above it. */
export function showVeil(cy: Core, lit: Lit): void {
  const veil = veils.get(cy);
  if (!veil) return;
  veil.lit = lit;
  draw(cy, veil, lit);
  veil.host.hidden = false;
}

export function hideVeil(cy: Core): void {
  const veil = veils.get(cy);
  if (!veil || !veil.lit) return;
  veil.lit = null;
  veil.host.hidden = true;
  veil.copy.elements().remove();
}

/**
 * The person drawn on the veil at `point` (the map's pixels), if any: the veil draws the lit
 * bigger than the map does, so a click on a lit person's disc means that person, not whoever
 * lies under the edge of the disc on the map (or nobody). The nearest centre wins.
 */
export function veilHit(cy: Core, point: { x: number; y: number }): string | null {
  const veil = veils.get(cy);
  if (!veil?.lit) return null;
  let best: string | null = null;
  let nearest = Infinity;
  veil.copy.nodes().forEach((node) => {
    const at = node.renderedPosition();
    const distance = Math.hypot(at.x - point.x, at.y - point.y);
    if (distance <= node.renderedWidth() / 2 + 1 && distance < nearest) {
      nearest = distance;
      best = node.id();
    }
  });
  return best;
}

/** The people and ties highlighted on the veil (null: no veil shown). */
export function veilCounts(cy: Core): { nodes: number; edges: number } | null {
  const veil = veils.get(cy);
  if (!veil?.lit) return null;
  return { nodes: veil.copy.nodes('.highlighted').length, edges: veil.copy.edges('.highlighted').length };
}

/**
 * `draw` (a picture of the map) with the veil's highlight drawn into the map itself: the
 * people and ties on the veil marked as there, the extra ties added, everyone else faded —
 * and all of it taken away again after.
 */
export function withFadesDrawn<T>(cy: Core, draw: () => T): T {
  const veil = veils.get(cy);
  const lit = veil?.lit;
  if (!veil || !lit) return draw();
  veil.picturing = true;
  const above = new Map(veilElements(cy, lit).map((e) => [String(e.data.id), classList(e.classes)] as const));
  const added = cy.add(lit.extra.filter((e) => cy.getElementById(String(e.data.id)).empty()).map((e) => ({ ...e, data: { ...e.data } })));
  cy.batch(() => {
    cy.elements().forEach((element) => {
      const classes = above.get(element.id());
      if (!classes) element.addClass('faded');
      for (const mark of ['highlighted', 'focus']) if (classes?.includes(mark)) element.addClass(mark);
    });
  });
  try {
    return draw();
  } finally {
    cy.batch(() => {
      cy.elements().removeClass('faded highlighted focus');
      cy.remove(added);
    });
    veil.picturing = false;
  }
}
