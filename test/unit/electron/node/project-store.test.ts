// Projects in the desktop app, beyond the file itself: Save writes in place after the first
// save, recent files, the lock warning when a project is open twice, the autosave copy
// for crash recovery, and "delete project data" removing file, backup, lock and autosave.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { reloadAfterCrash } from '../../../../electron/main/crash-recovery';
import { createHandlers } from '../../../../electron/main/ipc/handlers';
import { ProjectStore, STALE_LOCK_MS } from '../../../../electron/node/project-store';

const tmp = (name: string) => mkdtempSync(join(tmpdir(), `talkmap-${name}-`));
const info = () => ({ version: '0', locale: 'nl', platform: 'linux' });

function setup(options: { host?: string; pid?: number; dataDir?: string } = {}) {
  const projects = new ProjectStore({
    dataDir: options.dataDir ?? tmp('data'),
    user: 'anna',
    host: options.host ?? 'laptop',
    pid: options.pid ?? 1001,
    isAlive: (pid) => pid === 1001 || pid === 2002,
  });
  const showSaveDialog = vi.fn();
  const showOpenDialog = vi.fn();
  const handlers = createHandlers({ dialog: { showSaveDialog, showOpenDialog } as never, appInfo: info, projects });
  return { projects, handlers, showSaveDialog, showOpenDialog };
}

/** Opens through the handler and confirms, as the page does once it has read the file. */
async function openConfirmed(handlers: ReturnType<typeof createHandlers>, request: Parameters<ReturnType<typeof createHandlers>['openProject']>[0] = {}) {
  const opened = await handlers.openProject(request, {} as never);
  const confirmed = await handlers.confirmOpenProject({}, {} as never);
  return { ...opened, ...confirmed };
}

describe('project store', () => {
  it('asks where on the first save, then saves in place with a .bak; "save as" asks again', async () => {
    const dir = tmp('projects');
    const { handlers, showSaveDialog, projects } = setup();
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'school.talkmap') });
    await handlers.saveProject({ suggestedName: 'school.talkmap', content: 'one' }, {} as never);
    await handlers.saveProject({ suggestedName: 'school.talkmap', content: 'two' }, {} as never);
    expect(showSaveDialog).toHaveBeenCalledTimes(1);
    expect(readFileSync(join(dir, 'school.talkmap'), 'utf8')).toBe('two');
    expect(readFileSync(join(dir, 'school.talkmap.bak'), 'utf8')).toBe('one');
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'kopie.talkmap') });
    await handlers.saveProject({ suggestedName: 'school.talkmap', content: 'three', saveAs: true }, {} as never);
    expect(readFileSync(join(dir, 'kopie.talkmap'), 'utf8')).toBe('three');
    expect(projects.currentPath).toBe(join(dir, 'kopie.talkmap'));
    // The lock moved with the project: the first file is no longer locked.
    expect(existsSync(join(dir, 'school.talkmap.lock'))).toBe(false);
    expect(existsSync(join(dir, 'kopie.talkmap.lock'))).toBe(true);
    // After closing (a new survey), Save asks again instead of overwriting.
    await handlers.closeProject({}, {} as never);
    showSaveDialog.mockResolvedValueOnce({ canceled: true });
    expect(await handlers.saveProject({ suggestedName: 'x.talkmap', content: 'new' }, {} as never)).toEqual({ saved: false, fileName: null });
    expect(existsSync(join(dir, 'kopie.talkmap.lock'))).toBe(false);
  });

  it('lists recent projects newest first, drops missing ones, and opens one by its place in the list', async () => {
    const dir = tmp('projects');
    const { handlers, showOpenDialog } = setup();
    for (const name of ['a', 'b', 'c']) {
      writeFileSync(join(dir, `${name}.talkmap`), `{"${name}":1}`);
      showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [join(dir, `${name}.talkmap`)] });
      await openConfirmed(handlers);
    }
    expect((await handlers.recentProjects({}, {} as never)).files.map((f) => f.name)).toEqual(['c.talkmap', 'b.talkmap', 'a.talkmap']);
    const opened = await openConfirmed(handlers, { recent: 2 });
    expect(opened.file).toEqual({ name: 'a.talkmap', text: '{"a":1}' });
    expect((await handlers.recentProjects({}, {} as never)).files.map((f) => f.name)).toEqual(['a.talkmap', 'c.talkmap', 'b.talkmap']);
    writeFileSync(join(dir, 'b.talkmap'), '');
    const { rmSync } = await import('node:fs');
    rmSync(join(dir, 'b.talkmap'));
    expect((await handlers.recentProjects({}, {} as never)).files.map((f) => f.name)).toEqual(['a.talkmap', 'c.talkmap']);
    await expect(handlers.openProject({ recent: 5 }, {} as never)).rejects.toThrow(/no longer there/);
  });

  it('a file being opened is not the open project until the page has read it: a refused file is never overwritten', async () => {
    const dir = tmp('projects');
    const good = join(dir, 'good.talkmap');
    const damaged = join(dir, 'damaged.talkmap');
    writeFileSync(good, 'good');
    writeFileSync(damaged, 'damaged');
    writeFileSync(`${damaged}.bak`, 'backup');
    const { handlers, showOpenDialog, showSaveDialog, projects } = setup();
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [good] });
    await openConfirmed(handlers);
    // The page refuses the damaged file: it never confirms.
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [damaged] });
    expect((await handlers.openProject({}, {} as never)).file?.text).toBe('damaged');
    expect(projects.currentPath).toBe(good);
    await handlers.saveProject({ suggestedName: 'x.talkmap', content: 'work' }, {} as never);
    expect(showSaveDialog).not.toHaveBeenCalled();
    expect(readFileSync(good, 'utf8')).toBe('work');
    expect(readFileSync(damaged, 'utf8')).toBe('damaged');
    expect(readFileSync(`${damaged}.bak`, 'utf8')).toBe('backup');
    expect(existsSync(`${damaged}.lock`)).toBe(false);
    expect((await handlers.recentProjects({}, {} as never)).files.map((f) => f.name)).toEqual(['good.talkmap']);
  });

  it('opens someone else’s project read-only: their lock stays and Save asks for a new name', async () => {
    const dir = tmp('projects');
    const path = join(dir, 'school.talkmap');
    writeFileSync(path, 'theirs');
    writeFileSync(`${path}.lock`, JSON.stringify({ user: 'bob', host: 'desktop-7', pid: 5, since: new Date().toISOString() }));
    const { handlers, showOpenDialog, showSaveDialog, projects } = setup();
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    expect(await openConfirmed(handlers)).toMatchObject({ lockedBy: { user: 'bob' }, fileName: 'school.talkmap', copy: false });
    expect(projects.currentPath).toBeNull();
    expect(JSON.parse(readFileSync(`${path}.lock`, 'utf8'))).toMatchObject({ user: 'bob' });
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'mine.talkmap') });
    await handlers.saveProject({ suggestedName: 'school.talkmap', content: 'mine' }, {} as never);
    expect(showSaveDialog).toHaveBeenCalledTimes(1);
    expect(readFileSync(path, 'utf8')).toBe('theirs');
  });

  it('undoing an import makes the file the page names (by its token) the open project again', async () => {
    const dir = tmp('projects');
    const [q, p] = [join(dir, 'q.talkmap'), join(dir, 'p.talkmap')];
    writeFileSync(q, 'q');
    writeFileSync(p, 'p');
    const { handlers, showOpenDialog, showSaveDialog, projects } = setup();
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [q] });
    const { token: tq } = await openConfirmed(handlers);
    expect(tq).toEqual(expect.any(String));
    // A new survey: nothing is the open project; undoing it: q again.
    await handlers.closeProject({}, {} as never);
    expect(projects.currentPath).toBeNull();
    expect(await handlers.resumeProject({ token: tq! }, {} as never)).toEqual({ fileName: 'q.talkmap' });
    expect(projects.currentPath).toBe(q);
    // Open p, open p again, undo the second open: p (the file the page had), not q.
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [p] });
    const { token: tp } = await openConfirmed(handlers);
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [p] });
    expect((await openConfirmed(handlers)).token).toBe(tp);
    expect(await handlers.resumeProject({ token: tp! }, {} as never)).toEqual({ fileName: 'p.talkmap' });
    expect(projects.currentPath).toBe(p);
    // Undo back to q: p's lock is gone.
    expect(await handlers.resumeProject({ token: tq! }, {} as never)).toEqual({ fileName: 'q.talkmap' });
    expect(existsSync(`${p}.lock`)).toBe(false);
    // A saved file gets a token too; an unknown token opens nothing (Save then asks where).
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'new.talkmap') });
    expect((await handlers.saveProject({ suggestedName: 'new.talkmap', content: 'x', saveAs: true }, {} as never)).token).toEqual(expect.any(String));
    expect(await handlers.resumeProject({ token: 'nope' }, {} as never)).toEqual({ fileName: null });
    expect(projects.currentPath).toBeNull();
  });

  it('"save as" refuses a file someone else has open (it would overwrite their work and take their lock)', async () => {
    const dir = tmp('projects');
    const theirs = join(dir, 'school.talkmap');
    writeFileSync(theirs, 'theirs');
    writeFileSync(`${theirs}.lock`, JSON.stringify({ user: 'colleague', host: 'pc2', pid: 5, since: new Date().toISOString() }));
    const { handlers, showSaveDialog } = setup();
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: theirs });
    await expect(handlers.saveProject({ suggestedName: 'school.talkmap', content: 'mine', saveAs: true }, {} as never)).rejects.toMatchObject({
      code: 'locked',
      params: { file: 'school.talkmap', user: 'colleague', host: 'pc2' },
    });
    expect(readFileSync(theirs, 'utf8')).toBe('theirs');
    expect(JSON.parse(readFileSync(`${theirs}.lock`, 'utf8'))).toMatchObject({ user: 'colleague' });
  });

  it('a .bak opens as a copy (Save asks for a name); a file the system hands over is fetched once', async () => {
    const dir = tmp('projects');
    const path = join(dir, 'school.talkmap');
    writeFileSync(path, 'now');
    writeFileSync(`${path}.bak`, 'before');
    const { handlers, showOpenDialog, projects } = setup();
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [`${path}.bak`] });
    expect(await openConfirmed(handlers)).toMatchObject({ copy: true, file: { text: 'before' } });
    expect(projects.currentPath).toBeNull();
    projects.setIncoming(path);
    expect(await openConfirmed(handlers, { incoming: true })).toMatchObject({ copy: false, file: { name: 'school.talkmap', text: 'now' } });
    expect(projects.currentPath).toBe(path);
    expect((await handlers.openProject({ incoming: true }, {} as never)).file).toBeNull();
  });

  it('warns when the project is open in another running Talkmap, not when that one has gone', async () => {
    const dir = tmp('projects');
    const path = join(dir, 'school.talkmap');
    writeFileSync(path, '{}');
    const first = setup({ pid: 2002 });
    first.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] });
    expect((await openConfirmed(first.handlers)).lockedBy).toBeNull();
    const second = setup({ pid: 1001 });
    second.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] });
    expect((await openConfirmed(second.handlers)).lockedBy).toMatchObject({ user: 'anna', host: 'laptop' });
    // A crashed process's lock (pid not running) is ignored.
    writeFileSync(`${path}.lock`, JSON.stringify({ user: 'bob', host: 'laptop', pid: 9999, since: new Date().toISOString() }));
    expect((await openConfirmed(second.handlers)).lockedBy).toBeNull();
    // A colleague on another computer (shared drive): a warning while the lock is fresh.
    writeFileSync(`${path}.lock`, JSON.stringify({ user: 'bob', host: 'desktop-7', pid: 5, since: new Date().toISOString() }));
    expect((await openConfirmed(second.handlers)).lockedBy).toMatchObject({ user: 'bob', host: 'desktop-7' });
    writeFileSync(`${path}.lock`, JSON.stringify({ user: 'bob', host: 'desktop-7', pid: 5, since: new Date(Date.now() - STALE_LOCK_MS - 1000).toISOString() }));
    expect((await openConfirmed(second.handlers)).lockedBy).toBeNull();
  });

  it('keeps an autosave copy until the project is saved, and hands it back for recovery', async () => {
    const dir = tmp('projects');
    const { handlers, showSaveDialog } = setup();
    expect((await handlers.recoverProject({ discard: false }, {} as never)).file).toBeNull();
    await handlers.autosaveProject({ name: 'school.talkmap', content: '{"work":1}' }, {} as never);
    const found = await handlers.recoverProject({ discard: false }, {} as never);
    expect(found.file).toMatchObject({ name: 'school.talkmap', text: '{"work":1}' });
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'school.talkmap') });
    await handlers.saveProject({ suggestedName: 'school.talkmap', content: '{"work":1}' }, {} as never);
    expect((await handlers.recoverProject({ discard: false }, {} as never)).file).toBeNull();
    await handlers.autosaveProject({ name: 'school.talkmap', content: '{"work":2}' }, {} as never);
    await handlers.recoverProject({ discard: true }, {} as never);
    expect((await handlers.recoverProject({ discard: false }, {} as never)).file).toBeNull();
  });

  it('deletes the project, its backup, its lock and the autosave copy, and forgets it in the recent list', async () => {
    const dir = tmp('projects');
    const dataDir = tmp('data');
    const { handlers, showSaveDialog } = setup({ dataDir });
    const path = join(dir, 'school.talkmap');
    showSaveDialog.mockResolvedValue({ canceled: false, filePath: path });
    await handlers.saveProject({ suggestedName: 'school.talkmap', content: 'one' }, {} as never);
    await handlers.saveProject({ suggestedName: 'school.talkmap', content: 'two' }, {} as never);
    await handlers.autosaveProject({ name: 'school.talkmap', content: 'three' }, {} as never);
    expect(readdirSync(dir).sort()).toEqual(['school.talkmap', 'school.talkmap.bak', 'school.talkmap.lock']);
    const { removed } = await handlers.deleteProject({}, {} as never);
    expect(removed).toEqual(['school.talkmap', 'school.talkmap.bak', 'school.talkmap.lock', 'recovery.talkmap']);
    expect(readdirSync(dir)).toEqual([]);
    expect(readdirSync(join(dataDir, 'autosave'))).toEqual([]);
    expect((await handlers.recentProjects({}, {} as never)).files).toEqual([]);
  });
});

describe('crash recovery', () => {
  it('reloads the window after a renderer crash, not after a clean exit', () => {
    let listener: ((event: unknown, details: { reason: string }) => void) | null = null;
    const contents = { on: vi.fn((_name: string, fn: typeof listener) => (listener = fn)), reload: vi.fn() };
    reloadAfterCrash(contents as never);
    expect(contents.on).toHaveBeenCalledWith('render-process-gone', expect.any(Function));
    listener!({}, { reason: 'clean-exit' });
    expect(contents.reload).not.toHaveBeenCalled();
    listener!({}, { reason: 'crashed' });
    expect(contents.reload).toHaveBeenCalledTimes(1);
  });
});
