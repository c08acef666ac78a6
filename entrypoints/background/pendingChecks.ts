/**
 * Checks that the menu or shortcut ran but could not show in the page (a page the browser
 * keeps extensions out of, or the "popup only" setting): kept per tab until the popup,
 * opened right after, takes it. Bounded so a long session cannot grow it without end.
 */
import type { CheckOutcome } from '../../lib/protocol';

/** Far more tabs than anyone opens the popup for between two checks. */
export const MAX_PENDING_TABS = 50;

export interface PendingChecks {
  put(tabId: number, outcome: CheckOutcome): void;
  take(tabId: number): CheckOutcome | null;
}

export function createPendingChecks(): PendingChecks {
  const byTab = new Map<number, CheckOutcome>();
  return {
    put(tabId, outcome) {
      byTab.delete(tabId);
      byTab.set(tabId, outcome);
      if (byTab.size > MAX_PENDING_TABS) {
        const oldest = byTab.keys().next().value;
        if (oldest !== undefined) byTab.delete(oldest);
      }
    },
    take(tabId) {
      const outcome = byTab.get(tabId) ?? null;
      byTab.delete(tabId);
      return outcome;
    },
  };
}
