import { describe, expect, it } from 'vitest';
import { quotesOf, speakerAmong } from './inventedArticle.ts';

/** Who is named by a title, a given name and a surname: every sentence is the test's own. */
describe('the words of a titled name', () => {
  it('two given names written as one word are a given name, not words run together', () => {
    const found = quotesOf(
      '“The ferry schedule will not change this winter,” said Harbour Clerk MaryBeth Orrin.',
      'The board met for two hours on Tuesday evening.',
      '“Nobody asked for a new timetable,” Orrin said.',
    );
    expect(speakerAmong(found, 'The ferry schedule')).toBe('MaryBeth Orrin');
    expect(speakerAmong(found, 'Nobody asked')).toBe('MaryBeth Orrin');
  });

  it('a role word that is a given name, after a title and before a surname, is the given name', () => {
    const found = quotesOf(
      '“We searched the hills until sunrise,” said Sheriff Dean Pollard.',
      'The hikers were found near the old quarry.',
    );
    expect(speakerAmong(found, 'We searched')).toBe('Dean Pollard');
  });

  it('after a prefix of office the role word stays part of the title', () => {
    const found = quotesOf(
      'Ada Pollard is the vice dean of the harbour college.',
      '“Enrolment rose again this year,” said Vice Dean Pollard.',
    );
    expect(speakerAmong(found, 'Enrolment rose')).toBe('Ada Pollard');
  });

  it('a town’s police department by its abbreviation is no person', () => {
    const found = quotesOf(
      'Officers chased a van through the harbour district on Friday.',
      'Marlow PD said it believes the driver shot through his side window at a deputy parked near the end of the lane.',
    );
    expect(speakerAmong(found, 'the driver shot')).toBe('organisation: Marlow PD');
  });
});
