import { describe, expect, it } from 'vitest';
import { HARBOUR_INTRO, reportedOf } from './inventedArticle.ts';

describe('an irregular past tense (“took”, “made”) as the verb of a clause after a verb of speech', () => {
  it('reads “admitted the board made …” and “explained it took …” as reported clauses', () => {
    expect(
      reportedOf(
        HARBOUR_INTRO,
        'Quell admitted the harbour board made several errors in its budget.',
        'Vell explained it took three weeks for the crews to drain the dock.',
      ),
    ).toEqual([
      ['Mira Quell', 'the harbour board made several errors in its budget'],
      ['Tomas Vell', 'it took three weeks for the crews to drain the dock'],
    ]);
  });

  it('reads a participle before “by” as an object’s, no clause', () => {
    expect(
      reportedOf(HARBOUR_INTRO, 'Quell admitted the errors made by the board in its budget.'),
    ).toEqual([]);
  });
});
