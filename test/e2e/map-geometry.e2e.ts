// The map never misleads, checked on what Cytoscape really draws (not on our model of it):
// in every layout, no tie's drawn line passes through a person it does not connect and no
// two people overlap — on the demo school, in both languages' screenshots at 1366×768 and
// 1920×1080 (meeting mode too), and on the group map.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { resolve } from 'node:path';
import { artifact, drawnMap, staleBoxes, startE2e, type DrawnMap, type E2e } from './browser';
import { polylineDistance, shapeRadius } from '../../shared/layout/geometry';

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(async () => {
  await e2e?.close();
});

/** Ties drawn through a third person, and overlapping people, as readable strings. */
export function problems(map: DrawnMap): string[] {
  const found: string[] = [];
  for (const t of map.ties) {
    for (const d of map.discs) {
      if (d.id === t.source || d.id === t.target) continue;
      const distance = polylineDistance(d, t.line);
      if (distance < shapeRadius(d.size, d.shape)) found.push(`${t.id} (${t.curve}) through ${d.id} at ${distance.toFixed(1)}`);
    }
  }
  for (let i = 0; i < map.discs.length; i++)
    for (let j = i + 1; j < map.discs.length; j++) {
      const a = map.discs[i]!;
      const b = map.discs[j]!;
      if (Math.hypot(a.x - b.x, a.y - b.y) < shapeRadius(a.size, a.shape) + shapeRadius(b.size, b.shape)) found.push(`${a.id} overlaps ${b.id}`);
    }
  return found;
}

/** Meeting mode's "between the groups" step: honest too, and photographed. */
async function meetingShot(page: Page, name: string): Promise<void> {
  await page.getByTestId('meeting-start').click();
  await page.getByTestId('meeting-prepare-start').click();
  const caption = page.getByTestId('meeting-caption');
  await caption.waitFor();
  // Title, groups, within, between.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.getByTestId('network-map').getAttribute('data-meeting-ties')).toContain('"step":3');
  expect(problems(await drawnMap(page))).toEqual([]);
  await page.screenshot({ path: artifact(name) });
  await page.keyboard.press('Escape');
  await expect.poll(() => caption.count()).toBe(0);
}

async function waitForLayout(page: Page, layout: string): Promise<void> {
  await page.getByTestId('layout').selectOption(layout);
  await page.waitForSelector(`[data-testid=network-map][data-layout=${layout}]`);
}

describe('honest map geometry', () => {
  for (const [locale, lang] of [
    ['nl-NL', 'nl'],
    ['en-GB', 'en'],
  ] as const) {
    it(`draws no tie through a person and no people on top of each other, in every layout (${lang})`, async () => {
      const { page, context, errors } = await e2e.newPage({ locale, width: 1366, height: 768 });
      await page.goto(e2e.url);
      await page.waitForSelector('[data-testid=network-map][data-layout=grouped]');
      for (const layout of ['grouped', 'continuity', 'circle', 'concentric', 'force']) {
        await waitForLayout(page, layout);
        const map = await drawnMap(page);
        expect(map.discs).toHaveLength(24);
        expect(map.ties.length).toBeGreaterThan(50);
        // Some ties really are bent around people (the demo's grouped rows would cross them).
        if (layout === 'grouped') expect(map.ties.filter((t) => t.curve !== 'straight').length).toBeGreaterThan(5);
        expect(problems(map), layout).toEqual([]);
        expect(await staleBoxes(page), layout).toEqual([]);
        if (layout === 'continuity') {
          // A marker between each two grades that follow each other; 3-4 and 5-6 have none.
          const gaps = page.getByTestId('continuity-gap');
          await expect.poll(() => gaps.count()).toBe(3);
          expect(await gaps.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-arcs'))))).toEqual([3, 0, 2]);
          expect(await gaps.nth(1).textContent()).toBe(lang === 'nl' ? '0 banden' : '0 ties');
        }
        await page.screenshot({ path: artifact(`map-${layout}-${lang}-1366.png`) });
      }
      await waitForLayout(page, 'grouped');
      await meetingShot(page, `meeting-between-${lang}-1366.png`);
      await page.setViewportSize({ width: 1920, height: 1080 });
      for (const layout of ['grouped', 'continuity', 'force', 'circle', 'concentric']) {
        await waitForLayout(page, layout);
        expect(problems(await drawnMap(page)), layout).toEqual([]);
        await page.screenshot({ path: artifact(`map-${layout}-${lang}-1920.png`) });
      }
      await waitForLayout(page, 'grouped');
      await meetingShot(page, `meeting-between-${lang}-1920.png`);
      expect(errors).toEqual([]);
      await context.close();
    }, 300_000);
  }

  for (const dataset of ['daly-school-leaders', 'lazega-law-firm']) {
    it(`draws no tie through a person in every layout of an imported dataset (${dataset})`, async () => {
      const { page, context, errors } = await e2e.newPage({ locale: 'en-GB', width: 1366, height: 768 });
      await page.goto(e2e.url);
      await page.waitForSelector('[data-testid=finding]');
      const folder = resolve(__dirname, '../fixtures/datasets', dataset);
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-files').click()]);
      await chooser.setFiles([resolve(folder, 'edges.csv'), resolve(folder, 'nodes.csv')]);
      const importButton = page.getByTestId('wizard-import');
      await expect.poll(() => importButton.isEnabled(), { timeout: 60_000 }).toBe(true);
      await importButton.click();
      await page.waitForSelector('[data-testid=network-map][data-layout=grouped]');
      // No grades in these data: the continuity view is greyed out, with its reason.
      const continuity = page.locator('[data-testid=layout] option[value=continuity]');
      expect(await continuity.isDisabled()).toBe(true);
      expect(await continuity.getAttribute('title')).toContain('groups in an order');
      for (const layout of ['grouped', 'force', 'circle', 'concentric', 'grouped']) {
        await waitForLayout(page, layout);
        const map = await drawnMap(page);
        expect(map.ties.length).toBeGreaterThan(300);
        expect(problems(map), layout).toEqual([]);
        // Every curve inside the box Cytoscape keeps for it (else cut off in exports, skipped when zoomed).
        expect(await staleBoxes(page), layout).toEqual([]);
        await page.screenshot({ path: artifact(`map-${dataset}-${layout}-1366.png`) });
      }
      expect(errors).toEqual([]);
      await context.close();
    }, 300_000);
  }

  it('keeps the group map honest too: grades in a row, lines bent around the groups between them, the gap shown', async () => {
    const { page, context } = await e2e.newPage({ locale: 'nl-NL', width: 1366, height: 768 });
    await page.goto(e2e.url);
    await page.getByTestId('group-map-open').click();
    const map = page.getByTestId('group-map');
    await expect.poll(() => map.getAttribute('data-groups')).toBe('5');
    expect(await map.getAttribute('data-gaps')).toBe('1');
    expect(problems(await drawnMap(page, 'group-map'))).toEqual([]);
    await page.screenshot({ path: artifact('group-map-nl-1366.png') });
    await context.close();
  });
});
