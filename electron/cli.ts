#!/usr/bin/env node
/**
 * The `talkmap` executable: process.argv -> shared/cli -> stdout and exit code.
 * Plain Node; never imports electron.
 */
import { createReadStream, mkdirSync, readFileSync } from 'node:fs';
import { runCli } from '../shared/cli/run-cli';
import { localeFromLanguage } from '../shared/i18n/translate';
import { checkNodeVersion } from './node/node-version';
import { atomicWrite } from './node/atomic-write';
import { fileError } from './node/file-error';
import { threadCount, threadSweeper } from './node/sweep-threads';
import { cliProgress } from './node/cli-progress';
import { aggregateLogWithDuckDb } from './node/duckdb-log';
import { writeParquet } from './node/duckdb-parquet';
import { TalkmapError } from '../shared/errors/talkmap-error';
import type { MessageKey } from '../shared/i18n/messages-en';

/**
 * A file that could not be written, as a translated message naming it (never raw system text):
 * a folder that is not there or is a file get the command line's own words; a full disk, no
 * permission and the like the app's.
 */
function failed(error: unknown, path: string): never {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') throw new TalkmapError('cli.error.noFolder', { file: path });
  if (code === 'EEXIST' || code === 'ENOTDIR') throw new TalkmapError('cli.error.notFolder', { file: path });
  const info = fileError(error, path);
  if (info.code === 'fs.other') throw new TalkmapError('cli.error.write', { file: path, detail: info.params.detail ?? '' });
  throw new TalkmapError(`host.error.${info.code}` as MessageKey, { ...info.params, file: path });
}

checkNodeVersion();

// `talkmap … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

void runCli(process.argv.slice(2), {
  readFile: (path) => new Uint8Array(readFileSync(path)),
  readChunks: (path) => createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Uint8Array>,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  locale: localeFromLanguage(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG),
  writeFile: (path, content) => atomicWrite(path, content).catch((error: unknown) => failed(error, path)),
  makeDir: (path) => {
    try {
      mkdirSync(path, { recursive: true });
    } catch (error) {
      failed(error, path);
    }
  },
  computerLocale: process.env.LC_ALL || process.env.LC_NUMERIC || process.env.LANG,
  // The sweep on every core (TALKMAP_THREADS=N: at most N); the entry is built next to this file (vite.node.config.mts).
  sweeper: threadSweeper(new URL('./sweep-thread.mjs', import.meta.url), threadCount(process.env.TALKMAP_THREADS)),
  progress: cliProgress(process.stderr),
  // DuckDB (optional, loaded only when a log is read with it or Parquet is written).
  aggregateLogWithDuckDb: (path, options, name) => aggregateLogWithDuckDb(path, options, name),
  writeParquet: (path, table) =>
    writeParquet(path, table).catch((error: unknown) => {
      if (error instanceof TalkmapError) throw error;
      failed(error, path);
    }),
}).then((code) => {
  process.exitCode = code;
});
