import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { err, ok } from '../../../lib/result';
import { translateFromMessages } from '../../../lib/ui/translateFromMessages';
import en from '../../../public/_locales/en/messages.json';
import { readSelection, SELECTION_SCRIPT } from '../readSelection';

const t = translateFromMessages(en);
const unreadable = err({ code: 'unreadable-page', message: t('errorUnreadable') });

/** What `scripting.executeScript` resolves for the top frame. */
function frameResult(result: unknown) {
  return vi
    .spyOn(browser.scripting, 'executeScript')
    .mockResolvedValue([{ frameId: 0, result }] as never);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(t as never);
});
afterEach(() => vi.restoreAllMocks());

describe('readSelection', () => {
  it('runs the in-page reader in every frame of that tab and returns the selection and paragraph', async () => {
    const run = frameResult({ text: 'We will meet', context: '“We will meet,” Lee said.' });
    await expect(readSelection(3)).resolves.toEqual(
      ok({ text: 'We will meet', context: '“We will meet,” Lee said.', frameId: 0 }),
    );
    expect(run).toHaveBeenCalledWith({
      target: { tabId: 3, allFrames: true },
      files: [SELECTION_SCRIPT],
    });
  });

  it('reads only the frame the menu names', async () => {
    const run = vi
      .spyOn(browser.scripting, 'executeScript')
      .mockResolvedValue([{ frameId: 8, result: { text: 'We will meet', context: '' } }] as never);
    await expect(readSelection(3, 8)).resolves.toEqual(
      ok({ text: 'We will meet', context: '', frameId: 8 }),
    );
    expect(run).toHaveBeenCalledWith({
      target: { tabId: 3, frameIds: [8] },
      files: [SELECTION_SCRIPT],
    });
  });

  it('a frame the menu names but the browser keeps us out of is unreadable-frame', async () => {
    vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access'));
    await expect(readSelection(3, 8)).resolves.toMatchObject({
      ok: false,
      error: { code: 'unreadable-frame' },
    });
  });

  it('keeps the text when the page answered no paragraph', async () => {
    frameResult({ text: 'We will meet', context: 42 });
    await expect(readSelection(3)).resolves.toEqual(
      ok({ text: 'We will meet', context: '', frameId: 0 }),
    );
  });

  it('an answer without text is an unreadable page', async () => {
    frameResult(undefined);
    await expect(readSelection(3)).resolves.toEqual(unreadable);
    frameResult({ context: 'x' });
    await expect(readSelection(3)).resolves.toEqual(unreadable);
  });

  it('a page the browser keeps extensions out of is an unreadable page, not a throw', async () => {
    vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(
      new Error('The extensions gallery cannot be scripted.'),
    );
    await expect(readSelection(3)).resolves.toEqual(unreadable);
  });
});
