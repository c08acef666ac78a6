import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * A test-only build (QC_E2E=1) gets a host permission for the local test server,
 * because nothing grants `activeTab` to an automated test. It goes to its own output
 * folder so it can never be zipped or shipped by mistake.
 */
const E2E = process.env.QC_E2E === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: E2E ? '.output-e2e' : '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'contextMenus', 'storage'],
    ...(E2E ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    browser_specific_settings: {
      gecko: {
        id: 'quote-check@quotecheck.example',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
