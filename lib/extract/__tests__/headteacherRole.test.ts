import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('"the headteacher said" means the one headteacher the article named', () => {
  it('the headteacher named before', () => {
    const text = article(
      'Nell Ardagh, headteacher at Pellow Green Primary, said the new roof would be ready by spring.',
      'The headteacher said the pupils had been moved to the library hall for the winter term.',
    );
    expect(speakerIn(text, 'moved to the library hall')).toBe('Nell Ardagh');
  });

  it('a teacher is not the headteacher', () => {
    const text = article(
      'Corin Hask, a teacher at Mardle Lane School, said the new roof would be ready by spring.',
      'The headteacher said the pupils had been moved to the library hall for the winter term.',
    );
    expect(speakerIn(text, 'moved to the library hall')).not.toBe('Corin Hask');
  });
});
