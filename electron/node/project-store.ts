/**
 * What the desktop app keeps about projects beside the project files themselves:
 * - the open project's path (so Save writes in place), and a lock file next to it
 *   (`<project>.lock`: who, where, since) so a second window or a colleague on a shared
 *   drive opening the same project gets a warning and a read-only copy;
 * - a file being opened is only "pending" until the page has read it: a refused file
 *   (damaged, from a newer Talkmap) never becomes the file Save writes to;
 * - a token for every project file opened or saved in this session, so the page can say
 *   "that file again" (undoing an import) without ever naming a path;
 * - the recent-files list (in the user's app-data folder);
 * - the autosave copy used to recover after a crash;
 * - deleting a project's data: the file, its backup, its lock, temp files left by an
 *   interrupted save, and the autosave.
 * Plain Node: main passes in its folders, so tests run it on a temp folder.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { MAX_RECENT_PROJECTS as MAX_RECENT } from '../../shared/ipc/contract';
import { atomicWrite, removeStaleTemps } from './atomic-write';

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
  /** The operating system's recent documents (Electron's app.addRecentDocument). */
  addRecentDocument?: (path: string) => void;
}

/** What became of a file the page has read: its name, who else has it open, whether it is a copy. */
export interface OpenedProject {
  fileName: string | null;
  lockedBy: LockInfo | null;
  copy: boolean;
  /** Names this file to `resume` later; null for a copy. */
  token: string | null;
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
  /** Read by the page, not yet confirmed as the open project. */
  private pending: string | null = null;
  /** Files opened or saved in this session, by the token the page holds for each. */
  private readonly tokens = new Map<string, string>();
  /** A file the system asked us to open (double-click, second start), waiting for the page. */
  private incomingPath: string | null = null;
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
    await this.remember(path);
    return other;
  }

  private async remember(path: string): Promise<void> {
    await this.setRecent([path, ...(await this.recent()).filter((p) => p !== path)]);
    this.deps.addRecentDocument?.(path);
  }

  /** The page is reading this file; it becomes the open project only when confirmed. */
  setPending(path: string): void {
    this.pending = path;
  }

  /**
   * The page has read the pending file. A backup opens as a copy (Save asks for a name);
   * a project someone else has open opens read-only (their lock stays, Save asks for a
   * name); otherwise it is the open project.
   */
  async confirmPending(): Promise<OpenedProject> {
    const path = this.pending;
    this.pending = null;
    if (!path) return { fileName: null, lockedBy: null, copy: false, token: null };
    if (path.endsWith('.bak')) {
      await this.release();
      return { fileName: basename(path), lockedBy: null, copy: true, token: null };
    }
    const other = await this.otherHolder(path);
    if (other) {
      await this.release();
      await this.remember(path);
      return { fileName: basename(path), lockedBy: other, copy: false, token: this.tokenOf(path) };
    }
    await this.opened(path);
    return { fileName: basename(path), lockedBy: null, copy: false, token: this.tokenOf(path) };
  }

  /** A file the system asked to open; the page is told and fetches it with `takeIncoming`. */
  setIncoming(path: string): void {
    this.incomingPath = path;
  }

  get hasIncoming(): boolean {
    return this.incomingPath !== null;
  }

  takeIncoming(): string | null {
    const path = this.incomingPath;
    this.incomingPath = null;
    return path;
  }

  /** The token that names `path` to the page (the same one each time). */
  tokenOf(path: string): string {
    for (const [token, known] of this.tokens) if (known === path) return token;
    const token = randomUUID();
    this.tokens.set(token, path);
    return token;
  }

  /**
   * Undoing an import or an open: the file the page names by its token is the open project
   * again, if it is still there and nobody else has it open. Returns its name, or null (then
   * nothing is open: Save asks where).
   */
  async resume(token: string): Promise<string | null> {
    const path = this.tokens.get(token);
    await this.release();
    if (!path || !existsSync(path) || (await this.otherHolder(path))) return null;
    await this.opened(path);
    return basename(path);
  }

  /** A lock this running Talkmap wrote. */
  private isOurs(lock: LockInfo): boolean {
    return lock.host === this.deps.host && lock.pid === this.deps.pid;
  }

  /** The lock's holder when it is someone else and still plausibly there. */
  async otherHolder(path: string): Promise<LockInfo | null> {
    let lock: LockInfo;
    try {
      lock = JSON.parse(await readFile(`${path}.lock`, 'utf8')) as LockInfo;
    } catch {
      return null;
    }
    if (this.isOurs(lock)) return null;
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
      if (this.isOurs(lock)) await rm(`${path}.lock`, { force: true });
    } catch {
      // No lock, or not ours: leave it.
    }
  }

  /** The same as `release`, at once: for the moment the app quits. */
  releaseNow(): void {
    const path = this.current;
    this.current = null;
    if (!path) return;
    try {
      const lock = JSON.parse(readFileSync(`${path}.lock`, 'utf8')) as LockInfo;
      if (this.isOurs(lock)) rmSync(`${path}.lock`, { force: true });
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
      // Temp files of an interrupted save hold the same personal data.
      removed.push(...(await removeStaleTemps(path, Number.POSITIVE_INFINITY)));
      await this.setRecent((await this.recent()).filter((p) => p !== path));
      this.current = null;
      for (const [token, known] of this.tokens) if (known === path) this.tokens.delete(token);
    }
    removed.push(...(await removeStaleTemps(this.autosaveFile, Number.POSITIVE_INFINITY)));
    if (existsSync(this.autosaveFile)) {
      await this.discardAutosave();
      removed.push(basename(this.autosaveFile));
    }
    return removed;
  }
}
