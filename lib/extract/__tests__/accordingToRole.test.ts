import { describe, expect, it } from 'vitest';
import { reportedOf } from './inventedArticle.ts';

const reported = reportedOf;

describe('“CLAUSE, according to NAME, ROLE.”', () => {
  it('the clause before the source, not the role after the name', () => {
    expect(
      reported(
        'In the harbour ward — the oldest part of the town — the count of damaged boats stood at 40, according to Ada Quill, a senior officer in the harbour office there.',
        'The verdict against the smuggler marks a turning point for the coast guard according to Tomas Vell, the district prosecutor for the coast.',
      ),
    ).toEqual([
      [
        'Ada Quill',
        'In the harbour ward — the oldest part of the town — the count of damaged boats stood at 40',
      ],
      ['Tomas Vell', 'The verdict against the smuggler marks a turning point for the coast guard'],
    ]);
  });
});
