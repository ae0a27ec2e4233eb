// How many threads the CLI's sweep uses (every core, or at most TALKMAP_THREADS), and that a
// sweep whose threads cannot start is done on the calling thread with the same figures.
import { describe, expect, it } from 'vitest';
import { threadCount, threadSweeper } from '../../../../electron/node/sweep-threads';
import { mergeSweep, sweepChunks, sweepHere, sweepInput, worthThreads } from '../../../../shared/metrics/path-sweep';
import { importFiles } from '../../../../shared/import/import-files';
import { buildGraph } from '../../../../shared/network/build-graph';
import { generatedRequest, generateSchoolNetwork } from '../../../bench/generate-network';

describe('threadCount', () => {
  it.each([
    [undefined, 8, 8],
    ['1', 8, 1],
    ['3', 8, 3],
    ['16', 8, 8],
    ['0', 8, 8],
    ['two', 8, 8],
    ['1.5', 8, 8],
  ])('TALKMAP_THREADS=%s on %i cores: %i', (setting, cores, expected) => {
    expect(threadCount(setting, cores)).toBe(expected);
  });
});

describe('threadSweeper', () => {
  it('sweeps on this thread, with the same figures, when its threads cannot start', async () => {
    const { network } = importFiles(generatedRequest(generateSchoolNetwork(1500)));
    const { ids, input } = sweepInput(buildGraph(network));
    expect(worthThreads(input)).toBe(true);
    const chunks = sweepChunks(input.sources.length);
    const parts = await threadSweeper(new URL('file:///nowhere/sweep-thread.mjs'), 2)(input, chunks);
    expect(mergeSweep(ids, input, parts)).toEqual(mergeSweep(ids, input, sweepHere(input)));
  }, 120_000);
});
