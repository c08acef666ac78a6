import { describe, expect, it } from 'vitest';
import { HARBOUR_INTRO, reportedOf } from './inventedArticle.ts';

const reported = reportedOf;

const INTRO = HARBOUR_INTRO;

describe('verbs that report speech only before "that" (THAT_VERBS) or a pronoun clause', () => {
  it('“X, however, clarified that …” and “was quick to clarify that …” report a clause', () => {
    expect(
      reported(
        INTRO,
        'Vell, however, clarified that the levy was related to the pier and not to the ferries.',
        'Quell was quick to clarify that boat owners would be able to choose their moorings.',
      ),
    ).toEqual([
      ['Tomas Vell', 'the levy was related to the pier and not to the ferries'],
      ['Mira Quell', 'boat owners would be able to choose their moorings'],
    ]);
  });

  it('“clarified on it” speaks no clause: a closing “…, he said” keeps the sentence', () => {
    expect(
      reported(
        INTRO,
        'Vell said the board met twice.',
        'As far as the pier is concerned, the council has clarified on it, so nothing more needs adding, he said.',
      ),
    ).toEqual([
      ['Tomas Vell', 'the board met twice'],
      [
        'Tomas Vell',
        'As far as the pier is concerned, the council has clarified on it, so nothing more needs adding',
      ],
    ]);
  });

  it('a verb that otherwise needs “that” takes a clause opening with a pronoun and a finite verb', () => {
    expect(
      reported(
        INTRO,
        'Vell complained he has been unfairly blamed for the late ferries.',
        'Quell has declared she will not sit on the pier board again.',
      ),
    ).toEqual([
      ['Tomas Vell', 'he has been unfairly blamed for the late ferries'],
      ['Mira Quell', 'she will not sit on the pier board again'],
    ]);
  });

  it('not an object pronoun, “it”, nor a pronoun without a finite verb after it', () => {
    expect(
      reported(
        INTRO,
        'Vell declared it a fine day for the harbour and its crews.',
        'Quell complained they themselves should pay the dock fees.',
      ),
    ).toEqual([]);
  });

  it('“hinted that”, “affirmed that”, “before hinting that” and an inverted “reckoned X” report a clause', () => {
    expect(
      reported(
        INTRO,
        'Vell hinted that the pier levy would be cut before the winter storms.',
        'Quell affirmed that the ferry crews will keep their summer timetable.',
        '“We will see,” said Vell, before hinting that the new berth is nearly finished.',
        'The late ferries cost the island a whole season of visitors, reckoned Quell.',
      ),
    ).toEqual([
      ['Tomas Vell', 'the pier levy would be cut before the winter storms'],
      ['Mira Quell', 'the ferry crews will keep their summer timetable'],
      ['Tomas Vell', 'the new berth is nearly finished'],
      ['Mira Quell', 'The late ferries cost the island a whole season of visitors'],
    ]);
  });

  it('“hinted at” names an object, no clause', () => {
    expect(reported(INTRO, 'Vell hinted at a change to the mooring fees for next year.')).toEqual(
      [],
    );
  });

  it('“expressed optimism that”, “expressed her belief that”, “assured the crews that” report a clause', () => {
    expect(
      reported(
        INTRO,
        'Vell expressed optimism that the ferry fares would fall before the spring.',
        'Quell expressed her belief that the pier will reopen in time for the regatta.',
        'Vell therefore assured the island’s ferry crews that their pay would rise next year.',
        'Quell assured that the berth fees will stay frozen for another season.',
      ),
    ).toEqual([
      ['Tomas Vell', 'the ferry fares would fall before the spring'],
      ['Mira Quell', 'the pier will reopen in time for the regatta'],
      ['Tomas Vell', 'their pay would rise next year'],
      ['Mira Quell', 'the berth fees will stay frozen for another season'],
    ]);
  });

  it('“expressed concern over …” and “assured the crews of …” report no clause', () => {
    expect(
      reported(
        INTRO,
        'Vell expressed concern over the mooring fees for the winter months.',
        'Quell assured the crews of her support for the new berth at the pier.',
      ),
    ).toEqual([]);
  });
});
