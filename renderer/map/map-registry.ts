/**
 * The one live Cytoscape map, for features outside the map component that need it (the
 * PNG export, meeting mode). Set by NetworkMap on mount, cleared on unmount.
 */
import type { Core } from 'cytoscape';

let current: Core | null = null;

export function setCurrentMap(cy: Core | null): void {
  current = cy;
}

export function currentMap(): Core | null {
  return current;
}
