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

  it('“It said CLAUSE” is the company the sentence before is about, never a person', () => {
    expect(
      who(
        article(
          'Tarrow Freight Ltd cut its yearly forecast on Monday.',
          'It said fuel costs had doubled since the spring.',
          'Mayor Ada Quill opened the new toll bridge in May.',
          'It said the crossing would stay free until June.',
        ),
      ),
    ).toEqual([['organisation: Tarrow Freight Ltd', 'fuel costs had doubled since the spring']]);
  });

  it('“which it said …” after a company heard before; “It says: “…”” after a person is a sign', () => {
    expect(
      who(
        article(
          'The Olstad Ferry Company said it would add two boats in July.',
          'Sales of season tickets rose, led by the harbour pass, which it said would sell out by May.',
          'I looked for a notice on the gate. It says only: “Closed for the winter, back in spring.”',
        ),
      ),
    ).toEqual([
      ['organisation: Olstad Ferry Company', 'it would add two boats in July'],
      ['organisation: Olstad Ferry Company', 'would sell out by May'],
    ]);
  });

  it('a company with its short name and stock tickers in brackets, and a press release’s appositive', () => {
    expect(
      who(
        article(
          'Kestrel Marine Inc. (Kestrel) (OTC: KSTL)- announced today that its board had approved a merger with Olstad Valves.',
          'Tarrow Freight Ltd (TF.L)(TFL.N) said it expects a loss in the second quarter.',
          'Harbour Foods Corp. (NASDAQ: HBFD), a maker of tinned fish, today announced that it will close two plants.',
        ),
      ),
    ).toEqual([
      ['organisation: Kestrel Marine Inc', 'its board had approved a merger with Olstad Valves'],
      ['organisation: Tarrow Freight Ltd', 'it expects a loss in the second quarter'],
      ['organisation: Harbour Foods Corp', 'it will close two plants'],
    ]);
  });

  it('a company named by what it makes (“the software maker said”) and a finding (“Research has suggested “…””) are no persons', () => {
    expect(
      who(
        article(
          'Olstad Systems reported higher sales on Thursday.',
          'Excluding one-off costs, the ferry software maker said it earned $40 million in the quarter.',
          'Research has suggested “that cold water swimming may ease the pain of the joints.”',
        ),
      ),
    ).toEqual([
      ['organisation: the ferry software maker', 'it earned $40 million in the quarter'],
      ['organisation: Research', 'that cold water swimming may ease the pain of the joints.'],
    ]);
  });

  it('“Taking a swipe at X, NAME did Y, saying …”: the opening participle is not who speaks', () => {
    expect(
      who(
        article(
          'Harbour Party leader Tomas Vell spoke in Olstad on Sunday.',
          'Taking a swipe at the mayor, Vell brought up the ferry contract, saying that the old harbour board had left the town in debt.',
        ),
      ),
    ).toEqual([['Tomas Vell', 'the old harbour board had left the town in debt']]);
  });
});
