// Every export from the demo in the running app: files exist and are non-trivial; with
// names anonymised, no exported file contains a roster name.
import { readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoImportRequest } from '../../shared/demo/demo-school';
import { runAnalysis } from '../../shared/pipeline/run-analysis';
import { artifact, mapNodes, startE2e, type E2e } from './browser';

const NAMES = runAnalysis(demoImportRequest()).analysis.nodes.map((n) => n.name);
const KINDS = ['png', 'svg', 'xlsx', 'people', 'groups', 'matrix', 'findings', 'graphml', 'gexf', 'dl'];
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
      'talkmap-resultaten.xlsx',
    ]);
    // The workbook: a zip with one sheet per table, Dutch sheet names.
    const workbook = unzipSync(files.get('talkmap-resultaten.xlsx')!);
    const sheets = strFromU8(workbook['xl/workbook.xml']!);
    for (const name of ['Mensen', 'Groepen', 'Groepsmatrix', 'Bevindingen', 'Importverslag']) expect(sheets).toContain(`name="${name}"`);
    expect(strFromU8(workbook['xl/sharedStrings.xml']!)).toContain('Monique van der Linden');
    // A Dutch computer: ";" and decimal commas.
    expect(files.get('talkmap-mensen.csv')!.toString('utf8')).toMatch(/^\ufeffNaam;Groep;Rol;/);
    const png = files.get('talkmap-kaart.png')!;
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(30_000);
    expect(png.readUInt32BE(16)).toBeGreaterThan(1500);
    writeFileSync(artifact('export-map-nl.png'), png);
    for (const [name, content] of files) if (!name.endsWith('.png')) expect(content.length).toBeGreaterThan(100);
    expect(files.get('talkmap-netwerk.graphml')!.toString()).toContain('Monique van der Linden');
    // The GEXF carries the map as it is on screen: Gephi opens the same picture (its y axis points up).
    const gexf = files.get('talkmap-netwerk.gexf')!.toString();
    const onScreen = await mapNodes(page);
    expect(onScreen.length).toBe(24);
    for (const n of onScreen) {
      const at = new RegExp(`<node id="${n.id}"[^>]*>.*?<viz:position x="(-?[\\d.]+)" y="(-?[\\d.]+)"`).exec(gexf);
      expect(at, n.id).not.toBeNull();
      expect(Number(at![1])).toBeCloseTo(n.x, 1);
      expect(Number(at![2])).toBeCloseTo(-n.y, 1);
    }
    expect((gexf.match(/<viz:color /g) ?? []).length).toBe(24);
    expect(files.get('talkmap-netwerk.dl')!.toString()).toContain('Monique_van_der_Linden');
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
      // A workbook is a zip: its sheets and strings are read inside.
      const text = name.endsWith('.xlsx')
        ? Object.values(unzipSync(content))
            .map((f) => strFromU8(f))
            .join('\n')
        : content.toString('utf8');
      expect({ name, leaks: NAMES.filter((n) => text.includes(n)) }).toEqual({ name, leaks: [] });
    }
    await page.screenshot({ path: artifact('export-menu-en.png') });
    await context.close();
  });

  it('writes CSV as Excel on the computer expects, whatever the language of the app, and as the user chooses', async () => {
    // A Dutch computer (browser locale nl-NL) with Talkmap switched to English, on a small screen.
    const { page, context } = await e2e.newPage({ locale: 'nl-NL', width: 1366, height: 768 });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await page.getByTestId('language').selectOption('en');
    await page.getByTestId('export-menu').locator('summary').click();
    await expect.poll(() => page.getByTestId('export-csv-separator').inputValue(), { timeout: 30_000 }).toBe('semicolon');
    expect(await page.getByTestId('export-csv-decimal').inputValue()).toBe('comma');
    await page.screenshot({ path: artifact('export-menu-csv-1366.png') });
    const groups = async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-menu-groups').click()]);
      return readFileSync((await download.path()) as string, 'utf8');
    };
    const dutch = await groups();
    expect(dutch.split('\r\n')[0]).toBe('\ufeffGroup;Size;Density inside;E-I index');
    expect(dutch).toMatch(/;0,\d+;/);
    await page.getByTestId('export-csv-separator').selectOption('comma');
    await page.getByTestId('export-csv-decimal').selectOption('point');
    const english = await groups();
    expect(english.split('\r\n')[0]).toBe('\ufeffGroup,Size,Density inside,E-I index');
    expect(english).toMatch(/,0\.\d+,/);
    // Remembered after a reload.
    await page.reload();
    await page.waitForSelector('[data-testid=finding]');
    await page.getByTestId('export-menu').locator('summary').click();
    expect(await page.getByTestId('export-csv-separator').inputValue()).toBe('comma');
    await context.close();
  });
});
