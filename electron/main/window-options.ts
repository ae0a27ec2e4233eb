/**
 * The options every Talkmap window is created with. Hardened from day one: the page gets
 * no Node, runs sandboxed and isolated, and talks to main only through the preload's API.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export function hardenedWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Talkmap',
    backgroundColor: '#ffffff',
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
      // Middle-click could otherwise open links in new windows (Electronegativity AUXCLICK).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  };
}
