import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

/** A quotation signed by one person, then a paragraph that opens with a quotation and names another. */
const LEADS = ['"We lost the vote, and we owe the winner our help."', '-Tomas Vell, 2014'];

describe('a paragraph that names another person carries no speaker from the paragraph before', () => {
  it('“…” This was not the speech OTHER wanted to give. “…”: not the earlier speaker', () => {
    for (const middle of [
      'This was not the speech Mira Quell had hoped to give in March 2009, but she knew that conceding was right.',
      'Mira Quell never wanted to say those words in 2009, yet she did.',
      'Those were the words Senator Mira Quell chose on a cold night in 2009.',
    ]) {
      const text = article(
        'Senator Mira Quell lost two races for mayor, in 2004 and in 2009.',
        ...LEADS,
        `“For the sake of the harbour towns, I accept the result tonight.” ${middle} “I ask everyone who stood with me to stand with the new mayor.”`,
      );
      for (const words of ['I accept the result tonight', 'stand with the new mayor'])
        expect(speakerIn(text, words), middle).not.toBe('Tomas Vell');
    }
  });

  it('a paragraph that names only the same speaker again still goes on from them', () => {
    const text = article(
      '“We will open the bridge in May,” Mayor Tomas Vell said on Monday.',
      '“The crews have done fine work.” Vell thanked the engineers by name.',
    );
    expect(speakerIn(text, 'The crews have done fine work')).toBe('Tomas Vell');
  });
});
