// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { VerifyRequest } from '../../../lib/match/types';
import type { SelectionCheck } from '../../../lib/protocol';
import { ok } from '../../../lib/result';
import { translateFromMessages } from '../../../lib/ui/translateFromMessages';
import en from '../../../public/_locales/en/messages.json';
import { answer } from '../../background/__tests__/fakes';
import { App, TYPING_PAUSE_MS } from '../App';
import { firstCheck } from '../firstCheck';

const t = translateFromMessages(en);
let verified: VerifyRequest[];
let asked: unknown[];

/**
 * The worker's side, as fakeBrowser delivers it (sendResponse, since it ignores returned
 * promises): `checkSelection` finds `found` in the tab, `verify` answers `verdict`.
 */
function worker(found: SelectionCheck, verdict: Parameters<typeof answer>[0] = 'no-match') {
  browser.runtime.onMessage.addListener(((message: { type: string; data: unknown }, _s, send) => {
    if (message.type === 'checkSelection') {
      asked.push(message.data);
      send(ok(found));
    } else if (message.type === 'verify') {
      verified.push(message.data as VerifyRequest);
      send(ok(answer(verdict)));
    } else send(ok(null));
    return true;
  }) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
}

let tabId: number | undefined;

async function activeTab() {
  const window = await browser.windows.create({ focused: true });
  const tab = await browser.tabs.create({
    windowId: window?.id,
    active: true,
    url: 'https://news.example/',
  });
  tabId = tab.id;
}

const selected: SelectionCheck = {
  kind: 'checked',
  outcome: { text: 'We will meet', result: ok(answer('verbatim')) },
};

beforeEach(async () => {
  fakeBrowser.reset();
  verified = [];
  asked = [];
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(t as never);
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en');
  await activeTab();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('popup', () => {
  it('asks the worker to check the selection of the active tab, in one message, and records the time to answer', async () => {
    worker(selected);
    const { container } = render(<App startedAt={performance.now()} firstCheck={firstCheck()} />);
    await waitFor(() => expect(screen.getByTestId('result-card').dataset.verdict).toBe('verbatim'));
    expect(asked).toEqual([{ tabId }]);
    expect(verified).toEqual([]);
    expect((screen.getByLabelText('Quotation to check') as HTMLInputElement).value).toBe(
      'We will meet',
    );
    const main = container.querySelector('main#qc-popup') as HTMLElement;
    await waitFor(() => expect(Number(main.dataset.answerMs)).toBeGreaterThanOrEqual(0));
    expect(screen.queryByTestId('status')).toBeNull();
  });

  it('while the worker is still answering, says it is checking', () => {
    render(<App startedAt={performance.now()} firstCheck={new Promise(() => {})} />);
    expect(screen.getByTestId('status').textContent).toBe(t('statusChecking'));
  });

  it('with nothing selected, says so in one line and waits for typing', async () => {
    worker({ kind: 'nothing-selected' });
    render(<App startedAt={performance.now()} firstCheck={firstCheck()} />);
    await waitFor(() =>
      expect(screen.getByTestId('status').textContent).toBe(t('statusNothingSelected')),
    );
    expect(screen.queryByTestId('result-card')).toBeNull();
    const field = screen.getByLabelText('Quotation to check');
    expect(document.activeElement).toBe(field);
  });

  it('on a page it may not read, says why', async () => {
    worker({ kind: 'unreadable' });
    render(<App startedAt={performance.now()} firstCheck={firstCheck()} />);
    await waitFor(() =>
      expect(screen.getByTestId('status').textContent).toBe(t('statusUnreadable')),
    );
  });

  it('shows the check "Check quote" left for the popup, and says where it came from', async () => {
    worker({
      kind: 'from-menu',
      outcome: { text: 'We will not meet', result: ok(answer('altered')) },
    });
    render(<App startedAt={performance.now()} firstCheck={firstCheck()} />);
    await waitFor(() => expect(screen.getByTestId('result-card').dataset.verdict).toBe('altered'));
    expect(screen.getByTestId('status').textContent).toBe(t('statusFromMenu'));
    // "The result of “Check quote” in this tab:" introduces the card right after it.
    expect(
      screen.getByTestId('status').nextElementSibling?.contains(screen.getByTestId('result-card')),
    ).toBe(true);
  });

  it('a worker that does not answer is an error card, not a silent popup', async () => {
    render(<App startedAt={performance.now()} firstCheck={firstCheck()} />);
    await waitFor(() => expect(screen.getByTestId('result-card').dataset.verdict).toBe('error'));
  });

  it('text typed before the first answer wins over the page selection', async () => {
    let answerFirst: (value: ReturnType<typeof ok<SelectionCheck>>) => void = () => {};
    worker({ kind: 'nothing-selected' }, 'altered');
    render(
      <App
        startedAt={performance.now()}
        firstCheck={
          new Promise((resolve) => {
            answerFirst = resolve;
          })
        }
      />,
    );
    const input = screen.getByLabelText('Quotation to check') as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'We will not meet' } });
    fireEvent.submit(input.closest('form')!);
    await waitFor(() => expect(screen.getByTestId('result-card').dataset.verdict).toBe('altered'));
    answerFirst(ok(selected));
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getByTestId('result-card').dataset.verdict).toBe('altered');
    expect(input.value).toBe('We will not meet');
  });

  it('checks typed text after a pause, and at once on Enter', async () => {
    worker({ kind: 'nothing-selected' }, 'altered');
    render(<App startedAt={performance.now()} firstCheck={firstCheck()} />);
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
