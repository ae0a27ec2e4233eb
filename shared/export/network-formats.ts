/**
 * The network for researchers who continue in Gephi, UCINET or R: GraphML and GEXF (with
 * every person's attributes and figures, directed weighted ties) and UCINET DL (edge list
 * format). Labels go through the caller's naming, so anonymised exports contain no names.
 */
import type { AnalysisResult } from '../pipeline/run-analysis';

const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

interface Column {
  key: string;
  type: 'string' | 'double' | 'boolean';
  value: (i: number) => string | number | boolean | null;
}

function columns(result: AnalysisResult): Column[] {
  const n = result.analysis.nodes;
  return [
    { key: 'group', type: 'string', value: (i) => n[i]?.group ?? null },
    { key: 'role', type: 'string', value: (i) => n[i]?.role ?? null },
    { key: 'responded', type: 'boolean', value: (i) => n[i]?.responded ?? null },
    { key: 'inDegree', type: 'double', value: (i) => n[i]?.inDegree ?? null },
    { key: 'outDegree', type: 'double', value: (i) => n[i]?.outDegree ?? null },
    { key: 'betweenness', type: 'double', value: (i) => n[i]?.betweenness ?? null },
    { key: 'pagerank', type: 'double', value: (i) => n[i]?.pagerank ?? null },
    { key: 'eigenvector', type: 'double', value: (i) => n[i]?.eigenvector ?? null },
    { key: 'constraint', type: 'double', value: (i) => n[i]?.constraint ?? null },
    { key: 'community', type: 'double', value: (i) => n[i]?.community ?? null },
  ];
}

export function toGraphML(result: AnalysisResult, label: (id: string) => string): string {
  const cols = columns(result);
  const nodeIndex = new Map(result.analysis.nodes.map((n, i) => [n.id, i]));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    ...cols.map((c) => `  <key id="${c.key}" for="node" attr.name="${c.key}" attr.type="${c.type}"/>`),
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <graph id="talkmap" edgedefault="directed">',
  ];
  result.analysis.nodes.forEach((n, i) => {
    const data = cols
      .map((c) => ({ c, v: c.value(i) }))
      .filter(({ v }) => v !== null)
      .map(({ c, v }) => `<data key="${c.key}">${xml(String(v))}</data>`);
    lines.push(`    <node id="n${i}"><data key="label">${xml(label(n.id))}</data>${data.join('')}</node>`);
  });
  result.network.ties.forEach((t, i) => {
    lines.push(`    <edge id="e${i}" source="n${nodeIndex.get(t.source)}" target="n${nodeIndex.get(t.target)}"><data key="weight">${t.weight}</data></edge>`);
  });
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}

export function toGexf(result: AnalysisResult, label: (id: string) => string): string {
  const cols = columns(result);
  const nodeIndex = new Map(result.analysis.nodes.map((n, i) => [n.id, i]));
  const gexfType = (t: Column['type']) => (t === 'double' ? 'double' : t === 'boolean' ? 'boolean' : 'string');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <graph defaultedgetype="directed">',
    '    <attributes class="node">',
    ...cols.map((c, i) => `      <attribute id="${i}" title="${c.key}" type="${gexfType(c.type)}"/>`),
    '    </attributes>',
    '    <nodes>',
  ];
  result.analysis.nodes.forEach((n, i) => {
    const values = cols
      .map((c, j) => ({ j, v: c.value(i) }))
      .filter(({ v }) => v !== null)
      .map(({ j, v }) => `<attvalue for="${j}" value="${xml(String(v))}"/>`);
    lines.push(`      <node id="n${i}" label="${xml(label(n.id))}"><attvalues>${values.join('')}</attvalues></node>`);
  });
  lines.push('    </nodes>', '    <edges>');
  result.network.ties.forEach((t, i) =>
    lines.push(`      <edge id="e${i}" source="n${nodeIndex.get(t.source)}" target="n${nodeIndex.get(t.target)}" weight="${t.weight}"/>`),
  );
  lines.push('    </edges>', '  </graph>', '</gexf>');
  return lines.join('\n') + '\n';
}

/** UCINET DL, edgelist1 format with quoted labels; weights as the third column. */
export function toUcinetDl(result: AnalysisResult, label: (id: string) => string): string {
  const quote = (s: string) => `"${s.replace(/"/g, "'")}"`;
  const nodeIndex = new Map(result.analysis.nodes.map((n, i) => [n.id, i + 1]));
  return [
    `DL n=${result.analysis.nodes.length}`,
    'format = edgelist1',
    'labels embedded:',
    'labels:',
    result.analysis.nodes.map((n) => quote(label(n.id))).join(','),
    'data:',
    ...result.network.ties.map((t) => `${nodeIndex.get(t.source)} ${nodeIndex.get(t.target)} ${t.weight}`),
    '',
  ].join('\n');
}
