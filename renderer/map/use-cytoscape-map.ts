/**
 * The one place a Cytoscape map lives and dies: created in its container, filled in
 * slices (thousands of people never freeze the page), fitted, kept the size of its
 * container, registered as the map exports read, and destroyed — with its worker jobs
 * cancelled — when its network goes. The people map, the group map and the compare map
 * all use it; features give it elements and styles and never create or destroy `cy`.
 */
import { useEffect, useState, type RefObject } from 'react';
import type { Core, ElementDefinition } from 'cytoscape';
import { createMap, fitMap, followContainerSize } from './create-map';
import { fillMap, nextTask } from './fill-map';
import { setCurrentMap } from './map-registry';
import { isLargeMap } from './drawing-mode';
import { cancelOwner, createOwner, type MapJobOwner } from '../workers/map-client';

export interface MapSource {
  /** The elements to draw; called once per map, in a task of its own for large maps. */
  build: () => ElementDefinition[];
  people: number;
  ties: number;
  /** The cached drawing for many elements (default: isLargeMap). */
  large?: boolean;
  /** Fits the map in view (default: fitMap with 36 px). */
  fit?: (cy: Core) => void;
}

export interface LiveMap {
  cy: Core;
  /** The map's worker jobs (force layout, tie routing) belong to it. */
  owner: MapJobOwner;
  /** The source it was filled from (effects compare it to know the map is the current one). */
  source: MapSource;
  nodes: number;
  edges: number;
}

export interface MapHooks {
  /** Event handlers and attributes, before anything is added. */
  onCreate?: (cy: Core) => void;
  /** Once every element is in (before the first drawing of the whole map). */
  onFilled?: (map: LiveMap) => void;
  /** Whether exports and meeting mode read this map (the map the user looks at). */
  register?: boolean;
}

export function useCytoscapeMap(container: RefObject<HTMLDivElement | null>, source: MapSource | null, hooks: MapHooks = {}): LiveMap | null {
  const [live, setLive] = useState<LiveMap | null>(null);
  useEffect(() => {
    const element = container.current;
    if (!element || !source) return;
    const large = source.large ?? isLargeMap(source.people, source.ties);
    const cy = createMap(element, { people: source.people, ties: source.ties, large });
    const owner = createOwner('map');
    const fit = source.fit ?? ((map: Core) => fitMap(map, 36));
    hooks.onCreate?.(cy);
    // The canvas follows its container (toolbar and legend appear, the window resizes);
    // refit so nobody ends up outside the visible map.
    const stopFollowing = followContainerSize(element, cy, () => fit(cy));
    let alive = true;
    void (async () => {
      // A large map's elements are built in a task of their own: the page has just
      // rendered the new network (or answered the click that asked for it).
      if (large) await nextTask();
      if (!alive) return;
      const elements = source.build();
      const nodes = elements.filter((e) => e.group === 'nodes').length;
      if (!(await fillMap(cy, elements, { cancelled: () => !alive, beforeDraw: () => fit(cy) }))) return;
      const map: LiveMap = { cy, owner, source, nodes, edges: elements.length - nodes };
      if (hooks.register !== false) setCurrentMap(cy);
      hooks.onFilled?.(map);
      setLive(map);
    })();
    return () => {
      alive = false;
      cancelOwner(owner);
      stopFollowing();
      if (hooks.register !== false) setCurrentMap(null);
      setLive(null);
      cy.destroy();
    };
    // (The hooks are read when the map is made; a new source makes a new map.)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [container, source]);
  return live && live.source === source && !live.cy.destroyed() ? live : null;
}
