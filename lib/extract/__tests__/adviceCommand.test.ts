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

describe('advice or a warning from a role or a body is an indirect command', () => {
  it('reads advice from a role, a body in the making of it, and a warning to someone', () => {
    const text = article(
      'Harbour commissioner Pell Odrun toured the flooded quays at Tallow on Monday.',
      'The commissioner advised those living on the low quays to move up to the chapel hall for the night.',
      'By noon the Tallow Police were advising drivers to take the longer road over the moor.',
      'Local councillors have warned the ferry board to settle the pay dispute before the summer.',
    );
    expect(speakerIn(text, 'move up to the chapel hall')).not.toBe('missing');
    expect(speakerIn(text, 'take the longer road over the moor')).toBe(
      'organisation: Tallow Police',
    );
    expect(speakerIn(text, 'settle the pay dispute')).not.toBe('missing');
  });
  it('reads nothing when a thing warns or reminds', () => {
    const text = article(
      'Harbour commissioner Pell Odrun toured the flooded quays at Tallow on Monday.',
      'The rising price of diesel reminded skippers to keep their boats in port this week.',
    );
    expect(speakerIn(text, 'keep their boats in port')).toBe('missing');
  });
});
