import { describe, expect, it } from 'vitest';
import { article, who } from './inventedArticle.ts';

/** [who, text] for each quote (direct or reported) of an invented article. */
const quotes = (...paragraphs: string[]) => who(article(...paragraphs));
/** The speaker (or unnamed source) given to the quotation holding `words`, if any. */
const speakerOf = (found: [string, string][], words: string) =>
  found.find(([, text]) => text.includes(words))?.[0];

describe('a dateline is no part of the name after it', () => {
  it('a state’s abbreviation before a hyphen typed as a dash: “TARROW, Wash. - Ada Quill …”', () => {
    const found = quotes(
      'TARROW, Wash. - Mara Quell conceded the harbour board race on Thursday evening.',
      'In a statement, Quell said, "Tonight I called my opponent to wish him a good term."',
    );
    expect(speakerOf(found, 'called my opponent')).toBe('Mara Quell');
  });
});
