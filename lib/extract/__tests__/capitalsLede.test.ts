import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a lede whose first words are printed in capitals ("LINA MORROW WATCHED from …")', () => {
  it('gives the surname the text uses alone its full name', () => {
    const text = article(
      'LINA MORROW WATCHED from the bank as her son crossed the line first on Sunday.',
      '“I was shouting so loudly that I lost my voice,” Morrow said.',
    );
    expect(speakerIn(text, 'I was shouting so loudly')).toBe('Lina Morrow');
  });

  it('whatever given name the curated list knows, after other words in capitals', () => {
    const text = article(
      'HARBOUR CAPTAIN TOMAS BRELL LINGERED on the quay long after the last boat had come in.',
      '“The sea was kinder than the forecast said,” Brell said.',
    );
    expect(speakerIn(text, 'The sea was kinder')).toBe('Tomas Brell');
  });

  it('but names nobody when no given name opens the capitals', () => {
    const text = article(
      'THE HARBOUR WATCHED in silence as the ferry left for the last time.',
      '“Nobody will forget this morning,” Harbour said.',
    );
    expect(speakerIn(text, 'Nobody will forget')).not.toContain('Harbour ');
  });
});
