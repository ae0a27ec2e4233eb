/**
 * The web host's static server: serves the built renderer (dist/web) on http://localhost only,
 * with the same Content-Security-Policy as the app. Used by `npm run web` (through the entry
 * electron/web-server.ts), the end-to-end tests and the benchmark. It serves files; survey data
 * never leaves the browser.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** The request's path, or null when it cannot be decoded (a malformed %-escape). */
function requestPath(url: string | undefined): string | null {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
  } catch {
    return null;
  }
}

export function startWebServer(root: string, port = 0): Promise<{ server: Server; url: string }> {
  const base = normalize(resolve(root));
  const server = createServer((req, res) => {
    const path = requestPath(req.url);
    if (path === null || path.includes('\0')) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
      return;
    }
    const file = normalize(join(base, path === '/' ? 'index.html' : path));
    if (!(file === base || file.startsWith(base + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  });
  // A client that breaks its connection mid-request must not take the server down.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    else socket.destroy();
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      done({ server, url: `http://localhost:${actual}/` });
    });
  });
}
