import { describe, expect, it } from 'vitest';
import { article, who } from './inventedArticle.ts';

describe('an organisation, a document or an unnamed group speaks for itself', () => {
  it('“According to the letter, CLAUSE” and “the release said”: a document is the source, no person', () => {
    expect(
      who(
        article(
          'Harbour master Ilse Marrow wrote to the port board on Friday.',
          'According to the letter, at least forty dockers have been told to stay home this week.',
          '“Wash your hands before every shift and keep the tools apart,” the release said.',
        ),
      ),
    ).toEqual([
      ['organisation: the letter', 'at least forty dockers have been told to stay home this week'],
      ['organisation: the release', 'Wash your hands before every shift and keep the tools apart,'],
    ]);
  });

  it('a sentence-initial “According to the filing” printed without its comma ends at the clause’s pronoun', () => {
    expect(
      who(
        article(
          'According to the police filing they were seen at the quay on the night of the fire.',
        ),
      ),
    ).toEqual([
      ['organisation: the police filing', 'they were seen at the quay on the night of the fire'],
    ]);
  });

  it('“CLAUSE, according to X, but …” / “…, based at …” / “…, double …”: the clause before the source', () => {
    expect(
      who(
        article(
          'Norland Rail made the first offer for the ferry line, according to people close to the talks, but the price is still open.',
          'The tunnel will never be opened again, according to a Monday statement from the Vessby Mining Office, based in the old town hall.',
          'The chain had more than 60 shops as of last spring, according to Brindle Research, double the number a year before.',
        ),
      ),
    ).toEqual([
      [
        'anonymous: people close to the talks',
        'Norland Rail made the first offer for the ferry line',
      ],
      [
        'organisation: a Monday statement from the Vessby Mining Office',
        'The tunnel will never be opened again',
      ],
      ['organisation: Brindle Research', 'The chain had more than 60 shops as of last spring'],
    ]);
  });

  it('“When it was over, according to police, CLAUSE”: a subordinate clause first leaves the main clause after', () => {
    expect(
      who(
        article(
          'When the alarm was raised, according to harbour police, the two boats already left the bay.',
        ),
      ),
    ).toEqual([['organisation: harbour police', 'the two boats already left the bay']]);
  });
});
