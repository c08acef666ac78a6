import { describe, expect, it } from 'vitest';
import { isTitleCase } from '../sieves/repeatedQuote.ts';
import { read } from './inventedArticle.ts';

/** An invented article whose first line is its headline, then paragraphs. */
const page = (headline: string, ...paragraphs: string[]) =>
  [headline, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');

/** [speaker or '', text] of each quotation holding `probe`. */
const speakersOf = (text: string, probe: string) =>
  read(text)
    .quotes.filter((q) => q.text.includes(probe))
    .map((q) => q.speaker ?? '');

const BODY = [
  'ELMWOOD — The harbour trust voted on Monday to rebuild the north pier.',
  '“We waited for years until a new board made the pier its first priority,” said Ada Quill, the trust’s chair. “Its passage shows the trust is back at work for the town.”',
  'Tomas Varga, a trawler captain, said he would believe it when he saw it.',
];

describe('a quotation the article prints again where someone is said to say it', () => {
  it('a pull quote above the lede', () => {
    const text = page(
      'Harbour trust backs the north pier',
      '‘We waited for years until a new board made the pier its first priority.’',
      ...BODY,
    );
    expect(speakersOf(text, 'We waited for years')).toEqual(['Ada Quill', 'Ada Quill']);
  });

  it('a pull quote joining two passages with an ellipsis', () => {
    const text = page(
      'Harbour trust backs the north pier',
      '“made the pier its first priority…Its passage shows the trust is back at work”',
      ...BODY,
    );
    expect(speakersOf(text, 'first priority…Its passage')).toEqual(['Ada Quill']);
  });

  it.each([
    '‘Its passage shows the trust is back at work’ - Quill and the board celebrate',
    '"Its passage shows the trust is back at work": harbour trust backs pier',
  ])('a headline quoting the words: %s', (headline) => {
    expect(speakersOf(page(headline, ...BODY), 'Its passage shows').sort()).toEqual([
      'Ada Quill',
      'Ada Quill',
    ]);
  });

  it('not when the passages of an ellipsis are two people’s', () => {
    const text = page(
      'Harbour trust backs the north pier',
      '“made the pier its first priority…he would believe it when he saw it”',
      BODY[0]!,
      BODY[1]!,
      '“I will believe it when I see it,” said Tomas Varga, a trawler captain.',
    );
    expect(speakersOf(text, 'first priority…')).toEqual([]);
  });

  it('a title in capitals is no pull quote (“Profound Threat to the Harbour as We Know It”)', () => {
    expect(isTitleCase('Shows The Trust Is Back At Work For The Town')).toBe(true);
    expect(isTitleCase('Its passage shows the trust is back at work')).toBe(false);
    expect(isTitleCase('Quill is now my favourite player')).toBe(false);
  });

  it('not a stock phrase of fewer than four words', () => {
    const text = page('Harbour trust backs the north pier', '“Back at work.”', ...BODY);
    expect(speakersOf(text, 'Back at work.')).toEqual([]);
  });
});
