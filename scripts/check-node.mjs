#!/usr/bin/env node
// The one rule for which Node.js Talkmap runs on: package.json's "engines" (">=22.12").
// Run directly, it stops `npm install` (preinstall), `npm test` and `npm run test:unit` on an
// older Node with a message that says what to do; the CLI and the web host import
// nodeVersionProblem() (electron/node/node-version.ts). Plain JavaScript without
// dependencies: it runs before anything is installed, on any Node.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** null when `version` satisfies a range of the form ">=MAJOR.MINOR", else the line to print. */
export function nodeVersionProblem(range, version) {
  const m = /^>=\s*(\d+)\.(\d+)/.exec(range);
  if (!m) throw new Error(`package.json engines.node must read ">=MAJOR.MINOR", not ${range}`);
  const [major, minor] = [Number(m[1]), Number(m[2])];
  const [a = 0, b = 0] = version.replace(/^v/, '').split('.').map(Number);
  if (a > major || (a === major && b >= minor)) return null;
  return (
    `Talkmap needs Node.js ${major}.${minor} or newer; this is Node.js ${version}. ` +
    `Install Node.js ${major} LTS (nodejs.org, or \`nvm install\` in this folder, which reads .nvmrc) and run the command again.`
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), '../..');
  const range = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).engines.node;
  const problem = nodeVersionProblem(range, process.versions.node);
  if (problem) {
    process.stderr.write(`\n${problem}\n\n`);
    process.exit(1);
  }
}
