// A researcher's network: 2,000 people in 100 schools, imported through the wizard. Without
// a graphics card it opens on the group map (drawing every person takes the canvas long);
// "Show all people" fills the people map in slices and says which drawing mode it uses;
// long lists (legend, findings, people) show their first part and grow on request; the
// force layout (ForceAtlas2 in the map worker) exists at this size too. A complete network
// (everyone names everyone) draws its people and, on request, the chosen person's ties.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCompleteNetwork, generateSchoolNetwork, type Generated } from '../bench/generate-network';
import { artifact, startE2e, type E2e } from './browser';

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(async () => {
  await e2e?.close();
});

/** A generated network of `people` written to disk, opened in a new page through File → Open survey. */
async function openGenerated(
  people: number,
  locale: string,
  { withRoster = true, make = generateSchoolNetwork }: { withRoster?: boolean; make?: (people: number) => Generated } = {},
) {
  const dir = mkdtempSync(resolve(tmpdir(), 'talkmap-large-'));
  const network = make(people);
  writeFileSync(resolve(dir, 'edges.csv'), network.edgesCsv);
  writeFileSync(resolve(dir, 'nodes.csv'), network.nodesCsv);
  const opened = await e2e.newPage({ locale, width: 1440, height: 900 });
  // The Web Workers the page starts (the analysis worker starts its sweep workers itself).
  const workers: string[] = [];
  opened.page.on('worker', (w) => workers.push(w.url()));
  await opened.page.goto(e2e.url);
  await opened.page.waitForSelector('[data-testid=finding]');
  const [chooser] = await Promise.all([opened.page.waitForEvent('filechooser'), opened.page.getByTestId('open-files').click()]);
  await chooser.setFiles(withRoster ? [resolve(dir, 'edges.csv'), resolve(dir, 'nodes.csv')] : [resolve(dir, 'edges.csv')]);
  return { ...opened, workers };
}

describe('a large network', () => {
  it('draws a complete network of 200 people (39,800 ties) with the ties of whoever is chosen, and says so', async () => {
    const { page, errors, context } = await openGenerated(200, 'nl-NL', { make: generateCompleteNetwork });
    const importButton = page.getByTestId('wizard-import');
    await expect.poll(() => importButton.isEnabled(), { timeout: 120_000 }).toBe(true);
    await importButton.click();
    const map = page.getByTestId('network-map');
    await expect.poll(() => map.getAttribute('data-node-count'), { timeout: 180_000 }).toBe('200');
    expect(await map.getAttribute('data-edge-count')).toBe('0');
    expect(await page.getByTestId('ties-on-demand').textContent()).toContain('Dit netwerk heeft 39.800 banden');
    await page.keyboard.press('/');
    await page.keyboard.type('Person 7');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('person-card').textContent()).toContain('Person 7');
    // The chosen person's 199 mutual ties are put on the map and highlighted.
    await expect.poll(() => map.getAttribute('data-highlighted-edges'), { timeout: 60_000 }).toBe('199');
    await page.screenshot({ path: artifact('complete-200-person.png') });
    expect(errors).toEqual([]);
    await context.close();
  }, 400_000);

  it('loads 2,000 people with short lists that grow on request', async () => {
    const { page, errors, context, workers } = await openGenerated(2000, 'en-GB');
    const importButton = page.getByTestId('wizard-import');
    await expect.poll(() => importButton.isEnabled(), { timeout: 60_000 }).toBe(true);
    await importButton.click();
    const groupMap = page.getByTestId('group-map');
    await expect.poll(() => groupMap.getAttribute('data-groups'), { timeout: 120_000 }).toBe('100');
    expect(Number(await groupMap.getAttribute('data-pairs'))).toBeLessThanOrEqual(800);
    const note = (await page.getByTestId('group-map-note').textContent()) ?? '';
    expect(note).toContain('With 2000 people the map starts with the groups');
    // The shortest paths of 2,000 people went to a pool of sweep workers, one per core.
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    const sweepWorkers = workers.filter((u) => /sweep\.worker/.test(u)).length;
    if (cores >= 2) expect(sweepWorkers).toBeGreaterThanOrEqual(2);
    expect(note).toMatch(/Lines for the 800 pairs of groups with the most ties between them \(of [\d,]+ pairs with any\)/);
    expect(await page.getByTestId('network-map').count()).toBe(0);
    await page.screenshot({ path: artifact('large-network-groups-2000.png') });

    // Another tab: the group map stays as it is (it used to be rebuilt on every click
    // elsewhere), and a hundred groups get the list of strongest pairs instead of a
    // 100 × 100 matrix; a pair chosen there is highlighted on the people map.
    await page.evaluate(() =>
      (
        document.querySelector('[data-testid=group-map] > .map-cy') as unknown as { _cyreg: { cy: { scratch: (k: string, v: unknown) => void } } }
      )._cyreg.cy.scratch('kept', true),
    );
    await page.getByTestId('tab-network').click();
    await expect.poll(() => page.getByTestId('block-pair').count()).toBe(50);
    expect(await page.getByTestId('block-matrix').count()).toBe(0);
    expect(await page.getByTestId('block-list-intro').textContent()).toContain('With 100 groups the table would have 10,000 cells');
    await page.getByTestId('block-pair').first().click();
    // On the group map: the two groups (and the line between them, when it is drawn).
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (
              document.querySelector('[data-testid=group-map] > .map-cy') as unknown as { _cyreg: { cy: { nodes: (s: string) => { length: number } } } }
            )._cyreg.cy.nodes('.highlighted').length,
        ),
      )
      .toBe(2);
    expect(
      await page.evaluate(() =>
        (document.querySelector('[data-testid=group-map] > .map-cy') as unknown as { _cyreg: { cy: { scratch: (k: string) => unknown } } })._cyreg.cy.scratch(
          'kept',
        ),
      ),
    ).toBe(true);
    await page.getByTestId('tab-findings').click();
    // A finding chosen on the group map lights its groups as well (before, only a pair of groups did).
    const litGroups = () =>
      page.evaluate(
        () =>
          (
            document.querySelector('[data-testid=group-map] > .map-cy') as unknown as { _cyreg: { cy: { nodes: (s: string) => { length: number } } } }
          )._cyreg.cy.nodes('.highlighted').length,
      );
    await page.getByTestId('finding').first().click();
    await expect.poll(litGroups, { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    await page.screenshot({ path: artifact('large-network-groups-finding-2000.png') });
    // The pair again, for the people map below.
    await page.getByTestId('tab-network').click();
    await page.getByTestId('block-pair').first().click();
    await expect.poll(litGroups, { timeout: 30_000 }).toBe(2);
    await page.getByTestId('tab-findings').click();

    const show = page.getByTestId('group-map-close');
    expect(await show.textContent()).toBe('Show all 2000 people');
    await show.click();
    const map = page.getByTestId('network-map');
    await expect.poll(() => map.getAttribute('data-node-count'), { timeout: 120_000 }).toBe('2000');
    expect(Number(await map.getAttribute('data-highlighted'))).toBeGreaterThan(0);
    // The "Drawing 2,000 people…" message goes once the whole map has been drawn.
    await expect.poll(() => page.getByTestId('map-drawing').count(), { timeout: 30_000 }).toBe(0);
    // Headless Chromium has only a software WebGL, which is slower than the canvas.
    expect(await map.getAttribute('data-drawing')).toBe('canvas');

    const legend = page.getByTestId('legend');
    expect(await legend.locator('li').count()).toBeLessThan(30);
    await expect.poll(() => page.getByTestId('legend-more').textContent()).toContain('Showing 16 of 100');
    await page.getByTestId('legend-more-all').click();
    await expect.poll(() => legend.locator('li').count()).toBeGreaterThan(100);

    const findings = await page.getByTestId('finding').count();
    expect(findings).toBeLessThanOrEqual(50);
    // No sentence lists a hundred schools: it names a few and counts the rest.
    const longest = Math.max(...(await page.getByTestId('finding').allTextContents()).map((text) => text.length));
    expect(longest).toBeLessThan(600);

    // A highlight on 2,000 people goes under a veil (map/veil.ts): the map itself is not
    // restyled; the lit are drawn again above it exactly where they are on the map, at least
    // 10 px across at this zoom; a click goes through the veil to the map. (Following a pan is
    // in the unit test: a programmatic pan here crashed Chromium's page in clean-clone CI runs.)
    const veil = page.getByTestId('map-veil');
    await page.getByTestId('finding').first().click();
    await expect.poll(() => veil.evaluate((el) => (el as HTMLElement).hidden)).toBe(false);
    const geometry = () =>
      page.evaluate(() => {
        interface CyNode {
          id: () => string;
          renderedPosition: () => { x: number; y: number };
          renderedWidth: () => number;
        }
        interface Cy {
          nodes: (selector?: string) => CyNode[] & { forEach: (f: (n: CyNode) => void) => void };
          elements: (selector: string) => { length: number };
          getElementById: (id: string) => CyNode;
        }
        const cyOf = (selector: string) => (document.querySelector(selector) as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
        const cy = cyOf('[data-testid=network-map] > .map-cy');
        const copy = cyOf('[data-testid=map-veil]');
        let offBy = 0;
        let smallest = Infinity;
        copy.nodes().forEach((n) => {
          const a = n.renderedPosition();
          const b = cy.getElementById(n.id()).renderedPosition();
          offBy = Math.max(offBy, Math.hypot(a.x - b.x, a.y - b.y));
          smallest = Math.min(smallest, n.renderedWidth());
        });
        const first = copy.nodes('.highlighted')[0];
        return {
          copies: copy.nodes().length,
          offBy,
          smallest,
          faded: cy.elements('.faded').length,
          first: first?.id() ?? '',
          at: first?.renderedPosition() ?? null,
        };
      });
    const lit = await geometry();
    expect(lit.copies).toBeGreaterThan(0);
    expect(lit.faded).toBe(0);
    expect(lit.offBy).toBeLessThan(0.5);
    expect(lit.smallest).toBeGreaterThanOrEqual(10);
    expect(Number(await map.getAttribute('data-highlighted'))).toBeGreaterThan(0);
    await page.screenshot({ path: artifact('large-network-2000-veil.png') });
    const mapBox = (await map.boundingBox()) as { x: number; y: number };
    // A click on a lit person's disc (3 px off its centre: the disc is bigger than the person
    // on the map under it) chooses that person, not whoever lies there on the map.
    const at = lit.at as { x: number; y: number };
    await page.mouse.click(mapBox.x + at.x + 3, mapBox.y + at.y);
    await expect.poll(() => page.getByTestId('person-card').getAttribute('aria-label')).toBe(`Person ${lit.first.slice(1)}`);
    await page.locator('.person-card .close').click();
    await expect.poll(() => veil.evaluate((el) => (el as HTMLElement).hidden)).toBe(true);
    // Esc on the map clears a chosen finding too.
    await page.getByTestId('finding').first().click();
    await expect.poll(() => veil.evaluate((el) => (el as HTMLElement).hidden)).toBe(false);
    await map.focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => veil.evaluate((el) => (el as HTMLElement).hidden)).toBe(true);

    await page.screenshot({ path: artifact('large-network-2000.png') });
    // The force layout exists at this size too (ForceAtlas2 in the map worker) and spreads
    // people over the plane instead of one line.
    expect(await page.locator('[data-testid=layout] option[value=force]').isDisabled()).toBe(false);
    await page.getByTestId('layout').selectOption('force');
    await expect.poll(() => map.getAttribute('data-layout'), { timeout: 240_000 }).toBe('force');
    const spread = await page.evaluate(() => {
      const cy = (
        document.querySelector('[data-testid=network-map] > .map-cy') as unknown as {
          _cyreg: { cy: { nodes: () => { map: <T>(f: (n: { position: () => { x: number; y: number } }) => T) => T[] } } };
        }
      )._cyreg.cy;
      const points = cy.nodes().map((n) => n.position());
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      const width = Math.max(...xs) - Math.min(...xs);
      const height = Math.max(...ys) - Math.min(...ys);
      return Math.min(width, height) / Math.max(width, height);
    });
    expect(spread).toBeGreaterThan(0.4);
    await page.screenshot({ path: artifact('large-network-2000-force.png') });
    await page.getByTestId('layout').selectOption('grouped');
    await expect.poll(() => map.getAttribute('data-layout'), { timeout: 120_000 }).toBe('grouped');
    // Back to the groups by choice: no "starts with the groups" any more.
    await page.getByTestId('group-map-open').click();
    await expect.poll(() => page.getByTestId('group-map-close').textContent()).toBe('Back to the people');
    expect(await page.getByTestId('group-map-note').textContent()).not.toContain('starts with the groups');
    await page.getByTestId('group-map-close').click();
    await expect.poll(() => map.getAttribute('data-node-count'), { timeout: 120_000 }).toBe('2000');

    // The printed report is built only when asked for, and stays readable: 50 findings,
    // no 100 × 100 matrix.
    expect(await page.getByTestId('report').count()).toBe(0);
    await page.getByTestId('export-menu').locator('summary').click();
    await page.getByTestId('export-menu-report').click();
    await expect.poll(() => page.getByTestId('report-matrix-too-large').count()).toBe(1);
    expect(await page.locator('.report-finding').count()).toBe(50);
    expect(await page.getByTestId('report-more-findings').textContent()).toMatch(/^The 50 most important of \d+ findings/);

    await page.getByTestId('tab-people').click();
    const rows = page.locator('[data-testid=people-table] tbody tr');
    await expect.poll(() => rows.count()).toBe(200);
    await page.getByTestId('people-more-next').click();
    await expect.poll(() => rows.count()).toBe(400);
    expect(errors).toEqual([]);
    await context.close();
  }, 600_000);

  it('opens a large network without groups on the map of its communities', async () => {
    const { page, errors, context } = await openGenerated(2000, 'nl-NL', { withRoster: false });
    const importButton = page.getByTestId('wizard-import');
    await expect.poll(() => importButton.isEnabled(), { timeout: 60_000 }).toBe(true);
    await importButton.click();
    const groupMap = page.getByTestId('group-map');
    await expect.poll(() => groupMap.getAttribute('data-groups'), { timeout: 120_000 }).not.toBeNull();
    expect(Number(await groupMap.getAttribute('data-groups'))).toBeGreaterThan(1);
    const note = (await page.getByTestId('group-map-note').textContent()) ?? '';
    expect(note).toContain('Met 2000 mensen begint de kaart bij de gemeenschappen');
    if (/Lijnen voor/.test(note)) expect(note).toContain('paren gemeenschappen');
    expect(await page.locator('.map-toolbar').first().textContent()).toContain('Geen groepen in de gegevens');
    await page.screenshot({ path: artifact('large-network-communities-nl.png') });
    await page.getByTestId('group-map-close').click();
    await expect.poll(() => page.getByTestId('network-map').getAttribute('data-node-count'), { timeout: 120_000 }).toBe('2000');
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('shows how far the analysis of 5,000 people is, and cancels it', async () => {
    const { page, errors, context } = await openGenerated(5000, 'nl-NL');
    const progress = page.getByTestId('wizard-progress');
    await expect.poll(() => progress.textContent(), { timeout: 60_000 }).toMatch(/^Het netwerk wordt geanalyseerd… \d+%$/);
    await page.screenshot({ path: artifact('large-network-progress-nl.png') });
    await page.getByTestId('wizard-cancel').click();
    await expect.poll(() => page.getByTestId('wizard-import').count()).toBe(0);
    // The demo stays, and the next job runs in a fresh worker.
    await expect.poll(() => page.getByTestId('network-map').getAttribute('data-node-count')).toBe('24');
    await page.getByTestId('tab-findings').click();
    expect(await page.getByTestId('finding').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
