import { defineConfig } from 'vitest/config';

/**
 * Vitest 5's reporter calls `Map.groupBy` (Node ≥ 21) when it prints a failed test; on
 * Node 20 it crashes there and the failure's message is lost. This config file runs in
 * the reporter's process, so a faithful fallback here keeps failures readable.
 */
if (typeof Map.groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value<K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
      return groups;
    },
  });
}

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
