// Every export from the demo in the running app: files exist and are non-trivial; with
// names anonymised, no exported file contains a roster name.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoImportRequest } from '../../shared/demo/demo-school';
import { runAnalysis } from '../../shared/pipeline/run-analysis';
import { artifact, startE2e, type E2e } from './browser';

const NAMES = runAnalysis(demoImportRequest()).analysis.nodes.map((n) => n.name);
const KINDS = ['png', 'svg', 'people', 'groups', 'matrix', 'findings', 'graphml', 'gexf', 'dl'];
let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(async () => {
  await e2e?.close();
});

async function exportAll(page: Page): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  await page.getByTestId('export-menu').locator('summary').click();
  for (const kind of KINDS) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-menu-${kind}`).click()]);
    files.set(download.suggestedFilename(), readFileSync((await download.path()) as string));
  }
  return files;
}

describe('exports', () => {
  it('exports the map as PNG and every table and network format', async () => {
    const { page, context } = await e2e.newPage({ locale: 'nl-NL' });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    const files = await exportAll(page);
    expect([...files.keys()].sort()).toEqual([
      'talkmap-bevindingen.csv',
      'talkmap-groepen.csv',
      'talkmap-groepsmatrix.csv',
      'talkmap-kaart.png',
      'talkmap-kaart.svg',
      'talkmap-mensen.csv',
      'talkmap-netwerk.dl',
      'talkmap-netwerk.gexf',
      'talkmap-netwerk.graphml',
    ]);
    const png = files.get('talkmap-kaart.png')!;
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(30_000);
    expect(png.readUInt32BE(16)).toBeGreaterThan(1500);
    writeFileSync(artifact('export-map-nl.png'), png);
    for (const [name, content] of files) if (!name.endsWith('.png')) expect(content.length).toBeGreaterThan(100);
    expect(files.get('talkmap-netwerk.graphml')!.toString()).toContain('Monique van der Linden');
    const svg = files.get('talkmap-kaart.svg')!.toString();
    expect(svg.startsWith('<svg')).toBe(true);
    expect((svg.match(/<path class="tie" /g) ?? []).length).toBe(68);
    // Ties bent around people in the map are bent in the drawing too.
    expect((svg.match(/<path class="tie" d="M [^"]* Q /g) ?? []).length).toBeGreaterThan(5);
    expect(svg).toContain('Monique van der Linden');
    expect(svg).toContain('groep 1-2');
    writeFileSync(artifact('export-map-nl.svg'), svg);
    await context.close();
  });

  it('exports a 4× PNG with a transparent background when asked', async () => {
    const { page, context } = await e2e.newPage({ locale: 'en-GB' });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await page.getByTestId('export-menu').locator('summary').click();
    await page.getByTestId('export-scale').selectOption('4');
    await page.getByTestId('export-transparent').check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-menu-png').click()]);
    const png = readFileSync((await download.path()) as string);
    expect(png.readUInt32BE(16)).toBeGreaterThan(3000);
    expect(png[25]).toBe(6); // colour type 6: RGBA
    await context.close();
  });

  it('anonymised exports contain no roster name', async () => {
    const { page, context } = await e2e.newPage({ locale: 'en-GB' });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await page.getByTestId('anonymise').selectOption('initials');
    const files = await exportAll(page);
    for (const [name, content] of files) {
      if (name.endsWith('.png')) continue;
      const text = content.toString('utf8');
      expect({ name, leaks: NAMES.filter((n) => text.includes(n)) }).toEqual({ name, leaks: [] });
    }
    await page.screenshot({ path: artifact('export-menu-en.png') });
    await context.close();
  });
});
