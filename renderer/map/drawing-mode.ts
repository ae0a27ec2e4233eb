/**
 * How a map is drawn, decided in one place by what it holds: the detailed drawing (arrows,
 * curves around people, labels), the faster drawing for large maps (straight faint ties,
 * labels on zoom), WebGL where there is a graphics card, and whether a network opens on
 * the group map because drawing every person would block the page.
 */

/** Above this many people, or this many elements (people and ties), the faster drawing. */
export const LARGE_NETWORK = 400;
export const LARGE_ELEMENTS = 6000;

/**
 * Above this many ties the people map draws ties only for what is chosen (a person, a
 * finding, a pair of groups): a near-complete network of a few hundred people has tens of
 * thousands, a solid grey area that takes the canvas seconds per drawing and shows
 * nothing (and even hidden, tens of thousands of edges cost Cytoscape seconds of styling
 * and memory). Those ties are added to the map when chosen. The map says so (map.tiesOnDemand).
 */
export const MAX_DRAWN_TIES = 12_000;

export function drawsTiesOnDemand(ties: number): boolean {
  return ties > MAX_DRAWN_TIES;
}

/** How many of a network's ties the people map draws at once (none when on demand). */
function drawn(ties: number): number {
  return drawsTiesOnDemand(ties) ? 0 : ties;
}

/** Whether a map of this many people and ties gets the faster drawing (LARGE_STYLE). */
export function isLargeMap(people: number, ties: number): boolean {
  return people > LARGE_NETWORK || people + drawn(ties) > LARGE_ELEMENTS;
}

/** Above this many people the map is drawn with WebGL where the machine offers it. */
export const WEBGL_NETWORK = 1500;
/** …or above this many elements. */
export const WEBGL_ELEMENTS = 20_000;

/** A map of thousands of people (or elements): WebGL, the group map first, highlights under a veil. */
function isThousandsMap(people: number, ties: number): boolean {
  return people > WEBGL_NETWORK || people + drawn(ties) > WEBGL_ELEMENTS;
}

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
export function drawingMode(people: number, ties = 0): 'webgl' | 'canvas' {
  return isThousandsMap(people, ties) && supportsWebgl() ? 'webgl' : 'canvas';
}

/**
 * Whether a highlight on the people map goes under a veil (map/veil.ts) instead of fading
 * everyone else: on maps of thousands of people, where fading restyles and redraws them all.
 */
export function highlightsUnderVeil(people: number, ties = 0): boolean {
  return isThousandsMap(people, ties);
}

/**
 * Whether a network opens on the group map: thousands of people where every drawing of the
 * whole map would take the canvas a second or more (no WebGL on a graphics card). Only
 * where there are groups or communities to show (the caller checks). One click shows all people.
 */
export function opensAtGroupLevel(people: number, ties = 0): boolean {
  return isThousandsMap(people, ties) && drawingMode(people, ties) === 'canvas';
}
