import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import table from '../../../../.wxt/wordTable.json';
import type { Corpus } from '../../../corpus/schema';
import seed from '../../__tests__/fixtures/seedCorpus.json';
import { MATCH_CONFIG } from '../../config';
import { loadMatcher } from '../../loadMatcher';
import type { Match, VerifyResult } from '../../types';
import type { WordTable } from '../deriveWordTable';
import { gateCommonPhrases } from '../gateCommonPhrases';
import { shippedWordBits } from '../shippedWordBits';

const { commonWordBits, predictableShare, minBits } = MATCH_CONFIG.specificity;

/** Every word of the shipped table with fewer than commonWordBits bits (plain letters). */
const COMMON_WORDS = (table as WordTable).bands
  .flatMap((band, i) =>
    (table as WordTable).minBits + i * (table as WordTable).stepBits < commonWordBits
      ? band.split(' ')
      : [],
  )
  .filter((word) => /^[a-z]+$/.test(word));

/**
 * The longest phrase of common words the measure can never lift to minBits: the first
 * word counts at most commonWordBits, each next one at most predictableShare of that.
 */
const MAX_COMMON_WORDS = Math.ceil(
  (minBits - commonWordBits) / (predictableShare * commonWordBits),
);

const MATCH: Match = {
  quoteId: 'a#1',
  quote: 'at any time and through any channel',
  speaker: 'Lee Jae-myung',
  speakerId: 'lee',
  source: null,
  speakerDescription: '',
  kind: 'direct',
  score: 1,
  changes: [],
  segments: [],
  origin: 'bundled',
  article: {
    id: 'a',
    title: 'T',
    outlet: null,
    url: null,
    published: null,
    dateSource: null,
  },
};

const FOUND: VerifyResult = {
  verdict: 'verbatim',
  attribution: 'conflict',
  claimedSpeaker: 'Moon Jae-in',
  best: MATCH,
  matches: [MATCH],
  span: ['a#1', 'a#2'],
};

describe('gateCommonPhrases', () => {
  it('turns a match on a stock phrase into common: no speaker, no conflict, where it appears', async () => {
    const gated = gateCommonPhrases(
      () => ({ ...FOUND, reason: { code: 'same-words', words: [], framing: 'Lee said' } }),
      shippedWordBits,
    );
    const r = gated({ text: 'at any time and through any channel' });
    expect(r).toMatchObject({
      verdict: 'common',
      attribution: 'unknown',
      best: null,
      matches: [MATCH],
      claimedSpeaker: 'Moon Jae-in',
    });
    // Its own reason, not the words' verdict's it replaced.
    expect(r.reason).toEqual({ code: 'common-phrase', words: [] });
    expect(r.span).toBeUndefined();
    expect(r.specificityBits).toBeLessThan(minBits);
  });

  it('a common phrase found nowhere is common too, with nothing listed', async () => {
    const gated = gateCommonPhrases(
      () => ({ ...FOUND, verdict: 'no-match', attribution: 'unknown', best: null, matches: [] }),
      shippedWordBits,
    );
    expect(gated({ text: 'over the next four years' })).toMatchObject({
      verdict: 'common',
      matches: [],
    });
  });

  it('a common phrase the article narrates names no article as its source', async () => {
    const narration = { text: 'over the next four years', article: MATCH.article };
    const gated = gateCommonPhrases(
      () => ({ ...FOUND, verdict: 'source-text', best: null, matches: [], narration }),
      shippedWordBits,
    );
    const r = gated({ text: 'over the next four years' });
    expect(r.verdict).toBe('common');
    expect(r.narration).toBeUndefined();
  });

  it('leaves a specific selection as the matcher answered it, and too-short alone', async () => {
    const gated = gateCommonPhrases(() => FOUND, shippedWordBits);
    const text = 'We are ready for dialogue with North Korea at any time and through any channel';
    expect(gated({ text })).toBe(FOUND);
    const short = { ...FOUND, verdict: 'too-short' as const };
    expect(gateCommonPhrases(() => short, shippedWordBits)({ text: 'at any' })).toBe(short);
  });

  it('measures the quoted words, not the attribution cut from the selection', async () => {
    const gated = gateCommonPhrases(() => FOUND, shippedWordBits);
    // "Lee Jae-myung" alone would carry 60 bits of names.
    expect(gated({ text: '“Over the next four years,” Lee Jae-myung said.' }).verdict).toBe(
      'common',
    );
  });
});

describe('property: a phrase made only of common words is never attributed', () => {
  it('whatever the corpus holds: the phrase as a quote, inside a quote, claimed for someone else', async () => {
    expect(COMMON_WORDS.length).toBeGreaterThan(300);
    expect(MAX_COMMON_WORDS).toBeGreaterThanOrEqual(8);
    const phrase = fc
      .array(fc.constantFrom(...COMMON_WORDS), { minLength: 3, maxLength: MAX_COMMON_WORDS })
      .map((words) => words.join(' '));
    await fc.assert(
      fc.asyncProperty(
        phrase,
        fc.constantFrom('alone', 'inside'),
        fc.constantFrom(...seed.speakers.map((s) => s.id)),
        async (text, where, speakerId) => {
          const corpus = structuredClone(seed) as Corpus;
          const quoteText =
            where === 'alone' ? text : `Peninsula sanctions aside, ${text}, in Pyongyang`;
          corpus.quotes.push({
            id: `${corpus.articles[0]!.id}#900`,
            text: quoteText,
            speakerId,
            articleId: corpus.articles[0]!.id,
            kind: 'direct',
            context: `“${quoteText},” she said.`,
          });
          const loaded = loadMatcher(corpus);
          if (!loaded.ok) throw new Error(loaded.error.message);
          const r = await loaded.value.verify({
            text,
            context: `“${text},” said Moon Jae-in on Tuesday.`,
          });
          expect(r.verdict).toBe('common');
          expect(r.best).toBeNull();
          expect(r.attribution).toBe('unknown');
        },
      ),
      { numRuns: 60 },
    );
  });
});
