import { describe, expect, it } from 'vitest';
import { article, who } from './inventedArticle.ts';

/*
 * A body's statement: "The club, in a short statement, said:" introduces the body's words (the
 * record they came in is an aside, like "however"), and the statement's closing line about
 * the body itself ("The Club will make no further comment") is the body's, not the words
 * of a person quoted just before it. Every sentence here is ours.
 */
describe('a body’s statement and its closing line', () => {
  it('"The club, in a short statement, said:" introduces the club’s words', () => {
    const text = article(
      'Harbour Rovers have parted company with their coach Ben Holt.',
      'The club, in a short statement, said:',
      '“This has been a hard choice for everyone involved here at the ground.',
      '“We thank Ben for all the work he did over the last four years.”',
    );
    expect(who(text)).toEqual([
      [
        'organisation: The club',
        'This has been a hard choice for everyone involved here at the ground.',
      ],
      ['organisation: The club', 'We thank Ben for all the work he did over the last four years.'],
    ]);
  });

  it('leaves the body’s closing line to nobody after a person’s words', () => {
    const text = article(
      'Harbour Rovers have parted company with their coach Ben Holt.',
      'Chairman Ada Quill said:',
      '“I have the greatest respect for Ben and what he built at this ground.”',
      '“The Board will make no further comment before the new coach starts.”',
    );
    const found = who(text);
    expect(found).toContainEqual([
      'Ada Quill',
      'I have the greatest respect for Ben and what he built at this ground.',
    ]);
    expect(found.some(([, t]) => t.startsWith('The Board will make'))).toBe(false);
  });

  it('keeps a person’s own "I will make no further comment"', () => {
    const text = article(
      'Harbour Rovers have parted company with their coach Ben Holt.',
      'Chairman Ada Quill said:',
      '“I have the greatest respect for Ben and what he built at this ground.”',
      '“I will make no further comment before the new coach starts.”',
    );
    expect(who(text)).toContainEqual([
      'Ada Quill',
      'I will make no further comment before the new coach starts.',
    ]);
  });
});
