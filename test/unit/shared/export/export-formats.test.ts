// Network and table exports: well-formed, complete, escaped, and name-free when labels are aliases.
import { describe, expect, it } from 'vitest';
import { demoImportRequest } from '../../../../shared/demo/demo-school';
import { dlLabels, toGexf, toGraphML, toUcinetDl, xml } from '../../../../shared/export/network-formats';
import { groupedDrawing } from '../../../../shared/export/map-drawing';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blockMatrixCsv, findingsCsv, groupsCsv } from '../../../../shared/export/tables-csv';
import { CSV_EN, CSV_NL } from '../../../../shared/export/csv';
import { namingFor } from '../../../../shared/present/names';
import { runAnalysis } from '../../../../shared/pipeline/run-analysis';

const demo = runAnalysis(demoImportRequest());
const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

describe('network formats', () => {
  const shown = namingFor(demo.analysis.nodes, 'off');
  it('GraphML and GEXF hold every person and tie, with roster id, attributes and figures', () => {
    const graphml = toGraphML(demo, shown);
    expect(count(graphml, /<node /g)).toBe(24);
    expect(count(graphml, /<edge /g)).toBe(111);
    expect(graphml).toContain('<data key="label">Monique van der Linden</data>');
    expect(graphml).toContain('attr.name="betweenness"');
    expect(graphml).toContain('attr.name="rosterId"');
    const gexf = toGexf(demo, shown, groupedDrawing(demo));
    expect(gexf).toContain('xmlns="http://www.gexf.net/1.2draft"');
    expect(count(gexf, /<node /g)).toBe(24);
    expect(count(gexf, /<edge /g)).toBe(111);
    expect(count(gexf, /<viz:position /g)).toBe(24);
    expect(count(gexf, /<viz:color /g)).toBe(24);
  });

  it('UCINET DL: a labels list without spaces or commas, numeric data', () => {
    const dl = toUcinetDl(demo, shown).split('\n');
    expect(dl.slice(0, 3)).toEqual(['DL n=24', 'format = edgelist1', 'labels:']);
    expect(dl).not.toContain('labels embedded:');
    expect(dl).toContain('Monique_van_der_Linden');
    expect(dl.filter((l) => /^\d+ \d+ \d/.test(l))).toHaveLength(111);
    expect(dlLabels(['Vries, Jan de', 'Jan de Vries', 'Jan de Vries', '12', ' '])).toEqual(['Vries_Jan_de', 'Jan_de_Vries', 'Jan_de_Vries_3', '12_4', 'n_5']);
  });

  it('escapes markup and leaves out control characters; leaks no names, ids or roster attributes when names are hidden', () => {
    const evil = toGraphML(demo, { ...shown, nameOf: () => '<b>"x" & y</b>\u0001\u001f' });
    expect(evil).toContain('&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;</data>');
    expect(xml('a\u0000b\u000bc\ud800d\tn')).toBe('abcd\tn');
    for (const mode of ['codes', 'initials', 'role'] as const) {
      const hidden = namingFor(demo.analysis.nodes, mode);
      for (const text of [toGraphML(demo, hidden), toGexf(demo, hidden, groupedDrawing(demo)), toUcinetDl(demo, hidden)]) {
        for (const n of demo.analysis.nodes) expect(text, `${mode}: ${n.name}`).not.toContain(n.name);
        expect(text).not.toContain('rosterId');
      }
    }
  });

  // The files as the researchers' own tools read them (installed by .ci/run from Debian).
  const python = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import networkx, igraph'], { timeout: 60_000 }).status === 0);
  const rscript = spawnSync('Rscript', ['-e', 'library(igraph)'], { timeout: 120_000 }).status === 0 ? 'Rscript' : null;
  const files = () => {
    const dir = mkdtempSync(join(tmpdir(), 'talkmap-net-'));
    const write = (name: string, text: string) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    };
    return {
      graphml: write('n.graphml', toGraphML(demo, shown)),
      gexf: write('n.gexf', toGexf(demo, shown, groupedDrawing(demo))),
      dl: write('n.dl', toUcinetDl(demo, shown)),
    };
  };
  const arcs = new Set(
    demo.network.ties.map((t) => `${demo.analysis.nodes.find((n) => n.id === t.source)!.name}>${demo.analysis.nodes.find((n) => n.id === t.target)!.name}`),
  );

  it('networkx and python-igraph read all three with every person and tie', () => {
    if (!python) return void console.warn('networkx/python-igraph not installed: the round trip was skipped');
    const f = files();
    const script = [
      'import json, sys, networkx as nx, igraph as ig',
      'g = nx.read_graphml(sys.argv[1]); x = nx.read_gexf(sys.argv[2]); d = ig.Graph.Read_DL(sys.argv[3], directed=True)',
      'gl = nx.get_node_attributes(g, "label"); xl = nx.get_node_attributes(x, "label")',
      'out = {"graphml": sorted(gl[a] + ">" + gl[b] for a, b in g.edges()), "gexf": sorted(xl[a] + ">" + xl[b] for a, b in x.edges()),',
      '  "dl": sorted(d.vs[e.source]["name"].replace("_", " ") + ">" + d.vs[e.target]["name"].replace("_", " ") for e in d.es),',
      '  "directed": [g.is_directed(), x.is_directed(), d.is_directed()], "dlNodes": d.vcount(), "weights": sum(d.es["weight"]),',
      '  "gexfNode": x.nodes[sys.argv[4]], "graphmlNode": g.nodes["n0"], "igraphGraphml": ig.Graph.Read_GraphML(sys.argv[1]).ecount()}',
      'print(json.dumps(out, default=str))',
    ].join('\n');
    const run = spawnSync(python, ['-c', script, f.graphml, f.gexf, f.dl, demo.analysis.nodes[0]!.id], { encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    const read = JSON.parse(run.stdout) as Record<string, unknown>;
    const expected = [...arcs].sort();
    expect(read['graphml']).toEqual(expected);
    expect(read['gexf']).toEqual(expected);
    expect(read['dl']).toEqual(expected);
    expect(read['directed']).toEqual([true, true, true]);
    expect(read['dlNodes']).toBe(24);
    expect(read['weights']).toBe(demo.network.ties.reduce((s, t) => s + t.weight, 0));
    expect(read['igraphGraphml']).toBe(111);
    const first = demo.analysis.nodes[0]!;
    expect(read['graphmlNode']).toMatchObject({ label: first.name, rosterId: first.id, group: first.group ?? undefined });
    expect(JSON.stringify(read['gexfNode'])).toContain('viz');
  });

  it('R igraph reads the GraphML and the DL', () => {
    if (!rscript) return void console.warn('R igraph not installed: the round trip was skipped');
    const f = files();
    const script =
      'library(igraph); a <- commandArgs(TRUE); g <- read_graph(a[1], format="graphml"); d <- read_graph(a[2], format="dl", directed=TRUE); cat(vcount(g), ecount(g), vcount(d), ecount(d), is_directed(d), V(g)$label[1], "\n")';
    const run = spawnSync(rscript, ['-e', script, f.graphml, f.dl], { encoding: 'utf8', timeout: 180_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe(`24 111 24 111 TRUE ${demo.analysis.nodes[0]!.name}`);
  });
});

describe('table exports', () => {
  it('writes groups, the group matrix and findings', () => {
    expect(groupsCsv(demo, 'nl', CSV_NL).split('\r\n')[0]).toBe('\ufeffGroep;Grootte;Dichtheid binnen;E-I-index');
    expect(blockMatrixCsv(demo, 'en', CSV_EN).split('\r\n')).toHaveLength(5 + 2);
    const findings = findingsCsv(demo.findings.findings, 'nl', namingFor(demo.analysis.nodes, 'off'), CSV_NL);
    expect(findings).toContain('Geen enkele band tussen groep 3-4 en groep 5-6.');
  });
});
