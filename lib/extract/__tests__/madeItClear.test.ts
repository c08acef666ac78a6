import { describe, expect, it } from 'vitest';
import { HARBOUR_INTRO, reportedOf } from './inventedArticle.ts';

const INTRO = HARBOUR_INTRO;

describe('"made it clear / known / plain (that) CLAUSE" reports what its subject said', () => {
  it('with "that", an adverbial before it, a bare clause, other tenses', () => {
    expect(
      reportedOf(
        INTRO,
        'Vell has made it clear at every meeting that he will not sell the ferry company.',
        'Quell then made it clear she had no wish to chair the board again.',
        'Vell made it known during a radio interview that the new pier would be built in Olstad.',
        'Quell makes it plain that the harbour fees must fall by the spring.',
      ),
    ).toEqual([
      ['Tomas Vell', 'he will not sell the ferry company'],
      ['Mira Quell', 'she had no wish to chair the board again'],
      ['Tomas Vell', 'the new pier would be built in Olstad'],
      ['Mira Quell', 'the harbour fees must fall by the spring'],
    ]);
  });

  it('not "made it" without clear/known/plain, nor "made it clear" with no clause after it', () => {
    expect(
      reportedOf(
        INTRO,
        'Vell made it home before the storm that closed the harbour on Friday.',
        'Quell made it clear to everyone at the meeting.',
      ),
    ).toEqual([]);
  });
});

describe('a surname used alone whose full name only a quotation prints', () => {
  it('takes that full name, given name and surname', () => {
    expect(
      reportedOf(
        '“Nobody should vote for somebody like Ada Quill,” said councillor Tomas Vell.',
        'Quill has made it clear at two rallies that she will keep campaigning until the count.',
      ),
    ).toEqual([['Ada Quill', 'she will keep campaigning until the count']]);
  });
});
