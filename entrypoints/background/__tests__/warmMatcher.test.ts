import { describe, expect, it, vi } from 'vitest';
import type { VerifyRequest } from '../../../lib/match/types';
import { err, ok } from '../../../lib/result';
import { createMatcherHost } from '../matcherHost';
import { warmMatcher } from '../warmMatcher';
import { answer, fakeMatcher, tinyCorpus } from './fakes';

describe('warmMatcher', () => {
  it('loads the matcher once and runs checks of a corpus quote, so the first real check finds it ready', async () => {
    const verify = vi.fn((_request: VerifyRequest) => answer('verbatim'));
    const load = vi.fn(async () => ok(fakeMatcher(verify)));
    const getMatcher = createMatcherHost(load);
    await warmMatcher(getMatcher);
    expect(load).toHaveBeenCalledTimes(1);
    const quote = tinyCorpus.quotes[0]!;
    expect(verify).toHaveBeenCalledWith({ text: quote.text, context: quote.context });
    // An altered selection too: the diff path gets compiled before a reader needs it.
    expect(verify.mock.calls.map(([request]) => request.text)).toContain('We meet');
    await getMatcher();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('lets queued work go first before each warm check, the check without context first', async () => {
    const order: string[] = [];
    const verify = vi.fn((request: VerifyRequest) => {
      order.push('context' in request ? 'check with context' : 'check');
      return answer('verbatim');
    });
    await warmMatcher(
      async () => ok(fakeMatcher(verify)),
      async () => {
        order.push('turn');
      },
    );
    expect(order).toEqual([
      'turn',
      'check',
      'turn',
      'check with context',
      'turn',
      'check with context',
    ]);
  });

  it('leaves a corpus that does not load, and a matcher that throws, to the first real check', async () => {
    const load = vi.fn(async () => err({ code: 'corpus-invalid', message: 'bad schemaVersion' }));
    await expect(warmMatcher(createMatcherHost(load))).resolves.toBeUndefined();
    expect(load).toHaveBeenCalledTimes(1);
    const throwing = fakeMatcher(() => {
      throw new Error('index out of range');
    });
    await expect(warmMatcher(async () => ok(throwing))).resolves.toBeUndefined();
  });
});
