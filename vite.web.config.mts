// The renderer build, used for the web host (`npm run web`, e2e tests) and, through
// electron.vite.config.ts, for the Electron window. One renderer, two hosts.
import react from '@vitejs/plugin-react';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';

const __dirname = dirname(fileURLToPath(import.meta.url));

export const rendererConfig = (outDir: string): UserConfig => ({
  root: resolve(__dirname, 'renderer'),
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});

export default defineConfig(rendererConfig(resolve(__dirname, 'dist/web')));
