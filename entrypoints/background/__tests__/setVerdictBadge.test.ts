import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { err, ok } from '../../../lib/result';
import { VERDICT_STYLES } from '../../../lib/ui/verdictStyle';
import { setVerdictBadge } from '../setVerdictBadge';
import { answer, misattributedAnswer, t } from './fakes';

describe('setVerdictBadge', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows the verdict mark and colour on that tab only', async () => {
    await setVerdictBadge(3, { text: 'x', result: ok(answer('altered')) }, t);
    expect(await browser.action.getBadgeText({ tabId: 3 })).toBe(VERDICT_STYLES.altered.badge);
    expect(await browser.action.getBadgeText({ tabId: 4 })).toBe('');
    expect(await browser.action.getTitle({ tabId: 3 })).toBe('Quote Check: Altered');
    const [r, g, b] = await browser.action.getBadgeBackgroundColor({ tabId: 3 });
    expect(`#${[r, g, b].map((n) => n!.toString(16).padStart(2, '0')).join('')}`).toBe(
      VERDICT_STYLES.altered.color,
    );
  });

  it('a misattributed quotation gets its own mark and colour, not verbatim’s', async () => {
    await setVerdictBadge(3, { text: 'x', result: ok(misattributedAnswer()) }, t);
    const badge = await browser.action.getBadgeText({ tabId: 3 });
    expect(badge).toBe(VERDICT_STYLES.misattributed.badge);
    expect(badge).not.toBe(VERDICT_STYLES.verbatim.badge);
    expect(await browser.action.getTitle({ tabId: 3 })).toBe('Quote Check: Misattributed');
  });

  it('marks a failed check as an error', async () => {
    await setVerdictBadge(3, { text: '', result: err({ code: 'x', message: 'y' }) }, t);
    expect(await browser.action.getBadgeText({ tabId: 3 })).toBe(VERDICT_STYLES.error.badge);
    expect(await browser.action.getTitle({ tabId: 3 })).toBe('Quote Check: Could not check');
  });
});
