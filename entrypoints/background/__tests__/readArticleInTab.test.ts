import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { err, ok } from '../../../lib/result';
import { openReview } from '../openReview';
import { EXTRACT_SCRIPT, readArticleInTab } from '../readArticleInTab';
import { t } from './fakes';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

const draft = { title: 'Harbour ferry', quotes: [] };

describe('readArticleInTab', () => {
  it('injects the extractor into that tab only, on the click, and answers its draft', async () => {
    const inject = vi
      .spyOn(browser.scripting, 'executeScript')
      .mockResolvedValue([{ frameId: 0, result: ok(draft) }] as never);
    await expect(readArticleInTab(7, t)).resolves.toEqual(ok(draft));
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7 }, files: [EXTRACT_SCRIPT] });
  });

  it('a page with no article says why, in the reader’s words', async () => {
    vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([
      { frameId: 0, result: err({ code: 'no-article', message: 'no headline found' }) },
    ] as never);
    await expect(readArticleInTab(7, t)).resolves.toEqual(
      err({
        code: 'no-article',
        message: 'No article could be read on this page (no headline found).',
      }),
    );
  });

  it('a page the browser keeps extensions out of, or an answer that is no draft, is unreadable', async () => {
    const inject = vi.spyOn(browser.scripting, 'executeScript');
    inject.mockRejectedValueOnce(new Error('Cannot access a chrome:// URL'));
    inject.mockResolvedValueOnce([{ frameId: 0, result: 'something else' }] as never);
    for (let i = 0; i < 2; i++) {
      await expect(readArticleInTab(7, t)).resolves.toMatchObject({
        ok: false,
        error: {
          code: 'unreadable-page',
          message: expect.stringContaining('does not let extensions read'),
        },
      });
    }
  });
});

describe('openReview', () => {
  it('opens the review page, with the draft’s token, right after the article’s tab', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'http://127.0.0.1/news', index: 3 });
    const create = vi.spyOn(browser.tabs, 'create');
    await openReview(tab.id!, 'tok en/1');
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({
        url: expect.stringMatching(/\/review\.html#tok%20en%2F1$/),
        index: tab.index + 1,
      }),
    );
  });
});
