import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('“…,” said van Gaal: a surname that opens with its particle, after the verb', () => {
  it('is the person the story named in full, whatever the particle or verb', () => {
    const variants: [string, string, string][] = [
      ['Harbour coach Louis van Gaalen', 'said van Gaalen', 'Louis van Gaalen'],
      ['Striker Kevin de Bruyntje', 'added de Bruyntje', 'Kevin de Bruyntje'],
      ['Defender Ana da Silveira', 'insisted da Silveira', 'Ana da Silveira'],
    ];
    for (const [introduced, attribution, speaker] of variants) {
      const text = article(
        `${introduced} admitted the side had not been good enough on Tuesday.`,
        `"On a pitch this heavy, we had to pass it short and quick," ${attribution}.`,
      );
      expect(speakerIn(text, 'pass it short and quick')).toBe(speaker);
    }
  });
});
