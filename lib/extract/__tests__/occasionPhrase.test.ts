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
      [
        'Dana Whitlock',
        'she had not seen enough figures on the plan, and said she had heard little complaint about it',
      ],
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
