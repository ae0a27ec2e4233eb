#!/usr/bin/env node
// `npm test`: typecheck, lint, formatting, unit tests, then the end-to-end tests against the built web
// host in Debian Chromium. Prints one closing line "tests: N passed, N failed" so CI can
// read the result; exits non-zero when any step fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { nodeVersionProblem } from '../scripts/check-node.mjs';

const root = resolve(import.meta.dirname, '..');
const nodeProblem = nodeVersionProblem(JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).engines.node, process.versions.node);
if (nodeProblem) {
  process.stderr.write(`${nodeProblem}\n`);
  process.exit(1);
}
const reports = resolve(root, 'test-artifacts/reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const npx = (args) => ['npx', ['--no-install', ...args]];
/** The files Prettier formats (`npm run format`); .prettierignore leaves out fixtures and builds. */
const FORMATTED = '**/*.{ts,tsx,mts,mjs,cjs,css}';
let failedSteps = [];
const totals = { passed: 0, failed: 0, skipped: 0 };

function step(name, [cmd, args]) {
  process.stdout.write(`\n== ${name} ==\n`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } });
  process.stdout.write(`-- ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s\n`);
  if (result.status !== 0) failedSteps.push(name);
  return result.status === 0;
}

function vitest(name, config, json) {
  const ok = step(name, npx(['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${json}`]));
  if (existsSync(json)) {
    const r = JSON.parse(readFileSync(json, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  } else if (!ok) totals.failed += 1;
}

step('typecheck', npx(['tsc', '-b']));
step('electronegativity', ['node', ['test/security/electronegativity.mjs']]);
step('lint', npx(['eslint', '--max-warnings', '0', '.']));
step('format', npx(['prettier', '--check', '--log-level', 'warn', FORMATTED]));
// Both builds come first: the unit tests run the built CLI and web host exactly as the README
// says to start them (dist/node/*.mjs), and must not skip them here.
const builtCli = step('build CLI', npx(['vite', 'build', '--config', 'vite.node.config.mts', '--logLevel', 'error']));
const builtWeb = step('build web host', npx(['vite', 'build', '--config', 'vite.web.config.mts', '--logLevel', 'warn']));
process.env.TALKMAP_BUILT = builtCli && builtWeb ? '1' : '';
vitest('unit tests', 'vitest.config.mts', resolve(reports, 'unit.json'));
if (builtWeb) vitest('end-to-end tests (Chromium)', 'vitest.e2e.config.mts', resolve(reports, 'e2e.json'));

process.stdout.write('\n');
if (failedSteps.length) process.stdout.write(`Failed steps: ${failedSteps.join(', ')}\n`);
process.stdout.write(
  `tests: ${totals.passed} passed, ${totals.failed + (failedSteps.length && totals.failed === 0 ? failedSteps.length : 0)} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}\n`,
);
process.exit(failedSteps.length ? 1 : 0);
