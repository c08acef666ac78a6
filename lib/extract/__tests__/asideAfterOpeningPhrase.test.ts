import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('"Without help from abroad, he warned, CLAUSE": an aside inside one clause', () => {
  it('reads the clause after the aside as the speaker’s words, whatever opens its subject', () => {
    const text = article(
      'Ivo Brask, the mayor of Tallow, spoke to growers on Monday.',
      'Without quick help from abroad, he warned, thousands of farmers risk losing their harvest this year.',
    );
    expect(speakerIn(text, 'thousands of farmers risk losing')).toBe('Ivo Brask');
  });
  it('still reads an attribution after a whole clause as closing that clause', () => {
    const text = article(
      'Ivo Brask, the mayor of Tallow, spoke to growers on Monday.',
      'The river rose quickly over the night, he said, but most growers were away at the fair.',
    );
    expect(speakerIn(text, 'most growers were away')).not.toBe('Ivo Brask');
  });
});
