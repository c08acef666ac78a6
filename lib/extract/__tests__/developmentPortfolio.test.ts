import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('"Minister for Planning and Development NAME": development is a portfolio', () => {
  it('the name after it is the speaker, and "he" later is him', () => {
    const text = article(
      'Tarrow: Provincial Minister for Planning and Development Tomas Brenner said that ferry union leader Ada Quill should use the council floor to win over the members. Asked about the strike, he said that the union was only making the dispute worse.',
    );
    expect(speakerIn(text, 'should use the council floor')).toBe('Tomas Brenner');
    expect(speakerIn(text, 'the union was only making')).toBe('Tomas Brenner');
  });
});
