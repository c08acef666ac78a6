import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('initials printed without full stops before a surname ("K C Morawal")', () => {
  it('are a person’s name, not a company’s abbreviation, and the surname alone is theirs', () => {
    const text = article(
      'Central Bank governor K C Morawal said rates would hold until the summer.',
      '“We see no reason to move rates this quarter,” Morawal said.',
    );
    expect(speakerIn(text, 'rates would hold')).toBe('K C Morawal');
    expect(speakerIn(text, 'We see no reason')).toBe('K C Morawal');
  });

  it('while two capitals with no surname after them stay a company’s', () => {
    const text = article(
      'P G Harbour Holdings said its profits had fallen.',
      '“Sales were weak in every region,” P G said.',
    );
    expect(speakerIn(text, 'Sales were weak')).toBe('organisation: P G');
  });
});
