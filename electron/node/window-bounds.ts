/**
 * The window opens where the user left it: its size and place are kept in the app's data
 * folder when it closes, and used at the next start only when enough of it lands on a
 * screen that is still there (a laptop taken off its second monitor gets the default).
 * Plain Node: main passes in the screens' work areas.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { atomicWrite } from './atomic-write';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SavedWindow {
  bounds: Bounds;
  maximized: boolean;
}

/** At least this much of the title bar's width and height must be on a screen. */
const MIN_VISIBLE = 100;

const isBounds = (b: unknown): b is Bounds =>
  typeof b === 'object' && b !== null && ['x', 'y', 'width', 'height'].every((k) => Number.isFinite((b as Record<string, unknown>)[k]));

function overlap(a: Bounds, b: Bounds): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** The saved window when its top part lies on one of the screens, else null (use the default). */
export function restorableWindow(saved: unknown, workAreas: readonly Bounds[], minSize = { width: 1024, height: 640 }): SavedWindow | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const { bounds, maximized } = saved as { bounds?: unknown; maximized?: unknown };
  if (!isBounds(bounds)) return null;
  const sized = { ...bounds, width: Math.max(bounds.width, minSize.width), height: Math.max(bounds.height, minSize.height) };
  const titleBar = { ...sized, height: Math.min(sized.height, MIN_VISIBLE) };
  const onScreen = workAreas.some((area) => {
    const o = overlap(titleBar, area);
    return o.width >= MIN_VISIBLE && o.height >= Math.min(MIN_VISIBLE, titleBar.height) / 2;
  });
  return onScreen ? { bounds: sized, maximized: maximized === true } : null;
}

export const windowFile = (dataDir: string): string => join(dataDir, 'window.json');

export async function readSavedWindow(dataDir: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(windowFile(dataDir), 'utf8')) as unknown;
  } catch {
    return null;
  }
}

export async function writeSavedWindow(dataDir: string, saved: SavedWindow): Promise<void> {
  await atomicWrite(windowFile(dataDir), JSON.stringify(saved));
}
