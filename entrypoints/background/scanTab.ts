/**
 * "Scan this page" in a tab (the popup's button, the page's context menu, the shortcut):
 * the highlights' style sheet goes into the page (`insertCSS`: no element added),
 * the scan script is injected into the top frame on this click (`activeTab`), reads the
 * page's quotations, has them checked in one message (`verifyBatch`) and marks them; its
 * report comes back here, is kept for the popup (`ScanStore`) and sets the badge.
 */

import { err, ok, type QcError, type Result } from '../../lib/result';
import type { ScanReport } from '../../lib/scan/types';
import type { Translate } from '../../lib/ui/translate';
import type { ScanStore } from './scanStore';

/** Where WXT writes the `scan.content` entrypoint (a runtime-registered content script). */
export const SCAN_SCRIPT = '/content-scripts/scan.js';

export interface ScanTabDeps {
  /** Inserts the highlights' style sheet into the tab's top frame. */
  insertStyles: (tabId: number) => Promise<void>;
  /** Injects the scan script into the tab's top frame; resolves what it answered. */
  injectScan: (tabId: number) => Promise<unknown>;
  setBadge: (tabId: number, report: ScanReport) => Promise<void>;
  store: ScanStore;
  t: Translate;
}

/** A scan report, or an error value, as the page's script answered (anything, until checked). */
function asReport(value: unknown): Result<ScanReport, QcError> | null {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return null;
  const r = value as Result<ScanReport, QcError>;
  if (!r.ok) return typeof r.error?.message === 'string' ? r : null;
  const v = r.value as Partial<ScanReport> | undefined;
  if (!v || !Array.isArray(v.items) || typeof v.coverage !== 'object' || v.coverage === null)
    return null;
  return r;
}

export async function scanTab(
  tabId: number,
  deps: ScanTabDeps,
): Promise<Result<ScanReport, QcError>> {
  let answer: unknown;
  try {
    if (!deps.store.styled.has(tabId)) {
      await deps.insertStyles(tabId);
      deps.store.styled.add(tabId);
    }
    answer = await deps.injectScan(tabId);
  } catch {
    return err({ code: 'unreadable-page', message: deps.t('errorUnreadable') });
  }
  const report = asReport(answer);
  if (!report) return err({ code: 'scan-failed', message: deps.t('scanFailed') });
  if (!report.ok) return report;
  deps.store.put(tabId, report.value);
  await deps.setBadge(tabId, report.value).catch(() => undefined);
  return ok(report.value);
}
