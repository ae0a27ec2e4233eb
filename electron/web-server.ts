#!/usr/bin/env node
/**
 * Executable entry of the web host (`npm run web`, `node dist/node/web-server.mjs`): serves the
 * built renderer next to this file (dist/web) and prints its URL. Only an entry: nothing imports
 * it (a Vite entry that another entry imports becomes a re-export stub), so it starts
 * unconditionally; the server itself is electron/node/web-server.ts.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkNodeVersion } from './node/node-version';
import { startWebServer } from './node/web-server';

checkNodeVersion();
const root = resolve(fileURLToPath(import.meta.url), '../../web');
if (!existsSync(resolve(root, 'index.html'))) {
  process.stderr.write(`Talkmap: the web host is not built (${root} has no index.html). Run \`npm run web\`, which builds it first.\n`);
  process.exit(1);
}
const port = Number(process.env.PORT ?? 5178);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`Talkmap: PORT must be a port number (0–65535; 0 takes a free one), not "${process.env.PORT}".\n`);
  process.exit(1);
}
startWebServer(root, port).then(
  ({ url }) => {
    process.stdout.write(`Talkmap (web host) is running at ${url}\nOpen it in your browser. Press Ctrl+C to stop.\n`);
  },
  (error: NodeJS.ErrnoException) => {
    const why = error.code === 'EADDRINUSE' ? `port ${port} is already in use; start it with another port, e.g. PORT=5179 npm run web` : error.message;
    process.stderr.write(`Talkmap: the web host could not start: ${why}\n`);
    process.exit(1);
  },
);
