/**
 * What the desktop app keeps about projects beside the project files themselves:
 * - the open project's path (so Save writes in place), and a lock file next to it
 *   (`<project>.lock`: who, where, since) so a second window or a colleague on a shared
 *   drive opening the same project gets a warning;
 * - the recent-files list (in the user's app-data folder);
 * - the autosave copy used to recover after a crash;
 * - deleting a project's data: the file, its backup, its lock and the autosave.
 * Plain Node: main passes in its folders, so tests run it on a temp folder.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MAX_RECENT_PROJECTS as MAX_RECENT } from '../../shared/ipc/contract';
import { atomicWrite } from './atomic-write';

/** A lock older than this, from another computer, is taken to be stale. */
export const STALE_LOCK_MS = 24 * 60 * 60 * 1000;

export interface LockInfo {
  user: string;
  host: string;
  pid: number;
  since: string;
}

export interface ProjectStoreDeps {
  /** The app's data folder (Electron's userData). */
  dataDir: string;
  user: string;
  host: string;
  pid: number;
  now?: () => Date;
  /** Whether a process on this computer is still running. */
  isAlive?: (pid: number) => boolean;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class ProjectStore {
  private current: string | null = null;
  private readonly now: () => Date;
  private readonly isAlive: (pid: number) => boolean;

  constructor(private readonly deps: ProjectStoreDeps) {
    this.now = deps.now ?? (() => new Date());
    this.isAlive = deps.isAlive ?? processAlive;
  }

  get currentPath(): string | null {
    return this.current;
  }

  private get recentFile(): string {
    return join(this.deps.dataDir, 'recent-projects.json');
  }

  get autosaveFile(): string {
    return join(this.deps.dataDir, 'autosave', 'recovery.talkmap');
  }

  /** Recent projects that still exist, newest first. */
  async recent(): Promise<string[]> {
    try {
      const list = JSON.parse(await readFile(this.recentFile, 'utf8')) as unknown;
      return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string' && existsSync(p)).slice(0, MAX_RECENT) : [];
    } catch {
      return [];
    }
  }

  private async setRecent(list: string[]): Promise<void> {
    await mkdir(this.deps.dataDir, { recursive: true, mode: 0o700 });
    await atomicWrite(this.recentFile, JSON.stringify(list.slice(0, MAX_RECENT), null, 1));
  }

  /**
   * Marks `path` as the open project: releases the previous lock, takes this one, and
   * puts it first in the recent list. Returns who else has it open, if anyone.
   */
  async opened(path: string): Promise<LockInfo | null> {
    if (this.current && this.current !== path) await this.release();
    const other = await this.otherHolder(path);
    this.current = path;
    const lock: LockInfo = { user: this.deps.user, host: this.deps.host, pid: this.deps.pid, since: this.now().toISOString() };
    await writeFile(`${path}.lock`, JSON.stringify(lock), { mode: 0o600 }).catch(() => undefined);
    await this.setRecent([path, ...(await this.recent()).filter((p) => p !== path)]);
    return other;
  }

  /** The lock's holder when it is someone else and still plausibly there. */
  async otherHolder(path: string): Promise<LockInfo | null> {
    let lock: LockInfo;
    try {
      lock = JSON.parse(await readFile(`${path}.lock`, 'utf8')) as LockInfo;
    } catch {
      return null;
    }
    if (lock.host === this.deps.host && lock.pid === this.deps.pid) return null;
    if (lock.host === this.deps.host) return this.isAlive(lock.pid) ? lock : null;
    return this.now().getTime() - new Date(lock.since).getTime() < STALE_LOCK_MS ? lock : null;
  }

  /** No project is open any more (a new survey, the demo, or the window closes). */
  async release(): Promise<void> {
    const path = this.current;
    this.current = null;
    if (!path) return;
    try {
      const lock = JSON.parse(await readFile(`${path}.lock`, 'utf8')) as LockInfo;
      if (lock.host === this.deps.host && lock.pid === this.deps.pid) await rm(`${path}.lock`, { force: true });
    } catch {
      // No lock, or not ours: leave it.
    }
  }

  async writeAutosave(name: string, content: string): Promise<void> {
    await mkdir(dirname(this.autosaveFile), { recursive: true, mode: 0o700 });
    await atomicWrite(this.autosaveFile, JSON.stringify({ name, savedAt: this.now().toISOString(), content }));
  }

  async readAutosave(): Promise<{ name: string; savedAt: string; content: string } | null> {
    try {
      const saved = JSON.parse(await readFile(this.autosaveFile, 'utf8')) as { name?: unknown; savedAt?: unknown; content?: unknown };
      if (typeof saved.name !== 'string' || typeof saved.savedAt !== 'string' || typeof saved.content !== 'string') return null;
      return { name: saved.name, savedAt: saved.savedAt, content: saved.content };
    } catch {
      return null;
    }
  }

  async discardAutosave(): Promise<void> {
    await rm(this.autosaveFile, { force: true });
  }

  /**
   * Deletes the open project's personal data: the project, its `.bak`, its lock, the
   * autosave copy, and its place in the recent list. Returns the file names removed.
   */
  async deleteCurrent(): Promise<string[]> {
    const removed: string[] = [];
    const path = this.current;
    if (path) {
      for (const file of [path, `${path}.bak`, `${path}.lock`]) {
        if (existsSync(file)) {
          await rm(file, { force: true });
          removed.push(basename(file));
        }
      }
      await this.setRecent((await this.recent()).filter((p) => p !== path));
      this.current = null;
    }
    if (existsSync(this.autosaveFile)) {
      await this.discardAutosave();
      removed.push(basename(this.autosaveFile));
    }
    return removed;
  }
}
