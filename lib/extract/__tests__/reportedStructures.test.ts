import { describe, expect, it } from 'vitest';
import { article, who } from './inventedArticle.ts';

describe('reported speech in the forms news writing gives it', () => {
  it('“SUBJECT did X and has said CLAUSE”: the perfect’s auxiliary after “and”', () => {
    expect(
      who(
        article(
          'Tarrow Mutual Bank has closed nine branches this year and has said it wants to lend more to farmers.',
        ),
      ),
    ).toEqual([['organisation: Tarrow Mutual Bank', 'it wants to lend more to farmers']]);
  });

  it('“CLAUSE, NAME said, but …”: the attribution closes the clause before it, not the one after', () => {
    expect(
      who(
        article(
          'The crossing to Olstad was safe this morning, harbour master Lena Strand said, but fog could close the port by noon.',
          'Most ferries left on time, the port authority said, after two were held back at dawn.',
        ),
      ),
    ).toEqual([
      ['Lena Strand', 'The crossing to Olstad was safe this morning'],
      ['organisation: the port authority', 'Most ferries left on time'],
    ]);
  });
});
