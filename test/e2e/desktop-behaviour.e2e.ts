// The app behaves like a desktop app, in the browser the tests can drive: unsaved work is
// asked about before something replaces it and an import can be undone; a project with
// .xlsx files reopens; a damaged project is refused with the map left as it was; a dropped
// .talkmap opens as a project; dialogs are native (Esc, focus); tabs and the map work by
// keyboard; names sort by surname; dark mode follows the system with the map kept light.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifact, fileMenu, startE2e, type E2e } from './browser';

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(async () => {
  await e2e?.close();
});

const TOOLS = resolve(__dirname, '../fixtures/import/tools');
const nodeCount = (page: Page) => page.getByTestId('network-map').getAttribute('data-node-count');
const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? null);

async function dropFile(page: Page, name: string, content: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name, content }) => {
      const data = new DataTransfer();
      data.items.add(new File([content], name, { type: 'application/json' }));
      return data;
    },
    { name, content },
  );
  await page.dispatchEvent('.app', 'drop', { dataTransfer: transfer });
}

describe('work is never replaced without asking, and can be brought back', () => {
  it('asks before a new survey replaces unsaved work; Esc cancels; Ctrl+Z brings the work back', async () => {
    const { page, context, errors } = await e2e.newPage({ locale: 'en-GB', width: 1366, height: 768 });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await page.getByTestId('tab-waves').click();
    await page.getByTestId('project-notes').fill('Leesteams per bouw');
    // The change is noticed (autosave runs a moment later): the question comes.
    await page.getByTestId('open-files').click();
    const question = page.getByTestId('unsaved-question');
    await expect.poll(() => question.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await page.evaluate(() => (document.querySelector('[data-testid=unsaved-question]') as HTMLDialogElement).open)).toBe(true);
    expect(await focusedTestId(page)).toBe('unsaved-save');
    await page.screenshot({ path: artifact('unsaved-question-en-1366.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => question.count()).toBe(0);
    expect(await page.getByTestId('project-notes').inputValue()).toBe('Leesteams per bouw');

    const dir = mkdtempSync(resolve(tmpdir(), 'talkmap-replace-'));
    writeFileSync(resolve(dir, 'edges.csv'), 'source,target\nAnna,Bram\nBram,Anna\nBram,Cor\n');
    await page.getByTestId('open-files').click();
    await expect.poll(() => question.isVisible()).toBe(true);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('unsaved-discard').click()]);
    await chooser.setFiles(resolve(dir, 'edges.csv'));
    const importButton = page.getByTestId('wizard-import');
    await expect.poll(() => importButton.isEnabled()).toBe(true);
    await importButton.click();
    await expect.poll(() => nodeCount(page)).toBe('3');
    await page.getByTestId('tab-waves').click();
    expect(await page.getByTestId('project-notes').inputValue()).toBe('');

    // Undo: the demo and its notes are back.
    await page.getByTestId('network-map').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => nodeCount(page)).toBe('24');
    await expect.poll(() => page.getByTestId('file-status').textContent()).toContain('Your previous work is back');
    await page.getByTestId('tab-waves').click();
    expect(await page.getByTestId('project-notes').inputValue()).toBe('Leesteams per bouw');
    // Nothing is lost by that undo: redo brings the new survey back, and undo the demo again.
    await page.getByTestId('network-map').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => nodeCount(page)).toBe('3');
    await expect.poll(() => page.getByTestId('file-status').textContent()).toContain('The work you undid is back');
    await page.getByTestId('undo').click();
    await expect.poll(() => nodeCount(page)).toBe('24');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('projects with every kind of input', () => {
  it('a project made from .xlsx exports survives a crash and reopens (the sheet is read again); a damaged copy is refused and changes nothing', async () => {
    const first = await e2e.newPage({ locale: 'nl-NL' });
    await first.page.goto(e2e.url);
    await first.page.waitForSelector('[data-testid=finding]');
    const [chooser] = await Promise.all([first.page.waitForEvent('filechooser'), first.page.getByTestId('open-files').click()]);
    await chooser.setFiles([resolve(TOOLS, 'msforms.xlsx'), resolve(TOOLS, 'roster.xlsx')]);
    const importButton = first.page.getByTestId('wizard-import');
    await expect.poll(() => importButton.isEnabled()).toBe(true);
    await importButton.click();
    await expect.poll(() => first.page.getByTestId('import-wizard').count()).toBe(0);
    const count = await nodeCount(first.page);
    expect(Number(count)).toBeGreaterThan(3);
    const findings = await first.page.locator('.finding').count();
    // A crash before saving: the autosaved copy (with the workbooks) restores the same network.
    await expect.poll(() => first.page.evaluate(() => localStorage.getItem('talkmap.autosave')), { timeout: 30_000 }).not.toBeNull();
    await first.page.close({ runBeforeUnload: false });
    const restarted = await first.context.newPage();
    restarted.on('pageerror', (e) => first.errors.push(e.message));
    await restarted.goto(e2e.url);
    await restarted.getByTestId('recovery-restore').click();
    await expect.poll(() => nodeCount(restarted)).toBe(count);
    await expect.poll(() => restarted.locator('.finding').count()).toBe(findings);
    expect(await restarted.getByTestId('error').count()).toBe(0);
    const [download] = await Promise.all([restarted.waitForEvent('download'), restarted.keyboard.press('Control+s')]);
    const dir = mkdtempSync(resolve(tmpdir(), 'talkmap-xlsx-'));
    const saved = resolve(dir, 'school.talkmap');
    await download.saveAs(saved);
    expect(first.errors).toEqual([]);
    await first.context.close();

    const second = await e2e.newPage({ locale: 'nl-NL' });
    await second.page.goto(e2e.url);
    await second.page.waitForSelector('[data-testid=finding]');
    const [open] = await Promise.all([second.page.waitForEvent('filechooser'), fileMenu(second.page, 'open-project')]);
    await open.setFiles(saved);
    await expect.poll(() => nodeCount(second.page)).toBe(count);
    await expect.poll(() => second.page.locator('.finding').count()).toBe(findings);
    expect(await second.page.getByTestId('error').count()).toBe(0);

    // One character changed inside the file: refused, and the project on screen stays.
    const damaged = resolve(dir, 'beschadigd.talkmap');
    writeFileSync(
      damaged,
      readFileSync(saved, 'utf8').replace(/"base64": "(.)/, (_m, c: string) => `"base64": "${c === 'A' ? 'B' : 'A'}`),
    );
    const [again] = await Promise.all([second.page.waitForEvent('filechooser'), fileMenu(second.page, 'open-project')]);
    await again.setFiles(damaged);
    await expect.poll(() => second.page.getByTestId('error').textContent()).toContain('beschadigd.talkmap is beschadigd');
    expect(await nodeCount(second.page)).toBe(count);

    // Dropped on the window, a project opens as a project (not the import wizard).
    await dropFile(second.page, 'school.talkmap', readFileSync(saved, 'utf8'));
    await expect.poll(() => second.page.getByTestId('file-status').textContent()).toContain('school.talkmap is als kopie geopend');
    expect(await second.page.getByTestId('import-wizard').count()).toBe(0);
    expect(second.errors).toEqual([]);
    await second.context.close();
  });
});

describe('keyboard and dialogs', () => {
  it('tabs move with the arrow keys; the map reaches every person by keyboard; "?" lists the shortcuts', async () => {
    const { page, context, errors } = await e2e.newPage({ locale: 'nl-NL', width: 1366, height: 768 });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await page.getByTestId('tab-findings').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByTestId('tab-people').getAttribute('aria-selected')).toBe('true');
    expect(await focusedTestId(page)).toBe('tab-people');
    await page.keyboard.press('End');
    expect(await page.getByTestId('tab-import').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Home');
    expect(await page.getByTestId('tab-findings').getAttribute('aria-selected')).toBe('true');
    // One tab stop for the tab list.
    expect(await page.locator('[role=tab][tabindex="0"]').count()).toBe(1);

    // The map: focus it, then the arrows go from person to person (by surname), Esc clears.
    await page.getByTestId('network-map').focus();
    const seen = new Set<string>();
    for (let i = 0; i < 24; i++) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.getByTestId('person-card').count()).toBe(1);
      seen.add((await page.getByTestId('person-card').getAttribute('aria-label')) ?? '');
    }
    expect(seen.size).toBe(24);
    await page.keyboard.press('Home');
    await expect.poll(() => page.getByTestId('person-card').getAttribute('aria-label')).toBe('Fatima El Amrani');
    await expect.poll(() => page.getByTestId('map-announce').textContent()).toContain('Fatima El Amrani');
    await page.screenshot({ path: artifact('map-keyboard-nl-1366.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('person-card').count()).toBe(0);

    await page.keyboard.press('?');
    const help = page.getByTestId('shortcut-help');
    await expect.poll(() => help.isVisible()).toBe(true);
    expect(await help.textContent()).toContain('Project opslaan');
    expect(await help.textContent()).toContain('Ctrl+S');
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);
    expect(await focusedTestId(page)).toBe('network-map');

    // The import wizard is a native dialog too: Esc closes it.
    const dir = mkdtempSync(resolve(tmpdir(), 'talkmap-esc-'));
    writeFileSync(resolve(dir, 'edges.csv'), 'source,target\nAnna,Bram\n');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-files').click()]);
    await chooser.setFiles(resolve(dir, 'edges.csv'));
    await expect.poll(() => page.getByTestId('import-wizard').isVisible()).toBe(true);
    // Behind an open dialog no command runs: "?" does not stack the help on the wizard.
    await page.keyboard.press('?');
    expect(await page.getByTestId('shortcut-help').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('import-wizard').count()).toBe(0);
    // The File menu closes with Esc, focus back on its button.
    await page.getByTestId('file-menu').locator('summary').click();
    expect(await page.getByTestId('file-menu').getAttribute('open')).not.toBeNull();
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('file-menu').getAttribute('open')).toBeNull();
    expect(await nodeCount(page)).toBe('24');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the people table sorts names by surname, not by first name or tussenvoegsel', async () => {
    const { page, context } = await e2e.newPage({ locale: 'nl-NL' });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await page.getByTestId('tab-people').click();
    await page.getByTestId('people-table').locator('thead th').first().getByRole('button').click();
    const names = await page.getByTestId('people-table').locator('tbody tr td:first-child').allTextContents();
    expect(names.slice(0, 4)).toEqual(['Fatima El Amrani', 'Sanne Bakker', 'Mark van den Berg', 'Sophie de Boer']);
    expect(names.at(-1)).toBe('Bram Willems');
    // Codes sort as codes (P01, P02 …), not as if they were surnames.
    await page.getByTestId('anonymise').selectOption('codes');
    const codes = await page.getByTestId('people-table').locator('tbody tr td:first-child').allTextContents();
    expect(codes.slice(0, 3)).toEqual(['P01', 'P02', 'P03']);
    await context.close();
  });
});

describe('dark mode', () => {
  it.each([
    ['nl-NL', 1366, 768, 'dark-nl-1366.png'],
    ['en-GB', 1920, 1080, 'dark-en-1920.png'],
  ])('follows the system (%s, %i×%i) with the map kept a light sheet', async (locale, width, height, file) => {
    const { page, context, errors } = await e2e.newPage({ locale, width, height });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    const colours = await page.evaluate(() => ({
      body: getComputedStyle(document.documentElement).backgroundColor,
      panel: getComputedStyle(document.querySelector('.tab-body')!).backgroundColor,
      map: getComputedStyle(document.querySelector('.map-area')!).backgroundColor,
      text: getComputedStyle(document.querySelector('.tab-body')!).color,
    }));
    expect(colours.body).toBe('rgb(13, 17, 23)');
    expect(colours.panel).not.toBe('rgb(255, 255, 255)');
    expect(colours.map).toBe('rgb(255, 255, 255)');
    expect(colours.text).toBe('rgb(230, 237, 243)');
    await page.screenshot({ path: artifact(file) });
    expect(errors).toEqual([]);
    await context.close();
  });
});
