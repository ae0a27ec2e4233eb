// The Node entry points — the `talkmap` CLI and the web host's static server — bundled
// into single files so the CLI starts fast and needs no build step per call.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const __dirname = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  build: {
    ssr: true,
    target: 'node20',
    outDir: resolve(__dirname, 'dist/node'),
    emptyOutDir: true,
    minify: false,
    rolldownOptions: {
      input: {
        talkmap: resolve(__dirname, 'electron/cli.ts'),
        'web-server': resolve(__dirname, 'electron/web-server.ts'),
        // Started by the CLI as worker threads for the shortest-path sweep (never imported).
        'sweep-thread': resolve(__dirname, 'electron/sweep-thread.ts'),
        bench: resolve(__dirname, 'test/bench/run-bench.ts'),
      },
      // The benchmark drives Chromium through playwright-core, which stays a runtime import.
      // DuckDB is an optional native dependency of the CLI: loaded at run time when asked for, never bundled.
      external: ['playwright-core', '@duckdb/node-api'],
      output: { format: 'es', entryFileNames: '[name].mjs' },
    },
  },
  ssr: { noExternal: true },
});
