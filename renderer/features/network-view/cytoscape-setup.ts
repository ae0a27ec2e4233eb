/**
 * The one place Cytoscape is imported and configured. Cytoscape normally injects a
 * <style> element, which our Content-Security-Policy forbids; a placeholder with its id
 * makes it skip that, and the rule it wanted lives in styles.css instead.
 */
import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { seededRandom } from '../../../shared/network/seeded-random';

cytoscape.use(fcose);

/** Layout seed: the same network always gets the same force-directed picture. */
export const LAYOUT_SEED = 1729;

/**
 * Runs `fn` with Math.random replaced by a seeded generator. fcose (and Cytoscape's own
 * layouts) draw from Math.random; running them synchronously inside this wrapper makes
 * every layout repeatable.
 */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

function preemptStyleInjection(): void {
  if (document.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  const placeholder = document.createElement('meta');
  placeholder.id = CYTOSCAPE_STYLESHEET_ID;
  document.head.appendChild(placeholder);
}

export const MAP_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      width: 'data(size)',
      height: 'data(size)',
      shape: 'data(shape)' as never,
      label: 'data(label)',
      'font-size': 14,
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      color: '#1f2328',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      // Long names and role aliases wrap instead of running into their neighbours.
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      'border-width': 1.5,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node.non-respondent', style: { 'border-style': 'dashed', 'border-color': '#57606a', 'border-width': 2 } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': '#8c959f',
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#8c959f',
      'arrow-scale': 0.9,
      opacity: 0.75,
    },
  },
  { selector: 'edge.mutual', style: { 'source-arrow-shape': 'triangle', 'source-arrow-color': '#8c959f' } },
  { selector: 'edge.between', style: { 'line-color': '#57606a', 'target-arrow-color': '#57606a', 'source-arrow-color': '#57606a' } },
  { selector: '.filtered', style: { display: 'none' } },
  { selector: 'edge.meeting-hidden', style: { display: 'none' } },
  { selector: 'node.meeting', style: { 'text-background-opacity': 0.9 } },
  { selector: 'edge.between.emphasise', style: { 'line-color': '#1f2328', 'target-arrow-color': '#1f2328', 'source-arrow-color': '#1f2328', width: 3.5, opacity: 1 } },
  { selector: 'edge.within.emphasise', style: { opacity: 0.35 } },
  { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0.25 } },
  { selector: 'node.highlighted', style: { 'border-color': '#1f2328', 'border-width': 3, opacity: 1 } },
  { selector: 'node.focus', style: { 'border-color': '#cf222e', 'border-width': 4 } },
  {
    selector: 'edge.highlighted',
    style: { 'line-color': '#cf222e', 'target-arrow-color': '#cf222e', 'source-arrow-color': '#cf222e', opacity: 1, 'z-index': 10 },
  },
  // The group map: pair edges labelled with their number of ties, no arrows.
  { selector: 'edge.group-tie', style: { label: 'data(label)', 'target-arrow-shape': 'none', 'source-arrow-shape': 'none', 'font-size': 13, 'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'line-color': '#57606a', opacity: 0.6 } },
  // The wave comparison: new ties green, lost ties red and dashed, kept ties grey.
  { selector: 'edge.tie-kept', style: { 'line-color': '#afb8c1', 'target-arrow-color': '#afb8c1', 'source-arrow-color': '#afb8c1', opacity: 0.7 } },
  { selector: 'edge.tie-new', style: { 'line-color': '#1a7f37', 'target-arrow-color': '#1a7f37', 'source-arrow-color': '#1a7f37', width: 3, opacity: 0.95, 'z-index': 5 } },
  { selector: 'edge.tie-lost', style: { 'line-color': '#cf222e', 'target-arrow-color': '#cf222e', 'source-arrow-color': '#cf222e', 'line-style': 'dashed', width: 2.5, opacity: 0.9, 'z-index': 4 } },
  { selector: 'node.joined', style: { 'border-color': '#1a7f37', 'border-width': 4 } },
  { selector: 'node.absent', style: { opacity: 0.25, 'border-style': 'dashed', 'border-color': '#57606a', 'border-width': 2, 'text-opacity': 0.5 } },
  { selector: 'node.left', style: { opacity: 0.45, 'border-style': 'dashed', 'border-color': '#57606a', 'border-width': 2 } },
];

/** Above this many people the map switches to a faster drawing mode. */
export const LARGE_NETWORK = 400;

/**
 * Faster drawing for large networks: straight "haystack" edges without arrows, labels
 * only when zoomed in far enough to read them, thin borders. Applied as a class on nodes
 * and edges so the same stylesheet serves every size.
 */
export const LARGE_STYLE: StylesheetJson = [
  { selector: 'node.large', style: { 'min-zoomed-font-size': 11, 'border-width': 0, 'text-background-opacity': 0 } },
  { selector: 'edge.large', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', 'source-arrow-shape': 'none', width: 0.6, opacity: 0.35 } },
];

export function createMap(container: HTMLElement): Core {
  preemptStyleInjection();
  return cytoscape({
    container,
    style: [...MAP_STYLE, ...LARGE_STYLE],
    layout: { name: 'preset' },
    minZoom: 0.02,
    maxZoom: 4,
    wheelSensitivity: 0.3,
    boxSelectionEnabled: false,
    // Draw a cached bitmap while panning and zooming; what makes large maps move smoothly.
    textureOnViewport: false,
    hideEdgesOnViewport: false,
  });
}

/** Switches the viewport optimisations on for large networks. */
export function tuneForSize(cy: Core, people: number): void {
  const large = people > LARGE_NETWORK;
  const renderer = cy as unknown as { renderer: () => { textureOnViewport: boolean; hideEdgesOnViewport: boolean } };
  const r = renderer.renderer();
  r.textureOnViewport = large;
  r.hideEdgesOnViewport = people > 3 * LARGE_NETWORK;
  cy.elements().toggleClass('large', large);
}
