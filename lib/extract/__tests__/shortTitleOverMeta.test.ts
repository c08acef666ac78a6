import { describe, expect, it } from 'vitest';
import { textFactsOf as facts, MORE, STORY } from './textFactsOf.ts';

describe('a short title right above the story', () => {
  it('above a byline or date line over the first paragraph, named or not', () => {
    expect(facts('Fare Rise', 'By  |', STORY, MORE).title).toBe('Fare Rise');
    expect(facts('Quay Reopens', 'By Ada Quill', STORY, MORE).title).toBe('Quay Reopens');
    expect(facts('Ferry Fares Again', 'March 4, 2016', STORY, MORE)).toMatchObject({
      title: 'Ferry Fares Again',
      published: '2016-03-04',
    });
  });

  it('four words in title case, a page’s call above them', () => {
    expect(facts('Watch HBCN Live', 'Ada Quill’s Appeal Rejected', STORY, MORE).title).toBe(
      'Ada Quill’s Appeal Rejected',
    );
    expect(facts('Harbour Board’s Plan Approved', STORY, MORE).title).toBe(
      'Harbour Board’s Plan Approved',
    );
  });

  it('a person’s name, a masthead or a section above the story is no title', () => {
    expect(facts('Ada Quill', 'By  |', STORY, MORE).title).not.toBe('Ada Quill');
    expect(facts('The Harbour Daily News', STORY, MORE).title).not.toBe('The Harbour Daily News');
    expect(facts('Press Releases', 'By  |', STORY, MORE).title).not.toBe('Press Releases');
  });
});
