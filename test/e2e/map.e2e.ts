// The map as an advisor uses it: switch layouts (repeatably), filter, search, see a
// person's ego network, highlight a pair of groups from the matrix, undo view edits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifact, mapNodes, startE2e, type E2e } from './browser';

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(async () => {
  await e2e?.close();
});

async function open(locale = 'en-GB'): Promise<{ page: Page; close: () => Promise<void> }> {
  const { page, context } = await e2e.newPage({ locale });
  await page.goto(e2e.url);
  await page.waitForSelector('[data-testid=finding]');
  return { page, close: () => context.close() };
}

const positions = async (page: Page) => (await mapNodes(page)).map((n) => `${n.id}:${Math.round(n.x)},${Math.round(n.y)}`).join(' ');

describe('network map', () => {
  it('summarises the network per group on the group map, and goes back', async () => {
    const { page, close } = await open('en-GB');
    await page.getByTestId('group-map-open').click();
    const map = page.getByTestId('group-map');
    await expect.poll(() => map.getAttribute('data-groups')).toBe('5');
    // Of the ten pairs of groups only six talk at all (3-4 and 5-6 do not: no line).
    expect(Number(await map.getAttribute('data-pairs'))).toBe(6);
    await page.screenshot({ path: artifact('group-map.png') });
    await page.getByTestId('group-map-close').click();
    await expect.poll(() => page.getByTestId('network-map').getAttribute('data-node-count')).toBe('24');
    await close();
  });

  it('shows the grouped layout by default, with a legend', async () => {
    const { page, close } = await open('nl-NL');
    const map = page.getByTestId('network-map');
    // (Set once the people are placed and the ties routed around them.)
    await expect.poll(() => map.getAttribute('data-layout')).toBe('grouped');
    const legend = (await page.getByTestId('legend').textContent()) ?? '';
    for (const text of ['groep 1-2', 'groep 7-8', 'Wederzijds: ze noemen elkaar', 'Ruit: specialist']) expect(legend).toContain(text);
    await page.screenshot({ path: artifact('map-grouped-nl.png') });
    await close();
  });

  it('switches to the force-directed layout, which repeats exactly for the same data', async () => {
    const first = await open();
    await first.page.getByTestId('layout').selectOption('force');
    await expect.poll(() => first.page.getByTestId('network-map').getAttribute('data-layout')).toBe('force');
    const a = await positions(first.page);
    await first.page.screenshot({ path: artifact('map-force-en.png') });
    await first.close();
    const second = await open();
    await second.page.getByTestId('layout').selectOption('force');
    await expect.poll(() => second.page.getByTestId('network-map').getAttribute('data-layout')).toBe('force');
    expect(await positions(second.page)).toBe(a);
    expect(a.length).toBeGreaterThan(0);
    await second.page.getByTestId('layout').selectOption('circle');
    await expect.poll(() => second.page.getByTestId('network-map').getAttribute('data-layout')).toBe('circle');
    await second.close();
  });

  it('filters by group and to ties between groups, and undoes that', async () => {
    const { page, close } = await open();
    const map = page.getByTestId('network-map');
    await page.getByTestId('filters').locator('summary').click();
    await page.getByTestId('filter-group-groep 1-2').uncheck();
    await expect.poll(() => map.getAttribute('data-visible-nodes')).toBe('19');
    await page.getByTestId('filter-between').check();
    const between = Number(await map.getAttribute('data-visible-edges'));
    expect(between).toBeGreaterThan(0);
    expect(between).toBeLessThan(40);
    await page.screenshot({ path: artifact('map-filtered-en.png') });
    await page.getByTestId('undo').click();
    await page.getByTestId('undo').click();
    await expect.poll(() => map.getAttribute('data-visible-nodes')).toBe('24');
    await page.getByTestId('redo').click();
    await expect.poll(() => map.getAttribute('data-visible-nodes')).toBe('19');
    await close();
  });

  it('finds a person by name from the keyboard and shows their ego network', async () => {
    const { page, close } = await open();
    await page.keyboard.press('/');
    await page.keyboard.type('karin');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('person-card').textContent()).toContain('Karin Brouwer');
    const card = (await page.getByTestId('person-card').textContent()) ?? '';
    expect(card).toContain('Named by (8)');
    expect(Number(await page.getByTestId('network-map').getAttribute('data-highlighted'))).toBe(9);
    await close();
  });

  it('keeps a person’s own network clear of their card on a laptop screen, and says what the red ties are (nl, 1366×768)', async () => {
    const { page, context } = await e2e.newPage({ locale: 'nl-NL', width: 1366, height: 768 });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    // Pieter Kok sits on the right of the map, where the card opens.
    await page.keyboard.press('/');
    await page.keyboard.type('pieter');
    await page.keyboard.press('Enter');
    const card = page.getByTestId('person-card');
    await expect.poll(() => card.textContent()).toContain('Pieter Kok');
    const map = page.getByTestId('network-map');
    await expect.poll(() => map.getAttribute('data-framed')).not.toBeNull();
    const box = (await card.boundingBox())!;
    const canvas = (await map.boundingBox())!;
    const ego = await page.evaluate(() => {
      type Cy = {
        getElementById: (id: string) => {
          closedNeighborhood: () => {
            nodes: () => { map: <T>(f: (n: { renderedBoundingBox: (o: object) => { x1: number; y1: number; x2: number; y2: number } }) => T) => T[] };
          };
        };
      };
      const el = document.querySelector('[data-testid=network-map] .map-cy') as HTMLElement & { _cyreg?: { cy?: Cy } };
      const id = document.querySelector('[data-testid=person-card]')?.getAttribute('aria-label') ?? '';
      const cy = el._cyreg!.cy!;
      const node = (cy as unknown as { nodes: () => { filter: (f: (n: { data: (k: string) => string }) => boolean) => { id: () => string }[] } })
        .nodes()
        .filter((n) => n.data('label') === id)[0]!;
      return cy
        .getElementById(node.id())
        .closedNeighborhood()
        .nodes()
        .map((n) => n.renderedBoundingBox({ includeLabels: true }));
    });
    expect(ego.length).toBeGreaterThan(3);
    for (const b of ego) {
      // Every one of them left of the card, and inside the map.
      expect(canvas.x + b.x2).toBeLessThanOrEqual(box.x + 1);
      expect(b.x1).toBeGreaterThanOrEqual(-1);
      expect(b.y1).toBeGreaterThanOrEqual(-1);
      expect(b.y2).toBeLessThanOrEqual(canvas.height + 1);
    }
    expect(await page.getByTestId('legend-emphasis').textContent()).toBe('Rood: de banden van deze persoon');
    expect(await page.getByTestId('person-bridge').textContent()).toMatch(/^(groot|gemiddeld|klein|geen)$/);
    await page.screenshot({ path: artifact('person-card-nl-1366.png') });
    await context.close();
  });

  it('highlights the ties between two groups from the group matrix', async () => {
    const { page, close } = await open();
    await page.getByTestId('tab-network').click();
    await page.getByTestId('block-groep 1-2-groep 3-4').click();
    const map = page.getByTestId('network-map');
    // Row → column: only Sanne ↔ Mark runs from 1-2 to 3-4 (Ilse → Lotte runs the other way).
    await expect.poll(async () => Number(await map.getAttribute('data-highlighted-edges'))).toBe(1);
    await page.getByTestId('block-groep 3-4-groep 1-2').click();
    await expect.poll(async () => Number(await map.getAttribute('data-highlighted-edges'))).toBe(2);
    expect(Number(await map.getAttribute('data-highlighted'))).toBe(10);
    await close();
  });

  it('keeps the view the user zoomed to when the map changes size (a legend line, the window)', async () => {
    const { page, close } = await open();
    const zoom = () =>
      page.evaluate(() =>
        (document.querySelector('[data-testid=network-map] > .map-cy') as unknown as { _cyreg: { cy: { zoom: () => number } } })._cyreg.cy.zoom(),
      );
    const fitted = await zoom();
    const box = (await page.getByTestId('network-map').boundingBox()) as { x: number; y: number; width: number; height: number };
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -300);
    await expect.poll(zoom).toBeGreaterThan(fitted * 1.05);
    const chosen = await zoom();
    await page.getByTestId('finding').first().click();
    await page.setViewportSize({ width: 1272, height: 712 });
    await page.waitForTimeout(500);
    expect(await zoom()).toBeCloseTo(chosen, 6);
    await close();
  });

  it('shows a tooltip with key figures on hover', async () => {
    const { page, close } = await open();
    const box = await page.getByTestId('network-map').boundingBox();
    // Hover over the map until a node answers (positions depend on the fitted zoom).
    let found = false;
    for (let y = 0.2; y < 0.95 && !found; y += 0.04) {
      for (let x = 0.05; x < 0.95 && !found; x += 0.03) {
        await page.mouse.move(box!.x + box!.width * x, box!.y + box!.height * y);
        found = (await page.getByTestId('tooltip').count()) > 0;
      }
    }
    expect(found).toBe(true);
    expect(await page.getByTestId('tooltip').textContent()).toMatch(/Times named: \d+ · Names: \d+ · Bridge: (strong|some|little|none)/);
    await close();
  });
});

describe('screen sizes', () => {
  it.each([
    [1280, 720],
    [1920, 1080],
  ])('fits %ix%i without horizontal scrolling', async (width, height) => {
    const { page, context } = await e2e.newPage({ locale: 'nl-NL', width, height });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await page.waitForTimeout(300);
    await page.screenshot({ path: artifact(`main-${width}x${height}-nl.png`) });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const map = await page.getByTestId('network-map').boundingBox();
    expect(map!.height).toBeGreaterThan(height * 0.45);
    await context.close();
  });
});

describe('map fits its frame', () => {
  it('keeps every person inside the visible map at 1280x720', async () => {
    const { page, context } = await e2e.newPage({ locale: 'nl-NL', width: 1280, height: 720 });
    await page.goto(e2e.url);
    await page.waitForSelector('[data-testid=finding]');
    await page.waitForTimeout(400);
    const { width: w, height: h } = (await page.getByTestId('network-map').boundingBox())!;
    const outside = (await mapNodes(page)).filter((p) => p.screenX < 0 || p.screenY < 0 || p.screenX > w || p.screenY > h).length;
    expect(outside).toBe(0);
    await context.close();
  });
});
