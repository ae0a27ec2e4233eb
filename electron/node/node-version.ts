/**
 * The CLI and the web host refuse a Node older than package.json's "engines" with one line:
 * on Node 20 some results were silently wrong (its Windows-1252 decoder), so an old Node must
 * never run quietly. The rule is scripts/check-node.mjs (also npm's preinstall and the test
 * runner's); the range is read from package.json at build time.
 */
import packageJson from '../../package.json';
import { nodeVersionProblem } from '../../scripts/check-node.mjs';

/** Exits with code 2 and the message on stderr when this Node is too old. */
export function checkNodeVersion(version: string = process.versions.node): void {
  const problem = nodeVersionProblem(packageJson.engines.node, version);
  if (problem) {
    process.stderr.write(`${problem}\n`);
    process.exit(2);
  }
}
