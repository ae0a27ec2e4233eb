/**
 * Strongly connected components by Tarjan's algorithm, iteratively. graphology-components'
 * version is recursive — one stack frame per person along a path — and overflows a Web
 * Worker's stack at a few thousand people; this one keeps its own stack.
 */
import type { TalkGraph } from '../network/build-graph';
import { indexGraph } from './paths';

export function strongComponents(graph: TalkGraph): string[][] {
  const { ids, out } = indexGraph(graph);
  const n = ids.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const components: string[][] = [];
  const work: [number, number][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if ((index[root] as number) >= 0) continue;
    work.push([root, 0]);
    while (work.length) {
      const frame = work[work.length - 1] as [number, number];
      const [v, next] = frame;
      if (next === 0) {
        index[v] = low[v] = counter++;
        stack.push(v);
        onStack[v] = 1;
      }
      const neighbours = out[v] as number[];
      if (next < neighbours.length) {
        frame[1] = next + 1;
        const w = neighbours[next] as number;
        if ((index[w] as number) < 0) work.push([w, 0]);
        else if (onStack[w]) low[v] = Math.min(low[v] as number, index[w] as number);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]] as number, low[v] as number);
      if (low[v] === index[v]) {
        const component: string[] = [];
        let w: number;
        do {
          w = stack.pop() as number;
          onStack[w] = 0;
          component.push(ids[w] as string);
        } while (w !== v);
        components.push(component);
      }
    }
  }
  return components;
}
