/**
 * One Firefox ESR with the extension for a test file: started before its tests and closed
 * after them; the tabs a test hands to `track` are closed after it, even when it fails. A
 * launch failure (above all "Firefox ESR is not installed") fails every test with its
 * message, rather than failing the hook and leaving the tests marked skipped.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type LoadedFirefoxExtension, launchFirefox } from './launchFirefox';

export interface FirefoxSession {
  /** The running Firefox with the extension; throws why it could not start. */
  firefox(): LoadedFirefoxExtension;
  /** Closes `page` after the current test. */
  track(page: Page): Page;
}

export function useFirefox(): FirefoxSession {
  let launched: LoadedFirefoxExtension | undefined;
  let launchError: unknown;
  const openPages: Page[] = [];
  beforeAll(async () => {
    try {
      launched = await launchFirefox();
    } catch (error) {
      launchError = error;
    }
  });
  afterEach(async () => {
    for (const page of openPages.splice(0)) await page.close().catch(() => {});
  });
  afterAll(async () => {
    await launched?.close();
  });
  return {
    firefox() {
      if (!launched) throw launchError ?? new Error('Firefox was not started');
      return launched;
    },
    track(page) {
      openPages.push(page);
      return page;
    },
  };
}
