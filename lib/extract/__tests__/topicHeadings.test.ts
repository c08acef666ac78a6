import { describe, expect, it } from 'vitest';
import { topicHeadingName } from '../topicHeadingName.ts';
import { who } from './inventedArticle.ts';

/*
 * Tag and interview pages that name the speaker only in a heading above the quoted
 * paragraphs: "… CEO Ada Quill on why she came back", then “…”. Every sentence is ours.
 */

/** A page copied as text: a headline, then one paragraph a line. */
const page = (...lines: string[]) => ['Chief executives on the year ahead', ...lines].join('\n');

describe('speaker headings: "NAME on TOPIC" above quoted paragraphs', () => {
  it('reads the name right before "on", title and all, from one person only', () => {
    expect(
      topicHeadingName('Tarrow Freight (TFR) former CEO Ada Quill on why she came back to run it'),
    ).toBe('CEO Ada Quill');
    expect(topicHeadingName('Ada Quill on the harbour budget')).toBe('Ada Quill');
    expect(topicHeadingName('Ada Quill and Ben Holt on the merger')).toBeNull();
    expect(topicHeadingName('Ada Quill spoke on the budget.')).toBeNull();
    expect(topicHeadingName('“We will win” – Ada Quill on the final')).toBeNull();
    // An event's, a record's or an organisation's name before "on" is no speaker's.
    expect(topicHeadingName('Ada Quill Statement on the Ferry Vote')).toBeNull();
    expect(
      topicHeadingName('Spokesperson Ada Quill’s Regular Press Conference on May 2'),
    ).toBeNull();
    expect(topicHeadingName('Tarrow Wildlife Society Report on the Harbour Seals')).toBeNull();
  });

  it('each heading’s quoted paragraph is its own speaker’s, a heading line or the page’s heading', () => {
    expect(
      who(
        page(
          'Tarrow Freight (TFR) chief executive Ada Quill spoke to investors in Harbourtown on Monday about the island routes.',
          'Tarrow Freight (TFR) former CEO Ada Quill on why she came back to run the company',
          '“The short answer was loyalty and work left undone.”',
          // Short, without a full stop: the copy reads it as the page's heading.
          'Tarrow Freight (TFR) CEO Ben Holt on the island contract',
          '“We treated it like a small market when its buyers were the most demanding we had.”',
        ),
      ),
    ).toEqual([
      ['Ada Quill', 'The short answer was loyalty and work left undone.'],
      [
        'Ben Holt',
        'We treated it like a small market when its buyers were the most demanding we had.',
      ],
    ]);
  });

  it('under a heading naming no one person, the quotation is nobody’s, not the speaker’s before', () => {
    for (const heading of [
      'Tarrow Ferries on the timetable',
      'Ada Quill and Ben Holt on the merger',
    ])
      expect(
        who(
          page(
            'Ada Quill, the chief executive of Tarrow Freight, spoke to investors on Monday.',
            '“We will keep every island route this year,” Quill said.',
            heading,
            '“The winter timetable starts in two weeks and keeps every sailing.”',
          ),
        ),
      ).toEqual([['Ada Quill', 'We will keep every island route this year,']]);
  });
});
