import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('"NAME recommended the charges be dropped": a recommendation’s subjunctive clause', () => {
  const intro = 'Prosecutor Ivo Brask spoke to reporters in Tallow on Monday.';
  it('reads the clause of a person’s recommendation, with or without "that"', () => {
    const text = article(
      intro,
      'Brask watched the tape, and he recommended all counts on Pell Orrin be withdrawn.',
      'Brask also recommended that Tove Lind only face a small fine for the damage.',
    );
    expect(speakerIn(text, 'all counts on Pell Orrin be withdrawn')).toBe('Ivo Brask');
    expect(speakerIn(text, 'Tove Lind only face a small fine')).toBe('Ivo Brask');
  });
  it('reads nothing for an object, a document’s recommendation, or one recommended to someone', () => {
    const text = article(
      intro,
      'Brask recommended a new bridge over the river near the mill.',
      'The survey recommended that the council close the old pier before winter.',
      'Brask recommended the council to the visiting board of trade.',
    );
    expect(speakerIn(text, 'a new bridge over the river')).toBe('missing');
    expect(speakerIn(text, 'close the old pier')).toBe('missing');
    expect(speakerIn(text, 'the visiting board of trade')).toBe('missing');
  });
});
