import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parseArticle.ts';
import { extractClaimFromContext, extractClaimFromSelection } from '../readClaim.ts';

/** Pieces of news prose, in any order: names, titles, speech verbs, marks, commas, cut ends. */
const PIECES = [
  'Mayor',
  'Ada',
  'Quill',
  'Lee',
  'Jae-myung',
  'the',
  'a',
  'official',
  'said',
  'told',
  'Reuters',
  'according',
  'to',
  'he',
  'she',
  'they',
  'that',
  'and',
  'who',
  'is',
  'of',
  'Council',
  '“',
  '”',
  '"',
  '‘',
  '’',
  "'",
  ',',
  '.',
  ':',
  ';',
  '—',
  '(',
  ')',
  'Q:',
  'A:',
  'RT:',
  '\n',
  '\n\n',
  '19',
  'Mr.',
  'De',
  'Miranda',
  'Washington',
  'saying',
  'added',
  'The',
  'will',
  'win',
];
const prose = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 40 })
  .map((words) => words.join(' '));

describe('the extractor on any text', () => {
  it('never throws, and every quote it gives stands at its offsets', () => {
    fc.assert(
      fc.property(prose, (text) => {
        const parsed = parseArticle('any.txt', `A headline of four words\n\n${text}`);
        if (!parsed.ok) return;
        for (const q of parsed.value.quotes)
          expect(parsed.value.text.slice(q.start, q.end)).toBe(q.text);
      }),
      // Cases the random runs found: a question that closes a quotation it never opened; a
      // stray mark the paragraph is read without; a relative clause with no name before it.
      {
        numRuns: 300,
        examples: [
          ['Q: Mayor Mayor Mayor ” .'],
          ['according RT: ‘ said ”'],
          [', who told Mayor Mayor'],
        ],
      },
    );
  }, 30_000);

  it('the claim reader never throws on a cut selection or paragraph', () => {
    fc.assert(
      fc.property(prose, prose, (context, selection) => {
        extractClaimFromSelection(selection);
        extractClaimFromContext(context, selection);
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
