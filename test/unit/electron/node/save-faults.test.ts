// Saving under faults: a full disk or a refused write while writing the temp file, while
// copying the .bak, or at the rename leaves the project and its previous .bak unchanged and
// no temp file behind; temp files left by a crash are removed at the next save and by
// "delete project data"; the error reaches the page as a code it translates.
import { existsSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const faults = vi.hoisted(() => ({ write: null as string | null, copy: null as string | null, rename: null as string | null }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const fail = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      if (!faults.write) return handle;
      const code = faults.write;
      return {
        ...handle,
        writeFile: async () => {
          await handle.writeFile('partial');
          throw fail(code);
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    },
    copyFile: async (...args: Parameters<typeof real.copyFile>) => {
      if (faults.copy) {
        await real.writeFile(args[1] as string, 'half a backup');
        throw fail(faults.copy);
      }
      return real.copyFile(...args);
    },
    rename: async (...args: Parameters<typeof real.rename>) => {
      if (faults.rename && String(args[1]).endsWith('.talkmap')) throw fail(faults.rename);
      return real.rename(...args);
    },
  };
});

const { atomicWrite, removeStaleTemps, STALE_TEMP_MS } = await import('../../../../electron/node/atomic-write');
const { createHandlers } = await import('../../../../electron/main/ipc/handlers');
const { ProjectStore } = await import('../../../../electron/node/project-store');
const { createHandle } = await import('../../../../electron/main/ipc/handle');

function project() {
  const dir = mkdtempSync(join(tmpdir(), 'talkmap-faults-'));
  const target = join(dir, 'school.talkmap');
  writeFileSync(target, 'current');
  writeFileSync(`${target}.bak`, 'previous');
  return { dir, target };
}

const untouched = (dir: string, target: string) => {
  expect(readFileSync(target, 'utf8')).toBe('current');
  expect(readFileSync(`${target}.bak`, 'utf8')).toBe('previous');
  expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
};

afterEach(() => {
  faults.write = faults.copy = faults.rename = null;
});

describe('saving under faults', () => {
  it('a full disk while writing keeps the project and its .bak, and leaves no temp file', async () => {
    const { dir, target } = project();
    faults.write = 'ENOSPC';
    await expect(atomicWrite(target, 'new', { backup: true })).rejects.toMatchObject({ code: 'ENOSPC' });
    untouched(dir, target);
    // A retry after space was freed works.
    faults.write = null;
    await atomicWrite(target, 'new', { backup: true });
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe('current');
  });

  it('a full disk while copying the .bak keeps the old .bak whole', async () => {
    const { dir, target } = project();
    faults.copy = 'ENOSPC';
    await expect(atomicWrite(target, 'new', { backup: true })).rejects.toMatchObject({ code: 'ENOSPC' });
    untouched(dir, target);
  });

  it('a refused rename (a scanner holding the file) keeps everything and cleans up', async () => {
    const { dir, target } = project();
    faults.rename = 'EPERM';
    await expect(atomicWrite(target, 'new', { backup: true, retries: 1, retryDelayMs: 1 })).rejects.toMatchObject({ code: 'EPERM' });
    expect(readFileSync(target, 'utf8')).toBe('current');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('removes temp files left by a crash at the next save, but not one that another save is writing now', async () => {
    const { dir, target } = project();
    const old = join(dir, '.school.talkmap.123.456.abc.tmp');
    const fresh = join(dir, '.school.talkmap.999.789.def.tmp');
    const other = join(dir, '.other.talkmap.1.2.x.tmp');
    for (const f of [old, fresh, other]) writeFileSync(f, 'x');
    const past = (Date.now() - STALE_TEMP_MS - 5000) / 1000;
    utimesSync(old, past, past);
    utimesSync(other, past, past);
    await atomicWrite(target, 'new', { backup: true });
    expect(existsSync(old)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
    expect(existsSync(other)).toBe(true);
    expect(await removeStaleTemps(target, Number.POSITIVE_INFINITY)).toEqual(['.school.talkmap.999.789.def.tmp']);
  });

  it('"delete project data" also removes temp files of the project', async () => {
    const { dir, target } = project();
    const data = mkdtempSync(join(tmpdir(), 'talkmap-data-'));
    const projects = new ProjectStore({ dataDir: data, user: 'a', host: 'h', pid: process.pid });
    await projects.opened(target);
    writeFileSync(join(dir, '.school.talkmap.1.2.x.tmp'), 'names');
    writeFileSync(join(dir, '.school.talkmap.bak.1.2.y.tmp'), 'names');
    const removed = await projects.deleteCurrent();
    expect(removed).toEqual(expect.arrayContaining(['school.talkmap', 'school.talkmap.bak', '.school.talkmap.1.2.x.tmp', '.school.talkmap.bak.1.2.y.tmp']));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reaches the page as a code with the file name, for every system error that has its own message', async () => {
    const { target } = project();
    const projects = new ProjectStore({ dataDir: mkdtempSync(join(tmpdir(), 'talkmap-data-')), user: 'a', host: 'h', pid: process.pid });
    const handlers = createHandlers({
      dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: target })) } as never,
      appInfo: () => ({ version: '0', locale: 'nl', platform: 'linux' }),
      projects,
    });
    const registered = new Map<string, (event: unknown, request: unknown) => Promise<unknown>>();
    const handle = createHandle({ handle: (c: string, fn: never) => void registered.set(c, fn) } as never, { isTrustedSender: () => true });
    handle('project:save', handlers.saveProject);
    for (const [code, expected] of [
      ['ENOSPC', 'fs.ENOSPC'],
      ['EACCES', 'fs.EACCES'],
      ['EROFS', 'fs.EROFS'],
      ['EDQUOT', 'fs.ENOSPC'],
      ['EIO', 'fs.other'],
    ] as const) {
      faults.write = code;
      const answer = await registered.get('project:save')!({}, { suggestedName: 'school.talkmap', content: 'x' });
      expect(answer).toMatchObject({ ok: false, error: { code: expected, params: { file: 'school.talkmap' } } });
    }
  });
});
