import { describe, expect, it, vi } from 'vitest';
import { err, ok } from '../../../lib/result';
import { createMessageHandler, type MessageDeps } from '../handleMessage';
import { createMatcherHost } from '../matcherHost';
import { createPendingChecks } from '../pendingChecks';
import { answer, fakeMatcher, t } from './fakes';

/** Nothing selected in any tab, unless a test says otherwise. */
const nothingSelected = async () => ok({ text: '', context: '', frameId: 0 });
const selected = (text: string, context = '') => ok({ text, context, frameId: 0 });

function setup(
  verify = vi.fn(() => answer('verbatim')),
  readSelection: MessageDeps['readSelection'] = vi.fn(nothingSelected),
) {
  const load = vi.fn(async () => ok(fakeMatcher(verify)));
  const pending = createPendingChecks();
  const restoreFocus = vi.fn(async () => {});
  const handle = createMessageHandler({
    getMatcher: createMatcherHost(load),
    readSelection,
    restoreFocus,
    pending,
    t,
  });
  return { handle, load, verify, pending, readSelection, restoreFocus };
}

describe('background message router', () => {
  it('verify: answers the matcher result as ok, loading the matcher once', async () => {
    const { handle, load, verify } = setup();
    expect(
      await handle({ type: 'verify', data: { text: 'We will meet', context: 'Lee said' } }),
    ).toEqual(ok(answer('verbatim')));
    await handle({ type: 'verify', data: { text: 'again' } });
    expect(verify).toHaveBeenCalledWith({ text: 'We will meet', context: 'Lee said' });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('verify: an empty text is an error a person can act on, not a check', async () => {
    const { handle, verify } = setup();
    const response = await handle({ type: 'verify', data: { text: '   ' } });
    expect(response).toEqual(
      err({ code: 'no-selection', message: expect.stringContaining('Select a quotation') }),
    );
    expect(verify).not.toHaveBeenCalled();
  });

  it('verify: a matcher that throws becomes an error value', async () => {
    const { handle } = setup(
      vi.fn(() => {
        throw new Error('index out of range');
      }),
    );
    expect(await handle({ type: 'verify', data: { text: 'x y z' } })).toEqual(
      err({ code: 'internal', message: expect.stringContaining('index out of range') }),
    );
  });

  it('verify: a corpus that does not load is reported with its reason', async () => {
    const handle = createMessageHandler({
      getMatcher: async () =>
        err({ code: 'corpus-invalid', message: 'quotes[3].speakerId is unknown' }),
      readSelection: nothingSelected,
      restoreFocus: async () => {},
      pending: createPendingChecks(),
      t,
    });
    expect(await handle({ type: 'verify', data: { text: 'x y z' } })).toEqual(
      err({
        code: 'corpus-invalid',
        message: expect.stringContaining('quotes[3].speakerId is unknown'),
      }),
    );
  });

  it('corpusSummary: counts what the bundled corpus holds', async () => {
    const { handle } = setup();
    expect(await handle({ type: 'corpusSummary', data: null })).toEqual(
      ok(expect.objectContaining({ quotes: 1, speakers: 1, articles: 1 })),
    );
  });

  it('checkSelection: reads the selection with its paragraph and checks it, in one answer', async () => {
    const readSelection = vi.fn(async () =>
      selected('  We will meet ', '“We will meet,” Lee said.'),
    );
    const { handle, verify } = setup(undefined, readSelection);
    expect(await handle({ type: 'checkSelection', data: { tabId: 7 } })).toEqual(
      ok({ kind: 'checked', outcome: { text: 'We will meet', result: ok(answer('verbatim')) } }),
    );
    expect(readSelection).toHaveBeenCalledWith(7);
    expect(verify).toHaveBeenCalledWith({
      text: 'We will meet',
      context: '“We will meet,” Lee said.',
    });
  });

  it("checkSelection: with nothing selected, hands over the menu's check once, then says nothing is selected", async () => {
    const { handle, pending, verify } = setup();
    const outcome = { text: 'We will meet', result: ok(answer('verbatim')) };
    pending.put(7, Promise.resolve(outcome));
    expect(await handle({ type: 'checkSelection', data: { tabId: 7 } })).toEqual(
      ok({ kind: 'from-menu', outcome }),
    );
    expect(await handle({ type: 'checkSelection', data: { tabId: 7 } })).toEqual(
      ok({ kind: 'nothing-selected' }),
    );
    expect(verify).not.toHaveBeenCalled();
  });

  it("checkSelection: takes the menu's check even when the same text is still selected (it is the menu's answer)", async () => {
    const { handle, pending, verify } = setup(undefined, async () => selected('We will meet'));
    const outcome = { text: 'We will meet', result: ok(answer('altered')) };
    pending.put(7, Promise.resolve(outcome));
    expect(await handle({ type: 'checkSelection', data: { tabId: 7 } })).toEqual(
      ok({ kind: 'from-menu', outcome }),
    );
    expect(verify).not.toHaveBeenCalled();
  });

  it("checkSelection: another selection since the menu's check wins, and the old check is gone for good", async () => {
    let text = 'Something else now';
    const { handle, pending } = setup(undefined, async () => selected(text));
    pending.put(7, Promise.resolve({ text: 'We will meet', result: ok(answer('altered')) }));
    expect(await handle({ type: 'checkSelection', data: { tabId: 7 } })).toMatchObject(
      ok({ kind: 'checked', outcome: { text: 'Something else now' } }),
    );
    text = '';
    // The popup-only bug: the next popup with nothing selected must not show the old check.
    expect(await handle({ type: 'checkSelection', data: { tabId: 7 } })).toEqual(
      ok({ kind: 'nothing-selected' }),
    );
  });

  it('checkSelection: focus in a frame the browser keeps us out of is unreadable-frame', async () => {
    const { handle } = setup(undefined, async () =>
      err({ code: 'unreadable-frame', message: 'in a frame' }),
    );
    expect(await handle({ type: 'checkSelection', data: { tabId: 7 } })).toEqual(
      ok({ kind: 'unreadable-frame' }),
    );
  });

  it('cardClosed: gives focus back in the frame the selection was in, in the sender’s tab', async () => {
    const { handle, restoreFocus } = setup();
    expect(await handle({ type: 'cardClosed', data: { frameId: 3 } }, { tab: { id: 7 } })).toEqual(
      ok(null),
    );
    expect(restoreFocus).toHaveBeenCalledWith(7, 3);
    expect(await handle({ type: 'cardClosed', data: { frameId: 3 } }, {})).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });

  it('checkSelection: a page the browser keeps extensions out of is unreadable', async () => {
    const { handle } = setup(undefined, async () =>
      err({ code: 'unreadable-page', message: 'Cannot access a chrome:// URL' }),
    );
    expect(await handle({ type: 'checkSelection', data: { tabId: 7 } })).toEqual(
      ok({ kind: 'unreadable' }),
    );
  });

  it("checkSelection: a corpus that does not load is the check's error, with its reason", async () => {
    const handle = createMessageHandler({
      getMatcher: async () => err({ code: 'corpus-invalid', message: 'bad schemaVersion' }),
      readSelection: async () => selected('We will meet'),
      restoreFocus: async () => {},
      pending: createPendingChecks(),
      t,
    });
    expect(await handle({ type: 'checkSelection', data: { tabId: 7 } })).toEqual(
      ok({
        kind: 'checked',
        outcome: {
          text: 'We will meet',
          result: err({
            code: 'corpus-invalid',
            message: expect.stringContaining('bad schemaVersion'),
          }),
        },
      }),
    );
  });

  it('checkSelection: a request without a tab id is a bad request', async () => {
    const { handle, readSelection } = setup();
    expect(await handle({ type: 'checkSelection', data: {} })).toEqual(
      err({ code: 'bad-request', message: expect.stringContaining('checkSelection') }),
    );
    expect(readSelection).not.toHaveBeenCalled();
  });

  it('leaves messages that are not for it unanswered', () => {
    const { handle } = setup();
    expect(handle({ type: 'showCard', data: {} })).toBeUndefined();
    expect(handle({ type: 'somebody-else' })).toBeUndefined();
    expect(handle('hello')).toBeUndefined();
    expect(handle(null)).toBeUndefined();
  });
});
