// The built `talkmap` executable (dist/node/talkmap.mjs, built by npm install and by
// npm test) as a real process: stdout is exactly one JSON object, errors exit 2.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { skipUnbuilt } from '../../helpers/built';

const BIN = resolve(__dirname, '../../../dist/node/talkmap.mjs');

describe.skipIf(skipUnbuilt(BIN))('talkmap binary', () => {
  it('prints only JSON on stdout for analyze --demo --json', () => {
    const run = spawnSync(process.execPath, [BIN, 'analyze', '--demo', '--json'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout);
    expect(json.network.nodes).toBe(24);
    expect(json.nodes).toHaveLength(24);
    expect(json.findings.length).toBeGreaterThan(0);
  });

  it('exits 2 with one line on stderr for a missing file', () => {
    const run = spawnSync(process.execPath, [BIN, 'analyze', '--edges', 'missing.csv', '--json'], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_GB.UTF-8' },
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('missing.csv');
  });
});
