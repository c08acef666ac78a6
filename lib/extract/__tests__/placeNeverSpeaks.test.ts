import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a place is never a named speaker', () => {
  it('a capital that speaks for its government (“Vilnius announced …”) names nobody', () => {
    for (const city of ['Vilnius', 'Harare', 'Belgrade', 'Kampala']) {
      const text = article(
        'Tarrow recalled its envoy last week after a long row over ferry rights.',
        `On June 3, ${city} announced the expulsion of a junior attaché “for conduct at odds with the harbour treaty.”`,
      );
      const speaker = speakerIn(text, 'conduct at odds');
      expect(speaker, city).not.toBe(city);
    }
  });

  it('a given name and a place joined by “and” make no person (“Florence and South Tarrow”)', () => {
    const text = article(
      'Floods eased in Norland, Florence and South Tarrow on Sunday, giving towns some respite.',
      '“The toll is high in the south,” Tarrow said.',
    );
    expect(speakerIn(text, 'toll is high')).not.toBe('Florence Tarrow');
  });

  it('a single capitalised word after “The” at a sentence start is a description (“The Norlander, however, promised”)', () => {
    const text = article(
      'Ada Quill of Norland and Ben Tarrow met at the harbour on Friday for the weigh-in.',
      'The Norlander, however, promised: “I will row faster than ever tonight.”',
    );
    expect(speakerIn(text, 'row faster')).not.toBe('Norlander');
  });
});
