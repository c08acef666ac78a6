import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a councillor’s two-letter title ("Cr Quill said")', () => {
  it('finds the person named in full before', () => {
    const text = article(
      'Deputy Mayor Orla Vennick said the levy would rise by two per cent next year.',
      '"We looked at every line of the budget before we settled on this figure," Cr Vennick said on Tuesday.',
    );
    expect(speakerIn(text, 'every line of the budget')).toBe('Orla Vennick');
  });
});
