// The packaging configuration keeps its promises: per-user Windows installer (no admin on
// school laptops), dmg, AppImage and deb, the .talkmap file association, hardened fuses, and
// only the built output in the asar — no sources, tests or node_modules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = resolve(__dirname, '../../..');
const config = parse(readFileSync(resolve(ROOT, 'electron-builder.yml'), 'utf8'));
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));

// electron-builder's own schema check, as run at build time (CommonJS internals of the pinned version).
const require = createRequire(import.meta.url);
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as { validateConfiguration: (c: unknown, l: unknown) => Promise<void> };
const { DebugLogger } = require('builder-util/out/DebugLogger.js') as { DebugLogger: new (enabled: boolean) => unknown };

describe('electron-builder.yml', () => {
  it('passes electron-builder’s schema validation, which rejects a misspelt option', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, nsis: { ...config.nsis, perMachne: false } }, new DebugLogger(false))).rejects.toThrow(
      /does not match the API schema/,
    );
  });

  it('builds a per-user NSIS installer, a dmg, an AppImage and a deb', () => {
    expect(config.win.target[0].target).toBe('nsis');
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
    expect(config.mac.target).toBe('dmg');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.appId).toBe('nl.talkmap.app');
    expect(config.productName).toBe('Talkmap');
  });

  it('has one icon for every platform (1024 px PNG; electron-builder derives .ico and .icns)', () => {
    for (const platform of ['win', 'mac', 'linux']) expect(config[platform].icon).toBe('electron/resources/icon.png');
    const png = readFileSync(resolve(ROOT, 'electron/resources/icon.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1024);
  });

  it('associates .talkmap files', () => {
    expect(config.fileAssociations).toContainEqual(expect.objectContaining({ ext: 'talkmap' }));
  });

  it('sets the hardening fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('packs only the built app into the asar, and the app has no runtime dependencies', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(['out/**/*', 'package.json', '!**/*.map', '!node_modules/**']);
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.main).toBe('out/main/main.js');
  });
});
