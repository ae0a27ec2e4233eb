// Electron build: main process, preload (CommonJS, so a sandboxed window can load it)
// and the renderer (the same config the web host uses).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.web.config.mts';

const __dirname = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  main: {
    build: {
      // Bundle everything: the app has no runtime `dependencies`, so nothing is left
      // to resolve from node_modules inside the asar.
      externalizeDeps: false,
      outDir: 'out/main',
      rolldownOptions: { input: { main: resolve(__dirname, 'electron/main/main.ts') } },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      outDir: 'out/preload',
      rolldownOptions: {
        input: { preload: resolve(__dirname, 'electron/preload/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig(resolve(__dirname, 'out/renderer')),
    build: {
      ...rendererConfig(resolve(__dirname, 'out/renderer')).build,
      rolldownOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
