// Saves never leave a half-written project: the previous file is kept as .bak, and a save
// process killed in the middle of writing leaves the last good file intact.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomicWrite } from '../../../../electron/node/atomic-write';

describe('atomic project saves', () => {
  it('keeps the previous version as .bak', async () => {
    const dir = mkdtempSync(resolve(tmpdir(), 'talkmap-save-'));
    const target = resolve(dir, 'school.talkmap');
    await atomicWrite(target, 'first', { backup: true });
    expect(existsSync(`${target}.bak`)).toBe(false);
    await atomicWrite(target, 'second', { backup: true });
    expect(readFileSync(target, 'utf8')).toBe('second');
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe('first');
  });

  it('leaves the last good file intact when the saving process is killed mid-write', async () => {
    const dir = mkdtempSync(resolve(tmpdir(), 'talkmap-crash-'));
    const target = resolve(dir, 'school.talkmap');
    writeFileSync(target, '{"good":true}');
    const module = resolve(__dirname, '../../../../electron/node/atomic-write.ts');
    // A child process saves 400 MB (below V8's longest string); we kill it as soon as its temporary file appears.
    const script = `import { atomicWrite } from ${JSON.stringify(module)}; await atomicWrite(${JSON.stringify(target)}, 'x'.repeat(400 * 1024 * 1024), { backup: true });`;
    const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', '--input-type=module', '-e', script], { stdio: 'ignore' });
    const started = Date.now();
    while (!readdirSync(dir).some((f) => f.endsWith('.tmp')) && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 5));
    const exited = child.exitCode !== null ? Promise.resolve() : new Promise((r) => child.on('exit', r));
    child.kill('SIGKILL');
    await exited;
    expect(readdirSync(dir).some((f) => f.endsWith('.tmp'))).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('{"good":true}');
    // The next save still works and replaces the file whole.
    await atomicWrite(target, '{"good":2}', { backup: true });
    expect(readFileSync(target, 'utf8')).toBe('{"good":2}');
  }, 60_000);
});
