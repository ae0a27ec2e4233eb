// Security and privacy in the running app: imported text that looks like HTML is shown
// literally and runs nothing (map card, tables, findings, wizard); a full session of
// import → analyse → export makes no request outside the app's own origin; the first-run
// privacy explanation is shown once.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2e, type E2e } from './browser';

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(async () => {
  await e2e?.close();
});

const EVIL = '<img src=x onerror="window.__xss=1">';
const EVIL_GROUP = '<b onmouseover=alert(1)>5-6</b>';

function writeFiles(): string[] {
  const dir = mkdtempSync(resolve(tmpdir(), 'talkmap-xss-'));
  const roster = resolve(dir, 'roster.csv');
  const survey = resolve(dir, 'survey.csv');
  const people = [EVIL, 'Anouk de Vries', 'Mark van den Berg', 'Sophie de Boer', 'Daan Meijer'];
  writeFileSync(roster, `naam;bouw;rol\n${people.map((p, i) => `"${p.replace(/"/g, '""')}";${i < 2 ? EVIL_GROUP : 'groep 3-4'};leerkracht`).join('\n')}\n`);
  const names = (list: string[]) => `"${list.map((n) => n.replace(/"/g, '""')).join(';')};"`;
  writeFileSync(
    survey,
    [
      'Naam;Met wie praat je?',
      `"${EVIL.replace(/"/g, '""')}";${names(['Anouk de Vries', 'Mark van den Berg'])}`,
      `Anouk de Vries;${names([EVIL, 'Sophie de Boer'])}`,
      `Mark van den Berg;${names(['Sophie de Boer', EVIL])}`,
      `Sophie de Boer;${names(['Mark van den Berg', 'Daan Meijer'])}`,
      `Daan Meijer;${names(['Sophie de Boer'])}`,
    ].join('\n') + '\n',
  );
  return [survey, roster];
}

describe('security and privacy', () => {
  it('shows names that look like HTML as text and runs nothing', async () => {
    const { page, context, errors } = await e2e.newPage({ locale: 'en-GB' });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-files').click()]);
    await chooser.setFiles(writeFiles());
    await expect.poll(() => page.getByTestId('wizard-summary').textContent()).toContain('5 people');
    expect(await page.getByTestId('import-wizard').textContent()).toContain(EVIL);
    await page.getByTestId('wizard-import').click();
    await expect.poll(() => page.getByTestId('network-map').getAttribute('data-node-count')).toBe('5');
    expect((await page.getByTestId('legend').textContent()) ?? '').toContain(EVIL_GROUP);
    await page.getByTestId('tab-people').click();
    const cell = page.locator('[data-testid=people-table] td').filter({ hasText: 'onerror' }).first();
    expect(await cell.textContent()).toBe(EVIL);
    await cell.click();
    expect((await page.getByTestId('person-card').textContent()) ?? '').toContain(EVIL);
    await page.getByTestId('tab-findings').click();
    await page.getByTestId('tab-import').click();
    await page.mouse.move(10, 10);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('img[src="x"], b[onmouseover]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('makes no request outside its own origin during import, analysis and export', async () => {
    const { page, context, requests } = await e2e.newPage({ locale: 'nl-NL' });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-files').click()]);
    await chooser.setFiles(writeFiles());
    await page.getByTestId('wizard-summary').waitFor();
    await page.getByTestId('wizard-import').click();
    await page.getByTestId('tab-people').click();
    await Promise.all([page.waitForEvent('download'), page.getByTestId('export-people').click()]);
    const origin = new URL(e2e.url).origin;
    const outside = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(outside).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    await context.close();
  });

  it('explains once, on first run, that data stays on this computer', async () => {
    const { page, context } = await e2e.newPage({ locale: 'nl-NL', firstRun: true });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    expect(await page.getByTestId('privacy-notice').textContent()).toContain('blijven op deze computer');
    await page.getByRole('button', { name: 'Begrepen' }).click();
    await page.reload();
    await page.waitForSelector('[data-testid=finding]');
    expect(await page.getByTestId('privacy-notice').count()).toBe(0);
    await context.close();
  });

  it('serves the page with a strict Content-Security-Policy', async () => {
    const { page, context } = await e2e.newPage();
    await page.goto(e2e.url);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    for (const rule of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "connect-src 'self'"]) expect(csp).toContain(rule);
    expect(csp).not.toContain('unsafe');
    await context.close();
  });
});
