#!/usr/bin/env node
/**
 * The `talkmap` executable: process.argv -> shared/cli -> stdout and exit code.
 * Plain Node; never imports electron.
 */
import { readFileSync } from 'node:fs';
import { runCli } from '../shared/cli/run-cli';
import { localeFromLanguage } from '../shared/i18n/translate';

void runCli(process.argv.slice(2), {
  readFile: (path) => new Uint8Array(readFileSync(path)),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  locale: localeFromLanguage(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG),
}).then((code) => {
  process.exitCode = code;
});
