// End-to-end tests: Debian Chromium against the built web host. Machines here have 2 noisy
// cores, so nothing waits on the machine's speed: every poll without its own timeout gets 30 s
// (vitest's default is 1 s), Playwright's waits 60 s (browser.ts), each test 2 minutes unless it
// says more.
import { defineConfig } from 'vitest/config';
import './test/node-guard.mts';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    expect: { poll: { timeout: 30_000, interval: 100 } },
  },
});
