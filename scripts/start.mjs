#!/usr/bin/env node
/**
 * `npm start`: builds the Chrome extension and says how to load it (and the Firefox build)
 * into a browser by hand. Nothing is downloaded and no browser is launched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const wxt = join(root, 'node_modules', '.bin', 'wxt');
const chromeDir = join(root, '.output', 'chrome-mv3');
const firefoxManifest = join(root, '.output', 'firefox-mv2', 'manifest.json');

const build = spawnSync(wxt, ['build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) {
  console.error(
    '\nThe build failed (see above). Run `npm install` first if node_modules is missing.',
  );
  process.exit(build.status ?? 1);
}

console.log(`
Quote Check is built: ${chromeDir}

Chrome, Edge, Brave (any Chromium):
  1. Open chrome://extensions
  2. Turn on "Developer mode" (top right).
  3. Click "Load unpacked" and choose the folder:
       ${chromeDir}
  4. Pin Quote Check from the puzzle-piece menu. Select a quotation on a page, then
     click the toolbar button, right-click → "Check quote", or press Alt+Shift+Q.

Firefox:
  1. Build it:  npm run build:firefox   (writes .output/firefox-mv2)
  2. Open about:debugging#/runtime/this-firefox
  3. Click "Load Temporary Add-on…" and choose:
       ${firefoxManifest}${existsSync(firefoxManifest) ? '' : '   (not built yet: step 1)'}
  The add-on stays until Firefox restarts.
`);
