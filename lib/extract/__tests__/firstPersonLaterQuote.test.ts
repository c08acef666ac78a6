import { describe, expect, it } from 'vitest';
import { speakerOf } from './inventedArticle.ts';

describe('a quotation saying “I” makes its full name a person’s for that name’s earlier quotations too', () => {
  it('“…,” said Dunstan Orrel. “I …”: Orrel speaks both', () => {
    const paragraphs = [
      'The night ferry to Quarrow Point ran four hours late on Sunday.',
      '“The crowd on the quay waited without a word of news,” said Dunstan Orrel. “I stayed there until the boat came in.”',
    ];
    expect(speakerOf('without a word of news', ...paragraphs)).toBe('Dunstan Orrel');
    expect(speakerOf('until the boat came in', ...paragraphs)).toBe('Dunstan Orrel');
  });

  it('a name that says “we” gets no such evidence', () => {
    expect(
      speakerOf(
        'the quay was closed',
        'The night ferry to Quarrow Point ran four hours late on Sunday.',
        '“We were told the quay was closed for repairs,” said Harrow Tessel.',
      ),
    ).toBe('');
  });
});
