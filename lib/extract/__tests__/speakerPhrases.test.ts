import { describe, expect, it } from 'vitest';
import { article, who } from './inventedArticle.ts';

describe('an occasion phrase between the speaker and the verb is no part of the speaker', () => {
  it('“NAME during Tuesday’s council meeting said CLAUSE”: the name speaks', () => {
    expect(
      who(
        article(
          'Dana Whitlock during Tuesday’s council meeting said she had not seen enough figures on the plan, and said she had heard little complaint about it.',
        ),
      ),
    ).toEqual([
      // ("…, and said …": the same speaker's second verb reports a clause of its own.)
      ['Dana Whitlock', 'she had not seen enough figures on the plan'],
      ['Dana Whitlock', 'she had heard little complaint about it'],
    ]);
  });

  it('“…,” said SURNAME via the video link: the surname names the person the article introduced', () => {
    expect(
      who(
        article(
          'Dr. Owen Carrow spoke to nurses on Monday.',
          '"My own son works nights on a ward in Tarrow," said Carrow via the video link.',
        ),
      ),
    ).toEqual([['Owen Carrow', 'My own son works nights on a ward in Tarrow,']]);
  });
});

describe('a capitalised title of several words after an inverted speaker', () => {
  it('“said NAME, Country Director of ORG”: a name no list holds is a person when such a title follows', () => {
    expect(
      who(
        article(
          '“Families reach the border with nothing at all,” said Mircea Vornicu, Country Director of Harbour Relief in Moldova.',
        ),
      ),
    ).toEqual([['Mircea Vornicu', 'Families reach the border with nothing at all,']]);
    expect(
      who(
        article(
          '“The depot ran out of flour by noon,” said Ilinca Barbu, Regional Supply Manager at Harbour Relief.',
        ),
      ),
    ).toEqual([['Ilinca Barbu', 'The depot ran out of flour by noon,']]);
  });
});

describe('a sentence that opens with a word before a local office and the name', () => {
  it('“Local ward councillor NAME toured … and said:” is the councillor’s, never an organisation “Local”', () => {
    for (const lead of [
      'Local ward councillor Ada Quill',
      'Veteran parish councillor Ada Quill',
      'Senior police officer Ada Quill',
    ])
      expect(
        who(
          article(
            `${lead}, who sits for Harbour East, walked the towpath on Sunday and said: “Nobody should fear this path after dark.”`,
          ),
        ),
        lead,
      ).toEqual([['Ada Quill', 'Nobody should fear this path after dark.']]);
  });

  it('but a verb before the office keeps the first name as the subject', () => {
    expect(
      who(
        article(
          'Tomas Brandt thanked ward councillor Ada Quill on Sunday and said: “Nobody should fear this path after dark.”',
        ),
      ),
    ).not.toEqual([['Ada Quill', 'Nobody should fear this path after dark.']]);
  });
});

describe('“reports” before a clause without “that”', () => {
  it('“the Harbour Journal reports the deal was worth …” is the paper’s reported speech', () => {
    expect(
      who(
        article(
          'Kite and Zoomo kept the terms private, but the Harbour Journal reports the deal was worth about $30 million in cash and stock.',
        ),
      ),
    ).toEqual([
      ['organisation: Harbour Journal', 'the deal was worth about $30 million in cash and stock'],
    ]);
  });

  it('but “reported” before its object reports no words', () => {
    expect(
      who(article('Harbour Freight reported record profits for the third year running.')),
    ).toEqual([]);
  });
});
