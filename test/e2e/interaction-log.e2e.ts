// Interaction logs in the app: a 200,000-row log read in the worker with progress, split
// per month into waves; a million-row log can be cancelled midway and nothing changes.
import { closeSync, mkdtempSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateInteractionLog } from '../bench/generate-network';
import { artifact, fileMenu, startE2e, type E2e } from './browser';

let e2e: E2e;
const dir = mkdtempSync(resolve(tmpdir(), 'talkmap-log-'));
function writeLog(name: string, rows: number, people: number): string {
  const path = resolve(dir, name);
  const fd = openSync(path, 'w');
  generateInteractionLog(rows, people, (text) => writeSync(fd, text));
  closeSync(fd);
  return path;
}

/** The demo in a new page, then File → Open interaction log with `path`. */
async function openLog(path: string) {
  const opened = await e2e.newPage({ locale: 'en-GB' });
  await opened.page.goto(e2e.url);
  await opened.page.waitForSelector('[data-testid=finding]');
  const [chooser] = await Promise.all([opened.page.waitForEvent('filechooser'), fileMenu(opened.page, 'open-log')]);
  await chooser.setFiles(path);
  return { ...opened, dialog: opened.page.getByTestId('log-import') };
}

beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(async () => {
  await e2e?.close();
});

describe('interaction logs', () => {
  it('imports a log per month as waves, with the rows accounted for', async () => {
    const log = writeLog('berichten.csv', 200_000, 400);
    const { page, errors, dialog } = await openLog(log);
    await dialog.getByTestId('log-period').selectOption('month');
    await dialog.getByTestId('log-from').fill('2025-09-01');
    await dialog.getByTestId('log-to').fill('2025-12-31');
    await page.screenshot({ path: artifact('log-import.png') });
    await dialog.getByTestId('log-import-run').click();
    await expect
      .poll(() => page.getByTestId('file-status').textContent(), { timeout: 60_000 })
      .toMatch(/^200,000 rows read, [\d,]+ used, [\d,]+ outside the chosen dates or channel, \d+ not usable/);
    await expect.poll(() => page.getByTestId('wave-item').count()).toBe(4);
    expect(await page.locator('[data-testid=wave-item] input[type=text]').first().inputValue()).toBe('2025-09');
    // The map fills in slices; its count appears once every person is in.
    await expect.poll(async () => Number(await page.getByTestId('network-map').getAttribute('data-node-count'))).toBeGreaterThan(350);
    await page.getByTestId('compare-start').click();
    await expect.poll(() => page.getByTestId('compare-headline').textContent()).toMatch(/new ties/);
    await page.screenshot({ path: artifact('log-waves.png') });
    expect(errors).toEqual([]);
  });

  it('cancels a million-row import and keeps the open network', async () => {
    const log = writeLog('miljoen.csv', 1_000_000, 5000);
    const { page, errors, dialog } = await openLog(log);
    await dialog.getByTestId('log-period').selectOption('week');
    await dialog.getByTestId('log-import-run').click();
    await dialog.getByTestId('log-progress').waitFor();
    await dialog.getByTestId('log-cancel').click();
    await expect.poll(() => dialog.getByTestId('log-progress').count()).toBe(0);
    expect(await dialog.getByTestId('log-error').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByTestId('network-map').getAttribute('data-node-count')).toBe('24');
    // The worker comes back for the next job.
    await page.getByTestId('tab-network').click();
    await page.getByTestId('reconstruct').check();
    await expect
      .poll(() =>
        page
          .getByTestId('tab-body-busy')
          .count()
          .then(() => page.getByTestId('network-map').getAttribute('data-node-count')),
      )
      .toBe('24');
    expect(errors).toEqual([]);
  });

  it('explains a file that is not an interaction log, and keeps the open network', async () => {
    const bad = resolve(dir, 'notities.txt');
    writeFileSync(bad, 'Notities van het teamoverleg\nIedereen was aanwezig\n');
    const { page, errors, dialog } = await openLog(bad);
    await dialog.getByTestId('log-import-run').click();
    await expect
      .poll(() => dialog.getByTestId('log-error').textContent())
      .toBe('notities.txt does not look like an interaction log: no columns for who and to whom were found (columns: Notities van het teamoverleg).');
    await expect.poll(() => page.getByTestId('network-map').getAttribute('data-node-count')).toBe('24');
    expect(errors).toEqual([]);
  });

  it('sends a survey export opened as a log to Open survey…', async () => {
    const forms = resolve(__dirname, '../fixtures/import/msforms-nl-cp1252.csv');
    const { page, errors, dialog } = await openLog(forms);
    await dialog.getByTestId('log-import-run').click();
    await expect
      .poll(() => dialog.getByTestId('log-error').textContent())
      .toBe('msforms-nl-cp1252.csv looks like a survey export (Microsoft Forms, Google Forms, Qualtrics…), not an interaction log. Use “Open survey…” for it.');
    await expect.poll(() => page.getByTestId('network-map').getAttribute('data-node-count')).toBe('24');
    expect(errors).toEqual([]);
  });
});
