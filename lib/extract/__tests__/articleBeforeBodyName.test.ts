import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a run of three words after "the" names a place or a body, not a person', () => {
  it('a surname it opens with, used alone, is not that body', () => {
    const text = article(
      'Neighbours have complained for a year about the Holloran Salvage Yard near the old quay.',
      'Inside, the cranes were still working late into the evening.',
      'Holloran says the yard is doing what it can to keep the dust down.',
    );
    expect(speakerIn(text, 'doing what it can')).not.toBe('Holloran Salvage Yard');
  });
});
