import { describe, expect, it } from 'vitest';
import { HARBOUR_INTRO, reportedOf } from './inventedArticle.ts';

const INTRO = HARBOUR_INTRO;

describe('clauses that open with "that" as their subject, "at least" and a count, or "this"', () => {
  it('“said that is …”, “says that would be …”: “that” belongs to the clause', () => {
    expect(
      reportedOf(
        INTRO,
        'Vell said that is not the case at all.',
        'Quell says that would be a grave mistake for the islands.',
      ),
    ).toEqual([
      ['Tomas Vell', 'that is not the case at all'],
      ['Mira Quell', 'that would be a grave mistake for the islands'],
    ]);
  });

  it('“said at least 200 people were …”, “had asserted this was …”', () => {
    expect(
      reportedOf(
        INTRO,
        'Vell said at least 200 people were trapped under the old pier.',
        'Quell had asserted this was the result of a feud on the board.',
      ),
    ).toEqual([
      ['Tomas Vell', 'at least 200 people were trapped under the old pier'],
      ['Mira Quell', 'this was the result of a feud on the board'],
    ]);
  });

  it('no clause: “said at least twice”, “asserted this right”', () => {
    expect(
      reportedOf(
        INTRO,
        'Vell has said so at least twice this year.',
        'Quell asserted this right in front of the whole board.',
      ),
    ).toEqual([]);
  });
});
