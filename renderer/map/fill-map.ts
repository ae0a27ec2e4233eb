/**
 * Filling a map without freezing the page: elements go in slices, each slice kept under a
 * time budget, the browser gets a turn between slices (to draw, to answer a click). A
 * 5,000-person network is ~35,000 elements; Cytoscape styles each one as it is added, which
 * in one go is seconds of blocked page. Nodes come before the edges that need them.
 */
import type { Core, ElementDefinition } from 'cytoscape';

export interface FillOptions {
  /** Longest a slice may take, in ms (the page must answer within ~100 ms). */
  budgetMs?: number;
  /** True when this fill is no longer wanted (a new network arrived, the map closed). */
  cancelled?: () => boolean;
  /** Gives the browser its turn; a macrotask by default, so drawing and input happen. */
  yieldToBrowser?: () => Promise<void>;
  /** Called after each slice with how many elements are in. */
  onProgress?: (added: number, total: number) => void;
  /** Runs once all elements are in, before the map is first drawn (e.g. to fit it in view). */
  beforeDraw?: () => void;
  now?: () => number;
}

const FIRST_SLICE = 100;
const MIN_SLICE = 50;
const MAX_SLICE = 20_000;

/** Resolves in a later task: the browser gets its turn (to draw, to answer input) first. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Slice size for the next round: what fits the budget at the speed measured so far. */
export function nextSliceSize(added: number, elapsedMs: number, budgetMs: number): number {
  if (added === 0 || elapsedMs <= 0) return MAX_SLICE;
  const perElement = elapsedMs / added;
  return Math.max(MIN_SLICE, Math.min(MAX_SLICE, Math.floor((budgetMs * 0.8) / perElement)));
}

/** The two Cytoscape internals the fill leans on; checked, so a future version degrades to plain adding. */
interface CytoscapeInternals {
  _private?: { batchStyleEles?: unknown };
  style: () => { apply?: (eles: unknown) => unknown };
}

/**
 * Adds `elements` to `cy` in time-budgeted slices. Resolves true when all are in, false
 * when cancelled part-way (the caller throws that map away).
 *
 * Cytoscape draws nothing while a batch is open, so the whole fill is one batch (no
 * half-filled map is drawn, each draw would cost more than the slice). Inside a batch it
 * would postpone every element's style to the end — seconds in one go — so each slice is
 * styled and measured right away, and the batch's own restyle queue is emptied before it
 * closes.
 */
export async function fillMap(cy: Core, elements: ElementDefinition[], options: FillOptions = {}): Promise<boolean> {
  const { budgetMs = 40, cancelled = () => false, yieldToBrowser = nextTask, onProgress, beforeDraw, now = () => performance.now() } = options;
  const internals = cy as unknown as CytoscapeInternals;
  const style = internals.style();
  const canStyleNow = typeof style.apply === 'function' && internals._private !== undefined && 'batchStyleEles' in internals._private;
  let index = 0;
  let size = Math.min(FIRST_SLICE, elements.length);
  if (canStyleNow) cy.startBatch();
  try {
    // A large map's first slice waits a turn: the page has just rendered the new network.
    if (elements.length > FIRST_SLICE) await yieldToBrowser();
    while (index < elements.length) {
      if (cancelled() || cy.destroyed()) return false;
      const slice = elements.slice(index, index + size);
      const start = now();
      const added = cy.add(slice);
      if (canStyleNow) style.apply?.(added);
      // Geometry (edge end points, bounds) now too, instead of all at the first draw.
      added.boundingBox({ includeLabels: false });
      const took = now() - start;
      index += slice.length;
      onProgress?.(index, elements.length);
      // Sized by the last slice's speed (edges cost more than the nodes before them), and
      // at most doubling, so one misjudged slice cannot run far over the budget.
      size = Math.min(2 * slice.length, nextSliceSize(slice.length, took, budgetMs));
      await yieldToBrowser();
    }
    // (Also after the last slice: the first drawing, in the next frame, is a long task of its own.)
    if (!cancelled() && !cy.destroyed()) beforeDraw?.();
  } finally {
    if (canStyleNow && !cy.destroyed()) {
      (internals._private as { batchStyleEles: unknown }).batchStyleEles = cy.collection();
      cy.endBatch();
    }
  }
  return !cancelled() && !cy.destroyed();
}

/**
 * Fits the viewport to the nodes' positions (plus half the largest node) — what
 * `cy.fit()` does, without measuring every label, which for thousands of people takes
 * seconds. Used for large maps, where labels only show when zoomed in.
 */
export function fitToPositions(cy: Core, padding: number): void {
  const nodes = cy.nodes(':visible');
  if (nodes.length === 0) return;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  let half = 0;
  nodes.forEach((n) => {
    const p = n.position();
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
    half = Math.max(half, Number(n.data('size') ?? 0) / 2);
  });
  x1 -= half;
  y1 -= half;
  x2 += half;
  y2 += half;
  const width = cy.width() - 2 * padding;
  const height = cy.height() - 2 * padding;
  if (width <= 0 || height <= 0) return;
  const zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), Math.min(width / Math.max(x2 - x1, 1), height / Math.max(y2 - y1, 1))));
  const pan = { x: cy.width() / 2 - zoom * ((x1 + x2) / 2), y: cy.height() / 2 - zoom * ((y1 + y2) / 2) };
  // The same view again is no change: a large map is not redrawn for nothing.
  const was = cy.pan();
  if (cy.zoom() === zoom && was.x === pan.x && was.y === pan.y) return;
  cy.viewport({ zoom, pan });
}
