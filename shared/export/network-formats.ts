/**
 * The network for researchers who continue in Gephi, UCINET or R, in files their readers
 * accept (round-trip tested with networkx, python-igraph and R igraph):
 * - GraphML: every person with their roster id, roster attributes, group, role, response and
 *   figures; directed weighted ties.
 * - GEXF 1.2draft (the version networkx and Gephi read): the same, plus the map — each
 *   person's position and colour (`viz:position`, `viz:color`), so Gephi opens the picture.
 * - UCINET DL (edgelist1, a labels list, numeric data): labels without spaces or commas
 *   (igraph and Gephi split labels on them); DL holds no text attributes and cannot mark a
 *   tie, so it holds the reported ties only (imputed ones are in GraphML, GEXF and CSV).
 * Ties added by reconstruction carry `imputed` = true in GraphML and GEXF.
 * Labels and roles go through the caller's naming: with names hidden there is no name, no
 * roster id and no roster attribute in any file. Text is XML-safe (control characters out).
 */
import type { AnalysisResult } from '../pipeline/run-analysis';
import type { Naming } from '../present/names';
import type { Point } from '../layout/geometry';

/** How people are named in the file (names.ts). */
export type ExportNaming = Pick<Naming, 'nameOf' | 'roleOf' | 'anonymised'>;

/** The map as drawn: where each person stands and their colour (#rrggbb). */
export interface Drawing {
  positions: Map<string, Point>;
  colours: Map<string, string>;
}

/** Characters XML 1.0 does not allow (C0 controls but tab/newline/return, U+FFFE/U+FFFF, lone surrogates). */
// eslint-disable-next-line no-control-regex -- these are exactly the characters to remove
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const xml = (s: string): string =>
  s.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

interface Column {
  key: string;
  type: 'string' | 'double' | 'boolean';
  value: (i: number) => string | number | boolean | null;
}

/** Attribute names Talkmap writes itself: a roster column with one of these names is written as "name (roster)". */
const OWN_KEYS = new Set([
  'label',
  'rosterId',
  'group',
  'role',
  'responded',
  'inDegree',
  'outDegree',
  'betweenness',
  'pagerank',
  'eigenvector',
  'constraint',
  'community',
]);

/** The roster's own columns (beyond group and role, which have their own), only with names shown: [column, attribute name]. */
function rosterColumns(result: AnalysisResult, naming: ExportNaming): [string, string][] {
  if (naming.anonymised) return [];
  const skip = new Set([result.network.groupAttribute, result.network.roleAttribute]);
  const seen = new Set<string>();
  for (const p of result.network.people) for (const k of Object.keys(p.attributes)) if (!skip.has(k)) seen.add(k);
  return [...seen].map((k) => [k, OWN_KEYS.has(k) ? `${k} (roster)` : k]);
}

function columns(result: AnalysisResult, naming: ExportNaming): Column[] {
  const n = result.analysis.nodes;
  const people = new Map(result.network.people.map((p) => [p.id, p]));
  const roster = rosterColumns(result, naming);
  return [
    ...(naming.anonymised ? [] : [{ key: 'rosterId', type: 'string' as const, value: (i: number) => n[i]?.id ?? null }]),
    { key: 'group', type: 'string', value: (i) => n[i]?.group ?? null },
    { key: 'role', type: 'string', value: (i) => (n[i] ? naming.roleOf(n[i].id) : null) },
    { key: 'responded', type: 'boolean', value: (i) => n[i]?.responded ?? null },
    ...roster.map(([column, key]): Column => ({ key, type: 'string', value: (i) => people.get(n[i]?.id ?? '')?.attributes[column] || null })),
    { key: 'inDegree', type: 'double', value: (i) => n[i]?.inDegree ?? null },
    { key: 'outDegree', type: 'double', value: (i) => n[i]?.outDegree ?? null },
    { key: 'betweenness', type: 'double', value: (i) => n[i]?.betweenness ?? null },
    { key: 'pagerank', type: 'double', value: (i) => n[i]?.pagerank ?? null },
    { key: 'eigenvector', type: 'double', value: (i) => n[i]?.eigenvector ?? null },
    { key: 'constraint', type: 'double', value: (i) => n[i]?.constraint ?? null },
    { key: 'community', type: 'double', value: (i) => n[i]?.community ?? null },
  ];
}

export function toGraphML(result: AnalysisResult, naming: ExportNaming): string {
  const cols = columns(result, naming);
  const nodeIndex = new Map(result.analysis.nodes.map((n, i) => [n.id, i]));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    // Keys by position (a roster header can be any text); the header is the attribute's name.
    ...cols.map((c, j) => `  <key id="d${j}" for="node" attr.name="${xml(c.key)}" attr.type="${c.type}"/>`),
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <key id="imputed" for="edge" attr.name="imputed" attr.type="boolean"/>',
    '  <graph id="talkmap" edgedefault="directed">',
  ];
  result.analysis.nodes.forEach((n, i) => {
    const data = cols
      .map((c, j) => ({ j, v: c.value(i) }))
      .filter(({ v }) => v !== null)
      .map(({ j, v }) => `<data key="d${j}">${xml(String(v))}</data>`);
    lines.push(`    <node id="n${i}"><data key="label">${xml(naming.nameOf(n.id))}</data>${data.join('')}</node>`);
  });
  result.network.ties.forEach((t, i) => {
    lines.push(
      `    <edge id="e${i}" source="n${nodeIndex.get(t.source)}" target="n${nodeIndex.get(t.target)}"><data key="weight">${t.weight}</data><data key="imputed">${t.imputed === true}</data></edge>`,
    );
  });
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}

const rgb = (hex: string): [number, number, number] => {
  const n = Number.parseInt(hex.replace('#', '').slice(0, 6), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

export function toGexf(result: AnalysisResult, naming: ExportNaming, drawing: Drawing | null = null): string {
  const cols = columns(result, naming);
  // With names shown the roster id is the node's id (Gephi's Id column); hidden, a neutral n0, n1, ….
  const idOf = (id: string, i: number) => (naming.anonymised ? `n${i}` : id);
  const nodeId = new Map(result.analysis.nodes.map((n, i) => [n.id, idOf(n.id, i)]));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">',
    '  <meta><creator>Talkmap</creator></meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    '    <attributes class="node">',
    ...cols.map((c, i) => `      <attribute id="${i}" title="${xml(c.key)}" type="${c.type}"/>`),
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="imputed" title="imputed" type="boolean"/>',
    '    </attributes>',
    '    <nodes>',
  ];
  result.analysis.nodes.forEach((n, i) => {
    const values = cols
      .map((c, j) => ({ j, v: c.value(i) }))
      .filter(({ v }) => v !== null)
      .map(({ j, v }) => `<attvalue for="${j}" value="${xml(String(v))}"/>`);
    const at = drawing?.positions.get(n.id);
    const colour = drawing?.colours.get(n.id);
    // Gephi's y axis points up, the map's down: turned over, the picture is the same.
    const viz = [
      colour ? `<viz:color r="${rgb(colour)[0]}" g="${rgb(colour)[1]}" b="${rgb(colour)[2]}"/>` : '',
      at ? `<viz:position x="${round(at.x)}" y="${round(-at.y)}" z="0.0"/>` : '',
    ].join('');
    lines.push(
      `      <node id="${xml(nodeId.get(n.id) ?? `n${i}`)}" label="${xml(naming.nameOf(n.id))}"><attvalues>${values.join('')}</attvalues>${viz}</node>`,
    );
  });
  lines.push('    </nodes>', '    <edges>');
  result.network.ties.forEach((t, i) =>
    lines.push(
      `      <edge id="e${i}" source="${xml(nodeId.get(t.source) ?? '')}" target="${xml(nodeId.get(t.target) ?? '')}" weight="${t.weight}"><attvalues><attvalue for="imputed" value="${t.imputed === true}"/></attvalues></edge>`,
    ),
  );
  lines.push('    </edges>', '  </graph>', '</gexf>');
  return lines.join('\n') + '\n';
}

const round = (v: number): string => (Math.round(v * 100) / 100).toFixed(2);

/**
 * A DL label: igraph and Gephi split labels on spaces and commas (and take quotes as part of
 * them), so spaces become "_", commas and quotes go, and a label that ends up empty or taken
 * gets its number.
 */
export function dlLabels(labels: string[]): string[] {
  const used = new Set<string>();
  return labels.map((l, i) => {
    let label = l
      .replace(NOT_XML, '')
      .replace(/[,"';]/g, '')
      .trim()
      .replace(/\s+/g, '_');
    if (!label || /^\d+$/.test(label) || used.has(label)) label = `${label || 'n'}_${i + 1}`;
    used.add(label);
    return label;
  });
}

/** UCINET DL, edgelist1: a labels list (one per line) and numeric data; weights as the third column; reported ties only. */
export function toUcinetDl(result: AnalysisResult, naming: ExportNaming): string {
  const nodeIndex = new Map(result.analysis.nodes.map((n, i) => [n.id, i + 1]));
  return [
    `DL n=${result.analysis.nodes.length}`,
    'format = edgelist1',
    'labels:',
    ...dlLabels(result.analysis.nodes.map((n) => naming.nameOf(n.id))),
    'data:',
    ...result.network.ties.filter((t) => !t.imputed).map((t) => `${nodeIndex.get(t.source)} ${nodeIndex.get(t.target)} ${t.weight}`),
    '',
  ].join('\n');
}
