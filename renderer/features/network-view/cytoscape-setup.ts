/**
 * Where the drawn map's Cytoscape is configured (the force layout runs headless in the worker). Cytoscape normally injects a
 * <style> element, which our Content-Security-Policy forbids; a placeholder with its id
 * makes it skip that, and the rule it wanted lives in styles.css instead.
 */
import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import { fitToPositions } from './fill-map';
import { LARGE_NETWORK } from './map-elements';

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
  // (After the group-tie rule, which would otherwise win: a chosen pair stands out there too.)
  { selector: 'edge.group-tie.faded', style: { opacity: 0.06 } },
  { selector: 'edge.group-tie.highlighted', style: { 'line-color': '#cf222e', opacity: 1, 'z-index': 10 } },
  { selector: '.many', style: { 'min-zoomed-font-size': 9 } },
  // A chosen pair among many groups: their names readable at the zoom the map was at (highlight.ts).
  { selector: 'node.many.highlighted', style: { 'min-zoomed-font-size': 0, 'font-size': 'data(readableFont)', 'text-wrap': 'none', 'text-background-opacity': 0.9, 'z-index': 20 } },
  { selector: 'edge.many', style: { 'curve-style': 'haystack', 'haystack-radius': 0 } },
  // The wave comparison: new ties green, lost ties red and dashed, kept ties grey.
  { selector: 'edge.tie-kept', style: { 'line-color': '#afb8c1', 'target-arrow-color': '#afb8c1', 'source-arrow-color': '#afb8c1', opacity: 0.7 } },
  { selector: 'edge.tie-new', style: { 'line-color': '#1a7f37', 'target-arrow-color': '#1a7f37', 'source-arrow-color': '#1a7f37', width: 3, opacity: 0.95, 'z-index': 5 } },
  { selector: 'edge.tie-lost', style: { 'line-color': '#cf222e', 'target-arrow-color': '#cf222e', 'source-arrow-color': '#cf222e', 'line-style': 'dashed', width: 2.5, opacity: 0.9, 'z-index': 4 } },
  { selector: 'node.joined', style: { 'border-color': '#1a7f37', 'border-width': 4 } },
  { selector: 'node.absent', style: { opacity: 0.25, 'border-style': 'dashed', 'border-color': '#57606a', 'border-width': 2, 'text-opacity': 0.5 } },
  { selector: 'node.left', style: { opacity: 0.45, 'border-style': 'dashed', 'border-color': '#57606a', 'border-width': 2 } },
];


/**
 * Faster drawing for large networks: straight "haystack" edges without arrows, labels
 * only when zoomed in far enough to read them, thin borders. Applied as a class on nodes
 * and edges so the same stylesheet serves every size.
 */
export const LARGE_STYLE: StylesheetJson = [
  { selector: 'node.large', style: { 'min-zoomed-font-size': 11, 'border-width': 0, 'text-background-opacity': 0 } },
  { selector: 'edge.large', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', 'source-arrow-shape': 'none', width: 0.6, opacity: 0.35 } },
];

/** Above this many people the map is drawn with WebGL where the machine offers it. */
export const WEBGL_NETWORK = 1500;

let webglAvailable: boolean | null = null;

/** A WebGL that runs on the processor instead of a graphics card: slower than the canvas. */
export function isSoftwareRenderer(name: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i.test(name);
}

/** Whether this machine draws WebGL 2 on a graphics card (asked once). */
export function supportsWebgl(): boolean {
  if (webglAvailable === null) {
    try {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      const name = gl ? String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : '';
      webglAvailable = gl !== null && !isSoftwareRenderer(name);
      gl?.getExtension('WEBGL_lose_context')?.loseContext();
    } catch {
      webglAvailable = false;
    }
  }
  return webglAvailable;
}

/** The drawing mode for a network of this size: WebGL for thousands of people, canvas otherwise. */
export function drawingMode(people: number): 'webgl' | 'canvas' {
  return people > WEBGL_NETWORK && supportsWebgl() ? 'webgl' : 'canvas';
}

/**
 * Whether a network opens on the group map: thousands of people where every drawing of the
 * whole map would take the canvas a second or more (no WebGL on a graphics card). Only
 * where there are groups or communities to show (the caller checks). One click shows all people.
 */
export function opensAtGroupLevel(people: number): boolean {
  return people > WEBGL_NETWORK && drawingMode(people) === 'canvas';
}

/**
 * A map in `container`. `people` picks the drawing mode; `large` (by default: more than
 * LARGE_NETWORK people) turns on the cached drawing for maps with thousands of elements.
 * Cytoscape redraws the whole map whenever any attribute of `container` changes (it
 * watches them for size changes), so the container is a bare element of its own: test
 * hooks, roles and labels go on its parent.
 */
export function createMap(container: HTMLElement, { people = 0, large = people > LARGE_NETWORK }: { people?: number; large?: boolean } = {}): Core {
  preemptStyleInjection();
  const webgl = drawingMode(people) === 'webgl';
  const cy = cytoscape({
    container,
    style: [...MAP_STYLE, ...LARGE_STYLE],
    layout: { name: 'preset' },
    minZoom: 0.02,
    maxZoom: 4,
    wheelSensitivity: 0.3,
    boxSelectionEnabled: false,
    // Large maps: draw a cached bitmap while panning and zooming, and for the largest leave
    // the edges out while moving; what keeps them moving smoothly.
    textureOnViewport: large && !webgl,
    hideEdgesOnViewport: people > 3 * LARGE_NETWORK && !webgl,
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as cytoscape.CytoscapeOptions);
  if (!webgl) drawLayersLazily(cy);
  return cy;
}

/**
 * Cytoscape's canvas keeps the map in "layer" bitmaps, which it paints all at once on the
 * first drawing — for thousands of elements that doubles the longest freeze, and even for
 * a team of 50 it is half of the first drawing. After that first drawing it builds them
 * lazily, a few milliseconds per frame while the page is idle; every map starts in that mode. An internal of Cytoscape's canvas renderer, checked: if
 * it is not there, nothing changes.
 */
function drawLayersLazily(cy: Core): void {
  const renderer = (cy as unknown as { renderer?: () => { data?: { lyrTxrCache?: { firstGet?: boolean } } } }).renderer?.();
  const layers = renderer?.data?.lyrTxrCache;
  if (layers && typeof layers.firstGet === 'boolean') layers.firstGet = false;
}

/**
 * Keeps the map the size of its container and refits it when that size really changes
 * (the window, a panel opening). ResizeObserver also reports the size it starts with; that
 * is no change, and `cy.resize()` redraws the whole map, which for thousands of people is
 * the longest freeze there is. Returns the function that stops watching.
 */
export function followContainerSize(element: HTMLElement, cy: Core, refit: () => void): () => void {
  let last = `${element.clientWidth}x${element.clientHeight}`;
  const observer = new ResizeObserver(() => {
    const size = `${element.clientWidth}x${element.clientHeight}`;
    if (size === last || cy.destroyed()) return;
    last = size;
    cy.resize();
    refit();
  });
  observer.observe(element);
  return () => observer.disconnect();
}

/** Fits the map in view: exactly (labels included) for small maps, by positions for large ones. */
export function fitMap(cy: Core, padding: number): void {
  if (cy.nodes().length > LARGE_NETWORK) fitToPositions(cy, padding);
  else cy.fit(undefined, padding);
}
