import { describe, expect, it } from 'vitest';
import { article, who } from './inventedArticle.ts';

/** [who, text] for each quote. */
const quotes = (...paragraphs: string[]) => who(article(...paragraphs));

describe('a role phrase resolves to the one person the page gives that office', () => {
  it('a title with an honorific after it (“Foreign Affairs Minister Dr Vera Lindqvist”)', () => {
    expect(
      quotes(
        'Harbour Prime Minister Omar Haddad is a good partner, said the island’s Foreign Affairs Minister Dr Vera Lindqvist.',
        'On the tour, the minister said both ports had signed three new accords on shipping.',
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
        '“We hope to deepen these links,” said the premier.',
      ),
    ).toEqual([
      ['Omar Haddad', 'We will keep working together on this,'],
      ['Omar Haddad', 'We hope to deepen these links,'],
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

  it('a role set off before a surname (“the Minister for Justice, Mr Dunleavy,”)', () => {
    expect(
      quotes(
        'The Minister for Justice, Mr Dunleavy, told the Dail there was no evidence of spying.',
        'The Minister said the claim was a very serious matter for the force.',
      ),
    ).toEqual([
      ['Dunleavy', 'there was no evidence of spying'],
      ['Dunleavy', 'the claim was a very serious matter for the force'],
    ]);
  });

  it('a time phrase between the speaker and the verb (“Minister Dunleavy last night told”)', () => {
    expect(
      quotes('Minister Dunleavy last night told the Dail that the inquiry would report by June.'),
    ).toEqual([['Dunleavy', 'the inquiry would report by June']]);
  });

  it('an inverted attribution with a role and a surname (“CLAUSE, the Minister for Justice, Mr Dunleavy, told the Dail.”)', () => {
    expect(
      quotes(
        'There was no sign that a serving officer took part in the spying, the Minister for Justice, Mr Dunleavy, told the Dail.',
        'The Minister said the claim was a very serious matter for the force.',
      ),
    ).toEqual([
      ['Dunleavy', 'There was no sign that a serving officer took part in the spying'],
      ['Dunleavy', 'the claim was a very serious matter for the force'],
    ]);
  });

  it('“CLAUSE, the source, who …, told Reuters.”: the source, not the one spoken to', () => {
    expect(
      quotes(
        'The two ministers fled to the palace after their homes were raided, the source, who said the guards had phoned him, told Reuters.',
      ),
    ).toContainEqual([
      'anonymous: the source',
      'The two ministers fled to the palace after their homes were raided',
    ]);
  });
});
