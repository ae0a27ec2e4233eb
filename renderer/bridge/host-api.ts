/**
 * The renderer's only door to its host. In Electron it is the preload's `window.talkmap`;
 * in a browser (`npm run web`) the same API is implemented with a file input and
 * downloads. Both satisfy TalkmapApi from shared/ipc.
 */
import type { TalkmapApi } from '../../shared/ipc/api';
import { createWebHost } from './web-host';

declare global {
  interface Window {
    talkmap?: TalkmapApi;
  }
}

let api: TalkmapApi | null = null;

/** The desktop app (Electron's preload is there), not a browser. */
export function isDesktop(): boolean {
  return window.talkmap !== undefined;
}

export function hostApi(): TalkmapApi {
  api ??= window.talkmap ?? createWebHost();
  return api;
}
