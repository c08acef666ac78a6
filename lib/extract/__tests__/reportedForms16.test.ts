import { describe, expect, it } from 'vitest';
import { HARBOUR_INTRO, quotesOf, reportedOf } from './inventedArticle.ts';

const INTRO = HARBOUR_INTRO;

describe('an adverb or a time between the verb and its “that”', () => {
  it('belongs to the verb: the clause starts after “that”', () => {
    expect(
      reportedOf(
        INTRO,
        'Vell said recently that the pier levy would be reviewed in the spring.',
        'Quell said late on Monday that the ferry timetable had been cut.',
        'Vell noted again that the harbour crews had not been paid.',
        'Quell told reporters last week that the dredging contract would be signed soon.',
      ),
    ).toEqual([
      ['Tomas Vell', 'the pier levy would be reviewed in the spring'],
      ['Mira Quell', 'the ferry timetable had been cut'],
      ['Tomas Vell', 'the harbour crews had not been paid'],
      ['Mira Quell', 'the dredging contract would be signed soon'],
    ]);
  });

  it('“late” or “early” with no time after it is the clause’s own word', () => {
    expect(reportedOf(INTRO, 'Vell said late payments had hurt the harbour crews.')).toEqual([
      ['Tomas Vell', 'late payments had hurt the harbour crews'],
    ]);
  });
});

describe('“stressed” and “emphasised” report a clause without “that”', () => {
  it('when a finite verb soon follows', () => {
    expect(
      reportedOf(
        INTRO,
        'Vell stressed the pier levy was only temporary.',
        'Quell emphasised the ferry crews had passed every safety drill.',
        'Vell emphasizes the harbour board is still solvent.',
      ),
    ).toEqual([
      ['Tomas Vell', 'the pier levy was only temporary'],
      ['Mira Quell', 'the ferry crews had passed every safety drill'],
      ['Tomas Vell', 'the harbour board is still solvent'],
    ]);
  });

  it('not an object: “stressed the importance of …”', () => {
    expect(
      reportedOf(
        INTRO,
        'Vell stressed the importance of the pier to the town.',
        'Quell emphasised the need for a second ferry.',
      ),
    ).toEqual([]);
  });
});

describe('the writer relays, or names whose words they are', () => {
  it('“We also note that NAME said …”: the clause is the one named’s', () => {
    expect(
      reportedOf(INTRO, 'We also note that Vell said the pier levy would end by 2029.'),
    ).toEqual([['Tomas Vell', 'the pier levy would end by 2029']]);
  });

  it('“In NAME’s words, “…”” and “In the words of NAME: “…””', () => {
    expect(
      quotesOf(
        INTRO,
        'In Vell’s words, “The pier is older than any of us and it shows every winter.”',
        'In the words of Mira Quell: “Nobody wants to cross a pier that shakes in the wind.”',
      ),
    ).toEqual([
      ['Tomas Vell', 'The pier is older than any of us and it shows every winter.'],
      ['Mira Quell', 'Nobody wants to cross a pier that shakes in the wind.'],
    ]);
  });
});

describe('a quotation, then a sentence of only its speaker and a verb of speech', () => {
  it('“…” NAME says of …: the words are the one named’s', () => {
    expect(
      quotesOf(
        INTRO,
        '“We have waited for this pier long enough.” Vell says of the decision.',
        '“The ferries will run again before the first storms.” Quell said on Monday.',
      ),
    ).toEqual([
      ['Tomas Vell', 'We have waited for this pier long enough.'],
      ['Mira Quell', 'The ferries will run again before the first storms.'],
    ]);
  });

  it('not when that sentence reports a clause of its own, or names two people', () => {
    const found = quotesOf(
      INTRO,
      'Vell spoke first. “We have waited for this pier long enough.” Vell and Quell say.',
      '“The ferries will run again before the first storms.” Quell says the pier will close.',
    );
    expect(found.filter(([, text]) => text.includes('pier long enough'))).toEqual([]);
    expect(found.filter(([, text]) => text.includes('first storms'))).toEqual([]);
  });
});
