/**
 * One benchmark size, run in its own process so peak memory is that size's: generate,
 * import, build, then time each metric family and the whole pipeline. Prints one JSON line.
 * Path-based measures (betweenness, closeness, average distance) are O(n·m); above
 * SKIP_PATHS people they are skipped and their time estimated from the smaller sizes.
 */
import { findAll } from '../../shared/findings/find-all';
import { importFiles } from '../../shared/import/import-files';
import { analyseNetwork } from '../../shared/metrics/analyse-network';
import { betweenness } from '../../shared/metrics/betweenness';
import { brokerage } from '../../shared/metrics/brokerage';
import { harmonicCloseness } from '../../shared/metrics/closeness';
import { communities } from '../../shared/metrics/communities';
import { components } from '../../shared/metrics/components';
import { degrees } from '../../shared/metrics/degree';
import { eigenvector } from '../../shared/metrics/eigenvector';
import { analyseGroups } from '../../shared/metrics/groups';
import { pagerank } from '../../shared/metrics/pagerank';
import { structuralHoles } from '../../shared/metrics/structural-holes';
import { transitivity } from '../../shared/metrics/transitivity';
import { buildGraph } from '../../shared/network/build-graph';
import { generatedRequest, generateSchoolNetwork } from './generate-network';

export const SKIP_PATHS = 20_000;

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, (performance.now() - start) / 1000];
}

export function benchAnalysis(people: number) {
  const g = generateSchoolNetwork(people);
  const [imported, importSeconds] = time(() => importFiles(generatedRequest(g)));
  const [graph, buildSeconds] = time(() => buildGraph(imported.network));
  const metrics: Record<string, number | null> = {};
  const skipPaths = people > SKIP_PATHS;
  metrics.degree = time(() => degrees(graph))[1];
  metrics.betweenness = skipPaths ? null : time(() => betweenness(graph))[1];
  metrics.closeness = skipPaths ? null : time(() => harmonicCloseness(graph))[1];
  metrics.pagerank = time(() => pagerank(graph))[1];
  metrics.eigenvector = time(() => eigenvector(graph))[1];
  metrics.constraint = time(() => structuralHoles(graph))[1];
  metrics.brokerage = time(() => brokerage(graph))[1];
  metrics.components = skipPaths ? null : time(() => components(graph))[1];
  metrics.transitivity = time(() => transitivity(graph))[1];
  metrics.groups = time(() => analyseGroups(graph))[1];
  metrics.louvain = time(() => communities(graph))[1];
  let full: number | null = null;
  if (!skipPaths) {
    const [analysis, seconds] = time(() => analyseNetwork(graph));
    const [, findingsSeconds] = time(() => findAll(graph, analysis));
    metrics.findings = findingsSeconds;
    full = importSeconds + buildSeconds + seconds + findingsSeconds;
  }
  return {
    people,
    arcs: imported.network.ties.length,
    importSeconds,
    buildSeconds,
    metrics,
    fullAnalysisSeconds: full,
    peakMemoryMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

/**
 * The interaction log: stream the file from disk through the aggregator (no window, or per
 * month), then analyse the newest period. Peak memory is this process's maximum RSS.
 */
export async function benchLog(path: string, period: string, engine = 'builtin'): Promise<Record<string, unknown>> {
  const { createReadStream, statSync } = await import('node:fs');
  const { aggregateLogStream, logRequests } = await import('../../shared/import/interaction-log');
  const { runAnalysis } = await import('../../shared/pipeline/run-analysis');
  const options = { period: period === 'none' ? null : (period as 'month') };
  const start = performance.now();
  const aggregate =
    engine === 'duckdb'
      ? await (await import('../../electron/node/duckdb-log')).aggregateLogWithDuckDb(path, options, 'log.csv')
      : await aggregateLogStream('log.csv', createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Uint8Array>, options);
  const aggregateSeconds = (performance.now() - start) / 1000;
  const requests = logRequests(aggregate, null);
  const [, analysisSeconds] = time(() => runAnalysis(requests.at(-1)!.request));
  return {
    rows: aggregate.rows,
    engine,
    period,
    megabytes: Math.round(statSync(path).size / 2 ** 20),
    periods: aggregate.periods.length,
    pairs: aggregate.periods.reduce((s, p) => s + p.ties.length, 0),
    aggregateSeconds,
    analysisSeconds,
    peakMemoryMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

/**
 * The import wizard's name suggestions at scale: 5,000 written names (three in ten with a typo)
 * against a 5,000-person roster, through the index (name-suggestions.ts) the wizard uses.
 */
export async function benchSuggestions(
  people = 5000,
): Promise<{ people: number; written: number; buildSeconds: number; suggestSeconds: number; withSuggestions: number }> {
  const { SuggestionIndex } = await import('../../shared/import/name-suggestions');
  const { seededRandom } = await import('../../shared/network/seeded-random');
  const { DUTCH_FIRST_NAMES } = await import('../helpers/dutch-names');
  const random = seededRandom(20261201);
  const first = [...DUTCH_FIRST_NAMES];
  // About 2,000 surnames, as a large school board's roster has: stems and endings, some with a tussenvoegsel, one in ten hyphenated.
  const stems = [
    'Bak',
    'Jans',
    'Vis',
    'Mul',
    'Dek',
    'Brou',
    'Hen',
    'Pet',
    'Leeu',
    'Groo',
    'Wil',
    'Kui',
    'Ver',
    'Hoek',
    'Stee',
    'Bos',
    'Vel',
    'Mei',
    'Dijk',
    'Berg',
  ];
  const middles = ['', 'el', 'er', 'in', 'ar', 'om', 'ul', 'ee', 'ij', 'ou'];
  const ends = ['ker', 'sen', 'ser', 'der', 'man', 'driks', 'ters', 'wen', 'stra', 'inga'];
  const prefixes = ['', '', '', 'de ', 'van ', 'van der ', 'ter '];
  const pick = (list: string[]) => list[Math.floor(random() * list.length)] as string;
  const surname = () => `${pick(stems)}${pick(middles)}${pick(ends)}`;
  const roster = Array.from({ length: people }, (_, i) => ({
    id: `p${i}`,
    name: `${pick(first)} ${pick(prefixes)}${surname()}${i % 10 === 0 ? `-${surname()}` : ''}`,
  }));
  const written = roster.map((p) => {
    if (random() >= 0.3) return p.name;
    const at = 1 + Math.floor(random() * (p.name.length - 2));
    return p.name.slice(0, at) + p.name.slice(at + 1);
  });
  const t0 = performance.now();
  const index = new SuggestionIndex(roster);
  const t1 = performance.now();
  let withSuggestions = 0;
  for (const w of written) if (index.suggest(w).length > 0) withSuggestions++;
  const t2 = performance.now();
  return { people, written: written.length, buildSeconds: (t1 - t0) / 1000, suggestSeconds: (t2 - t1) / 1000, withSuggestions };
}
