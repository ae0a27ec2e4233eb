/**
 * `npm run bench`: analysis timings per size (each in its own process), python3-igraph on
 * the same graphs where installed, and in headless Chromium the first render and the frame
 * rate while panning, through the real import wizard. Prints a table, writes JSON to
 * test-artifacts/bench/ for tracking over time. Not a test: it reports, it does not judge.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startWebServer } from '../../electron/node/web-server';
import { generateCompleteNetwork, generateInteractionLog, generateSchoolNetwork, type Generated } from './generate-network';

const here = fileURLToPath(import.meta.url);
const root = resolve(here, '../../..');
const ANALYSIS_SIZES = [50, 500, 5000, 50000];
/** Whole processes side by side with python-igraph's same suite (igraph_suite.py), median of three. */
const WHOLE_SIZES = [500, 5000];
/** Whole processes of Talkmap alone (igraph would take a quarter of an hour): exact at 50,000, estimated at 100,000. */
const LARGE_RUNS: { people: number; extra: string[] }[] = [
  { people: 50_000, extra: [] },
  { people: 100_000, extra: ['--approximate'] },
];
const LOG_ROWS = 1_000_000;
const RENDER_SIZES: (number | 'complete 300')[] = [50, 500, 1000, 5000, 'complete 300'];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const fmt = (s: number | null | undefined): string => (s === null || s === undefined ? '—' : s < 0.01 ? `${(s * 1000).toFixed(1)}ms` : `${s.toFixed(2)}s`);

function writeNetwork(
  dir: string,
  people: number,
  make: (people: number) => Generated = generateSchoolNetwork,
  name = '',
): { edges: string; nodes: string; arcs: number } {
  const g = make(people);
  const edges = resolve(dir, `edges-${name}${people}.csv`);
  const nodes = resolve(dir, `nodes-${name}${people}.csv`);
  writeFileSync(edges, g.edgesCsv);
  writeFileSync(nodes, g.nodesCsv);
  return { edges, nodes, arcs: g.arcs };
}

interface ProcessRun {
  seconds: number;
  peakMB: number;
  status: number;
  stderr: string;
}

/** One whole process, timed with its peak memory by measure_process.py (the same way for both tools). */
function measureProcess(command: string[]): ProcessRun {
  const run = spawnSync('/usr/bin/python3', [resolve(root, 'test/bench/measure_process.py'), ...command], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) return { seconds: NaN, peakMB: NaN, status: run.status ?? -1, stderr: run.stderr };
  return JSON.parse(run.stdout) as ProcessRun;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** `talkmap analyze --nodes … --edges … --group group --json` against igraph_suite.py on the same files, median of `times`. */
function wholeProcess(dir: string, people: number, times: number, igraph: boolean, extra: string[] = []) {
  const files = writeNetwork(dir, people);
  const cli = [
    process.execPath,
    resolve(root, 'dist/node/talkmap.mjs'),
    'analyze',
    '--nodes',
    files.nodes,
    '--edges',
    files.edges,
    '--group',
    'group',
    '--json',
    ...extra,
  ];
  const talkmap: ProcessRun[] = [];
  const ig: ProcessRun[] = [];
  for (let i = 0; i < times; i++) {
    talkmap.push(measureProcess(cli));
    if (igraph) ig.push(measureProcess(['/usr/bin/python3', resolve(root, 'test/bench/igraph_suite.py'), files.edges, files.nodes]));
  }
  const failed = [...talkmap, ...ig].find((r) => r.status !== 0);
  if (failed) process.stdout.write(`  whole process ${people}: a run failed (exit ${failed.status})\n${failed.stderr}\n`);
  const summary = (runs: ProcessRun[]) =>
    runs.length ? { seconds: median(runs.map((r) => r.seconds)), peakMB: Math.max(...runs.map((r) => r.peakMB)) } : null;
  return { people, arcs: files.arcs, options: extra.join(' '), runs: times, talkmap: summary(talkmap), igraph: summary(ig) };
}

function hasIgraph(): boolean {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import igraph'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Records the longest main-thread task (the Long Tasks API reports every task over 50 ms). */
function longTaskWatcher(): void {
  const w = window as unknown as { __longest: number };
  w.__longest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
  }).observe({ type: 'longtask', buffered: true });
}

/** Two animation frames: what was just put on screen has been drawn. */
async function settle(page: import('playwright-core').Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * The longest main-thread task since the last call (and starts a new measurement), read
 * two seconds later: Cytoscape's follow-up drawings (sharper textures) count too.
 */
async function longest(page: import('playwright-core').Page): Promise<number> {
  await page.waitForTimeout(2000);
  return page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    const value = Math.round(w.__longest);
    w.__longest = 0;
    return value;
  });
}

/** The map of the network on screen is filled (the people map or the group map). */
async function mapShown(page: import('playwright-core').Page, people: number | null): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const count = document.querySelector('[data-testid=network-map]')?.getAttribute('data-node-count');
      return (
        (count !== null && count !== undefined && (n === null || count === String(n))) ||
        document.querySelector('[data-testid=group-map]')?.hasAttribute('data-groups')
      );
    },
    people,
    { timeout: 600_000 },
  );
  await settle(page);
}

/**
 * The million-row log in the app: File → Open interaction log, per month; time until the
 * newest month's map is drawn, and the longest main-thread task from the click on.
 */
async function logRenderBench(url: string, browser: import('playwright-core').Browser, log: string) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  await page.addInitScript(longTaskWatcher);
  await page.goto(url);
  await page.waitForSelector('[data-testid=finding]');
  await page.getByTestId('file-menu').locator('summary').click();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-log').click()]);
  await chooser.setFiles(log);
  await page.getByTestId('log-period').selectOption('month');
  await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
  const start = Date.now();
  await page.getByTestId('log-import-run').click();
  await page.waitForFunction(() => /rows read/.test(document.querySelector('[data-testid=file-status]')?.textContent ?? ''), undefined, { timeout: 600_000 });
  await mapShown(page, null);
  const seconds = (Date.now() - start) / 1000;
  const opensOn = (await page.getByTestId('group-map').count()) > 0 ? 'groups' : 'people';
  const longestTaskMs = await longest(page);
  await page.close();
  return { seconds, longestTaskMs, opensOn };
}

/**
 * On the people map: the time from a click on a finding (or Enter on a name in the search) until
 * the highlight is drawn, and the longest main-thread task meanwhile — the first highlight (the
 * whole map fades) and then changes from one to the next.
 */
async function highlightBench(
  page: import('playwright-core').Page,
): Promise<{ first: number[]; changes: number[]; people: number[]; longestTaskMs: number[] }> {
  const first: number[] = [];
  const changes: number[] = [];
  // People chosen by the search box (Enter until their card shows, with the harness's waiting).
  const people: number[] = [];
  const longestTaskMs: number[] = [];
  const reset = () => page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
  // A click on a finding, timed in the page until two animation frames later (the highlight
  // drawn), without the test harness's own waiting around a click.
  for (let i = 0; i < 4; i++) {
    await reset();
    const ms = await page.evaluate(async (at) => {
      const start = performance.now();
      (document.querySelectorAll('[data-testid=finding]')[at] as HTMLElement).click();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return Math.round(performance.now() - start);
    }, i);
    (i === 0 ? first : changes).push(ms);
    longestTaskMs.push(await longest(page));
  }
  for (const who of ['Person 12', 'Person 345', 'Person 2100', 'Person 4999']) {
    await page.keyboard.press('/');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(who);
    await reset();
    const start = Date.now();
    await page.keyboard.press('Enter');
    await page.waitForFunction((w) => (document.querySelector('[data-testid=person-card]')?.textContent ?? '').includes(w), who, { timeout: 60_000 });
    await settle(page);
    people.push(Date.now() - start);
    longestTaskMs.push(await longest(page));
  }
  return { first, changes, people, longestTaskMs };
}

async function renderBench(dir: string) {
  if (!existsSync(CHROMIUM) || !existsSync(resolve(root, 'dist/web/index.html'))) return [];
  const { server, url } = await startWebServer(resolve(root, 'dist/web'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const rows = [];
  try {
    // `--render-size=complete` (or a number): only that map, for a quick check of one row.
    const only = process.argv.find((a) => a.startsWith('--render-size='))?.split('=')[1];
    for (const size of RENDER_SIZES.filter((s) => !only || String(s).startsWith(only))) {
      // A complete network of 300 (89,700 ties): drawn without blocking the page (its ties on demand).
      const people = size === 'complete 300' ? 300 : size;
      const files = size === 'complete 300' ? writeNetwork(dir, people, generateCompleteNetwork, 'complete-') : writeNetwork(dir, people);
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
      await page.addInitScript(longTaskWatcher);
      await page.goto(url);
      await page.waitForSelector('[data-testid=finding]');
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-files').click()]);
      await chooser.setFiles([files.edges, files.nodes]);
      await page.getByTestId('wizard-import').waitFor();
      await page.waitForFunction(() => !(document.querySelector('[data-testid=wizard-import]') as HTMLButtonElement | null)?.disabled, undefined, {
        timeout: 300_000,
      });
      await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
      const start = Date.now();
      await page.getByTestId('wizard-import').click();
      // Large networks open on the group map where drawing every person would be slow
      // (no WebGL on a graphics card); then "Show all people" is timed as a second step.
      await mapShown(page, people);
      const firstRenderSeconds = (Date.now() - start) / 1000;
      const longestTaskMs = await longest(page);
      const opensOn = (await page.getByTestId('group-map').count()) > 0 ? 'groups' : 'people';
      let people_: { seconds: number; longestTaskMs: number } | null = null;
      if (opensOn === 'groups') {
        const before = Date.now();
        await page.getByTestId('group-map-close').click();
        await page.waitForFunction((n) => document.querySelector('[data-testid=network-map]')?.getAttribute('data-node-count') === String(n), people, {
          timeout: 300_000,
        });
        await settle(page);
        people_ = { seconds: (Date.now() - before) / 1000, longestTaskMs: await longest(page) };
      }
      // Pan as a user does: drag the background with the mouse (Cytoscape then draws a cached
      // texture), counting animation frames in the page meanwhile.
      const box = (await page.getByTestId('network-map').boundingBox()) as { x: number; y: number; width: number; height: number };
      const empty = await page.evaluate(({ width, height }) => {
        const el = document.querySelector('[data-testid=network-map] > .map-cy') as HTMLElement & {
          _cyreg?: { cy?: { nodes: () => { map: <T>(f: (n: { renderedPosition: () => { x: number; y: number } }) => T) => T[] } } };
        };
        const points = el._cyreg?.cy?.nodes().map((n) => n.renderedPosition()) ?? [];
        for (let y = 20; y < height; y += 15) for (let x = 20; x < width; x += 15) if (points.every((p) => Math.hypot(p.x - x, p.y - y) > 45)) return { x, y };
        return { x: 5, y: 5 };
      }, box);
      await page.evaluate(() => {
        const w = window as unknown as { __frames: number; __counting: boolean };
        w.__frames = 0;
        w.__counting = true;
        const tick = (): void => {
          if (!w.__counting) return;
          w.__frames++;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      const t0 = Date.now();
      await page.mouse.move(box.x + empty.x, box.y + empty.y);
      await page.mouse.down();
      for (let i = 0; Date.now() - t0 < 2000; i++) await page.mouse.move(box.x + empty.x + 60 * Math.sin(i / 8), box.y + empty.y + 30 * Math.cos(i / 8));
      await page.mouse.up();
      const frames = await page.evaluate(() => {
        const w = window as unknown as { __frames: number; __counting: boolean };
        w.__counting = false;
        return w.__frames;
      });
      const fps = frames / ((Date.now() - t0) / 1000);
      const highlights = people === 5000 ? await highlightBench(page) : null;
      if (highlights)
        process.stdout.write(
          `  highlight on the 5000-person map: first finding ${highlights.first.join(', ')} ms, next findings ${highlights.changes.join(', ')} ms (click to drawn, in the page); people by search ${highlights.people.join(', ')} ms; longest tasks ${highlights.longestTaskMs.join(', ')} ms\n`,
        );
      rows.push({
        people: size,
        arcs: files.arcs,
        opensOn,
        firstRenderSeconds,
        longestTaskMs,
        allPeopleSeconds: people_?.seconds ?? null,
        allPeopleLongestTaskMs: people_?.longestTaskMs ?? null,
        panFps: Math.round(fps),
        highlights,
      });
      process.stdout.write(
        `  render ${size}: opens on ${opensOn} ${fmt(firstRenderSeconds)}, longest main-thread task ${longestTaskMs} ms` +
          (people_ ? `; all people ${fmt(people_.seconds)}, longest task ${people_.longestTaskMs} ms` : '') +
          `; ${Math.round(fps)} fps panning the people map\n`,
      );
      await page.close();
    }
    const log = resolve(dir, 'log-1000000.csv');
    if (existsSync(log) && statSync(log).size > 0) {
      const inApp = await logRenderBench(url, browser, log);
      rows.push({
        people: 'log 1M rows (per month)',
        arcs: null,
        opensOn: inApp.opensOn,
        firstRenderSeconds: inApp.seconds,
        longestTaskMs: inApp.longestTaskMs,
        allPeopleSeconds: null,
        allPeopleLongestTaskMs: null,
        panFps: null,
        highlights: null,
      });
      process.stdout.write(
        `  log in the app: ${fmt(inApp.seconds)} until the newest month's map (${inApp.opensOn}) is drawn, longest main-thread task ${inApp.longestTaskMs} ms\n`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(resolve(tmpdir(), 'talkmap-bench-'));
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? '?', memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version };
  process.stdout.write(`Talkmap benchmark — ${machine.cpus} × ${machine.cpu}, ${machine.memoryGB} GB, Node ${machine.node}\n`);
  // `--render-only`: just the Chromium part (map sizes and main-thread tasks), for quick
  // checks; with `--with-log` also the million-row log in the app.
  const renderOnly = process.argv.includes('--render-only');
  const withLog = !renderOnly || process.argv.includes('--with-log');
  const igraph = hasIgraph() && !renderOnly;
  const analysis = [];
  for (const people of renderOnly ? [] : ANALYSIS_SIZES) {
    const run = spawnSync(process.execPath, ['--max-old-space-size=4096', here, '--child', String(people)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (run.status !== 0) {
      process.stdout.write(`  analysis ${people}: failed\n${run.stderr}\n`);
      continue;
    }
    const row = JSON.parse(run.stdout.trim().split('\n').pop() as string);
    if (igraph) {
      const files = writeNetwork(dir, people);
      const ig = spawnSync('/usr/bin/python3', [resolve(root, 'test/bench/igraph_bench.py'), files.edges, files.nodes], { encoding: 'utf8' });
      if (ig.status === 0) row.igraph = JSON.parse(ig.stdout);
    }
    analysis.push(row);
    process.stdout.write(`  analysis ${people}: full ${fmt(row.fullAnalysisSeconds)}, peak ${row.peakMemoryMB} MB\n`);
  }
  // Whole processes as a researcher runs them: Talkmap's CLI against python-igraph's same suite.
  const whole = [];
  for (const people of renderOnly ? [] : WHOLE_SIZES) {
    const row = wholeProcess(dir, people, 3, igraph);
    whole.push(row);
    const ratio = row.igraph && row.talkmap ? ` = ${(row.talkmap.seconds / row.igraph.seconds).toFixed(2)}× igraph's ${fmt(row.igraph.seconds)}` : '';
    process.stdout.write(`  whole process ${people}: ${fmt(row.talkmap?.seconds)}${ratio}, peak ${row.talkmap?.peakMB} MB\n`);
  }
  for (const { people, extra } of renderOnly || process.argv.includes('--quick') ? [] : LARGE_RUNS) {
    const row = wholeProcess(dir, people, 1, false, extra);
    whole.push(row);
    process.stdout.write(
      `  whole process ${people}${extra.length ? ` ${extra.join(' ')}` : ''}: ${fmt(row.talkmap?.seconds)}, peak ${row.talkmap?.peakMB} MB\n`,
    );
  }
  // The million-row interaction log: written to disk, then streamed in a fresh process.
  const logFile = resolve(dir, 'log-1000000.csv');
  const fd = openSync(logFile, 'w');
  if (withLog) generateInteractionLog(LOG_ROWS, 5000, (text) => writeSync(fd, text));
  closeSync(fd);
  const logs = [];
  // The built-in streaming reader, and DuckDB (the CLI's --engine duckdb) where the optional dependency is installed.
  const engines = existsSync(resolve(root, 'node_modules/@duckdb/node-api')) ? ['builtin', 'duckdb'] : ['builtin'];
  for (const [period, engine] of renderOnly ? [] : engines.flatMap((e) => ['none', 'month'].map((p) => [p, e] as const))) {
    const run = spawnSync(process.execPath, [here, '--log-child', logFile, period, engine], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (run.status !== 0) process.stdout.write(`  log ${period}: failed\n${run.stderr}\n`);
    else {
      const row = JSON.parse(run.stdout.trim().split('\n').pop() as string);
      logs.push(row);
      process.stdout.write(
        `  log 1M rows (${period}, ${engine}): aggregated ${fmt(row.aggregateSeconds)}, + analysis ${fmt(row.analysisSeconds)}, peak ${row.peakMemoryMB} MB\n`,
      );
    }
  }
  const suggestions = renderOnly ? null : await (await import('./bench-analysis')).benchSuggestions();
  if (suggestions)
    process.stdout.write(
      `  name suggestions ${suggestions.written} × ${suggestions.people}: index ${fmt(suggestions.buildSeconds)}, all suggestions ${fmt(suggestions.suggestSeconds)}\n`,
    );
  const render = await renderBench(dir);

  const metrics = ['betweenness', 'closeness', 'pagerank', 'eigenvector', 'constraint', 'brokerage', 'components', 'transitivity', 'louvain'];
  // "components" is timed with the average distance, which needs the same searches (igraph alike).
  const heading = (list: string[]): string => list.map((m) => (m === 'components' ? 'components & average distance' : m)).join(' | ');
  const lines: string[] = [];
  if (analysis.length) {
    lines.push('', `| people | arcs | import | ${heading(metrics)} | full analysis | peak memory |`, `|${'---|'.repeat(metrics.length + 5)}`);
    for (const r of analysis)
      lines.push(
        `| ${r.people} | ${r.arcs} | ${fmt(r.importSeconds)} | ${metrics.map((m) => fmt(r.metrics[m])).join(' | ')} | ${fmt(r.fullAnalysisSeconds)} | ${r.peakMemoryMB} MB |`,
      );
  }
  if (renderOnly) {
    // Only the Chromium part was asked for: nothing to compare with igraph.
  } else if (igraph) {
    lines.push(
      '',
      `Talkmap / igraph (same graphs, same run; >1 means Talkmap is slower):`,
      `| people | ${heading(metrics)} |`,
      `|${'---|'.repeat(metrics.length + 1)}`,
    );
    for (const r of analysis) {
      const ratio = (m: string) => (r.metrics[m] && r.igraph?.[m] ? (r.metrics[m] / r.igraph[m]).toFixed(1) : '—');
      lines.push(`| ${r.people} | ${metrics.map(ratio).join(' | ')} |`);
    }
  } else lines.push('', 'python3-igraph not installed: no igraph comparison (apt-get install python3-igraph).');
  if (whole.length) {
    lines.push(
      '',
      `Whole process, \`talkmap analyze --nodes … --edges … --group group --json\` against python-igraph's same suite (test/bench/igraph_suite.py), same files, same run; median of the runs, ${cpus().length} cores:`,
      '| people | arcs | options | runs | Talkmap | igraph | time ratio | Talkmap peak | igraph peak | memory ratio |',
      '|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const r of whole) {
      const time = r.talkmap && r.igraph ? `${(r.talkmap.seconds / r.igraph.seconds).toFixed(2)}×` : '—';
      const memory = r.talkmap && r.igraph ? `${(r.talkmap.peakMB / r.igraph.peakMB).toFixed(1)}×` : '—';
      lines.push(
        `| ${r.people} | ${r.arcs} | ${r.options || 'exact'} | ${r.runs} | ${fmt(r.talkmap?.seconds)} | ${fmt(r.igraph?.seconds)} | ${time} | ${r.talkmap?.peakMB ?? '—'} MB | ${r.igraph ? `${r.igraph.peakMB} MB` : '—'} | ${memory} |`,
      );
    }
  }
  if (logs.length) {
    lines.push(
      '',
      '| interaction log | reader | size | periods | pairs | aggregate | analysis of last period | peak memory |',
      '|---|---|---|---|---|---|---|---|',
    );
    for (const r of logs)
      lines.push(
        `| ${r.rows} rows, ${r.period} | ${r.engine} | ${r.megabytes} MB | ${r.periods} | ${r.pairs} | ${fmt(r.aggregateSeconds)} | ${fmt(r.analysisSeconds)} | ${r.peakMemoryMB} MB |`,
      );
  }
  if (suggestions)
    lines.push(
      '',
      '| name suggestions (wizard) | roster | index built | all suggestions | names with a suggestion |',
      '|---|---|---|---|---|',
      `| ${suggestions.written} written names, 3 in 10 with a typo | ${suggestions.people} | ${fmt(suggestions.buildSeconds)} | ${fmt(suggestions.suggestSeconds)} | ${suggestions.withSuggestions} |`,
    );
  if (render.length) {
    lines.push(
      '',
      '| people (map) | arcs | opens on | Import → map drawn | longest main-thread task | Show all people → drawn | its longest task | fps panning the people map |',
      '|---|---|---|---|---|---|---|---|',
    );
    for (const r of render) {
      const all = r.allPeopleSeconds === null ? '— | —' : `${fmt(r.allPeopleSeconds)} | ${r.allPeopleLongestTaskMs} ms`;
      lines.push(`| ${r.people} | ${r.arcs ?? '—'} | ${r.opensOn} | ${fmt(r.firstRenderSeconds)} | ${r.longestTaskMs} ms | ${all} | ${r.panFps ?? '—'} |`);
    }
  } else lines.push('', 'Chromium or dist/web missing: no render benchmark.');
  process.stdout.write(`${lines.join('\n')}\n`);
  const out = resolve(root, 'test-artifacts/bench');
  mkdirSync(out, { recursive: true });
  const file = resolve(out, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ machine, analysis, whole, logs, suggestions, render }, null, 2));
  process.stdout.write(`\nJSON: ${file}\n`);
}

const child = process.argv.indexOf('--child');
const logChild = process.argv.indexOf('--log-child');
if (logChild > 0) {
  const { benchLog } = await import('./bench-analysis');
  process.stdout.write(
    `${JSON.stringify(await benchLog(process.argv[logChild + 1] as string, process.argv[logChild + 2] as string, process.argv[logChild + 3] ?? 'builtin'))}\n`,
  );
} else if (child > 0) {
  const { benchAnalysis } = await import('./bench-analysis');
  process.stdout.write(`${JSON.stringify(benchAnalysis(Number(process.argv[child + 1])))}\n`);
} else {
  await main();
}
