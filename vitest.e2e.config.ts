import { defineConfig } from 'vitest/config';
import './scripts/vitest/polyfillMapGroupBy.ts';

/**
 * End-to-end tests: the built extension in headless Chromium (`npm run test:e2e` builds it
 * first). One file at a time, because each launches a browser and the machine has 2 cores.
 */
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    fileParallelism: false,
    /** A test drives a real browser: page loads, the worker's first index build, axe runs. */
    testTimeout: 60_000,
    /** Launching Chromium with a fresh profile and waiting for the service worker. */
    hookTimeout: 60_000,
  },
});
