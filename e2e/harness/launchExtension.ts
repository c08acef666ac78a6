import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

/** Debian's Chromium; the tests never download a browser (`.ci/run` installs this one). */
const CHROMIUM_PATH = '/usr/lib/chromium/chromium';

/** The test-only build (`QC_E2E=1 wxt build`): it carries `__qcTest` and a host permission for 127.0.0.1. */
export const E2E_BUILD_DIR = resolve('.output-e2e/chrome-mv3');

/** How long to wait for the extension's service worker to start: a cold start on 2 busy cores. */
const WORKER_START_TIMEOUT_MS = 20_000;

export interface LoadedExtension {
  context: BrowserContext;
  /** The extension's background service worker (evaluate runs in its global scope). */
  worker: Worker;
  /** The 32-letter id Chromium gave the unpacked extension. */
  extensionId: string;
  /** `chrome-extension://<id>/<path>` */
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Starts headless Chromium with a fresh profile and the built extension loaded unpacked,
 * and waits for its service worker. Each call gets its own profile directory, removed on close.
 */
export async function launchExtension(
  extensionDir = E2E_BUILD_DIR,
  /** The browser's UI language (`--lang`; the extension's i18n follows it). */
  locale = 'en-US',
): Promise<LoadedExtension> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build:e2e\` first`);
  }
  const profileDir = mkdtempSync(join(tmpdir(), 'qc-e2e-profile-'));
  // Chromium reads an unpacked extension's files from disk as it needs them: load a copy,
  // so a rebuild during the run (\`wxt\` empties its output folder first) cannot pull files away.
  const loadedDir = join(profileDir, 'extension');
  cpSync(extensionDir, loadedDir, { recursive: true });
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1100, height: 800 },
    locale,
    args: [
      `--lang=${locale}`,
      '--no-sandbox',
      '--disable-gpu',
      `--disable-extensions-except=${loadedDir}`,
      `--load-extension=${loadedDir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: WORKER_START_TIMEOUT_MS }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    url: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
