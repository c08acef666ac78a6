import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { WORD_TABLE_PATH, wordTableText } from './scripts/wordTable';

/**
 * A test-only build (QC_E2E=1) gets a host permission for the local test server,
 * because nothing grants `activeTab` to an automated test. It goes to its own output
 * folder so it can never be zipped or shipped by mistake. The same flag reaches the code
 * as `import.meta.env.QC_E2E` (a compile-time constant: in the normal build the test hook
 * in entrypoints/background/index.ts is dead code and is dropped from the bundle).
 */
const E2E = process.env.QC_E2E === '1';

const ICONS = {
  16: 'icon/16.png',
  32: 'icon/32.png',
  48: 'icon/48.png',
  128: 'icon/128.png',
};

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: E2E ? '.output-e2e' : '.output',
  hooks: {
    // The specificity gate's word table (lib/match/specificity/shippedWordBits.ts), derived
    // from the pinned word-frequency list into .wxt/ on `wxt prepare` (npm install) and on
    // every build: written only when it changed.
    'prepare:types': (_wxt, entries) => {
      entries.push({ path: WORD_TABLE_PATH, text: wordTableText() });
    },
  },
  vite: () => ({
    plugins: [preact()],
    define: { 'import.meta.env.QC_E2E': JSON.stringify(E2E) },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'contextMenus', 'storage'],
    ...(E2E ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    // public/icon/*.png, drawn by scripts/icons.mjs. WXT fills `icons` from the same files.
    ...(manifestVersion === 2
      ? { browser_action: { default_icon: ICONS } }
      : { action: { default_icon: ICONS } }),
    commands: {
      // The same name as CHECK_COMMAND in entrypoints/background/registerListeners.ts.
      'check-quote': {
        suggested_key: { default: 'Alt+Shift+Q' },
        description: '__MSG_commandCheckQuote__',
      },
      // The same name as SCAN_COMMAND in entrypoints/background/registerListeners.ts.
      'scan-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandScanPage__',
      },
    },
    // Firefox only: Chrome warns about a manifest key it does not know.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'quote-check@quotecheck.example',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
