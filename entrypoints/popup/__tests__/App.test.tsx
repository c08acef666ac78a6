// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { VerifyRequest } from '../../../lib/match/types';
import { ok } from '../../../lib/result';
import { translateFromMessages } from '../../../lib/ui/translateFromMessages';
import en from '../../../public/_locales/en/messages.json';
import { answer } from '../../background/__tests__/fakes';
import { App, TYPING_PAUSE_MS } from '../App';

const t = translateFromMessages(en);
let verified: VerifyRequest[];

/** The worker's side, as fakeBrowser delivers it (sendResponse, since it ignores returned promises). */
function answerVerify(verdict: Parameters<typeof answer>[0]) {
  browser.runtime.onMessage.addListener(((
    message: { type: string; data: VerifyRequest },
    _s,
    send,
  ) => {
    if (message.type === 'verify') {
      verified.push(message.data);
      send(ok(answer(verdict)));
    } else send(ok(null));
    return true;
  }) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
}

async function activeTab() {
  const window = await browser.windows.create({ focused: true });
  await browser.tabs.create({ windowId: window?.id, active: true, url: 'https://news.example/' });
}

function stubSelection(result: unknown) {
  Object.assign(browser, {
    scripting: {
      executeScript: vi.fn(async () => {
        if (result instanceof Error) throw result;
        return [{ result }];
      }),
    },
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  verified = [];
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(t as never);
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en');
  await activeTab();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('popup', () => {
  it('checks the selection with its paragraph at once and records the time to answer', async () => {
    stubSelection({ text: 'We will meet', context: '“We will meet,” Lee said.' });
    answerVerify('verbatim');
    const { container } = render(<App startedAt={performance.now()} />);
    await waitFor(() => expect(screen.getByTestId('result-card').dataset.verdict).toBe('verbatim'));
    expect(verified).toEqual([{ text: 'We will meet', context: '“We will meet,” Lee said.' }]);
    expect((screen.getByLabelText('Quotation to check') as HTMLInputElement).value).toBe(
      'We will meet',
    );
    const main = container.querySelector('main#qc-popup') as HTMLElement;
    await waitFor(() => expect(Number(main.dataset.answerMs)).toBeGreaterThanOrEqual(0));
    expect(screen.queryByTestId('status')).toBeNull();
  });

  it('with nothing selected, says so in one line and waits for typing', async () => {
    stubSelection({ text: '', context: '' });
    answerVerify('no-match');
    render(<App startedAt={performance.now()} />);
    await waitFor(() =>
      expect(screen.getByTestId('status').textContent).toBe(t('statusNothingSelected')),
    );
    expect(screen.queryByTestId('result-card')).toBeNull();
    expect(verified).toEqual([]);
  });

  it('on a page it may not read, says why', async () => {
    stubSelection(new Error('Cannot access a chrome:// URL'));
    answerVerify('no-match');
    render(<App startedAt={performance.now()} />);
    await waitFor(() =>
      expect(screen.getByTestId('status').textContent).toBe(t('statusUnreadable')),
    );
  });

  it('checks typed text after a pause, and at once on Enter', async () => {
    stubSelection({ text: '', context: '' });
    answerVerify('altered');
    render(<App startedAt={performance.now()} />);
    await waitFor(() => expect(screen.getByTestId('status')).toBeTruthy());
    const input = screen.getByLabelText('Quotation to check');
    fireEvent.input(input, { target: { value: 'We will not meet' } });
    expect(verified).toEqual([]);
    await waitFor(() => expect(verified).toEqual([{ text: 'We will not meet' }]), {
      timeout: TYPING_PAUSE_MS * 4,
    });
    await waitFor(() => expect(screen.getByTestId('result-card').dataset.verdict).toBe('altered'));
    fireEvent.input(input, { target: { value: 'We will meet eight times' } });
    fireEvent.submit(input.closest('form')!);
    await waitFor(() => expect(verified.at(-1)).toEqual({ text: 'We will meet eight times' }));
  });
});
