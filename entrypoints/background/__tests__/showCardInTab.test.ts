import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { err, ok } from '../../../lib/result';
import { relayFrameProbe, sendFrameProbe } from '../../shared/frameProbe';
import { showCardInTab } from '../showCardInTab';
import { answer, t } from './fakes';

const outcome = { text: 'We will meet', result: ok(answer('verbatim')) };

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('showCardInTab', () => {
  it('injects the card script into the top frame of that tab only, then hands it the outcome', async () => {
    const inject = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([] as never);
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(ok(null) as never);
    await expect(showCardInTab(4, 0, outcome, t)).resolves.toEqual(ok(null));
    expect(inject).toHaveBeenCalledTimes(1);
    expect(inject).toHaveBeenCalledWith({
      target: { tabId: 4 },
      files: ['/content-scripts/card.js'],
    });
    expect(send).toHaveBeenCalledWith(
      4,
      { type: 'showCard', data: { outcome, frame: null } },
      { frameId: 0 },
    );
    expect(inject.mock.invocationCallOrder[0]).toBeLessThan(send.mock.invocationCallOrder[0]!);
  });

  it('a selection in a frame: relays in every frame, probes from that frame, then the card in the top frame', async () => {
    const inject = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([] as never);
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(ok(null) as never);
    await expect(showCardInTab(4, 9, outcome, t)).resolves.toEqual(ok(null));
    const calls = inject.mock.calls.map(([options]) => options);
    expect(calls[0]).toMatchObject({
      target: { tabId: 4, allFrames: true },
      func: relayFrameProbe,
    });
    expect(calls[1]).toMatchObject({ target: { tabId: 4, frameIds: [9] }, func: sendFrameProbe });
    const nonce = (calls[0] as unknown as { args: [string] }).args[0];
    expect(nonce).toMatch(/^[0-9a-f-]{36}$/);
    expect((calls[1] as unknown as { args: [string] }).args).toEqual([nonce]);
    expect(calls[2]).toEqual({ target: { tabId: 4 }, files: ['/content-scripts/card.js'] });
    expect(send).toHaveBeenCalledWith(
      4,
      { type: 'showCard', data: { outcome, frame: { frameId: 9, nonce } } },
      { frameId: 0 },
    );
  });

  it("passes on the card's own failure (the page hid it), so the check falls back to the popup", async () => {
    vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([] as never);
    const hidden = err({ code: 'card-hidden', message: 'The page kept the card from showing.' });
    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(hidden as never);
    await expect(showCardInTab(4, 0, outcome, t)).resolves.toEqual(hidden);
  });

  it('a page the browser keeps extensions out of is an unreadable-page error, not a throw', async () => {
    vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(
      new Error('Cannot access a chrome:// URL'),
    );
    const send = vi.spyOn(browser.tabs, 'sendMessage');
    await expect(showCardInTab(4, 0, outcome, t)).resolves.toEqual(
      err({ code: 'unreadable-page', message: t('errorUnreadable') }),
    );
    expect(send).not.toHaveBeenCalled();
  });
});
