/**
 * Seeded school-like networks for the benchmark: people in groups of about 20, an average
 * out-degree of about 6, four in five ties inside one's own group. Written as an edge list
 * and a nodes file, so the benchmark times the real importer too.
 */
import { seededRandom } from '../../shared/network/seeded-random';
import type { ImportRequest } from '../../shared/import/import-files';
import { edgeListSpec } from '../../shared/import/import-spec';

export interface Generated {
  nodesCsv: string;
  edgesCsv: string;
  people: number;
  arcs: number;
}

/** A generated network as the import request of its two files (edges.csv with nodes.csv as roster). */
export function generatedRequest(g: Generated): ImportRequest {
  const encode = (text: string) => new TextEncoder().encode(text);
  return { data: { name: 'edges.csv', bytes: encode(g.edgesCsv) }, roster: { name: 'nodes.csv', bytes: encode(g.nodesCsv) }, spec: edgeListSpec() };
}

export function generateSchoolNetwork(people: number, seed = 42, outDegree = 6): Generated {
  const random = seededRandom(seed + people);
  const groupSize = 20;
  const groups = Math.max(1, Math.ceil(people / groupSize));
  const groupOf = (i: number): number => Math.floor(i / groupSize);
  const nodes = ['id,name,group'];
  for (let i = 0; i < people; i++) nodes.push(`p${i},Person ${i},g${String(groupOf(i) + 1).padStart(4, '0')}`);
  const edges = ['source,target'];
  const seen = new Set<number>();
  let arcs = 0;
  for (let i = 0; i < people; i++) {
    const g = groupOf(i);
    const k = Math.max(1, Math.round(outDegree + (random() - 0.5) * 4));
    for (let t = 0; t < k; t++) {
      let j: number;
      if (random() < 0.8 || groups === 1) j = g * groupSize + Math.floor(random() * Math.min(groupSize, people - g * groupSize));
      else j = Math.floor(random() * people);
      const key = i * people + j;
      if (j === i || seen.has(key)) continue;
      seen.add(key);
      edges.push(`p${i},p${j}`);
      arcs++;
    }
  }
  return { nodesCsv: nodes.join('\n') + '\n', edgesCsv: edges.join('\n') + '\n', people, arcs };
}

/**
 * A seeded interaction log: `rows` messages among the people of a school-like network of
 * `people` (mostly along its ties), with timestamps spread over the school year 2025-26
 * and a channel. Written in pieces to `write`, so a million rows never sit in one string.
 */
/** A complete network: everyone names everyone (people × (people − 1) ties), no groups. */
export function generateCompleteNetwork(people: number): Generated {
  const nodes = ['id,name'];
  const edges = ['source,target'];
  for (let i = 0; i < people; i++) {
    nodes.push(`p${i},Person ${i}`);
    for (let j = 0; j < people; j++) if (j !== i) edges.push(`p${i},p${j}`);
  }
  return { nodesCsv: nodes.join('\n') + '\n', edgesCsv: edges.join('\n') + '\n', people, arcs: people * (people - 1) };
}

export function generateInteractionLog(rows: number, people: number, write: (text: string) => void, seed = 7): void {
  const random = seededRandom(seed + rows);
  const net = generateSchoolNetwork(people);
  const ties = net.edgesCsv.trim().split('\n').slice(1);
  const start = Date.UTC(2025, 7, 25);
  const span = 300 * 86_400_000;
  const channels = ['mail', 'chat', 'teams'];
  write('source,target,timestamp,channel\n');
  let buffer: string[] = [];
  for (let r = 0; r < rows; r++) {
    const tie = random() < 0.9 ? ties[Math.floor(random() * ties.length)]! : `p${Math.floor(random() * people)},p${Math.floor(random() * people)}`;
    const when = new Date(start + Math.floor(random() * span)).toISOString().slice(0, 19) + 'Z';
    buffer.push(`${tie},${when},${channels[Math.floor(random() * 3)]}`);
    if (buffer.length === 10_000) {
      write(buffer.join('\n') + '\n');
      buffer = [];
    }
  }
  if (buffer.length) write(buffer.join('\n') + '\n');
}
