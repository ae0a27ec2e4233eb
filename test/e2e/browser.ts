// Shared e2e setup: serve the built web host (dist/web) on localhost and drive Debian's
// Chromium with playwright-core. Screenshots go to test-artifacts/ (git-ignored).
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startWebServer } from '../../electron/node/web-server';

export const ARTIFACTS = resolve(__dirname, '../../test-artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface E2e {
  browser: Browser;
  server: Server;
  url: string;
  newPage: (options?: { locale?: string; width?: number; height?: number; firstRun?: boolean }) => Promise<{ page: Page; context: BrowserContext; errors: string[]; requests: string[] }>;
  close: () => Promise<void>;
}

export async function startE2e(): Promise<E2e> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const { server, url } = await startWebServer(resolve(__dirname, '../../dist/web'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
  });
  return {
    browser,
    server,
    url,
    newPage: async ({ locale = 'nl-NL', width = 1440, height = 900, firstRun = false } = {}) => {
      const context = await browser.newContext({ locale, viewport: { width, height }, acceptDownloads: true });
      // Generous on a slow, busy machine: a wait fails only when something is really missing.
      context.setDefaultTimeout(60_000);
      // Tests start as a returning user unless they test the first run.
      if (!firstRun) await context.addInitScript(() => localStorage.setItem('talkmap.privacyNoticeSeen', '1'));
      const page = await context.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('request', (r) => requests.push(r.url()));
      return { page, context, errors, requests };
    },
    close: async () => {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

export function artifact(name: string): string {
  return resolve(ARTIFACTS, name);
}

export interface MapNode {
  id: string;
  label: string;
  /** Position in map coordinates and on screen (relative to the map canvas). */
  x: number;
  y: number;
  screenX: number;
  screenY: number;
}

/** The map's nodes as Cytoscape holds them (through its container), for checks a canvas cannot offer. */
export function mapNodes(page: Page): Promise<MapNode[]> {
  return page.evaluate(() => {
    type Node = { id: () => string; data: (k: string) => string; position: () => { x: number; y: number }; renderedPosition: () => { x: number; y: number } };
    const el = document.querySelector('[data-testid=network-map] > .map-cy') as HTMLElement & { _cyreg?: { cy?: { nodes: () => { map: <T>(f: (n: Node) => T) => T[] } } } };
    return (
      el._cyreg?.cy?.nodes().map((n) => ({ id: n.id(), label: n.data('label'), x: n.position().x, y: n.position().y, screenX: n.renderedPosition().x, screenY: n.renderedPosition().y })) ?? []
    );
  });
}

/** Clicks an item of the File menu (open project, save, save as, delete project data). */
export async function fileMenu(page: Page, item: string): Promise<void> {
  await page.getByTestId('file-menu').locator('summary').click();
  await page.getByTestId(item).click();
}
