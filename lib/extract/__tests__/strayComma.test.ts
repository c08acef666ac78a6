import { describe, expect, it } from 'vitest';
import { article, who } from './inventedArticle.ts';

/*
 * Speech clauses with a stray comma between the speaker and the verb, as local copy
 * sometimes prints them. Every sentence here is ours.
 */

describe('a stray comma between the speaker and the speech verb', () => {
  it('"Captain Ada Quill, says the officers took …": the clause is the named speaker’s', () => {
    expect(
      who(
        article(
          'Officers waited for three hours outside the house on Elm Street before the man came out.',
          'Captain Ada Quill, says the officers took the time they needed and kept everyone safe.',
        ),
      ),
    ).toEqual([['Ada Quill', 'the officers took the time they needed and kept everyone safe']]);
  });

  it('"Coun Ben Holt, said …" (a councillor’s title without its full stop), then "He said: “…”"', () => {
    expect(
      who(
        article(
          'Councillors walked the alleys behind the high street on Monday.',
          'Coun Ben Holt, said the alley tours helped him hear from shopkeepers.',
          'He said: “We have cleared two alleys this morning.”',
        ),
      ),
    ).toEqual([
      ['Ben Holt', 'the alley tours helped him hear from shopkeepers'],
      ['Ben Holt', 'We have cleared two alleys this morning.'],
    ]);
  });

  it('an inverted speaker set off by commas, or a passive, is no stray comma', () => {
    const said = who(
      article(
        'The harbour board chose its new chair on Friday.',
        'Ada Quill, said the chief executive of the harbour board, had not applied for the post.',
      ),
    );
    expect(
      said.some(([speaker, text]) => speaker === 'Ada Quill' && text.startsWith('the chief')),
    ).toBe(false);
    expect(
      who(article('Captain Ada Quill, said to be the longest-serving officer, retired on Friday.')),
    ).toEqual([]);
  });
});

describe('a hyphen between spaces is a dash', () => {
  it('"TARROW, Wash. - Ada Quill …": the state before the dash is no part of the name', () => {
    expect(
      who(
        article(
          'TARROW, Wash. - Ada Quill lost the council race on Thursday after a new count.',
          'In a statement, Quill said, "This evening I called my opponent to congratulate him."',
        ),
      ),
    ).toEqual([['Ada Quill', 'This evening I called my opponent to congratulate him.']]);
  });
});
