import { describe, expect, it, vi } from 'vitest';
import type { VerifyRequest } from '../../../lib/match/types';
import { err, ok } from '../../../lib/result';
import type { DisplayMode } from '../../shared/settings';
import { type CheckInTabDeps, checkInTab } from '../checkInTab';
import { createPendingChecks } from '../pendingChecks';
import { answer, t } from './fakes';

const unreadable = err({ code: 'unreadable-page', message: 'The browser does not let…' });
const unreadableFrame = err({ code: 'unreadable-frame', message: 'In a frame…' });

function deps(overrides: Partial<CheckInTabDeps> = {}) {
  const d = {
    readSelection: vi.fn(
      async (_tabId: number, _frameId?: number): ReturnType<CheckInTabDeps['readSelection']> =>
        ok({ text: ' We will meet ', context: '“We will meet,” Moon said.', frameId: 0 }),
    ),
    verify: vi.fn(async (_: VerifyRequest) => ok(answer('verbatim'))),
    setBadge: vi.fn(async () => {}),
    showCard: vi.fn(async () => ok(null)),
    openPopup: vi.fn(async () => true),
    displayMode: vi.fn(async (): Promise<DisplayMode> => 'card'),
    displayModeNow: vi.fn((): DisplayMode | undefined => 'card'),
    pending: createPendingChecks(),
    t,
    ...overrides,
  };
  return d;
}

describe('checkInTab', () => {
  it('checks the selection with its paragraph, sets the badge and shows the card in the top frame', async () => {
    const d = deps();
    const outcome = await checkInTab(5, d);
    expect(d.readSelection).toHaveBeenCalledWith(5, undefined);
    expect(d.verify).toHaveBeenCalledWith({
      text: 'We will meet',
      context: '“We will meet,” Moon said.',
    });
    expect(d.setBadge).toHaveBeenCalledWith(5, outcome);
    expect(d.showCard).toHaveBeenCalledWith(5, 0, outcome);
    expect(d.openPopup).not.toHaveBeenCalled();
    expect(d.pending.take(5)).toBeNull();
  });

  it('passes the selection’s offsets in its paragraph, and the page, to the check', async () => {
    const d = deps({
      readSelection: vi.fn(async () =>
        ok({
          text: 'We will meet',
          context: 'Moon spoke.\n“We will meet,” he said.',
          at: { start: 13, end: 25 },
          frameId: 0,
          page: { url: 'http://127.0.0.1/a.html', title: 'A' },
        }),
      ),
    });
    const outcome = await checkInTab(5, d);
    expect(d.verify).toHaveBeenCalledWith({
      text: 'We will meet',
      context: 'Moon spoke.\n“We will meet,” he said.',
      at: { start: 13, end: 25 },
    });
    expect(outcome.page).toEqual({ url: 'http://127.0.0.1/a.html', title: 'A' });
  });

  it('a selection over two speakers’ quotations: each checked with the speaker the page gives it', async () => {
    const context =
      '“The ferry will run twice a day from May,” said Mara Lind, the chief executive. “Nobody asked the crews about it,” Mayor Ines Roa said.';
    const d = deps({
      readSelection: vi.fn(async () =>
        ok({ text: context, context, at: { start: 0, end: context.length }, frameId: 0 }),
      ),
    });
    const outcome = await checkInTab(5, d);
    expect(vi.mocked(d.verify).mock.calls.map(([r]) => r)).toEqual([
      { text: 'The ferry will run twice a day from May,', claimedSpeaker: 'Mara Lind' },
      { text: 'Nobody asked the crews about it,', claimedSpeaker: 'Ines Roa' },
    ]);
    expect(outcome.parts).toHaveLength(2);
  });

  it('reads the frame the menu was opened in, and places the card by that frame', async () => {
    const d = deps({
      readSelection: vi.fn(async () => ok({ text: 'We will meet', context: '', frameId: 12 })),
    });
    const outcome = await checkInTab(5, d, { frameId: 12, fallbackText: 'We will meet' });
    expect(d.readSelection).toHaveBeenCalledWith(5, 12);
    expect(d.showCard).toHaveBeenCalledWith(5, 12, outcome);
  });

  it('on a page it cannot read, checks the menu’s selection text and opens the popup', async () => {
    const d = deps({ readSelection: vi.fn(async () => unreadable) });
    const outcome = await checkInTab(5, d, { fallbackText: 'We will meet' });
    expect(d.verify).toHaveBeenCalledWith({ text: 'We will meet' });
    expect(d.showCard).not.toHaveBeenCalled();
    expect(d.openPopup).toHaveBeenCalled();
    await expect(d.pending.take(5)).resolves.toEqual(outcome);
  });

  it('in a frame it may not read: the menu’s text is checked and shown in the popup, not the card', async () => {
    const d = deps({ readSelection: vi.fn(async () => unreadableFrame) });
    const outcome = await checkInTab(5, d, { frameId: 3, fallbackText: 'We will meet' });
    expect(outcome.text).toBe('We will meet');
    expect(d.showCard).not.toHaveBeenCalled();
    expect(d.openPopup).toHaveBeenCalled();
    await expect(d.pending.take(5)).resolves.toEqual(outcome);
  });

  it('with nothing to check, says why (page unreadable) on the badge and in the popup', async () => {
    const d = deps({ readSelection: vi.fn(async () => unreadable) });
    const outcome = await checkInTab(5, d);
    expect(outcome.result).toEqual(unreadable);
    expect(d.verify).not.toHaveBeenCalled();
    expect(d.setBadge).toHaveBeenCalledWith(5, outcome);
    await expect(d.pending.take(5)).resolves.toEqual(outcome);
  });

  it('with an empty selection on a readable page, shows the no-selection error in the card', async () => {
    const d = deps({
      readSelection: vi.fn(async () => ok({ text: '  ', context: '', frameId: 0 })),
    });
    const outcome = await checkInTab(5, d);
    expect(outcome.result).toEqual(
      err({ code: 'no-selection', message: expect.stringContaining('Nothing is selected') }),
    );
    expect(d.showCard).toHaveBeenCalledWith(5, 0, outcome);
  });

  it('"popup only", known in the worker: opens the popup first, synchronously, before reading anything', async () => {
    const d = deps({ displayModeNow: vi.fn((): DisplayMode => 'popup') });
    const running = checkInTab(5, d);
    // Still inside the user's action (nothing awaited yet): Firefox opens the popup only here.
    expect(d.openPopup).toHaveBeenCalledTimes(1);
    expect(d.readSelection).toHaveBeenCalledTimes(1);
    const waiting = d.pending.take(5);
    expect(waiting).not.toBeNull();
    const outcome = await running;
    await expect(waiting).resolves.toEqual(outcome);
    expect(d.showCard).not.toHaveBeenCalled();
    expect(d.setBadge).toHaveBeenCalledWith(5, outcome);
  });

  it('"popup only" not yet known in a worker just woken: read from storage, the popup still opens', async () => {
    const d = deps({
      displayModeNow: vi.fn((): DisplayMode | undefined => undefined),
      displayMode: vi.fn(async (): Promise<DisplayMode> => 'popup'),
    });
    const outcome = await checkInTab(5, d);
    expect(d.showCard).not.toHaveBeenCalled();
    expect(d.openPopup).toHaveBeenCalled();
    await expect(d.pending.take(5)).resolves.toEqual(outcome);
  });

  it('falls back to the popup when the card cannot be injected or the page hides it', async () => {
    for (const failure of [unreadable, err({ code: 'card-hidden', message: 'hidden' })]) {
      const d = deps({ showCard: vi.fn(async () => failure) });
      await checkInTab(5, d);
      expect(d.openPopup).toHaveBeenCalled();
      expect((await d.pending.take(5))?.text).toBe('We will meet');
    }
  });

  it('still shows the result when the badge cannot be set', async () => {
    const d = deps({ setBadge: vi.fn(async () => Promise.reject(new Error('no tab'))) });
    await checkInTab(5, d);
    expect(d.showCard).toHaveBeenCalled();
  });
});
