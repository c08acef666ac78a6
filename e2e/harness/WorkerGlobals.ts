import type { WxtBrowser } from 'wxt/browser';
import type { QcError, Result } from '../../lib/result';
import type { ScanReport } from '../../lib/scan/types';

/**
 * What the extension's service worker holds in its global scope, for the code the tests
 * pass to `worker.evaluate` (which runs there, not in Node): Chromium's promise-based
 * `chrome` API and, in the QC_E2E=1 build only, the test hook.
 */
export interface WorkerGlobals {
  chrome: WxtBrowser;
  __qcTest?: {
    checkInTab(tabId: number, frameId?: number): Promise<void>;
    addSegment(url: string): Promise<{ ok: boolean; value?: { docs: number; ms: number } }>;
    /** What "Add this article to Quote Check" (the page's menu item) runs for that tab. */
    addArticle(tabId: number): Promise<void>;
    /**
     * Worker's clock: its origin (epoch ms), its script's start, the bundled segment opened,
     * the reader's segments read from IndexedDB, its matcher ready (ms), and each check it
     * ran once ready (start and duration, ms).
     */
    startup(): {
      timeOrigin: number;
      startedAt: number;
      bundledAt: number;
      readAt: number;
      readyAt: number;
      checks: { at: number; ms: number }[];
      /** Each read of the reader's body chunks (start, duration in ms, chunks read). */
      bodyReads: { at: number; ms: number; chunks: number }[];
    };
    /** What the page menu's "Check every quote on this page" and the scan shortcut run. */
    scanTab(tabId: number): Promise<Result<ScanReport, QcError>>;
  };
}
