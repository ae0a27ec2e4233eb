import { defineConfig } from 'vitest/config';
import './test/node-guard.mts';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
