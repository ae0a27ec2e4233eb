#!/usr/bin/env node
// Runs Doyensec's Electronegativity on the app's Electron code and its page (with the CSP)
// for the Electron version we ship, and fails on any high or medium finding that is not
// explained in electronegativity-explained.json. .ci/run installs the tool from the npm
// registry into ~/.cache/talkmap-tools; elsewhere it is skipped with a message.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { basename, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const candidates = [resolve(root, 'node_modules/.bin/electronegativity'), resolve(homedir(), '.cache/talkmap-tools/node_modules/.bin/electronegativity')];
const bin = candidates.find((c) => existsSync(c));
if (!bin) {
  console.log('electronegativity: skipped — not installed (.ci/run installs @doyensec/electronegativity from the npm registry).');
  process.exit(0);
}
const electron = JSON.parse(readFileSync(resolve(root, 'node_modules/electron/package.json'), 'utf8')).version;
const scan = mkdtempSync(resolve(tmpdir(), 'talkmap-eng-'));
cpSync(resolve(root, 'electron'), resolve(scan, 'electron'), { recursive: true });
cpSync(resolve(root, 'renderer/index.html'), resolve(scan, 'index.html'));
const out = resolve(scan, 'findings.csv');
const run = spawnSync(bin, ['-i', scan, '-e', electron, '-o', out, '-r', '-v', 'false'], { encoding: 'utf8' });
if (!existsSync(out)) {
  console.log(run.stdout, run.stderr);
  console.log('electronegativity: the tool produced no report');
  process.exit(1);
}
const explained = JSON.parse(readFileSync(resolve(import.meta.dirname, 'electronegativity-explained.json'), 'utf8'));
const rows = readFileSync(out, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.match(/("([^"]*)"|[^,]+)/g).map((c) => c.trim().replace(/^"|"$/g, '')));
let failures = 0;
for (const [check, severity, confidence, file, location] of rows) {
  const serious = severity === 'HIGH' || severity === 'MEDIUM';
  const why = explained.find((e) => e.check === check && e.file === basename(file ?? ''));
  const status = !serious ? 'ok (low)' : why ? `explained: ${why.reason}` : 'NOT EXPLAINED';
  if (serious && !why) failures++;
  console.log(`electronegativity: ${check} ${severity}/${confidence} ${file}:${location} — ${status}`);
}
console.log(`electronegativity (Electron ${electron}): ${rows.length} findings, ${failures} high/medium not explained`);
process.exit(failures ? 1 : 0);
