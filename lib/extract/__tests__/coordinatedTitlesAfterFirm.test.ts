import { describe, expect, it } from 'vitest';
import { article, speakerAmong, who } from './inventedArticle.ts';

describe('a firm, two offices joined by "and", then a full name', () => {
  it('is the one person holding both offices, never the firm nor two people', () => {
    const found = who(
      article(
        'Harrow Airways Chairman and CEO Ada Quillan said the fleet would grow by ten planes next year.',
        'Marrow Bank Chairman and Chief Executive Officer Lena Ostbyre said profits had doubled since the spring.',
      ),
    );
    expect(speakerAmong(found, 'the fleet would grow by ten planes')).toBe('Ada Quillan');
    expect(speakerAmong(found, 'profits had doubled since the spring')).toBe('Lena Ostbyre');
  });

  it('still reads two named people joined by "and" as speaking together', () => {
    const found = who(
      article(
        'President Tomas Vellard and Senator Ada Quillan said the harbour would stay open all winter.',
      ),
    );
    expect(speakerAmong(found, 'the harbour would stay open')).toBeUndefined();
  });
});
