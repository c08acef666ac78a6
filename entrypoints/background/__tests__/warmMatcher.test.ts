import { describe, expect, it, vi } from 'vitest';
import type { Corpus } from '../../../lib/corpus/schema';
import { createMatcher } from '../../../lib/match/createMatcher';
import type { VerifyRequest } from '../../../lib/match/types';
import { err, ok } from '../../../lib/result';
import { segmentOf } from '../../../lib/segment/__tests__/segmentOf';
import { SegmentSet } from '../../../lib/segment/SegmentSet';
import { createMatcherHost } from '../matcherHost';
import { warmMatcher } from '../warmMatcher';
import { answer, fakeMatcher, tinyCorpus } from './fakes';

describe('warmMatcher', () => {
  it('loads the matcher once and runs checks of a corpus quote, so the first real check finds it ready', async () => {
    const verify = vi.fn((_request: VerifyRequest) => answer('verbatim'));
    const load = vi.fn(async () => ok(fakeMatcher(verify)));
    const getMatcher = createMatcherHost(load);
    await warmMatcher(getMatcher, undefined, () => fakeMatcher(verify));
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
      () => fakeMatcher(verify),
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
    await expect(
      warmMatcher(
        async () => ok(throwing),
        undefined,
        () => throwing,
      ),
    ).resolves.toBeUndefined();
  });

  it('never reads the speakers of the reader’s corpus: only a real check that names someone builds their directory', async () => {
    const bundled = segmentOf(bundledCorpus);
    const reader = segmentOf(readerCorpus, 'reader');
    const read = vi.spyOn(reader, 'speaker');
    const matcher = createMatcher(new SegmentSet([bundled, reader]));
    await warmMatcher(async () => ok(matcher));
    expect(read).not.toHaveBeenCalled();
    // A check with a claim does (the directory of every speaker of the set).
    const quote = readerCorpus.quotes[0]!;
    const named = await matcher.verify({ text: quote.text, claimedSpeaker: 'Tamsin Orley' });
    expect(named.attribution).toBe('consistent');
    expect(read).toHaveBeenCalled();
  });
});

/** A reader's article of our own words: one quotation of a named speaker. */
const readerCorpus: Corpus = {
  schemaVersion: 1,
  speakers: [{ id: 'tamsin-orley', name: 'Tamsin Orley', aliases: [], description: '' }],
  articles: [
    {
      id: 'web-1',
      title: 'Ferries to the islands',
      outlet: 'The Harbour Post',
      url: 'https://harbour-post.test/web-1',
      published: '2026-04-02',
      dateSource: 'article',
      byline: null,
    },
  ],
  quotes: [
    {
      id: 'web-1#1',
      text: 'The ferry to the northern islands will sail twice a day from the first of May',
      speakerId: 'tamsin-orley',
      articleId: 'web-1',
      kind: 'direct',
      context: 'The ferry to the northern islands will sail twice a day from the first of May',
    },
  ],
  narration: [],
};

/** A bundled quotation whose paragraph names its speaker (the warm-up's claim to judge). */
const WALL = 'The harbour wall will be rebuilt with stone from the quarry on the hill';
const bundledCorpus: Corpus = {
  ...readerCorpus,
  speakers: [{ id: 'bo-chen', name: 'Bo Chen', aliases: [], description: '' }],
  articles: [{ ...readerCorpus.articles[0]!, id: 'b1', url: 'https://harbour-post.test/b1' }],
  quotes: [
    {
      id: 'b1#1',
      text: WALL,
      speakerId: 'bo-chen',
      articleId: 'b1',
      kind: 'direct',
      context: `"${WALL}," Bo Chen said on Monday.`,
    },
  ],
};
