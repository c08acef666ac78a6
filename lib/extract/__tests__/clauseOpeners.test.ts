import { describe, expect, it } from 'vitest';
import { HARBOUR_INTRO, reportedOf } from './inventedArticle.ts';

const INTRO = HARBOUR_INTRO;

describe('clauses that open with "that" as their subject, "at least" and a count, or "this"', () => {
  it('“said that is …”, “says that would be …”: “that” belongs to the clause', () => {
    expect(
      reportedOf(
        INTRO,
        'Vell said that is plainly false of the ferry board.',
        'Quell says that would be a grave mistake for the islands.',
      ),
    ).toEqual([
      ['Tomas Vell', 'that is plainly false of the ferry board'],
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

  it('a list as the clause’s subject (“said schools, shops and offices were …”)', () => {
    expect(
      reportedOf(
        INTRO,
        'Vell said nurses, older people and other groups will be first in line for the ferry.',
        'Quell said Tarrow, Olstad and Vessby would each get a new pier.',
      ),
    ).toEqual([
      ['Tomas Vell', 'nurses, older people and other groups will be first in line for the ferry'],
      ['Mira Quell', 'Tarrow, Olstad and Vessby would each get a new pier'],
    ]);
  });

  it('no list after a phrase of time, nor a list with no verb after it', () => {
    expect(
      reportedOf(
        INTRO,
        'Vell said on Monday, after a long debate and a vote, the board would meet again.',
        'Quell said goodbye to the crews, the pilots and the harbour staff.',
      ),
    ).toEqual([]);
  });

  it('“clarified to reporters that …”: the ones spoken to before “that”', () => {
    expect(
      reportedOf(
        INTRO,
        'Quell clarified to the ferrymen that the slipway would stay shut until March.',
      ),
    ).toEqual([['Mira Quell', 'the slipway would stay shut until March']]);
  });
});
