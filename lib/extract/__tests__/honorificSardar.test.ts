import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a tribal honorific before the name is a title, not part of the name', () => {
  it('"Chief Minister Sardar Ada Quill" is Ada Quill', () => {
    const text = article(
      'In a tweet, Provincial Chief Minister Sardar Tariq Velloso said on Wednesday, “All schools in Marlow will remain closed tomorrow.”',
      'Chief Minister Sardar Tariq Velloso said the ferry office should remain alert, he added.',
    );
    expect(speakerIn(text, 'All schools in Marlow')).toBe('Tariq Velloso');
  });
});
