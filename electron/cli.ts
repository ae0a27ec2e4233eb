#!/usr/bin/env node
/**
 * The `talkmap` executable: process.argv -> shared/cli -> stdout and exit code.
 * Plain Node; never imports electron.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { runCli } from '../shared/cli/run-cli';
import { localeFromLanguage } from '../shared/i18n/translate';
import { checkNodeVersion } from './node/node-version';

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
}).then((code) => {
  process.exitCode = code;
});
