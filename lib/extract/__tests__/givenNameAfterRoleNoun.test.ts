import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a title word that is also a given name, after a role in lower case ("manager Dean Holt")', () => {
  it('is the given name of the person, whom the surname alone then means', () => {
    const text = article(
      'Tarrow manager Dean Holt was delighted with the win on Saturday.',
      '“The lads ran until they dropped,” Holt said.',
    );
    expect(speakerIn(text, 'The lads ran')).toBe('Dean Holt');
  });

  it('also when the full mention attributes the words itself', () => {
    const text = article(
      'Harbour Institute researcher Dean Quarrie said the tide data was clear.',
      '“The sea is rising faster than we thought,” Quarrie said.',
    );
    expect(speakerIn(text, 'the tide data was clear')).toBe('Dean Quarrie');
    expect(speakerIn(text, 'The sea is rising')).toBe('Dean Quarrie');
  });
});
