// The built web host (dist/node/web-server.mjs, what `npm run web` runs) as a real process, as the
// README says to start it: it must print its URL and serve the app. A Vite entry that another
// entry imports becomes a re-export stub that starts nothing — this is the test that sees it.
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipUnbuilt } from '../../../helpers/built';

const BIN = resolve(__dirname, '../../../../dist/node/web-server.mjs');
const WEB = resolve(__dirname, '../../../../dist/web/index.html');

function get(url: string, rawPath?: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const u = new URL(url);
    const req = request({ host: '127.0.0.1', port: u.port, path: rawPath ?? u.pathname, timeout: 30_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', fail);
    req.end();
  });
}

describe.skipIf(skipUnbuilt(BIN, WEB))('web host binary (npm run web)', () => {
  let child: ChildProcess;
  let url = '';
  let stderr = '';

  beforeAll(async () => {
    child = spawn(process.execPath, [BIN], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    url = await new Promise<string>((done, fail) => {
      let out = '';
      const timer = setTimeout(() => fail(new Error(`no URL printed within 60 s; stdout: ${out} stderr: ${stderr}`)), 60_000);
      child.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /http:\/\/localhost:\d+\//.exec(out);
        if (m) {
          clearTimeout(timer);
          done(m[0]);
        }
      });
      child.on('exit', (code) => fail(new Error(`exited with ${code} before serving; stdout: ${out} stderr: ${stderr}`)));
    });
  }, 90_000);

  afterAll(() => {
    child?.kill();
  });

  it('prints its URL and serves the app', async () => {
    expect(url).toMatch(/^http:\/\/localhost:\d+\/$/);
    const page = await get(url);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root">');
  });

  it('answers a malformed URL with 400 and keeps running', async () => {
    expect((await get(url, '/%E0%A4%A')).status).toBe(400);
    expect((await get(url, '/%00')).status).toBe(400);
    expect((await get(url, '/../../package.json')).status).toBe(404);
    expect((await get(url)).status).toBe(200);
    expect(child.exitCode).toBeNull();
    expect(stderr).toBe('');
  });
});
