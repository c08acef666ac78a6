/**
 * After a scan, the toolbar badge shows how many of the page's quotations are altered or
 * misattributed (what a reader must look at), on the misattribution colour when any is
 * misattributed, the altered colour when any is altered, and verbatim's green when none
 * is; the tooltip says it in words.
 */
import { summarizeScan } from '../../lib/scan/summarizeScan';
import type { ScanReport } from '../../lib/scan/types';
import type { Translate } from '../../lib/ui/translate';
import { VERDICT_STYLES } from '../../lib/ui/verdictStyle';
import { toolbarAction } from './setVerdictBadge';

/** Chrome shows at most four characters. */
const MAX_BADGE = 999;

export function scanBadge(report: ScanReport): { text: string; color: string } {
  const summary = summarizeScan(report.items);
  const misattributed = report.items.some((i) => i.verdict === 'misattributed');
  const color = misattributed
    ? VERDICT_STYLES.misattributed.color
    : summary.flagged > 0
      ? VERDICT_STYLES.altered.color
      : VERDICT_STYLES.verbatim.color;
  const text = summary.flagged > MAX_BADGE ? `${MAX_BADGE}+` : String(summary.flagged);
  return { text, color };
}

export async function setScanBadge(tabId: number, report: ScanReport, t: Translate): Promise<void> {
  const { text, color } = scanBadge(report);
  const summary = summarizeScan(report.items);
  const action = toolbarAction();
  await Promise.all([
    action.setBadgeText({ tabId, text }),
    action.setBadgeBackgroundColor({ tabId, color }),
    action.setTitle({
      tabId,
      title: `${t('extName')}: ${t('scanBadgeTitle', [String(summary.flagged), String(summary.known)])}`,
    }),
    action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
  ]);
}

/** Clears the badge a scan left, when the tab leaves the page. */
export async function clearBadge(tabId: number, t: Translate): Promise<void> {
  const action = toolbarAction();
  await Promise.all([
    action.setBadgeText({ tabId, text: '' }),
    action.setTitle({ tabId, title: t('actionTitle') }),
  ]);
}
