import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('the sole speaker does not take a quoted paragraph printed before they are met', () => {
  it('an opening quoted paragraph stays unattributed', () => {
    const text = article(
      'The Tarrowby Reading Trust has given the Quayside School a grant for its library.',
      '“This grant comes at the right time for our pupils, who have missed so much reading time.”',
      '“We are proud to back reading in the towns we serve,” said Halvard Ostrem, director of the trust.',
      '“Every book on a shelf is a door for a child,” Ostrem said.',
    );
    expect(speakerIn(text, 'right time for our pupils')).not.toBe('Halvard Ostrem');
    expect(speakerIn(text, 'door for a child')).toBe('Halvard Ostrem');
  });
});
