// Loaded by both vitest configs: the test runner refuses an older Node with one line instead of
// a dozen confusing failures (Node 20 decodes Windows-1252 differently, among others).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { nodeVersionProblem } from '../scripts/check-node.mjs';

const range = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
const problem = nodeVersionProblem(range, process.versions.node);
if (problem) {
  process.stderr.write(`${problem}\n`);
  process.exit(1);
}
