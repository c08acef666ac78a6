import { describe, expect, it } from 'vitest';
import { article, read } from './inventedArticle.ts';

/** [who, text] for each quote, and the reasons of the unattributed ones. */
const quotes = (...paragraphs: string[]) => {
  const a = read(article(...paragraphs));
  return a.quotes.map((q) => [q.speaker ?? `${q.sourceKind}: ${q.source}`, q.text]);
};

describe('a role phrase resolves to the one person the page gives that office', () => {
  it('a title with an honorific after it (“Foreign Affairs Minister Dr Vera Lindqvist”)', () => {
    expect(
      quotes(
        'Harbour Prime Minister Omar Haddad is a good partner, said the island’s Foreign Affairs Minister Dr Vera Lindqvist.',
        'During the visits, the minister said both ports had signed three new accords on shipping.',
      ),
    ).toContainEqual(['Vera Lindqvist', 'both ports had signed three new accords on shipping']);
  });

  it('“the minister” is not the prime minister; “the prime minister” is', () => {
    expect(
      quotes(
        'Prime Minister Omar Haddad met Transport Minister Ines Varga in the capital on Monday.',
        '“The ferries will run all winter,” said the minister.',
        '“We will keep the port open,” said the prime minister.',
      ),
    ).toEqual([
      ['Ines Varga', 'The ferries will run all winter,'],
      ['Omar Haddad', 'We will keep the port open,'],
    ]);
  });

  it('“PM Omar Haddad”: “the prime minister”, “the premier”', () => {
    expect(
      quotes(
        'PM Omar Haddad spoke to reporters in the capital on Monday about the port.',
        '“We will keep working together on this,” said the prime minister.',
        '“We want to further promote these ties,” said the premier.',
      ),
    ).toEqual([
      ['Omar Haddad', 'We will keep working together on this,'],
      ['Omar Haddad', 'We want to further promote these ties,'],
    ]);
  });

  it('two people who hold the office, both the subject before: nobody', () => {
    expect(
      quotes(
        'Transport Minister Ines Varga and Trade Minister Pia Holm met in the capital on Monday.',
        '“The ferries will run all winter,” said the minister.',
      ),
    ).toEqual([]);
  });
});
