import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('"Mentor" opening a sentence before a full name is a role', () => {
  it('is no part of the name', () => {
    const text = article(
      'Two pupils from Tarrowby found a new comet last spring.',
      'Mentor Idris Kavanagh hopes to follow the comet for another year.',
      '“We will learn a great deal from its tail,” he said.',
    );
    expect(speakerIn(text, 'great deal from its tail')).toBe('Idris Kavanagh');
  });
});
