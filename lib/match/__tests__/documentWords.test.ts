import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, normalizeText } from '../../text/normalize';
import { tokenize, wordsOf } from '../../text/tokenize';
import { documentWords } from '../documentWords';

/** The index's words must be the words a check looks up: `tokenize`'s, exactly. */
const wordsByTokenize = (text: string) => wordsOf(tokenize(text)).map((t) => t.norm);

/** Characters where normalisation and tokenising have rules of their own. */
const TRICKY = [
  ...'aZ9 ,.;:!?…\'"’‘“”«»‹›-–—()[]{}\u00a0\u2009\u200b\u00ad\t\n\r',
  'e\u0301', // decomposed accent
  '\u1100\u1161\u11a8', // a Hangul syllable in conjoining jamo
  '한국',
  '東京タワー',
  'ไทย',
  'ﬁ', // a ligature NFKC splits
  '①',
  '２０２１',
  '1,000.5',
  '...',
  'İ',
  '\u0007',
  '😀',
  '\ud800', // half a surrogate pair
];

const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TRICKY),
      fc.string(),
      // Every ASCII character, controls included (normalizeText's fast path).
      fc.string({ unit: 'binary-ascii' }),
      fc.string({ unit: 'binary' }),
    ),
    {
      maxLength: 40,
    },
  )
  .map((parts) => parts.join(''));

describe('documentWords', () => {
  it('gives exactly the words tokenize gives, for any text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(documentWords(t)).toEqual(wordsByTokenize(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('normalizeText is normalize without its map', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(normalizeText(t)).toBe(normalize(t).text);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a sentence as the index stores it', () => {
    expect(documentWords('“We’ll meet [President] Kim — in 2,021… or not,” she said.')).toEqual([
      "we'll",
      'meet',
      'president',
      'kim',
      'in',
      '2,021',
      'or',
      'not',
      'she',
      'said',
    ]);
  });
});
