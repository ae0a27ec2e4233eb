// How many threads the CLI's sweep uses: every core, or at most TALKMAP_THREADS.
import { describe, expect, it } from 'vitest';
import { threadCount } from '../../../../electron/node/sweep-threads';

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
