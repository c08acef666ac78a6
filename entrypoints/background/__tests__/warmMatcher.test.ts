import { describe, expect, it, vi } from 'vitest';
import type { VerifyRequest } from '../../../lib/match/types';
import { err, ok } from '../../../lib/result';
import { createMatcherHost } from '../matcherHost';
import { warmMatcher } from '../warmMatcher';
import { answer, fakeMatcher, tinyCorpus } from './fakes';

describe('warmMatcher', () => {
  it('loads the matcher once and runs checks of a corpus quote, so the first real check finds it ready', () => {
    const verify = vi.fn((_request: VerifyRequest) => answer('verbatim'));
    const load = vi.fn(() => ok(fakeMatcher(verify)));
    const getMatcher = createMatcherHost(load);
    warmMatcher(getMatcher);
    expect(load).toHaveBeenCalledTimes(1);
    const quote = tinyCorpus.quotes[0]!;
    expect(verify).toHaveBeenCalledWith({ text: quote.text, context: quote.context });
    // An altered selection too: the diff path gets compiled before a reader needs it.
    expect(verify.mock.calls.map(([request]) => request.text)).toContain('We meet');
    getMatcher();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('leaves a corpus that does not load, and a matcher that throws, to the first real check', () => {
    const load = vi.fn(() => err({ code: 'corpus-invalid', message: 'bad schemaVersion' }));
    expect(() => warmMatcher(createMatcherHost(load))).not.toThrow();
    expect(load).toHaveBeenCalledTimes(1);
    const throwing = fakeMatcher(() => {
      throw new Error('index out of range');
    });
    expect(() => warmMatcher(() => ok(throwing))).not.toThrow();
  });
});
