import { describe, expect, it } from 'vitest';
import { article, who } from './inventedArticle.ts';

/** [who, text] for each quote (direct or reported) of an invented article. */
const quotes = (...paragraphs: string[]) => who(article(...paragraphs));
/** The speaker (or unnamed source) given to the quotation holding `words`, if any. */
const speakerOf = (found: [string, string][], words: string) =>
  found.find(([, text]) => text.includes(words))?.[0];

describe('a name inside someone’s unmarked words is not whom a later “he” means', () => {
  it('a post printed after a colon, in the first person, names another man', () => {
    const found = quotes(
      'Harbour minister Piet Quill wrote on his page after the talks in Tarrow: Over two long days, we held frank talks with the island delegations. For that reason, Fisheries Minister Mr. Holt and his deputy flew in late on Sunday. We also met the port unions twice. The mood was calm. He later stressed the “steady and patient spirit around the table.”',
    );
    expect(speakerOf(found, 'steady and patient spirit')).toBe('Piet Quill');
  });

  it('without a first-person sentence, the man named last is still whom “he” means', () => {
    const found = quotes(
      'Ada Quill opened the session. Fisheries Minister Dov Holt arrived late on Sunday and spoke at length. He later stressed the “steady and patient spirit around the table.”',
    );
    expect(speakerOf(found, 'steady and patient spirit')).toBe('Dov Holt');
  });
});
