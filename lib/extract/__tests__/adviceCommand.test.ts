import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('"NAME advises residents to …": a person’s advice is an indirect command', () => {
  const intro = 'Sheriff Ivo Brask spoke to reporters in Tallow on Monday.';
  it('reads what a person advises, encourages or reminds others to do as their words', () => {
    const text = article(
      intro,
      'Sheriff Brask also advises residents to lock their sheds and keep a list of their tools.',
      'Brask encourages homeowners to help their neighbours watch each other’s property.',
      'Brask reminded drivers to stay alert to any odd cars on the farm roads.',
    );
    expect(speakerIn(text, 'lock their sheds')).toBe('Ivo Brask');
    expect(speakerIn(text, 'help their neighbours watch')).toBe('Ivo Brask');
    expect(speakerIn(text, 'stay alert to any odd cars')).toBe('Ivo Brask');
  });
  it('reads nothing when a thing, not a person, encourages', () => {
    const text = article(intro, 'The new tax encouraged firms to invest more in their plants.');
    expect(speakerIn(text, 'invest more in their plants')).toBe('missing');
  });
});
