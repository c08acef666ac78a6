import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { err, ok } from '../../../lib/result';
import { showCardInTab } from '../showCardInTab';
import { answer, t } from './fakes';

const outcome = { text: 'We will meet', result: ok(answer('verbatim')) };

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('showCardInTab', () => {
  it('injects the card script into that tab only, then hands it the outcome', async () => {
    const inject = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([] as never);
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(ok(null) as never);
    await expect(showCardInTab(4, outcome, t)).resolves.toEqual(ok(null));
    expect(inject).toHaveBeenCalledWith({
      target: { tabId: 4 },
      files: ['/content-scripts/card.js'],
    });
    expect(send).toHaveBeenCalledWith(4, { type: 'showCard', data: { outcome } });
    expect(inject.mock.invocationCallOrder[0]).toBeLessThan(send.mock.invocationCallOrder[0]!);
  });

  it("passes on the card's own failure, so the check falls back to the popup", async () => {
    vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([] as never);
    const failed = err({ code: 'card-failed', message: 'no document' });
    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(failed as never);
    await expect(showCardInTab(4, outcome, t)).resolves.toEqual(failed);
  });

  it('a page the browser keeps extensions out of is an unreadable-page error, not a throw', async () => {
    vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(
      new Error('Cannot access a chrome:// URL'),
    );
    const send = vi.spyOn(browser.tabs, 'sendMessage');
    await expect(showCardInTab(4, outcome, t)).resolves.toEqual(
      err({ code: 'unreadable-page', message: t('errorUnreadable') }),
    );
    expect(send).not.toHaveBeenCalled();
  });
});
