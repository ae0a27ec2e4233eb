// The improvement plan as the handbook's team uses it: a goal on the weak link between
// groep 3-4 and groep 5-6 ("at least 8 ties"), with who and when; shown in the meeting's
// closing slide and in the report; checked by itself when next year's survey is added.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifact, startE2e, type E2e } from './browser';

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(async () => {
  await e2e?.close();
});

describe('improvement plan', () => {
  it('sets a goal on a finding and checks it when the next survey is added (nl, 1366×768)', async () => {
    const { page, context, errors } = await e2e.newPage({ locale: 'nl-NL', width: 1366, height: 768 });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    const weak = page.locator('.finding[data-kind=weak-group-link]').filter({ hasText: 'groep 3-4 en groep 5-6' });
    await weak.getByTestId('finding').click();
    await weak.getByTestId('goal-new').click();
    const form = weak.getByTestId('goal-form');
    await form.getByTestId('goal-target').fill('8');
    await expect.poll(() => form.getByTestId('goal-preview').textContent()).toBe('Minstens 8 banden tussen groep 3-4 en groep 5-6');
    expect(await form.textContent()).toContain('nu 0');
    await form.getByTestId('goal-owner').fill('Bouwcoördinatoren');
    await form.getByTestId('goal-due').fill('2027-02-01');
    await form.getByTestId('goal-note').fill('Leesteams over de bouwen heen');
    await page.screenshot({ path: artifact('plan-goal-form-nl-1366.png') });
    await form.getByTestId('goal-add').click();
    const set = weak.getByTestId('goal-set');
    await expect.poll(() => set.textContent()).toContain('Minstens 8 banden tussen groep 3-4 en groep 5-6');
    expect(await set.textContent()).toContain('Bouwcoördinatoren · uiterlijk 1 februari 2027');
    expect(await set.getByTestId('goal-status').textContent()).toBe('Wordt gemeten bij de volgende meting');

    // The meeting ends with the plan.
    await page.getByTestId('meeting-start').click();
    await page.getByTestId('meeting-prepare-start').click();
    const caption = page.getByTestId('meeting-caption');
    const stepText = () => caption.getByTestId('meeting-step').textContent();
    await caption.waitFor();
    const total = Number(((await stepText()) ?? '').split('/')[1]);
    for (let k = 2; k <= total; k++) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(stepText).toBe(`${k} / ${total}`);
    }
    expect(await caption.textContent()).toContain('Wat gaan we doen?');
    expect(await caption.getByTestId('plan-list').textContent()).toContain('Minstens 8 banden tussen groep 3-4 en groep 5-6');
    await page.screenshot({ path: artifact('plan-meeting-closing-nl-1366.png') });
    await page.keyboard.press('Escape');

    // The report prints it.
    if (existsSync('/usr/bin/pdftotext')) {
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await expect.poll(() => page.getByTestId('report-plan').count()).toBe(1);
      const pdf = artifact('plan-report-nl.pdf');
      writeFileSync(pdf, await page.pdf({ format: 'A4' }));
      const text = execFileSync('pdftotext', [pdf, '-']).toString();
      expect(text).toContain('Verbeterplan');
      expect(text).toContain('Minstens 8 banden tussen groep 3-4 en groep 5-6');
    }

    // A year later: the second survey is added, and the goal is checked by itself.
    await page.getByTestId('tab-waves').click();
    expect(await page.getByTestId('plan').getByTestId('plan-status').textContent()).toBe('Wordt gemeten bij de volgende meting');
    await page.getByTestId('wave-add-demo').click();
    await page.getByTestId('name-decisions').locator('select').selectOption('map:p21');
    await expect.poll(() => page.getByTestId('wizard-import').isEnabled()).toBe(true);
    await page.getByTestId('wizard-import').click();
    await page.getByTestId('tab-waves').click();
    await expect
      .poll(() => page.getByTestId('plan').getByTestId('plan-status').textContent(), { timeout: 60_000 })
      .toMatch(/^(Doel gehaald|Nog niet) in Meting 2/);
    const status = (await page.getByTestId('plan').getByTestId('plan-status').textContent()) ?? '';
    console.log(`plan status after wave 2: ${status}`);
    // 0 ties before; the second survey has 12 between groep 3-4 and groep 5-6 (counted from its files in improvement-plan.test.ts).
    expect(status).toMatch(/^Doel gehaald in Meting 2 · 15 mrt\.? 2027: 12 \(doel 8\)$/);
    await page.getByTestId('plan').scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('plan-waves-nl-1366.png') });
    expect(errors).toEqual([]);
    await context.close();
  });
});
