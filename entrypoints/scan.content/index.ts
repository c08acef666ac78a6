/**
 * The page scan, in the page. Not in the manifest: the worker injects this script into the
 * tab's top frame on the reader's click ("Scan this page" in the popup, "Check every quote
 * on this page" in the page's menu, the shortcut), and what `main` resolves is the scan's
 * report (`runScan`). Injecting it again replaces the previous scan's marks.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runScan } from './runScan';

export default defineContentScript({
  registration: 'runtime',
  // The overlay's CSS is passed to its shadow root as text: nothing is fetched.
  cssInjectionMode: 'manual',
  // No message posted to the page's window: the page sees nothing of the scan.
  noScriptStartedPostMessage: true,
  main: (ctx) => runScan(ctx),
});
