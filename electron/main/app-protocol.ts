/**
 * The app is served from its own `talkmap://app/` scheme rather than file:// (module
 * workers do not load from file://) or an http server. Paths are resolved inside the
 * renderer folder only; anything that escapes it is refused.
 */
import { extname, normalize, resolve, sep } from 'node:path';

export const APP_SCHEME = 'talkmap';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Maps an app URL to a file under `root`, or null when it is not ours or escapes root. */
export function resolveAppPath(root: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (`${parsed.protocol}//${parsed.host}` !== APP_ORIGIN) return null;
  const relative = decodeURIComponent(parsed.pathname).replace(/^\/+/, '') || 'index.html';
  const full = normalize(resolve(root, relative));
  const base = normalize(resolve(root));
  return full === base || full.startsWith(base + sep) ? full : null;
}

export function isAppUrl(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`);
}
