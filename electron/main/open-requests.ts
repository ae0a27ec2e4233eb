/**
 * Project files the system asks Talkmap to open: a double-clicked `.talkmap` (in argv on
 * Windows and Linux, an `open-file` event on a Mac, even before the app is ready) and a
 * second start of the app, which hands its argv to the running one (single-instance
 * lock) and quits. Each becomes "incoming" in the project store; the window is told, and
 * its page opens the file after asking about unsaved work. Electron is passed in.
 */
import type { App } from 'electron';
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';

/** The first `.talkmap` (or its `.bak`) among command-line arguments, as an absolute path. */
export function projectPathFromArgv(argv: readonly string[], cwd: string, exists: (path: string) => boolean = existsSync): string | null {
  // argv[0] is the executable; in development argv[1] is the app folder. Flags are skipped.
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    if (!/\.talkmap(\.bak)?$/i.test(arg)) continue;
    const path = isAbsolute(arg) ? arg : resolve(cwd, arg);
    if (exists(path)) return path;
  }
  return null;
}

export interface OpenRequestDeps {
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>;
  /** Puts the path in the project store and tells the window (or waits for it). */
  open: (path: string) => void;
  /** Brings the window to the front. */
  focus: () => void;
  argv: readonly string[];
  cwd: string;
  exists?: (path: string) => boolean;
}

/** False when another Talkmap is already running (it got our arguments; this one quits). */
export function handleOpenRequests(deps: OpenRequestDeps): boolean {
  if (!deps.app.requestSingleInstanceLock()) {
    deps.app.quit();
    return false;
  }
  const first = projectPathFromArgv(deps.argv, deps.cwd, deps.exists);
  if (first) deps.open(first);
  deps.app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = projectPathFromArgv(argv, workingDirectory, deps.exists);
    if (path) deps.open(path);
    deps.focus();
  });
  deps.app.on('open-file', (event, path) => {
    event.preventDefault();
    deps.open(path);
    deps.focus();
  });
  return true;
}
