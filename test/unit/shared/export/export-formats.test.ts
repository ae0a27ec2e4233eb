// Network and table exports: well-formed, complete, escaped, and name-free when labels are aliases.
import { describe, expect, it } from 'vitest';
import { demoImportRequest } from '../../../../shared/demo/demo-school';
import { toGexf, toGraphML, toUcinetDl } from '../../../../shared/export/network-formats';
import { blockMatrixCsv, findingsCsv, groupsCsv } from '../../../../shared/export/tables-csv';
import { CSV_EN, CSV_NL } from '../../../../shared/export/csv';
import { namingFor } from '../../../../shared/present/names';
import { aliases } from '../../../../shared/present/anonymise';
import { runAnalysis } from '../../../../shared/pipeline/run-analysis';

const demo = runAnalysis(demoImportRequest());
const real = (id: string) => demo.analysis.nodes.find((n) => n.id === id)!.name;
const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

describe('network formats', () => {
  it('GraphML and GEXF hold every person and tie, with figures', () => {
    const graphml = toGraphML(demo, real);
    expect(count(graphml, /<node /g)).toBe(24);
    expect(count(graphml, /<edge /g)).toBe(111);
    expect(graphml).toContain('<data key="label">Monique van der Linden</data>');
    expect(graphml).toContain('attr.name="betweenness"');
    const gexf = toGexf(demo, real);
    expect(count(gexf, /<node /g)).toBe(24);
    expect(count(gexf, /<edge /g)).toBe(111);
  });

  it('UCINET DL lists labels and ties', () => {
    const dl = toUcinetDl(demo, real).split('\n');
    expect(dl[0]).toBe('DL n=24');
    expect(dl.filter((l) => /^\d+ \d+ \d/.test(l))).toHaveLength(111);
  });

  it('escapes markup in names and leaks no names when labels are aliases', () => {
    const evil = toGraphML(demo, () => '<b>"x" & y</b>');
    expect(evil).toContain('&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;');
    const codes = aliases(demo.analysis.nodes, 'codes');
    for (const text of [toGraphML(demo, (id) => codes.get(id)!), toGexf(demo, (id) => codes.get(id)!), toUcinetDl(demo, (id) => codes.get(id)!)]) {
      for (const n of demo.analysis.nodes) expect(text).not.toContain(n.name);
    }
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
