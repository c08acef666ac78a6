import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('"Then he spoke briefly about Quill: “…”": a pronoun clause before a colon', () => {
  it('is the pronoun’s, resolved to the person before it, never a source named by the clause', () => {
    const text = article(
      'Harbour coach Tomas Vell praised his side after the 2-0 win over Brackwater on Sunday.',
      'The coach, hoarse after the match, went on: "We can get better still but tonight I am very happy". Then he spoke briefly about Quill: "She was our best player when she came on. The whole side worked for her".',
    );
    expect(speakerIn(text, 'She was our best player')).toBe('Tomas Vell');
  });
  it('with nobody the pronoun fits is left unattributed, no source printed', () => {
    const text = article(
      'Harbour coach Tomas Vell praised his side after the 2-0 win over Brackwater on Sunday.',
      'Later she turned to the referee: "He had a fine game and we have no complaints at all."',
    );
    expect(speakerIn(text, 'He had a fine game')).toBe('unattributed');
  });
});
