import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/tokenize';
import { MATCH_CONFIG } from '../config';
import { selectionWords } from '../specificity/gateCommonPhrases';
import { measureSpecificity } from '../specificity/measureSpecificity';
import { shippedWordBits } from '../specificity/shippedWordBits';
import seed from './fixtures/seedCorpus.json';
import { verify } from './seedMatcher';

/** Quotes long enough to hold an eight-word excerpt, with their word tokens. */
const quotes = seed.quotes
  .map((q) => ({ q, words: tokenize(q.text).filter((t) => t.kind === 'word') }))
  .filter((x) => x.words.length >= 8);

const wordsOf = (text: string) =>
  tokenize(text)
    .filter((t) => t.kind === 'word')
    .map((t) => t.norm)
    .join(' ');

/** An excerpt of at least eight whole words of some quote, cut from the text as printed. */
const excerpt = fc
  .integer({ min: 0, max: quotes.length - 1 })
  .chain((qi) => {
    const n = quotes[qi]!.words.length;
    return fc
      .integer({ min: 8, max: n })
      .chain((len) =>
        fc.tuple(fc.constant(qi), fc.integer({ min: 0, max: n - len }), fc.constant(len)),
      );
  })
  .map(([qi, from, len]) => {
    const { q, words } = quotes[qi]!;
    return {
      quote: q,
      words: words.slice(from, from + len),
      text: q.text.slice(words[from]!.start, words[from + len - 1]!.end),
    };
  });

describe('properties over the seed corpus', () => {
  it('any exact excerpt of eight or more words finds its quote: verbatim, or common when it says too little', async () => {
    await fc.assert(
      fc.asyncProperty(excerpt, async ({ quote, text }) => {
        const r = await verify({ text });
        // About 1% of eight-word excerpts are mostly a stock phrase ("… over the next four
        // years so that our"): those are common, and the quote is only where they appear.
        const bits = measureSpecificity(selectionWords(text), shippedWordBits);
        const specific = bits >= MATCH_CONFIG.specificity.minBits;
        expect(r.verdict).toBe(specific ? 'verbatim' : 'common');
        if (!specific) {
          expect(r.best).toBeNull();
          expect(r.matches.map((m) => m.quoteId)).toContain(quote.id);
          return;
        }
        expect(r.matches.map((m) => m.quoteId)).toContain(quote.id);
        // Another quote may hold the same words (002 says "the United States over the next
        // four years" twice); then the best match must hold them too.
        if (r.best?.quoteId !== quote.id) expect(wordsOf(r.best!.quote)).toContain(wordsOf(text));
      }),
      { numRuns: 300 },
    );
    // 300 checks: 3-5 s on the shared 2-core machine, past the default 5 s when busy.
  }, 30_000);

  it('inserting "not" into an excerpt never leaves it verbatim or close', async () => {
    await fc.assert(
      fc.asyncProperty(excerpt, fc.nat(), async ({ quote, words, text }, at) => {
        const k = 1 + (at % (words.length - 1)); // between two words of the excerpt
        const cut = words[k]!.start - words[0]!.start;
        const withNot = `${text.slice(0, cut)}not ${text.slice(cut)}`;
        const r = await verify({ text: withNot });
        expect(['verbatim', 'close']).not.toContain(r.verdict);
        if (r.best?.quoteId === quote.id)
          expect(r.best.changes.map((c) => c.type)).toContain('negation');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, whatever the text, speaker or context', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.option(fc.string({ unit: 'binary', maxLength: 40 })),
        fc.option(fc.string({ unit: 'binary', maxLength: 300 })),
        async (text, claimedSpeaker, context) => {
          const r = await verify({
            text,
            claimedSpeaker: claimedSpeaker ?? undefined,
            context: context ?? undefined,
          });
          expect(r.verdict).toBeTypeOf('string');
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);
});

describe('normalisation properties', () => {
  it('token offsets always lie inside the original text, in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        let last = 0;
        for (const t of tokenize(text)) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(text.length);
          last = t.start;
        }
      }),
      { numRuns: 500 },
    );
  });
});
