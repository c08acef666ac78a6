/**
 * Checks that the menu or shortcut ran but could not show in the page (a page or frame the
 * browser keeps extensions out of, a page that hides the card, or the "popup only"
 * setting): kept per tab for the popup, opened right after, to take. A check may still be
 * running (the popup opened first, in the user's action): the popup waits for it.
 *
 * Taken once, and only while fresh: the popup opens within a second of the menu's click;
 * when the browser would not open it, the reader may click the toolbar button themselves
 * soon after. A check older than `PENDING_TTL_MS` is dropped, so a later popup never shows
 * an old result as if it were new. Bounded so a long session cannot grow it without end.
 */
import type { CheckOutcome } from '../../lib/protocol';

/** Far more tabs than anyone opens the popup for between two checks. */
export const MAX_PENDING_TABS = 50;
/** A minute: time to notice the badge and click the toolbar button; older is stale. */
export const PENDING_TTL_MS = 60_000;

export interface PendingChecks {
  put(tabId: number, outcome: Promise<CheckOutcome>): void;
  /** The tab's pending check (removed), or `null` when there is none or it is stale. */
  take(tabId: number): Promise<CheckOutcome> | null;
}

export function createPendingChecks(now: () => number = Date.now): PendingChecks {
  const byTab = new Map<number, { outcome: Promise<CheckOutcome>; at: number }>();
  return {
    put(tabId, outcome) {
      byTab.delete(tabId);
      byTab.set(tabId, { outcome, at: now() });
      if (byTab.size > MAX_PENDING_TABS) {
        const oldest = byTab.keys().next().value;
        if (oldest !== undefined) byTab.delete(oldest);
      }
    },
    take(tabId) {
      const entry = byTab.get(tabId);
      byTab.delete(tabId);
      if (!entry || now() - entry.at > PENDING_TTL_MS) return null;
      return entry.outcome;
    },
  };
}
