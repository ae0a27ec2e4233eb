// End to end in Debian Chromium against the built web host: the demo school opens with
// its map, findings highlight people, the language switch works, and screenshots of the
// main screen in both languages are saved for a human to look at.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifact, startE2e, type E2e } from './browser';

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(async () => {
  await e2e?.close();
});

/** Share of sampled pixels in the map canvas that are not white: a blank map is ~0. */
async function inkShare(page: import('playwright-core').Page): Promise<number> {
  return page.evaluate(() => {
    const canvases = [...document.querySelectorAll<HTMLCanvasElement>('[data-testid=network-map] canvas')];
    let ink = 0;
    let total = 0;
    for (const canvas of canvases) {
      const ctx = canvas.getContext('2d');
      if (!ctx || canvas.width === 0 || canvas.height === 0) continue;
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 0; i < data.length; i += 4 * 97) {
        total++;
        if ((data[i + 3] ?? 0) > 0 && ((data[i] ?? 255) < 240 || (data[i + 1] ?? 255) < 240 || (data[i + 2] ?? 255) < 240)) ink++;
      }
    }
    return total ? ink / total : 0;
  });
}

/** The README's picture, written by every `npm test` so it always shows the current app. */
export const README_SCREENSHOT = resolve(__dirname, '../../docs/screenshot-demo-nl.png');

describe('demo school in the web host', () => {
  it('writes the README screenshot: the demo school in Dutch at 1366×768', async () => {
    const { page, errors, context } = await e2e.newPage({ locale: 'nl-NL', width: 1366, height: 768 });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await expect.poll(() => page.getByTestId('network-map').getAttribute('data-node-count')).toBe('24');
    await expect.poll(() => inkShare(page)).toBeGreaterThan(0.01);
    // Nothing transient on the picture: no tooltip, no focus ring, the mouse off the map.
    await page.mouse.move(0, 0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const shot = artifact('readme-screenshot-nl.png');
    await page.screenshot({ path: shot });
    mkdirSync(resolve(README_SCREENSHOT, '..'), { recursive: true });
    copyFileSync(shot, README_SCREENSHOT);
    console.log(`README screenshot: ${README_SCREENSHOT}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens on the demo school map with 24 people and the handbook findings (Dutch)', async () => {
    const { page, errors, context } = await e2e.newPage({ locale: 'nl-NL' });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    const map = page.getByTestId('network-map');
    await expect.poll(() => map.getAttribute('data-node-count')).toBe('24');
    await expect.poll(() => inkShare(page)).toBeGreaterThan(0.01);
    await expect.poll(() => page.getByTestId('demo-badge').textContent()).toContain('Illustratieve');
    const messages = await page.getByTestId('finding').allTextContents();
    expect(messages[0]).toContain('Geen enkele band tussen groep 3-4 en groep 5-6');
    expect(messages.join('\n')).toContain('Karin Brouwer');
    expect(messages.join('\n')).toContain('Monique van der Linden');
    expect(messages.join('\n')).toContain('Gerard Schouten noemt 11');
    expect(await page.getByTestId('legend').textContent()).toContain('groep 1-2');
    await page.screenshot({ path: artifact('main-nl.png') });
    console.log(`screenshot: ${artifact('main-nl.png')}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('highlights a finding’s people on the map when it is clicked', async () => {
    const { page, context } = await e2e.newPage();
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    const map = page.getByTestId('network-map');
    expect(await map.getAttribute('data-highlighted')).toBe('0');
    await page.getByTestId('finding').filter({ hasText: 'Karin Brouwer' }).first().click();
    await expect.poll(async () => Number(await map.getAttribute('data-highlighted'))).toBeGreaterThan(3);
    const highlighted = Number(await map.getAttribute('data-highlighted'));
    expect(highlighted).toBeLessThan(24);
    await expect.poll(() => page.locator('.finding.selected .suggestion').count()).toBe(1);
    await page.screenshot({ path: artifact('finding-highlight-nl.png') });
    await page.getByTestId('finding').filter({ hasText: 'Karin Brouwer' }).first().click();
    await expect.poll(() => map.getAttribute('data-highlighted')).toBe('0');
    await context.close();
  });

  it('switches the UI to English', async () => {
    const { page, context } = await e2e.newPage({ locale: 'nl-NL' });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    expect(await page.getByTestId('tab-findings').textContent()).toBe('Bevindingen');
    await page.getByTestId('language').selectOption('en');
    await expect.poll(() => page.getByTestId('tab-findings').textContent()).toBe('Findings');
    expect((await page.getByTestId('finding').first().textContent()) ?? '').toContain('No ties at all between groep 3-4 and groep 5-6');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.screenshot({ path: artifact('main-en.png') });
    console.log(`screenshot: ${artifact('main-en.png')}`);
    await context.close();
  });

  it('defaults to English on an English system', async () => {
    const { page, context } = await e2e.newPage({ locale: 'en-GB' });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    expect(await page.getByTestId('tab-findings').textContent()).toBe('Findings');
    await context.close();
  });

  it('shows the people table, sortable, and selects a person on the map from it', async () => {
    const { page, context } = await e2e.newPage({ locale: 'en-GB' });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await page.getByTestId('tab-people').click();
    const rows = page.locator('[data-testid=people-table] tbody tr');
    await expect.poll(() => rows.count()).toBe(24);
    expect(await rows.first().locator('td').first().textContent()).toBe('Monique van der Linden');
    await rows.filter({ hasText: 'Gerard Schouten' }).click();
    await expect.poll(() => page.getByTestId('person-card').textContent()).toContain('Gerard Schouten');
    expect(Number(await page.getByTestId('network-map').getAttribute('data-highlighted'))).toBe(12);
    await page.screenshot({ path: artifact('people-en.png') });
    await context.close();
  });
});

describe('people export and network panel', () => {
  it('exports the people table as a Dutch Excel CSV download', async () => {
    const { page, context } = await e2e.newPage({ locale: 'nl-NL' });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await page.getByTestId('tab-people').click();
    await page.getByTestId('all-figures').check();
    await expect.poll(() => page.locator('[data-testid=people-table] thead th').count()).toBe(17);
    await page.screenshot({ path: artifact('people-all-nl.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-people').click()]);
    expect(download.suggestedFilename()).toBe('talkmap-mensen.csv');
    const text = readFileSync((await download.path()) as string, 'utf8');
    expect(text.startsWith('\ufeffNaam;Groep;Rol;Hoe vaak genoemd')).toBe(true);
    expect(text.trim().split('\r\n')).toHaveLength(25);
    await context.close();
  });

  it('shows every network figure and the group matrix', async () => {
    const { page, context } = await e2e.newPage({ locale: 'en-GB' });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await page.getByTestId('tab-network').click();
    const text = (await page.getByTestId('network-summary').textContent()) ?? '';
    // Plain figures first; the researchers' measures behind "All figures".
    for (const label of ['Density', 'Mutual ties', 'Ties to another group']) expect(text).toContain(label);
    expect(text).not.toContain('Modularity');
    await page.getByTestId('network-all-figures').check();
    const all = (await page.getByTestId('network-summary').textContent()) ?? '';
    for (const label of ['Transitivity', 'Modularity', 'Strong components', 'E-I index']) expect(all).toContain(label);
    await expect.poll(() => page.locator('[data-testid=block-matrix] tbody tr').count()).toBe(5);
    await page.screenshot({ path: artifact('network-en.png') });
    await context.close();
  });
});

describe('finding thresholds in the app', () => {
  it('re-runs the findings when a threshold changes, and resets', async () => {
    const { page, context } = await e2e.newPage({ locale: 'en-GB' });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    const weak = page.locator('.finding[data-kind=weak-group-link]');
    await expect.poll(() => weak.count()).toBe(3);
    await page.getByTestId('threshold-settings').locator('summary').click();
    await page.getByTestId('threshold-weakLinkRatio').fill('0.05');
    await expect.poll(() => weak.count()).toBe(1);
    expect(await weak.first().textContent()).toContain('groep 3-4 and groep 5-6');
    await page.getByRole('button', { name: 'Back to the defaults' }).click();
    await expect.poll(() => weak.count()).toBe(3);
    await context.close();
  });
});

describe('missing responses', () => {
  it('offers to reconstruct a non-respondent’s ties, and says how many were added', async () => {
    const { page, context } = await e2e.newPage({ locale: 'en-GB' });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await page.getByTestId('tab-network').click();
    await page.getByTestId('reconstruct').check();
    // Fatima (non-respondent) is named by three colleagues: three ties are added.
    await expect.poll(() => page.getByTestId('network-summary').textContent()).toContain('Added: 3 ties');
    expect(await page.getByTestId('network-summary').textContent()).toContain('114');
    await context.close();
  });
});

describe('the side panel at 1366×768', () => {
  it('shows the sorted figure beside the names, and opens each tab at its top', async () => {
    const { page, context } = await e2e.newPage({ locale: 'nl-NL', width: 1366, height: 768 });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    // Scrolled down in the findings …
    await page.locator('.tab-body').evaluate((el) => (el.scrollTop = 600));
    await page.getByTestId('tab-people').click();
    // … the people tab starts at its top.
    await expect.poll(() => page.locator('.tab-body').evaluate((el) => el.scrollTop)).toBe(0);
    // The bridge figure in words; the number only with all figures.
    const table = page.getByTestId('people-table');
    expect(await table.locator('th.col-betweenness').textContent()).toBe('Brugfunctie');
    expect(new Set(await table.locator('tbody td.col-betweenness').allTextContents())).toEqual(
      new Set(['groot', 'gemiddeld', 'klein', 'onbekend (niet ingevuld)']),
    );
    await page.screenshot({ path: artifact('people-1366-nl.png') });
    await page.getByTestId('all-figures').check();
    expect(await table.locator('th.col-betweenness').textContent()).toBe('Tussenpositie');
    expect(await table.locator('tbody td.col-betweenness').first().textContent()).toMatch(/^\d+(,\d)?$/);
    await page.getByTestId('all-figures').uncheck();
    const panel = (await page.locator('.side-panel').boundingBox())!;
    const sorted = (await page.locator('[data-testid=people-table] th[aria-sort=descending]').boundingBox())!;
    expect(sorted.x + sorted.width).toBeLessThanOrEqual(panel.x + panel.width);
    // Scrolled sideways, the names stay in view.
    await page.locator('.table-scroll').evaluate((el) => (el.scrollLeft = 400));
    const name = (await page.locator('[data-testid=people-table] tbody tr td.col-name').first().boundingBox())!;
    expect(name.x).toBeGreaterThanOrEqual(panel.x - 1);
    await context.close();
  });
});
