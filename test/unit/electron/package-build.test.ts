// Packaging, as far as it can be checked without downloading Electron: electron-builder
// packs the built app for Linux (dir target) against a local stand-in for the Electron
// distribution. The stand-in carries a real fuse wire, so the fuses electron-builder flips
// are read back; the app.asar must hold the built output only — no sources, tests or
// node_modules.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const ROOT = resolve(__dirname, '../../..');
const asar = require('@electron/asar') as { listPackage: (archive: string, options: object) => string[] };
const fuses = require('@electron/fuses') as { getCurrentFuseWire: (binary: string) => Promise<Record<number, number>>; FuseV1Options: Record<string, number> };
// A fuse's state is the ASCII character '0' (disabled) or '1' (enabled) in the wire.
const DISABLE = 48;
const ENABLE = 49;
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

let unpacked = '';
let output = '';

beforeAll(() => {
  const work = mkdtempSync(resolve(tmpdir(), 'talkmap-package-'));
  const dist = resolve(work, 'electron-dist');
  mkdirSync(dist);
  // Fuse wire v1 with 9 fuses, all "enabled" as in a stock Electron binary.
  const wire = Buffer.concat([Buffer.from(`#!/bin/sh\necho stand-in\n# ${SENTINEL}`), Buffer.from([1, 9]), Buffer.from('111111111'), Buffer.from('\n')]);
  writeFileSync(resolve(dist, 'electron'), wire);
  chmodSync(resolve(dist, 'electron'), 0o755);
  writeFileSync(resolve(dist, 'LICENSE'), 'stand-in');
  writeFileSync(resolve(dist, 'version'), '45.4.1');
  const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };
  const build = spawnSync('npx', ['--no-install', 'electron-vite', 'build'], { cwd: ROOT, env, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(build.stderr || build.stdout);
  output = resolve(work, 'release');
  const pack = spawnSync(
    'npx',
    [
      '--no-install',
      'electron-builder',
      '--linux',
      'dir',
      '--config',
      'electron-builder.yml',
      `-c.electronDist=${dist}`,
      '-c.electronVersion=45.4.1',
      `-c.directories.output=${output}`,
    ],
    { cwd: ROOT, env, encoding: 'utf8' },
  );
  if (pack.status !== 0) throw new Error(pack.stderr || pack.stdout);
  unpacked = resolve(output, 'linux-unpacked');
}, 240_000);

describe('electron-builder --linux dir (stand-in Electron)', () => {
  it('produces an app.asar with only the built app', () => {
    const archive = resolve(unpacked, 'resources/app.asar');
    expect(existsSync(archive)).toBe(true);
    const files = asar.listPackage(archive, {}).map((f) => f.replace(/\\/g, '/'));
    for (const needed of ['/package.json', '/out/main/main.js', '/out/preload/preload.cjs', '/out/renderer/index.html']) expect(files).toContain(needed);
    const forbidden = files.filter(
      (f) => /\.(ts|tsx|map)$/.test(f) || /^\/(test|shared|renderer|electron|node_modules|dist)\//.test(f) || f.includes('/node_modules/'),
    );
    expect(forbidden).toEqual([]);
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('flips the hardening fuses in the packaged binary', async () => {
    const wire = await fuses.getCurrentFuseWire(resolve(unpacked, 'talkmap'));
    const o = fuses.FuseV1Options;
    expect(wire[o.RunAsNode as number]).toBe(DISABLE);
    expect(wire[o.EnableNodeOptionsEnvironmentVariable as number]).toBe(DISABLE);
    expect(wire[o.EnableNodeCliInspectArguments as number]).toBe(DISABLE);
    expect(wire[o.EnableEmbeddedAsarIntegrityValidation as number]).toBe(ENABLE);
    expect(wire[o.OnlyLoadAppFromAsar as number]).toBe(ENABLE);
  });
});
