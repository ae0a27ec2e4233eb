// One switch hides every name: map labels, tooltip, people table, findings, import report,
// and the exported CSV — checked by scanning for every name on the roster.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoImportRequest } from '../../shared/demo/demo-school';
import { runAnalysis } from '../../shared/pipeline/run-analysis';
import { artifact, mapNodes, startE2e, type E2e } from './browser';

const NAMES = runAnalysis(demoImportRequest()).analysis.nodes.map((n) => n.name);
let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(async () => {
  await e2e?.close();
});

const leaks = (text: string) => NAMES.filter((n) => text.includes(n));

describe('anonymisation in the app', () => {
  it('replaces every name everywhere, including exports', async () => {
    const { page, context } = await e2e.newPage({ locale: 'nl-NL' });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await page.getByTestId('anonymise').selectOption('role');
    await expect.poll(async () => leaks((await page.getByTestId('findings-panel').textContent()) ?? '')).toEqual([]);
    expect((await page.getByTestId('findings-panel').textContent()) ?? '').toContain('leesspecialist technisch lezen staf (1)');
    await page.getByTestId('finding').first().click();
    const labels = (await mapNodes(page)).map((n) => n.label).join('|');
    expect(leaks(labels)).toEqual([]);
    await page.screenshot({ path: artifact('anonymised-role-nl.png') });
    await page.getByTestId('anonymise').selectOption('codes');
    await page.getByTestId('tab-people').click();
    await page.getByTestId('all-figures').check();
    expect(leaks((await page.getByTestId('people-table').textContent()) ?? '')).toEqual([]);
    await page.locator('[data-testid=people-table] tbody tr').first().click();
    expect(leaks((await page.getByTestId('person-card').textContent()) ?? '')).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-people').click()]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    expect(csv).toContain('P01');
    expect(leaks(csv)).toEqual([]);
    await page.getByTestId('tab-import').click();
    expect(leaks((await page.getByTestId('import-report').textContent()) ?? '')).toEqual([]);
    expect(leaks((await page.locator('body').textContent()) ?? '')).toEqual([]);
    await context.close();
  });
});

describe('"me" view', () => {
  it('shows one person only their own position, everyone else anonymous', async () => {
    const { page, context } = await e2e.newPage({ locale: 'nl-NL' });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await page.keyboard.press('/');
    await page.keyboard.type('Karin');
    await page.keyboard.press('Enter');
    await page.getByTestId('me-view-start').click();
    await expect.poll(() => page.getByTestId('me-banner').textContent()).toContain('Karin Brouwer');
    expect(await page.locator('.side-panel').isVisible()).toBe(false);
    const visible = await page.evaluate(() => document.body.innerText);
    expect(visible).toContain('Karin Brouwer');
    expect(NAMES.filter((n) => n !== 'Karin Brouwer' && visible.includes(n))).toEqual([]);
    const labels = (await mapNodes(page)).map((n) => n.label).join('|');
    expect(NAMES.filter((n) => n !== 'Karin Brouwer' && labels.includes(n))).toEqual([]);
    expect(Number(await page.getByTestId('network-map').getAttribute('data-highlighted'))).toBe(9);
    expect(await page.getByTestId('person-card').textContent()).toContain('Karin Brouwer (leesspecialist technisch lezen) bereikt');
    await page.screenshot({ path: artifact('me-view-nl.png') });
    await page.getByTestId('me-view-stop').click();
    await expect.poll(() => page.locator('.side-panel').isVisible()).toBe(true);
    await context.close();
  });
});
