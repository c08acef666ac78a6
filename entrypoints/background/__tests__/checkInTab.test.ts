import { describe, expect, it, vi } from 'vitest';
import type { VerifyRequest } from '../../../lib/match/types';
import { err, ok } from '../../../lib/result';
import { type CheckInTabDeps, checkInTab } from '../checkInTab';
import { createPendingChecks } from '../pendingChecks';
import { answer, t } from './fakes';

const unreadable = err({ code: 'unreadable-page', message: 'The browser does not let…' });

function deps(overrides: Partial<CheckInTabDeps> = {}) {
  const d = {
    readSelection: vi.fn(async () =>
      ok({ text: ' We will meet ', context: '“We will meet,” Moon said.' }),
    ),
    verify: vi.fn(async (_: VerifyRequest) => ok(answer('verbatim'))),
    setBadge: vi.fn(async () => {}),
    showCard: vi.fn(async () => ok(null)),
    openPopup: vi.fn(async () => true),
    displayMode: vi.fn(async () => 'card' as const),
    pending: createPendingChecks(),
    t,
    ...overrides,
  };
  return d;
}

describe('checkInTab', () => {
  it('checks the selection with its paragraph, sets the badge and shows the card', async () => {
    const d = deps();
    const outcome = await checkInTab(5, d);
    expect(d.verify).toHaveBeenCalledWith({
      text: 'We will meet',
      context: '“We will meet,” Moon said.',
    });
    expect(d.setBadge).toHaveBeenCalledWith(5, outcome);
    expect(d.showCard).toHaveBeenCalledWith(5, outcome);
    expect(d.openPopup).not.toHaveBeenCalled();
    expect(d.pending.take(5)).toBeNull();
  });

  it('on a page it cannot read, checks the menu’s selection text and opens the popup', async () => {
    const d = deps({ readSelection: vi.fn(async () => unreadable) });
    const outcome = await checkInTab(5, d, 'We will meet');
    expect(d.verify).toHaveBeenCalledWith({ text: 'We will meet' });
    expect(d.showCard).not.toHaveBeenCalled();
    expect(d.openPopup).toHaveBeenCalled();
    expect(d.pending.take(5)).toEqual(outcome);
  });

  it('with nothing to check, says why (page unreadable) on the badge and in the popup', async () => {
    const d = deps({ readSelection: vi.fn(async () => unreadable) });
    const outcome = await checkInTab(5, d);
    expect(outcome.result).toEqual(unreadable);
    expect(d.verify).not.toHaveBeenCalled();
    expect(d.setBadge).toHaveBeenCalledWith(5, outcome);
    expect(d.pending.take(5)).toEqual(outcome);
  });

  it('with an empty selection on a readable page, shows the no-selection error in the card', async () => {
    const d = deps({ readSelection: vi.fn(async () => ok({ text: '  ', context: '' })) });
    const outcome = await checkInTab(5, d);
    expect(outcome.result).toEqual(
      err({ code: 'no-selection', message: expect.stringContaining('Nothing is selected') }),
    );
    expect(d.showCard).toHaveBeenCalledWith(5, outcome);
  });

  it('in "popup only" mode, never touches the page and opens the popup', async () => {
    const d = deps({ displayMode: vi.fn(async () => 'popup' as const) });
    const outcome = await checkInTab(5, d);
    expect(d.showCard).not.toHaveBeenCalled();
    expect(d.openPopup).toHaveBeenCalled();
    expect(d.pending.take(5)).toEqual(outcome);
  });

  it('falls back to the popup when the card cannot be injected', async () => {
    const d = deps({ showCard: vi.fn(async () => unreadable) });
    await checkInTab(5, d);
    expect(d.openPopup).toHaveBeenCalled();
    expect(d.pending.take(5)?.text).toBe('We will meet');
  });

  it('still shows the result when the badge cannot be set', async () => {
    const d = deps({ setBadge: vi.fn(async () => Promise.reject(new Error('no tab'))) });
    await checkInTab(5, d);
    expect(d.showCard).toHaveBeenCalled();
  });
});
