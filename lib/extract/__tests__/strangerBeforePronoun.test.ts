import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a pronoun right after a sentence about someone the article names only there', () => {
  it('“While Corvin Maddox accused …. “…,” he wrote.”: never the speaker before', () => {
    for (const middle of [
      'While Corvin Maddox accused the council of having two sets of rules.',
      'But Corvin Maddox questioned why the minister was let through.',
      'Corvin Maddox mocked the decision in a post on Sunday.',
    ]) {
      const text = article(
        '"Why is a minister allowed to tour the coast while the ferries are shut?" asked Tomas Vell.',
        middle,
        '"Other families are kept apart by the closure. But we obey," he wrote.',
      );
      expect(speakerIn(text, 'kept apart by the closure'), middle).not.toBe('Tomas Vell');
    }
  });

  it('“Maddox indicated …, and … he stated that …”: never a person named sentences before', () => {
    for (const verb of ['indicated', 'argued', 'explained']) {
      const text = article(
        'Senator Tomas Vell said he was disappointed that the harbour rules were signed.',
        `Maddox ${verb} it is not for voters to decide such things, and by leaving the bill unsigned, he stated that he meant it as a message to the council.`,
      );
      expect(speakerIn(text, 'meant it as a message'), verb).not.toBe('Tomas Vell');
    }
  });

  it('a sentence about the same speaker in between keeps the pronoun theirs', () => {
    const text = article(
      '"Why is a minister allowed to tour the coast while the ferries are shut?" asked Tomas Vell.',
      'Vell posted the question on Sunday night.',
      '"Other families are kept apart by the closure. But we obey," he wrote.',
    );
    expect(speakerIn(text, 'kept apart by the closure')).toBe('Tomas Vell');
  });
});
