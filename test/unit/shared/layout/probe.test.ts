import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { demoImportRequest } from '../../../../shared/demo/demo-school';
import { runAnalysis } from '../../../../shared/pipeline/run-analysis';
import { edgeListSpec } from '../../../../shared/import/import-spec';
import { buildMapElements, mergeMutualEdges, edgeId } from '../../../../renderer/features/network-view/map-elements';
import { groupedLayout } from '../../../../shared/layout/grouped-layout';
import { circleByGroup } from '../../../../shared/layout/circle-layout';
import { DEFAULT_VIEW } from '../../../../renderer/state/view-state';
import { shapeRadius, type Disc } from '../../../../shared/layout/geometry';
import { forceLayout } from '../../../../shared/layout/force-layout';
import { concentricLayout } from '../../../../shared/layout/concentric-layout';
import { routeTies } from '../../../../shared/layout/route-ties';
import { checkGeometry } from '../../../../shared/layout/check-geometry';
import { DATASETS } from '../../../helpers/datasets';
import { generatedSchool } from '../../../helpers/generated-school';

const file = (folder: string, name: string) => ({ name, bytes: new Uint8Array(readFileSync(resolve(DATASETS, folder, name))) });
it('probe', () => {
  const cases: [string, ReturnType<typeof runAnalysis>][] = [['demo', runAnalysis(demoImportRequest())]];
  for (const f of ['daly-school-leaders', 'glasgow-s50', 'knecht-dutch-classroom', 'krackhardt-high-tech-managers', 'lazega-law-firm']) cases.push([f, runAnalysis({ data: file(f, 'edges.csv'), roster: file(f, 'nodes.csv'), spec: edgeListSpec() })]);
  for (const n of [25, 60, 150]) cases.push([`school${n}`, runAnalysis(generatedSchool(n))]);
  for (const [name, r] of cases) {
    const els = buildMapElements(r, DEFAULT_VIEW);
    const nodes = els.filter((e) => e.group === 'nodes');
    const groupOf = new Map(r.analysis.nodes.map((n) => [n.id, n.group]));
    const ties = mergeMutualEdges(r.network.ties, (id) => groupOf.get(id) ?? null).map((e) => ({ id: edgeId(e), source: e.source, target: e.target }));
    const order = r.analysis.groups.map((g) => g.label);
    const ranked = new Set(r.analysis.groups.filter((g) => g.rank !== null).map((g) => g.label));
    const grouped = groupedLayout(r.analysis.nodes, order, ranked, ties);
    const sizeOf = new Map(nodes.map((n) => [n.data.id as string, n.data.size as number]));
    const t1 = performance.now();
    const force = new Map(Object.entries(forceLayout({ nodes: r.analysis.nodes.map((n) => ({ id: n.id, ...(grouped.get(n.id) as {x:number;y:number}), size: sizeOf.get(n.id) as number })), edges: ties })));
    console.log('force ms', (performance.now() - t1).toFixed(0));
    const conc = concentricLayout(r.analysis.nodes.map((n) => ({ id: n.id, value: n.inDegree })));
    for (const [lname, pos] of [['grouped', grouped], ['circle', circleByGroup(r.analysis.nodes, order)], ['force', force], ['concentric', conc]] as const) {
      const discs: Disc[] = nodes.map((n) => ({ id: n.data.id as string, ...(pos.get(n.data.id as string) as { x: number; y: number }), r: shapeRadius(n.data.size as number, n.data.shape as string) }));
      const before = checkGeometry(discs, ties, new Map());
      const t0 = performance.now();
      const routing = routeTies(discs, ties);
      const ms = performance.now() - t0;
      const after = checkGeometry(discs, ties, routing.routes);
      if (before.overlaps.length) console.log('OVERLAP', JSON.stringify(before.overlaps.slice(0,3)), JSON.stringify(discs.filter((d) => d.id === before.overlaps[0]!.a || d.id === before.overlaps[0]!.b)));
      if (after.throughPerson.length) console.log('THROUGH', JSON.stringify(after.throughPerson.slice(0,3)), routing.unresolved.slice(0,3));
      if (routing.unresolved.length) console.log(routing.unresolved.slice(0,6).map((id) => { const t = ties.find((x) => x.id === id)!; return `${groupOf.get(t.source)}->${groupOf.get(t.target)}`; }).join(' | '));
      console.log(name, lname, r.analysis.nodes.length, ties.length, 'before', before.throughPerson.length, 'overlaps', before.overlaps.length, 'bent', routing.routes.size, 'unresolved', routing.unresolved.length, 'after', after.throughPerson.length, ms.toFixed(0) + 'ms');
    }
  }
});
