// The printable report: printed to an A4 PDF (the web host's print path, as page.pdf),
// split into PNG pages with pdftoppm for a person to look at, and — anonymised — scanned
// with pdftotext for roster names.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoImportRequest } from '../../shared/demo/demo-school';
import { runAnalysis } from '../../shared/pipeline/run-analysis';
import { artifact, mapNodes, startE2e, type E2e } from './browser';

const NAMES = runAnalysis(demoImportRequest()).analysis.nodes.map((n) => n.name);
const havePoppler = existsSync('/usr/bin/pdftoppm') && existsSync('/usr/bin/pdftotext');
if (!havePoppler) console.log('Skipping report PDF checks: poppler-utils (pdftoppm, pdftotext) is not installed.');
let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(async () => {
  await e2e?.close();
});

/**
 * Export → Report as a user does it, then the browser's print path as page.pdf. The web host's
 * report calls window.print() (the print dialog); Chromium then refuses page.pdf() with "Page is
 * already being printed", so the dialog is stubbed and the test asserts it was asked for.
 */
async function printReport(page: Page, file: string): Promise<void> {
  await page.evaluate(() => {
    const w = window as Window & { printCalls?: number };
    w.printCalls = 0;
    w.print = () => {
      w.printCalls = (w.printCalls ?? 0) + 1;
    };
  });
  await page.getByTestId('export-menu').locator('summary').click();
  await page.getByTestId('export-menu-report').click();
  await expect.poll(() => page.evaluate(() => (window as Window & { printCalls?: number }).printCalls), { timeout: 30_000 }).toBe(1);
  await expect.poll(() => page.locator('.report-map').count(), { timeout: 30_000 }).toBe(1);
  await page.locator('.report-map').evaluate((img: HTMLImageElement) => img.decode());
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: '<div style="font-size:8px;width:100%;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
  });
  writeFileSync(file, pdf);
}

describe.skipIf(!havePoppler)('report PDF', () => {
  it('prints the demo school report on A4 pages a board can read', async () => {
    const { page, context } = await e2e.newPage({ locale: 'nl-NL' });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    const pdf = artifact('report-nl.pdf');
    await printReport(page, pdf);
    const dir = artifact('report-pages');
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (f.endsWith('.png')) writeFileSync(`${dir}/${f}`, '');
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, `${dir}/page`]);
    const pages = readdirSync(dir).filter((f) => /^page-\d+\.png$/.test(f));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    for (const expected of [
      'Demoschool De Regenboog',
      'Met wie praat je over instructie in begrijpend lezen?',
      'Geen enkele band tussen groep 3-4 en groep 5-6',
      'Mogelijke aanpak',
      'Banden tussen groepen',
      'Werkwijze',
      'Kleur: groep',
      // The legend also explains the shapes and the dashed border of those who did not answer.
      'Vierkant: directeur, adjunct',
      'Heeft niet gereageerd',
    ])
      expect(text.replace(/\s+/g, ' ')).toContain(expected);
    // Page numbers in the footer ("1 / 7").
    expect(text).toMatch(new RegExp(`1\\s*/\\s*${pages.length}`));
    console.log(`report pages: ${dir}`);
    await context.close();
  });

  it('prints the legend colours and the matrix shades even without background graphics', async () => {
    const { page, context } = await e2e.newPage({ locale: 'nl-NL' });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect.poll(() => page.locator('.report-swatch').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    const styles = await page.evaluate(() => {
      const adjust = (el: Element | null) => (el ? getComputedStyle(el).getPropertyValue('print-color-adjust') : null);
      const cell = document.querySelector('.report-matrix td');
      return { swatch: adjust(document.querySelector('.report-swatch')), cell: adjust(cell), shade: cell ? getComputedStyle(cell).backgroundColor : null };
    });
    expect(styles.swatch).toBe('exact');
    expect(styles.cell).toBe('exact');
    // "Darker is denser": the cells are shaded.
    expect(styles.shade).toMatch(/^rgba\(9, 105, 218, /);
    const pdf = artifact('report-no-backgrounds-nl.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: false }));
    await context.close();
  });

  it('contains no roster names when names are hidden', async () => {
    const { page, context } = await e2e.newPage({ locale: 'en-GB' });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await page.getByTestId('anonymise').selectOption('codes');
    const pdf = artifact('report-anonymised-en.pdf');
    await printReport(page, pdf);
    const text = execFileSync('pdftotext', [pdf, '-']).toString();
    expect(text).toContain('Names in this report are replaced');
    expect(NAMES.filter((n) => text.includes(n))).toEqual([]);
    await context.close();
  });

  it('follows a switch to hidden names made after the report was built, through the browser print path', async () => {
    const { page, context } = await e2e.newPage({ locale: 'nl-NL' });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    // Built with names visible …
    await printReport(page, artifact('report-before-switch-nl.pdf'));
    const before = await page.locator('.report-map').getAttribute('src');
    // … then names → codes: the old picture (with every name drawn in it) is gone at once.
    await page.getByTestId('anonymise').selectOption('codes');
    await expect.poll(() => page.locator('.report-map').count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('[data-testid=network-map]')].length)).toBe(1);
    // The browser's own print command (Ctrl+P → beforeprint) builds it again from the map as it is now.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect.poll(() => page.locator('.report-map').count(), { timeout: 30_000 }).toBe(1);
    const after = await page.locator('.report-map').getAttribute('src');
    expect(after).not.toBe(before);
    // The picture is taken from the map, which now shows codes only.
    const labels = (await mapNodes(page)).map((n) => n.label);
    expect(labels).toHaveLength(24);
    expect(
      labels.every((l) => /^P\d\d$/.test(l)),
      labels.join(', '),
    ).toBe(true);
    const pdf = artifact('report-after-switch-nl.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    const text = execFileSync('pdftotext', [pdf, '-']).toString();
    expect(text).toContain('Namen zijn in dit rapport vervangen');
    expect(NAMES.filter((n) => text.includes(n))).toEqual([]);
    await context.close();
  });
});
