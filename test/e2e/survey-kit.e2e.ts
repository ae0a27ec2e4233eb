// The survey kit in the running app: File → Make survey kit…, from the survey on screen or a
// roster file; the saved .zip holds every file; its paper questionnaire prints on A4; and the
// dialog read at 1366×768 and 1920×1080, in Dutch and English.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifact, fileMenu, startE2e, type E2e } from './browser';

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(async () => {
  await e2e?.close();
});

const ROSTER = resolve(__dirname, '../fixtures/import/tools/roster.csv');

describe('survey kit', () => {
  it('makes the kit from the survey on screen, and its paper questionnaire prints on A4 (nl, 1366×768)', async () => {
    const { page, context, errors } = await e2e.newPage({ locale: 'nl-NL', width: 1366, height: 768 });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await fileMenu(page, 'open-survey-kit');
    const dialog = page.getByTestId('survey-kit');
    await expect.poll(() => dialog.getByTestId('kit-preview').textContent(), { timeout: 30_000 }).toContain('24 collega’s, op achternaam:');
    expect(await dialog.getByTestId('kit-question').inputValue()).toBe('Met wie praat je over instructie in begrijpend lezen?');
    await page.screenshot({ path: artifact('survey-kit-nl-1366.png') });
    // The dialog fits the screen: its buttons are on it.
    const save = await dialog.getByTestId('kit-save').boundingBox();
    expect(save!.y + save!.height).toBeLessThanOrEqual(768);
    await dialog.getByTestId('kit-frequency').check();
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('kit-save').click()]);
    expect(download.suggestedFilename()).toBe('talkmap-enquetepakket.zip');
    const files = unzipSync(readFileSync((await download.path()) as string));
    expect(Object.keys(files).sort()).toEqual([
      'LEESMIJ.txt',
      'invoerraster.csv',
      'invoerraster.xlsx',
      'keuzes-forms.txt',
      'limesurvey-collegas.lsq',
      'limesurvey-naam.lsq',
      'namenlijst-talkmap.csv',
      'papieren-vragenlijst.html',
      'qualtrics-vraag.txt',
    ]);
    const choices = strFromU8(files['keuzes-forms.txt']!).trim().split('\r\n');
    expect(choices).toHaveLength(24);
    expect(choices).toContain('Monique van der Linden');
    await expect.poll(() => dialog.getByTestId('kit-saved').textContent()).toContain('talkmap-enquetepakket.zip');

    // The paper questionnaire, printed as the leader would: A4, every colleague on it.
    const paper = await context.newPage();
    await paper.setViewportSize({ width: 794, height: 1123 });
    await paper.setContent(strFromU8(files['papieren-vragenlijst.html']!));
    await paper.screenshot({ path: artifact('survey-kit-paper-nl.png'), fullPage: true });
    const pdf = artifact('survey-kit-paper-nl.pdf');
    writeFileSync(pdf, await paper.pdf({ preferCSSPageSize: true }));
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8', timeout: 60_000 });
    if (info.status === 0) {
      expect(info.stdout).toMatch(/Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)/);
      const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
      const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', timeout: 60_000 }).stdout;
      for (const name of ['Monique van der Linden', 'Gerard Schouten']) expect(text).toContain(name);
      expect(text).toContain('dagelijks');
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('makes the kit from a roster file and says which names it wrote differently (en, 1920×1080)', async () => {
    const { page, context, errors } = await e2e.newPage({ locale: 'en-GB', width: 1920, height: 1080 });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await fileMenu(page, 'open-survey-kit');
    const dialog = page.getByTestId('survey-kit');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByTestId('kit-choose-roster').click()]);
    await chooser.setFiles(ROSTER);
    await expect
      .poll(() => dialog.getByTestId('kit-preview').textContent(), { timeout: 30_000 })
      .toContain('6 colleagues, by surname: Anouk Bakker, Sem Jansen');
    expect(await dialog.getByTestId('kit-preview').textContent()).toContain('“Vries, Jan de” is written first name first: “Jan de Vries”');
    expect(await dialog.getByTestId('kit-source-file').isChecked()).toBe(true);
    await dialog.getByTestId('kit-question').fill('Whom do you ask for advice about reading lessons?');
    await page.screenshot({ path: artifact('survey-kit-en-1920.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('kit-save').click()]);
    expect(download.suggestedFilename()).toBe('talkmap-survey-kit.zip');
    const files = unzipSync(readFileSync((await download.path()) as string));
    expect(strFromU8(files['qualtrics-question.txt']!)).toContain('Whom do you ask for advice about reading lessons?');
    expect(strFromU8(files['README.txt']!)).toContain('Anyone can respond');
    // Esc closes it.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('survey-kit').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
