/**
 * The scale a picture of the whole map is drawn at: the one asked for, or less, so that its
 * longest side stays within `maxSide` pixels. A district's whole map at 2× would be about
 * 40,000 × 19,000 px, more than a browser can draw (the export failed with "The source image
 * cannot be decoded"). Cytoscape's own maxWidth/maxHeight are ignored once a scale is given,
 * and it multiplies by the screen's pixel ratio, which is counted here too.
 */
import type { Core } from 'cytoscape';

export function pictureScale(cy: Core, wanted: number, maxSide: number, pixelRatio = globalThis.devicePixelRatio || 1): number {
  const box = cy.elements().boundingBox({});
  const side = Math.max(box.w, box.h, 1) * pixelRatio;
  return Math.min(wanted, maxSide / side);
}
