/**
 * Eigenvector centrality on the directed in-ties: a person is central when central
 * people name them (xᵥ ∝ Σ_{u→v} xᵤ), scaled so the highest is 1 — igraph
 * eigen_centrality(directed = TRUE). Power iteration on (Aᵀ + I), which has the same
 * leading eigenvector but cannot oscillate on periodic graphs. Networks without a cycle
 * have no meaningful eigenvector centrality: everyone gets 0 then. `weighted`: each in-tie
 * counts with its weight, xᵥ ∝ Σ_{u→v} w_uv xᵤ (igraph eigen_centrality(weights = weight)).
 */
import type { TalkGraph } from '../network/build-graph';
import { indexGraph } from './paths';

export function eigenvector(graph: TalkGraph, weighted = false): Map<string, number> {
  const { ids, in: inn, inWeight } = indexGraph(graph);
  const n = ids.length;
  const result = new Map<string, number>();
  if (n === 0) return result;
  let x = new Float64Array(n).fill(1);
  let y = new Float64Array(n);
  for (let iteration = 0; iteration < 100_000; iteration++) {
    let max = 0;
    for (let v = 0; v < n; v++) {
      let sum = x[v] as number;
      const from = inn[v] as number[];
      const w = inWeight[v] as number[];
      for (let k = 0; k < from.length; k++) sum += (x[from[k] as number] as number) * (weighted ? (w[k] as number) : 1);
      y[v] = sum;
      if (sum > max) max = sum;
    }
    let change = 0;
    for (let v = 0; v < n; v++) {
      y[v] = (y[v] as number) / max;
      change = Math.max(change, Math.abs((y[v] as number) - (x[v] as number)));
    }
    [x, y] = [y, x];
    if (change < 1e-13) break;
  }
  // Without any cycle the shifted iteration only keeps the identity part: no eigenvector.
  const hasCycle = graph.size > 0 && hasDirectedCycle(inn);
  ids.forEach((id, v) => result.set(id, hasCycle ? (x[v] as number) : 0));
  return result;
}

function hasDirectedCycle(inn: number[][]): boolean {
  const n = inn.length;
  const outCount = new Int32Array(n);
  const forward: number[][] = inn.map(() => []);
  inn.forEach((sources, v) => {
    for (const u of sources) {
      (forward[u] as number[]).push(v);
      outCount[u] = (outCount[u] as number) + 1;
    }
  });
  // Kahn's algorithm on the reversed graph: a cycle remains when not every node is removed.
  const stack: number[] = [];
  for (let v = 0; v < n; v++) if (outCount[v] === 0) stack.push(v);
  let removed = 0;
  while (stack.length) {
    const v = stack.pop() as number;
    removed++;
    for (const u of inn[v] as number[]) {
      outCount[u] = (outCount[u] as number) - 1;
      if (outCount[u] === 0) stack.push(u);
    }
  }
  return removed < n;
}
