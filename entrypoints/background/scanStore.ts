/**
 * The worker's copy of each tab's last scan, for the popup to list without scanning
 * again. Nothing of a page outlives it: the entry is dropped when the tab closes or leaves
 * the page (`registerListeners`), and the worker's memory goes when the worker stops (the
 * page's own scan script, which dies with the page, answers again then).
 */
import type { ScanReport } from '../../lib/scan/types';

export interface ScanStore {
  get(tabId: number): ScanReport | undefined;
  put(tabId: number, report: ScanReport): void;
  /** Forgets the tab's scan; true when there was one. */
  drop(tabId: number): boolean;
  /** Tabs whose page has had the highlights' style sheet inserted since it loaded. */
  styled: Set<number>;
}

export function createScanStore(): ScanStore {
  const reports = new Map<number, ScanReport>();
  const styled = new Set<number>();
  return {
    get: (tabId) => reports.get(tabId),
    put: (tabId, report) => {
      reports.set(tabId, report);
    },
    drop: (tabId) => {
      styled.delete(tabId);
      return reports.delete(tabId);
    },
    styled,
  };
}
