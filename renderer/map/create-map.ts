/**
 * Creating a Cytoscape map, fitting it and keeping it the size of its container. Cytoscape
 * normally injects a <style> element, which our Content-Security-Policy forbids; a
 * placeholder with its id makes it skip that, and the rule it wanted lives in styles.css.
 */
import cytoscape, { type Core } from 'cytoscape';
import { fitToPositions } from './fill-map';
import { LARGE_STYLE, MAP_STYLE } from './map-style';
import { drawingMode, isLargeMap, LARGE_ELEMENTS, LARGE_NETWORK } from './drawing-mode';

const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

function preemptStyleInjection(): void {
  if (document.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  const placeholder = document.createElement('meta');
  placeholder.id = CYTOSCAPE_STYLESHEET_ID;
  document.head.appendChild(placeholder);
}

/**
 * A map in `container`. `people` and `ties` pick the drawing mode; `large` (by default:
 * isLargeMap) turns on the cached drawing for maps with thousands of elements.
 * Cytoscape redraws the whole map whenever any attribute of `container` changes (it
 * watches them for size changes), so the container is a bare element of its own: test
 * hooks, roles and labels go on its parent.
 */
export function createMap(
  container: HTMLElement,
  { people = 0, ties = 0, large = isLargeMap(people, ties) }: { people?: number; ties?: number; large?: boolean } = {},
): Core {
  preemptStyleInjection();
  const webgl = drawingMode(people, ties) === 'webgl';
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
    hideEdgesOnViewport: (people > 3 * LARGE_NETWORK || people + ties > 3 * LARGE_ELEMENTS) && !webgl,
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
 * Whether the view of a map was chosen — zoomed or panned by the user, or moved to what is
 * highlighted — since it was last fitted. A chosen view survives a change of the map's size
 * (a legend line that wraps differently, the window); otherwise a size change refits.
 */
const viewChosen = new WeakMap<Core, boolean>();

/** Marks the view as chosen (code that moves the map on purpose: bring-into-view). */
export function keepView(cy: Core): void {
  viewChosen.set(cy, true);
}

/**
 * Keeps the map the size of its container and, when that size really changes (the window, a
 * panel opening), refits it — or, when its view was chosen (keepView, the user's zoom or pan),
 * keeps the same middle in view. ResizeObserver also reports the size it starts with; that is
 * no change, and `cy.resize()` redraws the whole map, which for thousands of people is the
 * longest freeze there is. Returns the function that stops watching.
 */
export function followContainerSize(element: HTMLElement, cy: Core, refit: () => void): () => void {
  let width = element.clientWidth;
  let height = element.clientHeight;
  const chosen = (): void => keepView(cy);
  cy.on('scrollzoom pinchzoom dragpan', chosen);
  const observer = new ResizeObserver(() => {
    if (cy.destroyed() || (element.clientWidth === width && element.clientHeight === height)) return;
    const grew = { x: element.clientWidth - width, y: element.clientHeight - height };
    width = element.clientWidth;
    height = element.clientHeight;
    cy.resize();
    if (viewChosen.get(cy) === true) cy.panBy({ x: grew.x / 2, y: grew.y / 2 });
    else refit();
  });
  observer.observe(element);
  return () => {
    observer.disconnect();
    if (!cy.destroyed()) cy.off('scrollzoom pinchzoom dragpan', chosen);
  };
}

/** Fits the map in view: exactly (labels included) for small maps, by positions for large ones. */
export function fitMap(cy: Core, padding: number): void {
  viewChosen.set(cy, false);
  if (cy.nodes().length > LARGE_NETWORK) fitToPositions(cy, padding);
  else cy.fit(undefined, padding);
}
