import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { err, ok } from '../../../lib/result';
import { translateFromMessages } from '../../../lib/ui/translateFromMessages';
import en from '../../../public/_locales/en/messages.json';
import { sendMessage } from '../sendMessage';

const t = translateFromMessages(en);

/** The worker's side, as fakeBrowser delivers it: every message gets `reply`. */
function workerReplies(reply: unknown) {
  browser.runtime.onMessage.addListener(((_message, _sender, send) => {
    send(reply);
    return true;
  }) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(t as never);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('sendMessage', () => {
  it("returns the worker's Result as it came", async () => {
    workerReplies(ok({ kind: 'nothing-selected' }));
    await expect(sendMessage('checkSelection', { tabId: 1 })).resolves.toEqual(
      ok({ kind: 'nothing-selected' }),
    );
  });

  it('turns a reply that is not a Result into an error, in the UI language', async () => {
    workerReplies('hello');
    await expect(sendMessage('corpusSummary', null)).resolves.toEqual(
      err({
        code: 'no-background',
        message: t('errorNoBackground', [t('errorNoAnswer')]),
      }),
    );
  });
});
