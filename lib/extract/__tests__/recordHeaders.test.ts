import { describe, expect, it } from 'vitest';
import { memberHeader } from '../memberHeader.ts';
import { parseArticle } from '../parseArticle.ts';

/** A made-up parliamentary record, one line each; every sentence is ours. */
const who = (...lines: string[]) => {
  const parsed = parseArticle('t.txt', lines.join('\n'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.quotes.map((q) => [q.speaker ?? `${q.sourceKind}: ${q.source}`, q.text]);
};

describe('a member’s heading with a few words of the page’s links before the bar', () => {
  it('reads the member before “Share this | | Record source” and its variants', () => {
    for (const line of [
      'Photo of Ada QuillAda Quill (Harbour North, Green Party, Opposition Whip) Share this | | Record source',
      'Ada Quill (Harbour North, Green Party) Link | Record source',
      'Ada Quill (Harbour North) Share link – Record',
    ])
      expect(memberHeader(line), line).toBe('Ada Quill');
    expect(memberHeader('Ada Quill (pictured) Share this | | Record source')).toBeNull();
  });

  it('each member’s speech under such a heading is theirs', () => {
    expect(
      who(
        'Assembly debates',
        'Questions without Notice',
        '2:31 pm',
        'Photo of Ada QuillAda Quill (Harbour North, Green Party, Opposition Whip) Share this | | Record source',
        'My question is to the Premier. Why were the island councils never asked about the Sunday timetable?',
        '2:32 pm',
        'Photo of Ben HoltBen Holt (Harbour South, Labour Party, Premier) Share this | | Record source',
        'The councils were asked last year, and every one of them agreed to the timetable.',
      ),
    ).toEqual([
      [
        'Ada Quill',
        'My question is to the Premier. Why were the island councils never asked about the Sunday timetable?',
      ],
      [
        'Ben Holt',
        'The councils were asked last year, and every one of them agreed to the timetable.',
      ],
    ]);
  });
});
