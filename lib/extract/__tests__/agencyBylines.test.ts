import { describe, expect, it } from 'vitest';
import { textFactsOf as facts, HEADLINE, MORE, STORY } from './textFactsOf.ts';

describe('an agency that signs the story on its date line or byline', () => {
  it('a date line signed by an agency’s name alone', () => {
    expect(facts(HEADLINE, 'March 4,2016 00:00 by AFP', STORY, MORE)).toEqual({
      title: HEADLINE,
      outlet: 'AFP',
      published: '2016-03-04',
    });
    expect(facts(HEADLINE, 'June 9, 2019 10:15 by Kyodo', STORY, MORE).outlet).toBe('Kyodo');
    // A person's one name signs for no outlet.
    expect(facts(HEADLINE, 'June 9, 2019 10:15 by Quill', STORY, MORE).outlet).toBeNull();
  });

  it('a byline’s agency before the byline’s date in numbers', () => {
    expect(facts(HEADLINE, 'By Ada Quill, AFP, 03/04/16', STORY, MORE).outlet).toBe('AFP');
    expect(facts(HEADLINE, 'By Ben Hallam, Kyodo, 9.6.2019', STORY, MORE).outlet).toBe('Kyodo');
    // A writer's title is no affiliation, dated or not.
    expect(
      facts(HEADLINE, 'By Ada Quill, Harbour Correspondent, 03/04/16', STORY, MORE).outlet,
    ).toBeNull();
  });
});
