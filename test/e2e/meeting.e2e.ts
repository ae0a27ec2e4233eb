// Meeting mode as an advisor uses it on a projector: no editing chrome, step with the
// keyboard from the groups to each finding, names hidden, Escape to leave.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifact, startE2e, type E2e } from './browser';

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(async () => {
  await e2e?.close();
});

describe('meeting mode', () => {
  it.each([
    [1920, 1080],
    [1280, 720],
  ])('walks a team through the demo school at %ix%i with names hidden', async (width, height) => {
    const { page, context } = await e2e.newPage({ locale: 'nl-NL', width, height });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await page.getByTestId('anonymise').selectOption('role');
    await page.getByTestId('meeting-start').click();
    const caption = page.getByTestId('meeting-caption');
    await caption.waitFor();
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    expect(await page.locator('.side-panel').isVisible()).toBe(false);
    expect(await caption.textContent()).toContain('Ons team, per groep');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => caption.textContent()).toContain('binnen de groepen');
    await page.keyboard.press(' ');
    await expect.poll(() => caption.textContent()).toContain('tussen de groepen');
    // Between the grades only: the staff's ties wait for a step of their own, so the room
    // sees how little the grades talk to each other.
    const map = page.getByTestId('network-map');
    const drawn = () => map.getAttribute('data-meeting-ties').then((v) => JSON.parse(v ?? '{}') as Record<string, number>);
    await expect.poll(async () => (await drawn()).step).toBe(2);
    const grades = await drawn();
    expect(grades.withOthers).toBe(0);
    expect(grades.grades).toBeGreaterThan(0);
    await page.screenshot({ path: artifact(`meeting-between-${width}x${height}-nl.png`) });
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => caption.textContent()).toContain('En de banden met staf');
    await expect.poll(async () => (await drawn()).step).toBe(3);
    const staff = await drawn();
    expect(staff.grades).toBe(0);
    expect(staff.withOthers).toBeGreaterThan(grades.grades ?? 0);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => caption.textContent()).toContain('Geen enkele band tussen groep 3-4 en groep 5-6');
    expect(Number(await page.getByTestId('network-map').getAttribute('data-highlighted'))).toBeGreaterThan(0);
    await page.keyboard.press('ArrowRight');
    const second = (await caption.textContent()) ?? '';
    expect(second).toContain('leesspecialist technisch lezen staf (1) bereikt');
    expect(second).not.toContain('Karin Brouwer');
    await page.screenshot({ path: artifact(`meeting-${width}x${height}-nl.png`) });
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => caption.textContent()).toContain('Geen enkele band');
    await page.keyboard.press('Escape');
    await expect.poll(() => caption.count()).toBe(0);
    expect(await page.locator('.topbar').isVisible()).toBe(true);
    await context.close();
  });
});
