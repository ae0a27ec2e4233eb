// Save a project in the web host (a download), open it in a fresh window: the same
// network, view and thresholds come back. A damaged project gets a clear message.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileMenu, startE2e, type E2e } from './browser';
import { CURRENT_VERSION } from '../../shared/project/project-schema';

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(async () => {
  await e2e?.close();
});

describe('projects', () => {
  it('starts a new survey as a new project: the previous notes and dates are not carried over', async () => {
    const { page, context } = await e2e.newPage({ locale: 'en-GB' });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await page.getByTestId('tab-waves').click();
    await page.getByTestId('project-notes').fill('Interventie: leesteams per bouw (vertrouwelijk)');
    const dir = mkdtempSync(resolve(tmpdir(), 'talkmap-new-'));
    writeFileSync(resolve(dir, 'edges.csv'), 'source,target\nAnna,Bram\nBram,Anna\nBram,Cor\n');
    // Unsaved notes: asked first (desktop-behaviour.e2e.ts tests the question itself).
    await page.getByTestId('open-files').click();
    await expect.poll(() => page.getByTestId('unsaved-question').isVisible()).toBe(true);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('unsaved-discard').click()]);
    await chooser.setFiles(resolve(dir, 'edges.csv'));
    const importButton = page.getByTestId('wizard-import');
    await expect.poll(() => importButton.isEnabled()).toBe(true);
    await importButton.click();
    await expect.poll(() => page.getByTestId('network-map').getAttribute('data-node-count')).toBe('3');
    await page.getByTestId('tab-waves').click();
    expect(await page.getByTestId('project-notes').inputValue()).toBe('');
    await context.close();
  });

  it('saves and reopens the demo with its layout and thresholds', async () => {
    const first = await e2e.newPage({ locale: 'en-GB' });
    await first.page.goto(e2e.url);
    await first.page.waitForSelector('[data-testid=finding]');
    await first.page.getByTestId('layout').selectOption('circle');
    await first.page.getByTestId('threshold-settings').locator('summary').click();
    await first.page.getByTestId('threshold-weakLinkRatio').fill('0.05');
    await expect.poll(() => first.page.locator('.finding[data-kind=weak-group-link]').count()).toBe(1);
    // The meeting's findings: only the first one-sided finding, chosen in the preparation.
    await first.page.getByTestId('meeting-start').click();
    const prepare = first.page.getByTestId('meeting-prepare');
    const checked = prepare.locator('[data-testid=prepare-include]:checked');
    for (let n = await checked.count(); n > 0; n--) {
      await checked.first().click();
      await expect.poll(() => checked.count()).toBe(n - 1);
    }
    await prepare.locator('[data-testid=prepare-finding][data-id^="one-sided:"]').first().getByTestId('prepare-include').check();
    const chosen = await prepare.locator('[data-testid=prepare-finding]:has(input:checked)').getAttribute('data-id');
    await prepare.getByTestId('meeting-prepare-cancel').click();
    // Ctrl+S saves the project (not the browser's "save page"), as the File menu does.
    const [download] = await Promise.all([first.page.waitForEvent('download'), first.page.keyboard.press('Control+s')]);
    expect(download.suggestedFilename()).toBe('Demo school De Regenboog.talkmap');
    const [viaMenu] = await Promise.all([first.page.waitForEvent('download'), fileMenu(first.page, 'save-project')]);
    expect(viaMenu.suggestedFilename()).toBe('Demo school De Regenboog.talkmap');
    const dir = mkdtempSync(resolve(tmpdir(), 'talkmap-project-'));
    const saved = resolve(dir, download.suggestedFilename());
    await download.saveAs(saved);
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toMatchObject({
      format: 'talkmap-project',
      version: CURRENT_VERSION,
      keepUntil: expect.any(String),
      meeting: { findings: [chosen] },
    });
    await first.context.close();

    const second = await e2e.newPage({ locale: 'en-GB' });
    await second.page.goto(e2e.url);
    await second.page.waitForSelector('[data-testid=finding]');
    const [chooser] = await Promise.all([second.page.waitForEvent('filechooser'), fileMenu(second.page, 'open-project')]);
    await chooser.setFiles(saved);
    await expect.poll(() => second.page.getByTestId('network-map').getAttribute('data-layout')).toBe('circle');
    await expect.poll(() => second.page.locator('.finding[data-kind=weak-group-link]').count()).toBe(1);
    await expect.poll(() => second.page.getByTestId('network-map').getAttribute('data-node-count')).toBe('24');
    await second.page.getByTestId('meeting-start').click();
    await expect
      .poll(() =>
        second.page
          .getByTestId('meeting-prepare')
          .locator('[data-testid=prepare-finding]:has(input:checked)')
          .evaluateAll((l) => l.map((e) => e.getAttribute('data-id'))),
      )
      .toEqual([chosen]);
    await second.page.getByTestId('meeting-prepare-cancel').click();
    expect(second.errors).toEqual([]);

    // A project past its retention date gets a reminder to delete the personal data.
    const old = resolve(dir, 'oud.talkmap');
    // (Edited by hand, so without its checksum: it opens unchecked.)
    writeFileSync(
      old,
      readFileSync(saved, 'utf8')
        .replace(/"keepUntil": "[^"]+"/, '"keepUntil": "2020-01-01T00:00:00.000Z"')
        .replace(/,\n "crc32": "[0-9a-f]{8}"/, ''),
    );
    const [oldChooser] = await Promise.all([second.page.waitForEvent('filechooser'), fileMenu(second.page, 'open-project')]);
    await oldChooser.setFiles(old);
    await expect.poll(() => second.page.getByTestId('error').textContent()).toContain('Reminder: oud.talkmap holds personal data');
    await second.page.getByTestId('error').getByRole('button').click();

    // A damaged copy: a clear message, and the open network stays.
    const broken = resolve(dir, 'kapot.talkmap');
    writeFileSync(broken, readFileSync(saved, 'utf8').slice(0, 500));
    const [again] = await Promise.all([second.page.waitForEvent('filechooser'), fileMenu(second.page, 'open-project')]);
    await again.setFiles(broken);
    await expect.poll(() => second.page.getByTestId('error').textContent()).toContain('kapot.talkmap is damaged or incomplete');
    await expect.poll(() => second.page.getByTestId('network-map').getAttribute('data-node-count')).toBe('24');
    await second.context.close();
  });
});
