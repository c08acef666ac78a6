import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, launch, type Page } from 'puppeteer-core';
import { packXpi } from './packXpi';

/** Debian's Firefox ESR; the tests never download a browser (`.ci/run` installs this one). */
const FIREFOX_PATH = '/usr/bin/firefox-esr';

/** The test-only Firefox build (`QC_E2E=1 wxt build -b firefox`): `__qcTest` and a 127.0.0.1 host permission. */
export const FIREFOX_E2E_BUILD_DIR = resolve('.output-e2e/firefox-mv2');

/**
 * The moz-extension host the extension gets in the test profile. Firefox picks a random
 * one per profile unless `extensions.webextensions.uuids` names it; a fixed one lets the
 * test know the popup's URL before the browser starts.
 */
const EXTENSION_UUID = '5f0c7e0a-2d1b-4c3e-9a7f-0e1d2c3b4a59';

/** How long to wait for the popup page to come up: Firefox's cold start on 2 busy cores. */
const POPUP_LOAD_TIMEOUT_MS = 30_000;

/** BiDi commands (evaluate, navigate) on a busy machine. */
const PROTOCOL_TIMEOUT_MS = 30_000;

export interface LoadedFirefoxExtension {
  browser: Browser;
  /** The extension's popup.html, open in a tab (the browser's start page). */
  popup: Page;
  /** The extension's gecko id from its manifest. */
  geckoId: string;
  /** `moz-extension://<uuid>/<path>` */
  url(path: string): string;
  close(): Promise<void>;
}

function geckoIdOf(extensionDir: string): string {
  const manifestPath = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(
      `No built extension in ${extensionDir}: run \`QC_E2E=1 npx wxt build -b firefox\` first (npm run test:e2e does)`,
    );
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${manifestPath} has no browser_specific_settings.gecko.id`);
  return id;
}

/**
 * Starts headless Firefox ESR over WebDriver BiDi with a fresh profile that has the built
 * extension installed, and the extension's popup.html as the start page.
 *
 * - The extension goes in as `<profile>/extensions/<gecko id>.xpi`, installed at startup
 *   (a test build is unsigned: `xpinstall.signatures.required=false`, which ESR honours).
 * - BiDi refuses to navigate a tab to a `moz-extension://` URL, so the popup is the start
 *   URL given on the command line; from there the test reaches the extension's APIs.
 * Each call gets its own profile directory, removed on close.
 */
export async function launchFirefox(
  extensionDir = FIREFOX_E2E_BUILD_DIR,
): Promise<LoadedFirefoxExtension> {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `Firefox ESR is not installed (${FIREFOX_PATH} is missing): install it with \`apt-get install firefox-esr\`. ` +
        'The Firefox end-to-end tests never skip; .ci/run installs it.',
    );
  }
  const geckoId = geckoIdOf(extensionDir);
  const profileDir = mkdtempSync(join(tmpdir(), 'qc-e2e-firefox-'));
  mkdirSync(join(profileDir, 'extensions'));
  writeFileSync(join(profileDir, 'extensions', `${geckoId}.xpi`), await packXpi(extensionDir));

  const url = (path: string) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;
  let browser: Browser | undefined;
  try {
    browser = await launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      userDataDir: profileDir,
      protocolTimeout: PROTOCOL_TIMEOUT_MS,
      timeout: POPUP_LOAD_TIMEOUT_MS,
      defaultViewport: { width: 1100, height: 800 },
      args: [url('popup.html')],
      extraPrefsFirefox: {
        'xpinstall.signatures.required': false,
        // Install what is in the profile's extensions folder without asking (0: no scope is auto-disabled).
        'extensions.autoDisableScopes': 0,
        'extensions.enabledScopes': 15,
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
        'intl.locale.requested': 'en-US',
      },
      env: { ...process.env, MOZ_HEADLESS: '1' },
    });
    const popup = await findPage(browser, url('popup.html'));
    await popup.waitForSelector('main#qc-popup', { timeout: POPUP_LOAD_TIMEOUT_MS });
    const started = browser;
    return {
      browser: started,
      popup,
      geckoId,
      url,
      async close() {
        try {
          await started.close();
        } finally {
          rmSync(profileDir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    await browser?.close().catch(() => {});
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }
}

/** Waits for the tab at `url` (the start page) to be listed. */
async function findPage(browser: Browser, url: string): Promise<Page> {
  const deadline = Date.now() + POPUP_LOAD_TIMEOUT_MS;
  for (;;) {
    const page = (await browser.pages()).find((p) => p.url() === url);
    if (page) return page;
    if (Date.now() > deadline) {
      const seen = (await browser.pages()).map((p) => p.url()).join(', ');
      throw new Error(
        `Firefox never showed ${url} (tabs: ${seen || 'none'}): did the extension install?`,
      );
    }
    await new Promise((done) => setTimeout(done, 200));
  }
}
