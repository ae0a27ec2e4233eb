// The import wizard in Chromium: open real export files through the file chooser, see how
// they were read and what will be imported, adjust, import — and a bad file gives a clear
// message instead of a crash.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifact, startE2e, type E2e } from './browser';

const FIXTURES = resolve(__dirname, '../fixtures/import');
let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(async () => {
  await e2e?.close();
});

async function openFiles(page: Page, paths: string[]): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-files').click()]);
  await chooser.setFiles(paths);
  await page.getByTestId('import-wizard').waitFor();
}

describe('import wizard', () => {
  it('imports a Dutch Microsoft Forms export (cp1252, ;) with its roster, showing what was not matched', async () => {
    const { page, context, errors } = await e2e.newPage({ locale: 'nl-NL' });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await openFiles(page, [resolve(FIXTURES, 'msforms-nl-cp1252.csv'), resolve(FIXTURES, 'roster-nl-cp1252.csv')]);
    const summary = page.getByTestId('wizard-summary');
    await expect.poll(() => summary.textContent()).toContain('6 personen, 8 banden, 4 respondenten');
    const wizardText = (await page.getByTestId('import-wizard').textContent()) ?? '';
    expect(wizardText).toContain('windows-1252');
    expect(wizardText).toContain('Zoë de Wit');
    expect(await page.getByTestId('wizard-unmatched').textContent()).toContain('Meester Kees');
    // The user decides who "Meester Kees" is; the tie then counts.
    await page.getByTestId('decide-meester kees').selectOption({ label: 'Noah Bakker' });
    await expect.poll(() => summary.textContent()).toContain('6 personen, 9 banden');
    expect(await page.getByTestId('wizard-unmatched').count()).toBe(0);
    await page.screenshot({ path: artifact('wizard-msforms-nl.png') });
    await page.getByTestId('wizard-import').click();
    await expect.poll(() => page.getByTestId('network-map').getAttribute('data-node-count')).toBe('6');
    expect(await page.getByTestId('import-wizard').count()).toBe(0);
    // The top bar and the window title name the survey by its question, not by its file.
    expect(await page.getByTestId('survey-question').textContent()).toBe('“Met wie bespreek je je instructie?”');
    expect(await page.title()).toBe('Talkmap — Met wie bespreek je je instructie?');
    await page.getByTestId('tab-import').click();
    const report = (await page.getByTestId('import-report').textContent()) ?? '';
    expect(report).toContain('Meester Kees');
    expect(report).toContain('Naam door jouw keuze gekoppeld');
    expect(report).toContain('Noemde zichzelf');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads a grid and lets the user change what an answer weighs', async () => {
    const { page, context } = await e2e.newPage({ locale: 'en-GB' });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await openFiles(page, [resolve(FIXTURES, 'tools/google-forms-grid.csv'), resolve(FIXTURES, 'tools/roster.csv')]);
    expect(await page.getByTestId('wizard-shape').inputValue()).toBe('rating-grid');
    const summary = page.getByTestId('wizard-summary');
    await expect.poll(() => summary.textContent()).toContain('6 people, 10 ties, 5 respondents');
    await page.getByTestId('scale-maandelijks').fill('0');
    await expect.poll(() => summary.textContent()).toContain('6 people, 6 ties');
    await page.screenshot({ path: artifact('wizard-grid-en.png') });
    await page.getByTestId('wizard-import').click();
    await expect.poll(() => page.getByTestId('network-map').getAttribute('data-edge-count')).not.toBeNull();
    await context.close();
  });

  it('reads .xlsx workbooks in the browser, choosing the sheet with data', async () => {
    const { page, context, errors } = await e2e.newPage({ locale: 'en-GB' });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await openFiles(page, [resolve(FIXTURES, 'tools/msforms.xlsx'), resolve(FIXTURES, 'tools/roster.xlsx')]);
    await expect.poll(() => page.getByTestId('wizard-summary').textContent()).toContain('6 people, 10 ties, 5 respondents');
    expect((await page.getByTestId('import-wizard').textContent()) ?? '').toContain('xlsx (Personeel)');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('asks which relation to analyse when the export holds several questions', async () => {
    const { page, context } = await e2e.newPage({ locale: 'en-GB' });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await openFiles(page, [resolve(FIXTURES, 'tools/msforms-two-questions.csv'), resolve(FIXTURES, 'tools/roster.csv')]);
    const relations = page.getByTestId('wizard-relations');
    await relations.waitFor();
    await expect.poll(() => page.getByTestId('wizard-summary').textContent()).toContain('10 ties');
    await relations.getByLabel('Met wie praat je over rekenen?').check();
    await expect.poll(() => page.getByTestId('wizard-summary').textContent()).toContain('7 ties');
    // Imported, the other question is one switch away on the map, and the Network tab compares the two.
    await page.getByTestId('wizard-import').click();
    const relation = page.getByTestId('relation');
    await expect.poll(() => relation.inputValue(), { timeout: 60_000 }).toBe('Met wie praat je over rekenen?');
    await page.getByTestId('tab-network').click();
    await expect.poll(() => page.getByTestId('network-summary').textContent(), { timeout: 60_000 }).toContain('Ties7');
    await relation.selectOption('Met wie praat je over begrijpend lezen?');
    await expect.poll(() => page.getByTestId('network-summary').textContent(), { timeout: 60_000 }).toContain('Ties10');
    const overlap = page.getByTestId('relation-overlap');
    // 1 tie in both, 9 and 6 in only one: 1 of 16 ties, 6%.
    expect((await overlap.locator('tbody tr').first().textContent())?.replace(/\s+/g, ' ')).toContain('19 · 66%');
    await page.screenshot({ path: artifact('relations-1366-en.png') });
    await context.close();
  });

  it('explains a file it cannot read, and keeps the current network', async () => {
    const dir = mkdtempSync(resolve(tmpdir(), 'talkmap-'));
    const bad = resolve(dir, 'vakantiefoto.csv');
    writeFileSync(bad, Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 251)));
    const { page, context, errors } = await e2e.newPage({ locale: 'nl-NL' });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await openFiles(page, [bad]);
    await expect.poll(() => page.getByTestId('wizard-error').count()).toBe(1);
    expect(await page.getByTestId('wizard-error').textContent()).toContain('vakantiefoto.csv is geen tekst- of spreadsheetbestand');
    expect(await page.getByTestId('wizard-import').isDisabled()).toBe(true);
    // Only the explanation: no "reading" or "analysing" line left standing next to it.
    expect(await page.getByTestId('wizard-reading').count()).toBe(0);
    expect(await page.getByTestId('import-wizard').textContent()).not.toMatch(/geanalyseerd|gelezen/);
    await page.screenshot({ path: artifact('wizard-bad-file-nl.png') });
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(() => page.getByTestId('network-map').getAttribute('data-node-count')).toBe('24');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds the groups in a Dutch export without a roster and shows the weak link after zero decisions', async () => {
    const { page, context, errors } = await e2e.newPage({ locale: 'nl-NL', width: 1366, height: 768 });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await openFiles(page, [resolve(FIXTURES, 'groups/msforms-bouw-cp1252.csv')]);
    const found = page.getByTestId('wizard-groups-found');
    await expect.poll(() => found.textContent()).toContain('5 groepen, uit het antwoord op “In welke bouw werk je?”');
    expect(await found.textContent()).toContain('Groep 1/2, Groep 3/4, Groep 5/6, Groep 7/8 en Staf – directie');
    expect(await page.getByTestId('wizard-no-groups').count()).toBe(0);
    await page.screenshot({ path: artifact('wizard-groups-found-nl.png') });
    await page.getByTestId('wizard-import').click();
    await expect.poll(() => page.getByTestId('network-map').getAttribute('data-node-count')).toBe('24');
    // The side panel follows the new network a moment after the map (it renders deferred).
    await expect.poll(() => page.getByTestId('finding').first().textContent()).toContain('Geen enkele band tussen Groep 3/4 en Groep 5/6');
    expect(await page.getByTestId('findings-no-groups').count()).toBe(0);
    await expect.poll(() => page.getByTestId('legend').textContent()).toContain('Groep 5/6');
    await page.screenshot({ path: artifact('groups-from-survey-nl.png') });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a large roster: names to decide shown fifty at a time, someone else found by typing in the shared list (en, 1366×768)', async () => {
    const dir = mkdtempSync(resolve(tmpdir(), 'talkmap-'));
    const first = ['Anouk', 'Bram', 'Cor', 'Daan', 'Eva', 'Fatima', 'Gijs', 'Hanna', 'Ilse', 'Joost'];
    const last = ['Bakker', 'Jansen', 'Visser', 'Smit', 'Meijer', 'Mulder', 'Bos', 'Vos', 'Dekker', 'Peters'];
    const prefix = ['', 'de ', 'van ', 'van der ', 'ter ', 'el '];
    const people = Array.from({ length: 600 }, (_, i) => `${first[i % 10]} ${prefix[Math.floor(i / 100)]}${last[Math.floor(i / 10) % 10]}`);
    writeFileSync(resolve(dir, 'personeel.csv'), `id;naam\n${people.map((n, i) => `${i + 1};${n}`).join('\n')}\n`);
    // 150 answers; 120 of them name a colleague with a letter missing (unmatched, to decide).
    const rows = Array.from({ length: 150 }, (_, i) => {
      const a = people[(i * 7 + 1) % 600]!;
      const b = people[(i * 13 + 5) % 600]!;
      const typo = i < 120 ? `${b.slice(0, 2)}${b.slice(3)}` : b;
      return `2026/03/01 9:00:00,${people[i]},"${a}, ${typo}"`;
    });
    writeFileSync(resolve(dir, 'enquete.csv'), `Tijdstempel,Wat is je naam?,Met wie praat je over lezen?\n${rows.join('\n')}\n`);
    const { page, context, errors } = await e2e.newPage({ locale: 'en-GB', width: 1366, height: 768 });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await openFiles(page, [resolve(dir, 'enquete.csv'), resolve(dir, 'personeel.csv')]);
    const decisions = page.getByTestId('name-decisions');
    await decisions.waitFor({ timeout: 60_000 });
    await expect.poll(() => decisions.locator('tbody tr').count(), { timeout: 60_000 }).toBe(50);
    // No menu of 600 names in every row: the roster is one shared list to type in.
    expect(await decisions.locator('select').first().locator('option').count()).toBeLessThan(10);
    // Its 600 options are drawn once a name is typed in (not before: thousands would hold up the page).
    await decisions.locator('input.decide-other').first().focus();
    await expect.poll(() => page.locator('datalist#talkmap-roster-names option').count(), { timeout: 30_000 }).toBe(600);
    await page.getByTestId('decisions-more-next').click();
    await expect.poll(() => decisions.locator('tbody tr').count()).toBe(100);
    // The first unmatched name, decided by typing the colleague's name.
    const input = decisions.locator('input.decide-other').first();
    const written = (await decisions.locator('tbody th').first().textContent()) ?? '';
    const meant = people.find((p) => `${p.slice(0, 2)}${p.slice(3)}` === written)!;
    await input.fill(meant);
    await expect.poll(() => decisions.locator('select').first().inputValue()).toMatch(/^map:/);
    await page.screenshot({ path: artifact('wizard-large-roster-1366-en.png') });
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('damaged exports ask before importing: ids without their zeros (Import waits), numbers as choice codes (nl, 1920×1080)', async () => {
    const dir = mkdtempSync(resolve(tmpdir(), 'talkmap-'));
    writeFileSync(resolve(dir, 'nodes.csv'), 'id,name,group\n00123,Jan de Vries,1-2\n00124,Anouk Bakker,1-feb\n00125,Sem Jansen,3-4\n00126,Lieke Visser,3-4\n');
    writeFileSync(resolve(dir, 'edges.csv'), 'source,target\n123,124\n124,123\n125,126\n126,125\n123,125\n');
    const { page, context, errors } = await e2e.newPage({ locale: 'nl-NL', width: 1920, height: 1080 });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await openFiles(page, [resolve(dir, 'edges.csv'), resolve(dir, 'nodes.csv')]);
    const question = page.getByTestId('id-repairs');
    await question.waitFor({ timeout: 60_000 });
    expect(await question.textContent()).toContain('In kolom “source” staan 4 id’s niet op de personeelslijst');
    await expect.poll(() => page.getByTestId('wizard-import').isDisabled(), { timeout: 30_000 }).toBe(true);
    await page.screenshot({ path: artifact('wizard-damaged-ids-1920-nl.png') });
    await page.getByTestId('ids-repair-source').check();
    await page.getByTestId('ids-repair-target').check();
    await expect.poll(() => page.getByTestId('wizard-summary').textContent(), { timeout: 60_000 }).toContain('4 personen');
    // The group Excel made a date: asked too, with the range it probably was; Import waits for it as well.
    expect(await page.getByTestId('group-dates').textContent()).toContain('“1-feb” (rij 3) was waarschijnlijk “1-2”');
    expect(await page.getByTestId('wizard-import').isDisabled()).toBe(true);
    await page.getByTestId('dates-repair-group').check();
    await expect.poll(() => page.getByTestId('wizard-summary').textContent(), { timeout: 60_000 }).toContain('2 groepen');
    await expect.poll(() => page.getByTestId('wizard-import').isDisabled(), { timeout: 30_000 }).toBe(false);
    await page.getByTestId('wizard-cancel').click();

    // A Qualtrics export with numbers for colleagues: nothing proposed; chosen by hand, each number waits for its colleague.
    writeFileSync(resolve(dir, 'roster.csv'), 'id,naam\n1,Jan de Vries\n2,Anouk Bakker\n3,Sem Jansen\n');
    writeFileSync(
      resolve(dir, 'qualtrics.csv'),
      'ResponseId,Q1,Q2\nResponse ID,Wat is je naam?,Met wie praat je?\nR_1,Jan de Vries,"2,3"\nR_2,Anouk Bakker,"1,3"\nR_3,Sem Jansen,1\n',
    );
    await openFiles(page, [resolve(dir, 'qualtrics.csv'), resolve(dir, 'roster.csv')]);
    await page.getByTestId('wizard-guess').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('wizard-guess').textContent()).toContain('codes van de enquêtetool');
    // Chosen by hand, each number waits for its colleague, and Import waits for all of them.
    await page.getByTestId('wizard-respondent').selectOption('Wat is je naam?');
    await page.locator('label', { hasText: 'Met wie praat je?' }).locator('input').check();
    await page.getByTestId('name-decisions').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByTestId('wizard-codes').textContent(), { timeout: 60_000 }).toContain('1, 2 en 3');
    expect(await page.getByTestId('wizard-import').isDisabled()).toBe(true);
    for (const code of ['1', '2', '3']) await page.getByTestId(`decide-${code}`).selectOption(`map:${code}`);
    await expect.poll(() => page.getByTestId('wizard-import').isDisabled(), { timeout: 60_000 }).toBe(false);
    expect(await page.getByTestId('wizard-summary').textContent()).toContain('5 banden');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('imports nothing from a file without a who-names-whom question until the user chooses the columns', async () => {
    const dir = mkdtempSync(resolve(tmpdir(), 'talkmap-'));
    const file = resolve(dir, 'tevredenheid.csv');
    const people = ['Anouk de Vries', 'Bram Jansen', 'Cor Smit', 'Daan Meijer'];
    writeFileSync(
      file,
      `StartDate,EndDate,Wat is je naam?,Hoe tevreden ben je?\n${people.map((n, i) => `2026-03-0${i + 1} 08:00,2026-03-0${i + 1} 08:05,${n},${i + 2}`).join('\n')}\n`,
    );
    const { page, context, errors } = await e2e.newPage({ locale: 'en-GB' });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await openFiles(page, [file]);
    const guess = page.getByTestId('wizard-guess');
    await expect.poll(() => guess.count()).toBe(1);
    expect(await guess.textContent()).toContain('imports nothing yet');
    expect(await guess.textContent()).toContain('we see no question of who names whom');
    expect(await page.getByTestId('wizard-summary').count()).toBe(0);
    expect(await page.getByTestId('wizard-choose-columns').textContent()).toContain('Choose the column with the respondent’s own name');
    // The respondent was recognised; no column of names is ticked, so nothing is invented.
    expect(await page.getByTestId('wizard-respondent').inputValue()).toBe('Wat is je naam?');
    expect(await page.getByTestId('wizard-import').isDisabled()).toBe(true);
    await page.screenshot({ path: artifact('wizard-no-network-question-en.png') });
    await page.getByTestId('wizard-cancel').click();
    await expect.poll(() => page.getByTestId('network-map').getAttribute('data-node-count')).toBe('24');
    expect(errors).toEqual([]);
    await context.close();
  });
});
