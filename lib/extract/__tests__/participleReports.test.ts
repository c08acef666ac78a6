import { describe, expect, it } from 'vitest';
import { HARBOUR_INTRO, reportedOf } from './inventedArticle.ts';

const INTRO = HARBOUR_INTRO;

describe('participles of speech: complaining, assuring, after "while", in a progressive', () => {
  it('“has been complaining that”, “…, complaining that”', () => {
    expect(
      reportedOf(
        INTRO,
        'Vell has been complaining that the council has become unable to pass a budget.',
        'Quell left the meeting early, complaining that the board had ignored her motion.',
      ),
    ).toEqual([
      ['Tomas Vell', 'the council has become unable to pass a budget'],
      ['Mira Quell', 'the board had ignored her motion'],
    ]);
  });

  it('“while assuring them that”, “…, telling the crews that”: the one told is no part of the clause', () => {
    expect(
      reportedOf(
        INTRO,
        'Quell thanked the crews for their work, while assuring them that the fund would be repaid.',
        'Vell wrote to the board on Monday, telling its members that the pier would open in May.',
        'Quell has been telling the islanders the ferries will run all winter.',
      ),
    ).toEqual([
      ['Mira Quell', 'the fund would be repaid'],
      ['Tomas Vell', 'the pier would open in May'],
      ['Mira Quell', 'the ferries will run all winter'],
    ]);
  });

  it('no participle of the sentence’s subject after a noun with no comma or “while”', () => {
    expect(
      reportedOf(INTRO, 'Vell met crews complaining that the board had cut their pay.'),
    ).toEqual([]);
  });
});

describe('"Senior Advocate" is a title before a name, not part of it', () => {
  it('gives the name alone', () => {
    expect(
      reportedOf(
        'Senior Advocate Ada Quill told the bench on Monday that the ferry levy was unlawful.',
      ),
    ).toEqual([['Ada Quill', 'the ferry levy was unlawful']]);
  });
});

describe('a participle’s clause with a quoted word or few inside it, an adverb before the participle', () => {
  it('“…, saying they have the “firm backing” of …”, “with X saying there had been “open fraud””', () => {
    expect(
      reportedOf(
        INTRO,
        'Vell defended the crews on Friday, saying they have the “firm backing” of the board.',
        'The count was disputed, with Mira Quell saying there had been “open fraud” at two stations.',
        'Vell thanked the crews, while also assuring them that the fund would be repaid by May.',
      ),
    ).toEqual([
      ['Tomas Vell', 'they have the “firm backing” of the board'],
      ['Mira Quell', 'there had been “open fraud” at two stations'],
      ['Tomas Vell', 'the fund would be repaid by May'],
    ]);
  });
});

describe('an attribution set off by commas before a clause with a quoted word or few', () => {
  it('“But, Holt maintained, the polls show that Quill has made “real gains” …”', () => {
    expect(
      reportedOf(
        INTRO,
        'But, Vell maintained, the autumn polls show that Quell has made “real gains” since May.',
      ),
    ).toEqual([['Tomas Vell', 'the autumn polls show that Quell has made “real gains” since May']]);
  });
});
