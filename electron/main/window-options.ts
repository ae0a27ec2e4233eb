/**
 * The options every Talkmap window is created with. Hardened from day one: the page gets
 * no Node, runs sandboxed and isolated, and talks to main only through the preload's API.
 * DevTools only in development (a packaged app has none); the size and place are the
 * ones the user left the window in (window-bounds.ts), else 1440×900.
 */
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

export interface WindowChoices {
  /** False in a packaged build: no DevTools. */
  devTools: boolean;
  /** Where the window was last (already checked to be on a screen). */
  bounds?: Rectangle | null;
  /** The system is in dark mode: the window's first paint is dark too (no white flash). */
  dark?: boolean;
}

export function hardenedWindowOptions(preloadPath: string, choices: WindowChoices = { devTools: false }): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    ...(choices.bounds ?? {}),
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Talkmap',
    backgroundColor: choices.dark ? '#0d1117' : '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      devTools: choices.devTools,
      // Middle-click could otherwise open links in new windows (Electronegativity AUXCLICK).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  };
}
