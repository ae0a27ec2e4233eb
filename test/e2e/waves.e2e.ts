// The "done when": save the demo project, add the survey of a year later as a
// second wave, see on one screen what changed, save and reopen with both waves intact.
import { demoImportRequest } from '../../shared/demo/demo-school';
import { runAnalysis } from '../../shared/pipeline/run-analysis';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifact, fileMenu, mapNodes, startE2e, type E2e } from './browser';

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(async () => {
  await e2e?.close();
});

describe('survey waves', () => {
  it('adds the second wave with the saved settings and shows what changed', async () => {
    const { page, errors, context } = await e2e.newPage({ locale: 'en-GB' });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await page.getByTestId('tab-waves').click();
    expect(await page.getByTestId('wave-item').count()).toBe(1);
    await page.getByTestId('wave-add-demo').click();

    // The wizard re-uses the first wave's settings: one decision is left, for "M. v.d. Linden".
    const wizard = page.getByTestId('import-wizard');
    await expect.poll(() => wizard.getByTestId('wave-notice').textContent()).toContain('same shape as the previous survey');
    await expect.poll(() => wizard.getByTestId('name-decisions').locator('tbody tr').count()).toBe(1);
    await wizard.getByTestId('name-decisions').locator('select').selectOption('map:p21');
    await expect.poll(() => wizard.getByTestId('wizard-import').isEnabled()).toBe(true);
    await page.screenshot({ path: artifact('wave-wizard.png') });
    await wizard.getByTestId('wizard-import').click();

    // One screen: the map of changes beside the figures.
    const map = page.getByTestId('compare-map');
    await expect.poll(() => map.getAttribute('data-new')).not.toBe('0');
    const comparison = page.getByTestId('comparison');
    expect(await comparison.getByTestId('compare-headline').textContent()).toMatch(
      /^\d+ new ties, \d+ lost, \d+ kept; 1 person joined, 1 no longer in the survey\.$/,
    );
    expect(await comparison.getByTestId('people-moves').textContent()).toBe('Joined: Eva Koster. No longer in this survey: Bram Willems.');
    expect(await comparison.getByTestId('compare-highlights').textContent()).toContain('The link between groep 3-4 and groep 5-6 has grown stronger');
    expect(await comparison.getByTestId('findings-resolved').textContent()).toContain('groep 3-4');
    expect(Number(await map.getAttribute('data-nodes'))).toBe(25);
    await page.screenshot({ path: artifact('wave-compare-overlay.png') });
    // Per group in plain words: the share of ties with other groups and within the group, as percentages.
    const groupsHead = await comparison.getByTestId('compare-groups').locator('thead th').allTextContents();
    expect(groupsHead).toEqual(['Group', 'With other groups', 'Change', 'Within the group', 'Change']);
    expect(await comparison.getByTestId('compare-groups').locator('tbody tr').first().textContent()).toMatch(/\d+% → \d+%[+−±]\d+ pp\d+% → \d+%/);
    // Each change is the difference of the two percentages as shown (not of the unrounded shares).
    let checked = 0;
    for (const tr of await comparison.getByTestId('compare-groups').locator('tbody tr').all()) {
      const row = (await tr.locator('td').allTextContents()).join('|');
      for (const [, from, to, signed, size] of row.matchAll(/(\d+)% → (\d+)%\|([+−±])(\d+) pp/g)) {
        expect((signed === '−' ? -1 : 1) * Number(size), row).toBe(Number(to) - Number(from));
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(5);
    // The summary's share between the grades can be found again in the comparison.
    expect(await comparison.getByTestId('compare-cross-ordered').textContent()).toMatch(/^Between year groups.*\d+%\d+%/);
    expect(await comparison.getByTestId('compare-network').textContent()).not.toContain('E-I');
    expect(await comparison.getByTestId('compare-persons').textContent()).not.toContain('Betweenness');
    await comparison.getByTestId('compare-all-figures').check();
    expect(await comparison.getByTestId('compare-ei').textContent()).toContain('E-I index');
    expect(await comparison.getByTestId('compare-persons').textContent()).toContain('Betweenness');
    await page.getByTestId('compare-mode-side').click();
    await expect.poll(() => page.locator('.compare-pane .map-canvas').count()).toBe(2);
    // 1440 px wide: the figures make room for the two maps; one click brings them back.
    await expect.poll(() => page.locator('.side-panel').isVisible()).toBe(false);
    await page.screenshot({ path: artifact('wave-compare-side.png') });
    await page.getByTestId('compare-panel').click();
    await expect.poll(() => page.locator('.side-panel').isVisible()).toBe(true);
    await page.getByTestId('compare-panel').click();
    await expect.poll(() => page.locator('.side-panel').isVisible()).toBe(false);
    await page.getByTestId('compare-mode-overlay').click();
    await expect.poll(() => page.locator('.side-panel').isVisible()).toBe(true);

    await page.getByTestId('project-notes').fill('Afgesproken: lesbezoek tussen 3-4 en 5-6.');
    await page.getByTestId('anonymise').selectOption('initials');
    // Saved with both waves; reopened, the comparison is there again.
    const [download] = await Promise.all([page.waitForEvent('download'), fileMenu(page, 'save-project')]);
    const dir = mkdtempSync(resolve(tmpdir(), 'talkmap-waves-'));
    const saved = resolve(dir, download.suggestedFilename());
    await download.saveAs(saved);
    const project = JSON.parse(readFileSync(saved, 'utf8')) as { waves: { id: string; date: string; request: { decisions?: Record<string, unknown> } }[] };
    expect(project.waves.map((w) => w.date)).toEqual(['2026-03-09', '2027-03-15']);
    expect(project).toMatchObject({ notes: 'Afgesproken: lesbezoek tussen 3-4 en 5-6.', anonymise: 'initials' });
    expect(Object.keys(project.waves[1]!.request.decisions ?? {})).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();

    const second = await e2e.newPage({ locale: 'nl-NL' });
    await second.page.goto(e2e.url);
    await second.page.waitForSelector('[data-testid=finding]');
    const [chooser] = await Promise.all([second.page.waitForEvent('filechooser'), fileMenu(second.page, 'open-project')]);
    await chooser.setFiles(saved);
    await expect.poll(() => second.page.getByTestId('network-map').getAttribute('data-node-count')).toBe('24');
    await second.page.getByTestId('tab-waves').click();
    expect(await second.page.getByTestId('wave-item').count()).toBe(2);
    expect(await second.page.getByTestId('project-notes').inputValue()).toBe('Afgesproken: lesbezoek tussen 3-4 en 5-6.');
    expect(await second.page.getByTestId('anonymise').inputValue()).toBe('initials');
    await second.page.getByTestId('compare-start').click();
    // The comparison map is born with the hidden names: not one real name, not even while it lays out.
    const compareLabels = async () => (await mapNodes(second.page, 'compare-map')).map((n) => n.label);
    await expect.poll(async () => (await compareLabels()).length).toBeGreaterThan(0);
    const names = runAnalysis(demoImportRequest()).analysis.nodes.map((n) => n.name);
    expect((await compareLabels()).filter((l) => names.includes(l))).toEqual([]);
    await expect.poll(() => second.page.getByTestId('compare-headline').textContent()).toMatch(/1 persoon erbij, 1 niet meer erbij\.$/);
    expect(await second.page.getByTestId('compare-highlights').textContent()).toContain('De band tussen groep 3-4 en groep 5-6 is versterkt');
    await second.page.screenshot({ path: artifact('wave-compare-nl.png') });
    expect(second.errors).toEqual([]);
    await second.context.close();
  });

  it('offers unsaved work back after a crash, and deletes project data on request', async () => {
    const { page, context, errors } = await e2e.newPage({ locale: 'en-GB' });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    // The untouched demo leaves nothing to recover.
    expect(await page.evaluate(() => localStorage.getItem('talkmap.autosave'))).toBeNull();
    await page.getByTestId('tab-waves').click();
    await page.getByTestId('wave-add-demo').click();
    await page.getByTestId('name-decisions').locator('select').selectOption('map:p21');
    await expect.poll(() => page.getByTestId('wizard-import').isEnabled()).toBe(true);
    await page.getByTestId('wizard-import').click();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('talkmap.autosave')), { timeout: 10_000 }).not.toBeNull();
    // A crash: the page goes away without its unload handlers.
    await page.close({ runBeforeUnload: false });

    const again = await context.newPage();
    again.on('pageerror', (e) => errors.push(e.message));
    await again.goto(e2e.url);
    await expect.poll(() => again.getByTestId('recovery').textContent()).toContain('Talkmap found work that was not saved (Demo school De Regenboog.talkmap');
    await again.screenshot({ path: artifact('recovery-banner.png') });
    // Working on while the banner waits: the crash copy is not autosaved over…
    const crashCopy = await again.evaluate(() => localStorage.getItem('talkmap.autosave'));
    await again.getByTestId('layout').selectOption('circle');
    await again.waitForTimeout(3000);
    expect(await again.evaluate(() => localStorage.getItem('talkmap.autosave'))).toBe(crashCopy);
    // …and restoring it asks first about the new, unsaved change.
    await again.getByTestId('recovery-restore').click();
    await expect.poll(() => again.getByTestId('unsaved-question').isVisible()).toBe(true);
    await again.getByTestId('unsaved-discard').click();
    await again.getByTestId('tab-waves').click();
    await expect.poll(() => again.getByTestId('wave-item').count()).toBe(2);

    // Delete project data: confirmed, the autosaved copy goes and the demo comes back.
    again.once('dialog', (dialog) => void dialog.accept());
    await fileMenu(again, 'delete-project');
    await expect.poll(() => again.getByTestId('file-status').textContent()).toBe('Deleted from this computer: autosave.');
    expect(await again.evaluate(() => localStorage.getItem('talkmap.autosave'))).toBeNull();
    await expect.poll(() => again.getByTestId('wave-item').count()).toBe(1);
    // Deleted means gone: undo does not bring the deleted work back.
    expect(await again.getByTestId('undo').isDisabled()).toBe(true);
    await again.getByTestId('network-map').click({ position: { x: 5, y: 5 } });
    await again.keyboard.press('Control+z');
    await again.getByTestId('tab-waves').click();
    expect(await again.getByTestId('wave-item').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
