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
    expect((await page.getByTestId('findings-panel').textContent()) ?? '').toMatch(/leesspecialist technisch lezen staf \(1\)/i);
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

  it('warns when a role still identifies someone, and folds those roles into “staf” (nl, 1366×768)', async () => {
    const { page, context } = await e2e.newPage({ locale: 'nl-NL', width: 1366, height: 768 });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    expect(await page.getByTestId('reidentify').count()).toBe(0);
    await page.getByTestId('anonymise').selectOption('role');
    const notice = page.getByTestId('reidentify');
    await expect
      .poll(() => notice.textContent())
      .toMatch(/Met verborgen namen zijn \d+ mensen nog herkenbaar aan een rol die maar één persoon heeft \(.*directeur/);
    await page.screenshot({ path: artifact('reidentify-warning-nl-1366.png') });
    const shapes = async () => (await mapNodes(page)).map((n) => n.shape);
    expect((await shapes()).filter((s) => s === 'round-rectangle').length).toBeGreaterThan(0);
    await notice.getByTestId('reidentify-fold').click();
    await expect.poll(() => notice.textContent()).toContain('Rollen die maar één persoon heeft, staan er als ‘staf’.');
    const labels = (await mapNodes(page)).map((n) => n.label);
    expect(labels.join('|')).not.toMatch(/directeur|leesspecialist/);
    expect(labels.filter((l) => /^staf \(\d\)$/.test(l)).length).toBeGreaterThanOrEqual(2);
    // No one stands out by shape any more: the folded roles are plain discs.
    await expect.poll(async () => (await shapes()).filter((s) => s === 'round-rectangle').length).toBe(0);
    expect((await page.getByTestId('findings-panel').textContent()) ?? '').not.toMatch(/directeur|leesspecialist/);
    await page.screenshot({ path: artifact('reidentify-folded-nl-1366.png') });
    // And back.
    await notice.getByTestId('reidentify-fold').click();
    await expect.poll(async () => (await mapNodes(page)).map((n) => n.label).join('|')).toContain('directeur staf (1)');
    await context.close();
  });
});
