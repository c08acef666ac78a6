import { describe, expect, it } from 'vitest';
import { classifyLines } from '../classifyLines.ts';
import { findStatedDate } from '../readStatedDate.ts';

const run = (...texts: string[]) => findStatedDate(classifyLines(texts.join('\n\n'), 1, null));
const STORY =
  'The revue returns to the harbour stage this spring with a new cast and a longer run than before.';

describe('a run of dates is no date line', () => {
  it('a show’s first and last days over the story state no publication date', () => {
    expect(
      run('Harbour Playhouse', 'Tarrow Quay Revue', '1st Mar 2019 - 25th May 2019', STORY),
    ).toBeNull();
    expect(run('Tarrow Quay Revue', 'Mar 3, 2019 to May 25, 2019', STORY)).toBeNull();
  });

  it('a single date line is still read', () => {
    expect(run('Tarrow Quay Revue', '1st Mar 2019', STORY)?.stated).toEqual({
      ok: true,
      iso: '2019-03-01',
    });
  });
});
