// The Node check (scripts/check-node.mjs, the one rule behind npm's preinstall, the test runner,
// the CLI and the web host): Node 20 gave silently wrong results, so an older Node is refused
// with one line that names the version needed. Where this machine still has an old Node (Debian's
// /usr/bin/node is 20 on these machines), the real commands are run with it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeVersionProblem } from '../../../../scripts/check-node.mjs';
import { ROOT } from '../../../helpers/built';

const RANGE = (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;

describe('Node version check', () => {
  it('reads the minimum from package.json engines, and .nvmrc agrees', () => {
    expect(RANGE).toBe('>=22.12');
    expect(readFileSync(resolve(ROOT, '.nvmrc'), 'utf8').trim()).toBe('22.12');
  });

  it('accepts 22.12 and newer, refuses older with the version needed', () => {
    for (const ok of ['22.12.0', '22.23.5', '23.0.0', '24.1.0', 'v22.12.1']) expect(nodeVersionProblem(RANGE, ok)).toBeNull();
    for (const old of ['20.20.2', '22.11.0', '18.19.0', '21.7.3']) {
      const problem = nodeVersionProblem(RANGE, old);
      expect(problem).toContain('Talkmap needs Node.js 22.12 or newer');
      expect(problem).toContain(`this is Node.js ${old}`);
      expect(problem?.split('\n')).toHaveLength(1);
    }
  });

  const oldNode = ['/usr/bin/node', '/usr/local/bin/node'].find((p) => {
    if (!existsSync(p)) return false;
    const v = spawnSync(p, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
    return nodeVersionProblem(RANGE, v) !== null;
  });

  it.skipIf(!oldNode)('an old Node gets one clear line from the check, the CLI and the web host', () => {
    const check = spawnSync(oldNode!, [resolve(ROOT, 'scripts/check-node.mjs')], { encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('Talkmap needs Node.js 22.12 or newer');
    for (const bin of ['dist/node/talkmap.mjs', 'dist/node/web-server.mjs'].map((f) => resolve(ROOT, f)).filter(existsSync)) {
      const run = spawnSync(oldNode!, [bin, 'analyze', '--demo', '--json'], { encoding: 'utf8', env: { ...process.env, PORT: '0' }, timeout: 60_000 });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining('Talkmap needs Node.js 22.12 or newer')]);
    }
  });
});
