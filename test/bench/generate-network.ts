/**
 * Seeded school-like networks for the benchmark: people in groups of about 20, an average
 * out-degree of about 6, four in five ties inside one's own group. Written as an edge list
 * and a nodes file, so the benchmark times the real importer too.
 */
import { seededRandom } from '../../shared/network/seeded-random';

export interface Generated {
  nodesCsv: string;
  edgesCsv: string;
  people: number;
  arcs: number;
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
