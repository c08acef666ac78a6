import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('"NAME described how CLAUSE": the account "how" opens is reported speech', () => {
  const intro = 'Ivo Brask, the mayor of Tallow, spoke to growers on Monday.';
  it('reads the clause after "described how" and "explained how"', () => {
    const text = article(
      intro,
      'Brask described how the long drought had emptied half of the farms in the valley.',
      'He also explained how the ferry fees paid for the new pier last year.',
    );
    expect(speakerIn(text, 'the long drought had emptied')).toBe('Ivo Brask');
    expect(speakerIn(text, 'the ferry fees paid for')).toBe('Ivo Brask');
  });
  it('reads no words in a degree, a way, or a description with an object', () => {
    const text = article(
      intro,
      'Brask explained how much the new pier would cost the town.',
      'Brask explained how to apply for the grant before May.',
      'Brask described the flooded farms in the valley as a warning.',
    );
    expect(speakerIn(text, 'the new pier would cost')).toBe('missing');
    expect(speakerIn(text, 'apply for the grant')).toBe('missing');
    expect(speakerIn(text, 'the flooded farms')).toBe('missing');
  });
});
