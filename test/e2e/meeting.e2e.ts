// Meeting mode as an advisor uses it on a projector: the findings chosen and ordered first,
// no editing chrome, step with the keyboard from the title slide through the groups and the
// chosen findings (each with its suggestion) to "what will we do?", names hidden, Escape to leave.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifact, mapNodes, startE2e, type E2e } from './browser';

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
    // First the leader chooses what the team sees: findings about one person start off.
    const prepare = page.getByTestId('meeting-prepare');
    await prepare.waitFor();
    const items = prepare.getByTestId('prepare-finding');
    const included = async () =>
      items.evaluateAll((lis) => lis.filter((li) => (li.querySelector('input') as HTMLInputElement).checked).map((li) => li.getAttribute('data-id') ?? ''));
    const before = await included();
    expect(before.length).toBeGreaterThan(2);
    expect(before.some((id) => /^(one-sided|isolated|peripheral|limited-reach|broker):/.test(id))).toBe(false);
    expect(await prepare.getByTestId('prepare-count').textContent()).toContain('Bevindingen over één persoon staan uit');
    await page.screenshot({ path: artifact(`meeting-prepare-${width}x${height}-nl.png`) });
    // The expert's limited reach is part of this school's story: switched on and moved up to second place.
    const expert = prepare.locator('[data-testid=prepare-finding][data-id^="limited-reach:"]').first();
    const expertId = (await expert.getAttribute('data-id')) as string;
    await expert.getByTestId('prepare-include').check();
    for (let i = (await included()).indexOf(expertId); i > 1; i--)
      await prepare.locator(`[data-testid=prepare-finding][data-id="${expertId}"]`).getByTestId('prepare-up').click();
    await expect.poll(async () => (await included()).indexOf(expertId)).toBe(1);
    await prepare.getByTestId('meeting-prepare-start').click();
    const caption = page.getByTestId('meeting-caption');
    await caption.waitFor();
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    expect(await page.locator('.side-panel').isVisible()).toBe(false);
    // The title slide: the school, the question, who answered.
    const title = (await caption.textContent()) ?? '';
    for (const part of ['Demoschool De Regenboog', '“Met wie praat je over instructie in begrijpend lezen?”', '23 van de 24 collega’s deden mee (96%)'])
      expect(title).toContain(part);
    await page.screenshot({ path: artifact(`meeting-title-${width}x${height}-nl.png`) });
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => caption.textContent()).toContain('Ons team, per groep');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => caption.textContent()).toContain('binnen de groepen');
    await page.keyboard.press(' ');
    await expect.poll(() => caption.textContent()).toContain('tussen de groepen');
    // Between the grades only: the staff's ties wait for a step of their own, so the room
    // sees how little the grades talk to each other.
    const map = page.getByTestId('network-map');
    const drawn = () => map.getAttribute('data-meeting-ties').then((v) => JSON.parse(v ?? '{}') as Record<string, number>);
    await expect.poll(async () => (await drawn()).step).toBe(3);
    const grades = await drawn();
    expect(grades.withOthers).toBe(0);
    expect(grades.grades).toBeGreaterThan(0);
    await page.screenshot({ path: artifact(`meeting-between-${width}x${height}-nl.png`) });
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => caption.textContent()).toContain('En de banden met staf');
    await expect.poll(async () => (await drawn()).step).toBe(4);
    const staff = await drawn();
    expect(staff.grades).toBe(0);
    expect(staff.withOthers).toBeGreaterThan(grades.grades ?? 0);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => caption.textContent()).toContain('Geen enkele band tussen groep 3-4 en groep 5-6');
    // Each finding with its suggestion.
    expect(await caption.getByTestId('meeting-suggestion').textContent()).toContain('Mogelijke aanpak:');
    // How sure it is, said on the slide too (one colleague in groep 5-6 did not answer); no name in it.
    expect(await caption.getByTestId('meeting-bounds').textContent()).toBe(
      'Hangt af van de ene persoon die niet antwoordde (96% vulde de vragenlijst in): met dat antwoord erbij kan dit anders uitvallen.',
    );
    expect(Number(await page.getByTestId('network-map').getAttribute('data-highlighted'))).toBeGreaterThan(0);
    await page.keyboard.press('ArrowRight');
    const second = (await caption.textContent()) ?? '';
    expect(second).toContain('Leesspecialist technisch lezen staf (1) bereikt');
    expect(second).not.toContain('Karin Brouwer');
    // Its ties are red on the map, and the legend says what red means.
    await expect.poll(() => page.getByTestId('legend-emphasis').textContent()).toBe('Rood: de banden waar deze bevinding over gaat');
    await page.screenshot({ path: artifact(`meeting-${width}x${height}-nl.png`) });
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => caption.textContent()).toContain('Geen enkele band');
    // To the end: the closing slide, and no finding about one named person on the way.
    const stepText = () => caption.getByTestId('meeting-step').textContent();
    const [at, total] = ((await stepText()) ?? '').split('/').map((n) => Number(n.trim()));
    const seen: string[] = [];
    for (let k = (at as number) + 1; k <= (total as number); k++) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(stepText).toBe(`${k} / ${total}`);
      seen.push((await caption.textContent()) ?? '');
    }
    expect(seen.at(-1)).toContain('Wat gaan we doen?');
    expect(seen.join(' ')).not.toMatch(/noemt 11 collega/);
    await page.screenshot({ path: artifact(`meeting-closing-${width}x${height}-nl.png`) });
    await page.keyboard.press('Escape');
    await expect.poll(() => caption.count()).toBe(0);
    expect(await page.locator('.topbar').isVisible()).toBe(true);
    await context.close();
  });
});

describe('meeting mode with two waves', () => {
  it('shows then and now on the same positions, what changed and each change in words (nl, 1920×1080)', async () => {
    const { page, context, errors } = await e2e.newPage({ locale: 'nl-NL', width: 1920, height: 1080 });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await page.getByTestId('tab-waves').click();
    await page.getByTestId('wave-add-demo').click();
    await page.getByTestId('name-decisions').locator('select').selectOption('map:p21');
    await expect.poll(() => page.getByTestId('wizard-import').isEnabled()).toBe(true);
    await page.getByTestId('wizard-import').click();
    const stage = page.getByTestId('compare-map');
    await expect.poll(() => stage.getAttribute('data-new')).not.toBe('0');
    const positions = async () => (await mapNodes(page, 'compare-map')).map((n) => `${n.id}@${Math.round(n.x)},${Math.round(n.y)}`);
    await page.getByTestId('meeting-start').click();
    const prepare = page.getByTestId('meeting-prepare');
    expect(await prepare.getByTestId('prepare-comparison').textContent()).toContain('Er worden twee metingen vergeleken');
    await prepare.getByTestId('meeting-prepare-start').click();
    const caption = page.getByTestId('meeting-caption');
    await caption.waitFor();
    expect(await caption.textContent()).toMatch(/Meting 1 · 9 mrt\.? 2026 → Meting 2 · 15 mrt\.? 2027/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => caption.textContent()).toContain('Toen: Meting 1');
    await expect.poll(() => stage.getAttribute('data-shown')).toBe('lost kept unanswered');
    const then = await positions();
    expect(then.length).toBe(25);
    await page.screenshot({ path: artifact('meeting-compare-then-1920x1080-nl.png') });
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => caption.textContent()).toContain('Nu: Meting 2');
    await expect.poll(() => stage.getAttribute('data-shown')).toBe('new kept unanswered');
    // Same people, same places.
    expect(await positions()).toEqual(then);
    await page.screenshot({ path: artifact('meeting-compare-now-1920x1080-nl.png') });
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => caption.textContent()).toMatch(/Wat er veranderde\d+ nieuwe banden \(groen\), \d+ verdwenen/);
    await expect.poll(() => stage.getAttribute('data-shown')).toBe('new lost kept unanswered');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => caption.textContent()).toContain('De band tussen groep 3-4 en groep 5-6 is versterkt');
    // That pair's ties stand out (12 of them, one line per pair of people), the rest fades; the legend says so.
    await expect.poll(async () => Number(await stage.getAttribute('data-pair-ties'))).toBeGreaterThan(0);
    expect(Number(await stage.getAttribute('data-pair-ties'))).toBeLessThanOrEqual(12);
    expect(await page.getByTestId('compare-pair-legend').textContent()).toBe('Uitgelicht: de banden tussen groep 3-4 en groep 5-6; de rest is vervaagd');
    await page.screenshot({ path: artifact('meeting-compare-change-1920x1080-nl.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => caption.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
