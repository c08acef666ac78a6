/**
 * Test doubles for the background tests: a matcher over a tiny corpus that answers from
 * a table, and English `t`. Tests only; the worker always loads the real matcher.
 */

import type { Corpus } from '../../../lib/corpus/schema';
import type { Matcher } from '../../../lib/match/Matcher';
import type { VerifyRequest, VerifyResult } from '../../../lib/match/types';
import { buildSegment } from '../../../lib/segment/buildSegment';
import { openSegment } from '../../../lib/segment/openSegment';
import { SegmentSet } from '../../../lib/segment/SegmentSet';
import { translateFromMessages } from '../../../lib/ui/translateFromMessages';
import en from '../../../public/_locales/en/messages.json';

export const t = translateFromMessages(en);

export const tinyCorpus: Corpus = {
  schemaVersion: 1,
  speakers: [{ id: 'lee', name: 'Lee Jae-myung', aliases: [], description: 'Governor' }],
  articles: [
    {
      id: 'a1',
      title: 'Headline',
      outlet: 'The Hankyoreh',
      url: 'https://example.org/a1',
      published: '2021-08-23',
      dateSource: 'article',
      byline: null,
    },
  ],
  quotes: [
    {
      id: 'a1#1',
      text: 'We will meet',
      speakerId: 'lee',
      articleId: 'a1',
      kind: 'direct',
      context: '',
    },
  ],
  narration: [],
};

export function answer(verdict: VerifyResult['verdict']): VerifyResult {
  return { verdict, attribution: 'unknown', claimedSpeaker: null, best: null, matches: [] };
}

/** Lee Jae-myung's words, verbatim, that the page gives to Moon Jae-in. */
export function misattributedAnswer(): VerifyResult {
  const quote = tinyCorpus.quotes[0]!;
  const article = tinyCorpus.articles[0]!;
  const best = {
    quoteId: quote.id,
    quote: quote.text,
    speaker: 'Lee Jae-myung',
    speakerId: 'lee',
    source: null,
    speakerDescription: 'Governor',
    kind: 'direct' as const,
    score: 1,
    changes: [],
    segments: [],
    article: { ...article, byline: undefined },
    origin: 'bundled' as const,
  };
  return {
    verdict: 'verbatim',
    attribution: 'conflict',
    claimedSpeaker: 'Moon Jae-in',
    best,
    matches: [best],
  };
}

/** A matcher whose checks answer from `verify`, over the tiny corpus's real segment. */
export function fakeMatcher(verify: (request: VerifyRequest) => VerifyResult): Matcher {
  const segment = openSegment(buildSegment(tinyCorpus), { origin: 'bundled' });
  if (!segment.ok) throw new Error(segment.error.message);
  return { verify: async (request) => verify(request), segments: new SegmentSet([segment.value]) };
}
