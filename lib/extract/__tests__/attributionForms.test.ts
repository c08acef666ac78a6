import { describe, expect, it } from 'vitest';
import { article, who } from './inventedArticle.ts';

const INTRO = 'Spokesperson Ben Holt of the harbour party spoke to reporters on Monday.';

describe('attribution forms of political reporting', () => {
  it('an infinitive of speech hangs on the verb before it (“went on to criticise, “…”)', () => {
    expect(
      who(
        article(
          INTRO,
          'Spokesperson Holt went on to criticise, “They have picked over 100 witnesses for a political show.”',
        ),
      ),
    ).toEqual([['Ben Holt', 'They have picked over 100 witnesses for a political show.']]);
  });

  it('“…, he lamented”, “…,” Holt assured the analysts', () => {
    expect(
      who(
        article(
          INTRO,
          '“We faced storms and worse in the past,” he lamented.',
          '“We are going to win this vote by a mile,” Holt assured the analysts.',
        ),
      ),
    ).toEqual([
      ['Ben Holt', 'We faced storms and worse in the past,'],
      ['Ben Holt', 'We are going to win this vote by a mile,'],
    ]);
  });

  it('not a verb of those that only leads into a quotation, without one', () => {
    expect(
      who(
        article(INTRO, 'The police questioned the man for two hours about the fire at the quay.'),
      ),
    ).toEqual([]);
  });

  it('“When pressed …, the spokesperson failed to give …, but insisted CLAUSE”', () => {
    expect(
      who(
        article(
          INTRO,
          'When pressed on costs, the spokesperson failed to give a figure, but insisted the new ferry would pay for itself.',
        ),
      ),
    ).toEqual([['Ben Holt', 'the new ferry would pay for itself']]);
  });

  it('a name before a role describes the role (“The Malta Harbour League-R president continued”): no person of that name, the one just named', () => {
    const speakers = who(
      article(
        'Reza Tamm led the opposition walkout in the assembly on Friday.',
        '“Who were these people? The mayor should tell us their names,” Tamm demanded. The Malta Harbour League-R president continued, “The mayor should stop threatening us.”',
        '“The mayor should stop using such language. This only hurts the city,” he lamented.',
      ),
    ).map(([speaker]) => speaker);
    // The description means the person the sentence before was about (see describedTopic.test.ts).
    expect(speakers).toEqual(['Reza Tamm', 'Reza Tamm', 'Reza Tamm']);
  });

  it("a closing double mark typed as two apostrophes (“…,'' said Liu”)", () => {
    expect(
      who(
        article(
          'Harbour spokesman Liu Wenbo spoke at a regular briefing on Tuesday.',
          "\"The exercise is fully in line with the harbour rules,'' said Liu.",
          "\"The censure from the city is unreasonable.''",
        ),
      ),
    ).toEqual([
      ['Liu Wenbo', 'The exercise is fully in line with the harbour rules,'],
      ['Liu Wenbo', 'The censure from the city is unreasonable.'],
    ]);
  });

  it("an opening double mark typed as two backticks (``…,'' Holt said)", () => {
    expect(
      who(
        article(
          'Coast guard officer Ben Holt spoke to reporters in Tarrow on Monday.',
          "``Our best guess is a passing ship, but we cannot know which,'' Holt said. ``We will keep looking.''",
          "Harbour master Ada Quill said: ``It will take us the whole summer.''",
        ),
      ),
    ).toEqual([
      ['Ben Holt', 'Our best guess is a passing ship, but we cannot know which,'],
      ['Ben Holt', 'We will keep looking.'],
      ['Ada Quill', 'It will take us the whole summer.'],
    ]);
  });

  it('“Coun.” before a councillor’s name, as Canadian papers print it', () => {
    expect(
      who(
        article(
          '“This is hasty and careless,” Coun. Ada Quill said on Facebook. “Confusion never helps a town.”',
        ),
      ),
    ).toEqual([
      ['Ada Quill', 'This is hasty and careless,'],
      ['Ada Quill', 'Confusion never helps a town.'],
    ]);
  });

  it('two appositives after the name, the first an “of” phrase (“Tamura, of the Harbour Party, the biggest …, told Moro”)', () => {
    expect(
      who(
        article(
          'Prime Minister Ken Moro faced the assembly on Monday.',
          '“The nation cannot understand why this happens behind closed doors,” Yasuko Tamura, of the Harbour Party, the biggest rival bloc, told Moro. “Do you care about the islanders even slightly?”',
        ),
      ),
    ).toEqual([
      ['Yasuko Tamura', 'The nation cannot understand why this happens behind closed doors,'],
      ['Yasuko Tamura', 'Do you care about the islanders even slightly?'],
    ]);
  });

  it('an attribution set off inside the clause (“A common problem, says NAME, ROLE, is when …”, “…, X told Y, are …”)', () => {
    expect(
      who(
        article(
          'A more common problem, says Louis Tomson, head of the Harbour Investors Institute, is when rival traders join the briefing.',
          'The only people who cannot be senior officials, the Harbour Post’s Dana Milbeck told the Explainer, are the mayor and her deputy.',
        ),
      ),
    ).toEqual([
      ['Louis Tomson', 'is when rival traders join the briefing'],
      ['Dana Milbeck', 'are the mayor and her deputy'],
    ]);
  });

  it('an outlet’s possessive before a name (“KTX2’s Nina Corrow reported”) is not part of it', () => {
    expect(who(article('“A woman was led from the pier,” KTX2’s Nina Corrow reported.'))).toEqual([
      ['Nina Corrow', 'A woman was led from the pier,'],
    ]);
  });

  it('an infinitive of speech without a verb it hangs on names no speaker (“firms need to tell …”)', () => {
    expect(
      who(
        article(
          'Firms need to tell guests with a hidden motive from those with honest doubts about the figures.',
        ),
      ),
    ).toEqual([]);
  });

  it('“shot back that …”, “hit back: “…””, but not “hit back at X a day after Y tweeted …”', () => {
    expect(
      who(
        article(
          'Premier Leo Vance faced questions in the assembly on Tuesday.',
          'Mr Vance shot back that the party kept dodging every query on its accounts.',
          'Mayor Ada Quill has hit back at Premier Vance a day after he wrote that ‘the city wastes its money on ferries’.',
        ),
      ),
    ).toEqual([
      ['Leo Vance', 'the party kept dodging every query on its accounts'],
      ['Leo Vance', 'the city wastes its money on ferries'],
    ]);
  });
});

describe('live blogs', () => {
  it('an entry’s opening time is no part of who speaks: “10:15 Quill: “…””', () => {
    const entries = [
      'Live: the harbour council votes on the ferry budget',
      '',
      '10:02 Harbour Mayor Ada Quill has arrived at the chamber, and the vote is expected before noon.',
      '',
      '10:15 Quill: “We will not cut a single crossing this winter.”',
      '',
      '10.40am Councillor Ben Holt has asked for the vote to be delayed.',
      '',
      '10.52am GMT – Holt: “The numbers do not add up and we need an audit.”',
    ];
    expect(who(entries.join('\n'))).toEqual([
      ['Ada Quill', 'We will not cut a single crossing this winter.'],
      ['Ben Holt', 'The numbers do not add up and we need an audit.'],
    ]);
  });
});
