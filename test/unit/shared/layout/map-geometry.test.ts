// A map that never misleads, on the model positions: in every layout, on the demo, every
// public dataset we carry and generated primary schools of 25–150 people, no tie passes
// through a person it does not connect (after routing) and no two people overlap. The
// straight-line picture is checked too, so the test shows the routing is what makes it true.
// (test/e2e/map-geometry.e2e.ts checks the same on what Cytoscape really draws.)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoImportRequest } from '../../../../shared/demo/demo-school';
import { runAnalysis, type AnalysisResult } from '../../../../shared/pipeline/run-analysis';
import { edgeListSpec } from '../../../../shared/import/import-spec';
import { buildMapElements, edgeId, mergeMutualEdges, metricValue } from '../../../../renderer/features/network-view/map-elements';
import { DEFAULT_VIEW } from '../../../../renderer/state/view-state';
import { discOf, type Disc } from '../../../../shared/layout/geometry';
import { routeTies } from '../../../../shared/layout/route-ties';
import { checkGeometry } from '../../../../shared/layout/check-geometry';
import { LAYOUTS, placePeople, type PlacementInput } from '../../../../shared/layout/place-people';
import { DATASETS } from '../../../helpers/datasets';
import { generatedSchool } from '../../../helpers/generated-school';

const file = (folder: string, name: string) => ({ name, bytes: new Uint8Array(readFileSync(resolve(DATASETS, folder, name))) });
const NETWORKS: [string, () => AnalysisResult][] = [
  ['the demo school', () => runAnalysis(demoImportRequest())],
  ...['daly-school-leaders', 'glasgow-s50', 'knecht-dutch-classroom', 'krackhardt-high-tech-managers', 'lazega-law-firm'].map(
    (f): [string, () => AnalysisResult] => [f, () => runAnalysis({ data: file(f, 'edges.csv'), roster: file(f, 'nodes.csv'), spec: edgeListSpec() })],
  ),
  ...[25, 60, 100, 150].map((n): [string, () => AnalysisResult] => [`a generated school of ${n}`, () => runAnalysis(generatedSchool(n))]),
];

function mapOf(result: AnalysisResult) {
  const nodes = buildMapElements(result, DEFAULT_VIEW).filter((e) => e.group === 'nodes');
  const groupOf = new Map(result.analysis.nodes.map((n) => [n.id, n.group]));
  const ties = mergeMutualEdges(result.network.ties, (id) => groupOf.get(id) ?? null).map((e) => ({ id: edgeId(e), source: e.source, target: e.target }));
  const size = new Map(nodes.map((n) => [String(n.data.id), Number(n.data.size)]));
  const shape = new Map(nodes.map((n) => [String(n.data.id), String(n.data.shape)]));
  const byId = new Map(result.analysis.nodes.map((n) => [n.id, n]));
  const input: PlacementInput = {
    nodes: result.analysis.nodes,
    groups: result.analysis.groups,
    ties: result.network.ties,
    sizeOf: (id) => size.get(id) ?? 30,
    valueOf: (id) => metricValue(byId.get(id)!, DEFAULT_VIEW.sizeBy),
  };
  const discsAt = (positions: Map<string, { x: number; y: number }>): Disc[] =>
    result.analysis.nodes.map((n) => discOf(n.id, positions.get(n.id)!, size.get(n.id)!, shape.get(n.id)!));
  return { ties, input, discsAt };
}

describe('honest geometry on every layout', () => {
  for (const [name, load] of NETWORKS) {
    it(`${name}: no tie through a person, nobody on top of anybody`, () => {
      const result = load();
      const { ties, input, discsAt } = mapOf(result);
      let straightProblems = 0;
      for (const layout of LAYOUTS) {
        const discs = discsAt(placePeople(layout, input));
        expect(
          discs.every((d) => Number.isFinite(d.x) && Number.isFinite(d.y)),
          layout,
        ).toBe(true);
        straightProblems += checkGeometry(discs, ties, new Map()).throughPerson.length;
        const routing = routeTies(discs, ties);
        expect(routing.unresolved, layout).toEqual([]);
        const { throughPerson, overlaps } = checkGeometry(discs, ties, routing.routes);
        expect(throughPerson, layout).toEqual([]);
        expect(overlaps, layout).toEqual([]);
      }
      // Without routing, straight lines would cross people on these maps.
      expect(straightProblems).toBeGreaterThan(0);
    }, 240_000);
  }

  it('the force layout spreads people out (no line, no pile) and repeats exactly', () => {
    const { input } = mapOf(runAnalysis(demoImportRequest()));
    const first = placePeople('force', input);
    expect(placePeople('force', input)).toEqual(first);
    const points = [...first.values()];
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const width = Math.max(...xs) - Math.min(...xs);
    const height = Math.max(...ys) - Math.min(...ys);
    // A real two-dimensional picture, not people on one diagonal (headless fcose's x = y).
    expect(Math.min(width, height) / Math.max(width, height)).toBeGreaterThan(0.4);
    const diagonal = points.filter((p) => Math.abs(p.x - p.y) < 1).length;
    expect(diagonal).toBeLessThan(3);
  });
});
