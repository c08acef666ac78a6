import { describe, expect, it } from 'vitest';
import { HARBOUR_INTRO, reportedOf } from './inventedArticle.ts';

describe('a reported clause whose verb is a past tense in -ed', () => {
  it('after “said”, “announced” and “added”, with a body or a person as the speaker', () => {
    expect(
      reportedOf(
        HARBOUR_INTRO,
        'The Vessby Sheriff’s Office said deputies responded to Quay Road after a call about a loose goat.',
        'Tomas Vell announced the council approved three new ferry routes for the winter.',
        'The ferry board also announced the island crews resumed their talks with the owners.',
        'Mira Quell added the board helped Vell apply for new funds to mend the pier.',
      ),
    ).toEqual([
      ['organisation: Office', 'deputies responded to Quay Road after a call about a loose goat'],
      ['Tomas Vell', 'the council approved three new ferry routes for the winter'],
      ['organisation: The ferry board', 'the island crews resumed their talks with the owners'],
      ['Mira Quell', 'the board helped Vell apply for new funds to mend the pier'],
    ]);
  });

  it('a clause opened by two names joined by “and”, or by a month after “said in”', () => {
    expect(
      reportedOf(
        HARBOUR_INTRO,
        'Tomas Vell has confirmed Ivo Brand and Teo Marsh have been cleared to sail on Sunday.',
        'Mira Quell said in March the board would open its new pier before the storms.',
        'Tomas Vell said on Sept. 4 the harbour dues voted by the board would rise.',
      ),
    ).toEqual([
      ['Tomas Vell', 'Ivo Brand and Teo Marsh have been cleared to sail on Sunday'],
      ['Mira Quell', 'the board would open its new pier before the storms'],
      ['Tomas Vell', 'the harbour dues voted by the board would rise'],
    ]);
  });

  it('no clause where the word in -ed is an adjective or a participle on an object', () => {
    expect(
      reportedOf(
        HARBOUR_INTRO,
        'Tomas Vell announced two proposed routes for the winter ferries.',
        'Mira Quell announced the closure of sheds located on the north quay.',
        'Tomas Vell confirmed the newly painted hulls at the yard.',
      ),
    ).toEqual([]);
  });
});
