import { describe, expect, it, vi } from 'vitest';
import { err, ok } from '../../../lib/result';
import { createMessageHandler } from '../handleMessage';
import { createMatcherHost } from '../matcherHost';
import { createPendingChecks } from '../pendingChecks';
import { answer, fakeMatcher, t } from './fakes';

function setup(verify = vi.fn(() => answer('verbatim'))) {
  const load = vi.fn(() => ok(fakeMatcher(verify)));
  const pending = createPendingChecks();
  const handle = createMessageHandler({ getMatcher: createMatcherHost(load), pending, t });
  return { handle, load, verify, pending };
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
      getMatcher: () => err({ code: 'corpus-invalid', message: 'quotes[3].speakerId is unknown' }),
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

  it('prepare: loads the matcher ahead of the first check, once', async () => {
    const { handle, load, verify } = setup();
    expect(await handle({ type: 'prepare', data: null })).toEqual(ok(null));
    expect(load).toHaveBeenCalledTimes(1);
    await handle({ type: 'verify', data: { text: 'We will meet' } });
    expect(load).toHaveBeenCalledTimes(1);
    expect(verify).toHaveBeenCalledTimes(1);
  });

  it('prepare: reports a corpus that does not load', async () => {
    const handle = createMessageHandler({
      getMatcher: () => err({ code: 'corpus-invalid', message: 'bad schemaVersion' }),
      pending: createPendingChecks(),
      t,
    });
    expect(await handle({ type: 'prepare', data: null })).toEqual(
      err({ code: 'corpus-invalid', message: expect.stringContaining('bad schemaVersion') }),
    );
  });

  it('corpusSummary: counts what the bundled corpus holds', async () => {
    const { handle } = setup();
    expect(await handle({ type: 'corpusSummary', data: null })).toEqual(
      ok(expect.objectContaining({ quotes: 1, speakers: 1, articles: 1 })),
    );
  });

  it('takePendingCheck: hands over the check once, then nothing', async () => {
    const { handle, pending } = setup();
    const outcome = { text: 'We will meet', result: ok(answer('verbatim')) };
    pending.put(7, outcome);
    expect(await handle({ type: 'takePendingCheck', data: { tabId: 7 } })).toEqual(ok(outcome));
    expect(await handle({ type: 'takePendingCheck', data: { tabId: 7 } })).toEqual(ok(null));
  });

  it('takePendingCheck: a request without a tab id is a bad request', async () => {
    const { handle } = setup();
    expect(await handle({ type: 'takePendingCheck', data: {} })).toEqual(
      err({ code: 'bad-request', message: expect.stringContaining('takePendingCheck') }),
    );
  });

  it('leaves messages that are not for it unanswered', () => {
    const { handle } = setup();
    expect(handle({ type: 'showCard', data: {} })).toBeUndefined();
    expect(handle({ type: 'somebody-else' })).toBeUndefined();
    expect(handle('hello')).toBeUndefined();
    expect(handle(null)).toBeUndefined();
  });
});
