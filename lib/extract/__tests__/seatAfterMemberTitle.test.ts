import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('the seat a member’s title names before the name ("the MP for Tarrowby Ada Quill")', () => {
  it('is no part of the name', () => {
    for (const title of ['MP', 'Member', 'MLA']) {
      const text = article(
        `The Green ${title} for Tarrowby Orsolya Pennick called for an inquiry into the ferry tender.`,
        'Ms Pennick said the tender had been rushed through in a fortnight.',
      );
      expect(speakerIn(text, 'tender had been rushed')).toBe('Orsolya Pennick');
    }
  });

  it('a seat of two words before a known given name', () => {
    const text = article(
      'The Green MP for Upper Tarrowby Mary Pennick called for an inquiry into the ferry tender.',
      'Ms Pennick said the tender had been rushed through in a fortnight.',
    );
    expect(speakerIn(text, 'tender had been rushed')).toBe('Mary Pennick');
  });
});
