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
  newPage: (options?: {
    locale?: string;
    width?: number;
    height?: number;
    firstRun?: boolean;
  }) => Promise<{ page: Page; context: BrowserContext; errors: string[]; requests: string[] }>;
  close: () => Promise<void>;
}

export async function startE2e(): Promise<E2e> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const { server, url } = await startWebServer(resolve(__dirname, '../../dist/web'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-quic',
      '--disable-sync',
    ],
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
  shape: string;
  /** Position in map coordinates and on screen (relative to the map canvas). */
  x: number;
  y: number;
  screenX: number;
  screenY: number;
}

/**
 * A map's nodes as Cytoscape holds them (through its container), for checks a canvas cannot
 * offer: the people map, or another map by its test id (the comparison map: `compare-map`).
 */
export function mapNodes(page: Page, testid = 'network-map'): Promise<MapNode[]> {
  return page.evaluate((testid) => {
    type Node = { id: () => string; data: (k: string) => string; position: () => { x: number; y: number }; renderedPosition: () => { x: number; y: number } };
    type WithCy = HTMLElement & { _cyreg?: { cy?: { nodes: () => { map: <T>(f: (n: Node) => T) => T[] } } } };
    const el = [...document.querySelectorAll(`[data-testid=${testid}] *`)].find((e) => (e as WithCy)._cyreg) as WithCy | undefined;
    return (
      el?._cyreg?.cy?.nodes().map((n) => ({
        id: n.id(),
        label: n.data('label'),
        shape: n.data('shape'),
        x: n.position().x,
        y: n.position().y,
        screenX: n.renderedPosition().x,
        screenY: n.renderedPosition().y,
      })) ?? []
    );
  }, testid);
}

/** Clicks an item of the File menu (open project, save, save as, delete project data). */
export async function fileMenu(page: Page, item: string): Promise<void> {
  await page.getByTestId('file-menu').locator('summary').click();
  await page.getByTestId(item).click();
}

/** What a map really draws, read from Cytoscape: every person's disc and every shown tie's drawn line. */
export interface DrawnMap {
  discs: { id: string; x: number; y: number; size: number; shape: string }[];
  ties: { id: string; source: string; target: string; line: { x: number; y: number }[]; curve: 'straight' | 'quadratic' | 'segments' }[];
}

/**
 * The drawn geometry of the map in `testid` (model coordinates): a bent tie is the
 * quadratic curve from its drawn source end through Cytoscape's control point to its drawn
 * target end, sampled; a routed tie its segments; others the straight line between ends.
 */
export function drawnMap(page: Page, testid = 'network-map'): Promise<DrawnMap> {
  return page.evaluate((id) => {
    type P = { x: number; y: number };
    type Ele = {
      id: () => string;
      data: (k: string) => unknown;
      position: () => P;
      visible: () => boolean;
      source: () => Ele;
      target: () => Ele;
      sourceEndpoint: () => P;
      targetEndpoint: () => P;
      controlPoints: () => P[] | undefined;
      segmentPoints: () => P[] | undefined;
      pstyle: (k: string) => { value: unknown };
    };
    type Cy = { nodes: () => { map: <T>(f: (n: Ele) => T) => T[] }; edges: () => { map: <T>(f: (n: Ele) => T) => T[] } };
    const el = document.querySelector(`[data-testid=${id}] .map-cy`) as HTMLElement & { _cyreg?: { cy?: Cy } };
    const cy = el?._cyreg?.cy;
    if (!cy) return { discs: [], ties: [] };
    const discs = cy
      .nodes()
      .map((n) => ({ id: n.id(), ...n.position(), size: Number(n.data('size')), shape: String(n.data('shape')), shown: n.visible() }))
      .filter((d) => d.shown);
    const ties = cy
      .edges()
      .map((e) => {
        if (!e.visible()) return null;
        const a = e.sourceEndpoint();
        const b = e.targetEndpoint();
        const style = String(e.pstyle('curve-style').value);
        const segments = style === 'segments' ? e.segmentPoints() : undefined;
        const controls = style === 'unbundled-bezier' || style === 'bezier' ? e.controlPoints() : undefined;
        if (segments && segments.length > 0)
          return { id: e.id(), source: e.source().id(), target: e.target().id(), line: [a, ...segments, b], curve: 'segments' as const };
        if (controls && controls.length === 1) {
          const c = controls[0] as P;
          const line: P[] = [];
          for (let i = 0; i <= 64; i++) {
            const t = i / 64;
            const u = 1 - t;
            line.push({ x: u * u * a.x + 2 * u * t * c.x + t * t * b.x, y: u * u * a.y + 2 * u * t * c.y + t * t * b.y });
          }
          return { id: e.id(), source: e.source().id(), target: e.target().id(), line, curve: 'quadratic' as const };
        }
        return { id: e.id(), source: e.source().id(), target: e.target().id(), line: [a, b], curve: 'straight' as const };
      })
      .filter((t) => t !== null);
    return { discs, ties };
  }, testid);
}

/**
 * Ties whose drawn curve leaves the bounding box Cytoscape keeps for them (by more than
 * 2 units): such a curve is cut off in the PNG export and skipped when zoomed in.
 */
export function staleBoxes(page: Page, testid = 'network-map'): Promise<string[]> {
  return page.evaluate((id) => {
    type P = { x: number; y: number };
    type Edge = {
      id: () => string;
      visible: () => boolean;
      boundingBox: () => { x1: number; y1: number; x2: number; y2: number };
      sourceEndpoint: () => P;
      targetEndpoint: () => P;
      controlPoints: () => P[] | undefined;
      segmentPoints: () => P[] | undefined;
      style: (k: string) => string;
    };
    const el = document.querySelector(`[data-testid=${id}] .map-cy`) as HTMLElement & {
      _cyreg?: { cy?: { edges: () => { filter: (f: (e: Edge) => boolean) => { map: <T>(f: (e: Edge) => T) => T[] } } } };
    };
    const cy = el?._cyreg?.cy;
    if (!cy) return [];
    return cy
      .edges()
      .filter((e) => {
        if (!e.visible()) return false;
        const box = e.boundingBox();
        const a = e.sourceEndpoint();
        const b = e.targetEndpoint();
        const style = e.style('curve-style');
        const c = style === 'unbundled-bezier' ? e.controlPoints()?.[0] : undefined;
        const points = [
          a,
          b,
          ...(c ? [{ x: 0.25 * a.x + 0.5 * c.x + 0.25 * b.x, y: 0.25 * a.y + 0.5 * c.y + 0.25 * b.y }] : []),
          ...(style === 'segments' ? (e.segmentPoints() ?? []) : []),
        ];
        return points.some((p) => p.x < box.x1 - 2 || p.x > box.x2 + 2 || p.y < box.y1 - 2 || p.y > box.y2 + 2);
      })
      .map((e) => e.id());
  }, testid);
}
