import { describe, expect, it } from 'vitest';
import { colonLikeIntro } from '../colonLikeIntro.ts';
import { quotesOf, speakerAmong } from './inventedArticle.ts';

/*
 * "Ada Quill said;" on a line of its own, then her words: a semicolon, a comma or a dash
 * where the colon of an introduction belongs. The line is the story's (no furniture), and
 * the quotation below it is hers as after "Ada Quill said:". Every sentence here is ours.
 */
describe('an introduction closed by a semicolon, a comma or a dash', () => {
  const intro =
    'The harbour board of Veldmoor met on Tuesday to discuss the late island ferries, and Tomas Brun, a ferry captain, spoke first.';
  const brun =
    '“I have seen three timetables come and go and none of them changed the tides,” Brun said.';

  it('gives the quotation under “Ada Quill said;” to her, never to the speaker before', () => {
    const found = quotesOf(
      intro,
      brun,
      'Board chairwoman Ada Quill said;',
      '“We intend to answer every complaint from the islands before the summer season begins.”',
    );
    expect(speakerAmong(found, 'We intend to answer every complaint')).toBe('Ada Quill');
  });

  it('reads “Quill added;” after another speaker’s words as Quill’s introduction', () => {
    const found = quotesOf(
      'Board chairwoman Ada Quill opened the meeting on Tuesday.',
      brun,
      'Quill added;',
      '“The tides are not ours to change, but the departure times are, and we will publish them next month.”',
    );
    expect(speakerAmong(found, 'The tides are not ours to change')).toBe('Ada Quill');
  });

  it('reads a comma and a dash after a verb with where it was said the same way', () => {
    for (const close of ['wrote on her blog,', 'told reporters;']) {
      const found = quotesOf(
        'Board chairwoman Ada Quill opened the meeting on Tuesday.',
        brun,
        `Quill ${close}`,
        '“Nobody on this board wants another winter like the last one.”',
      );
      expect(speakerAmong(found, 'Nobody on this board wants')).toBe('Ada Quill');
    }
  });

  it('introduces nothing when the verb has an object of its own or comes first', () => {
    expect(colonLikeIntro('Ada Quill said;')).toBe(true);
    expect(colonLikeIntro('The ferry, Quill said in a statement on Tuesday,')).toBe(true);
    expect(colonLikeIntro('The board reported a rise in winter fares,')).toBe(false);
    expect(colonLikeIntro('Added;')).toBe(false);
    expect(colonLikeIntro('Ada Quill said.')).toBe(false);
    expect(colonLikeIntro('“The ferries will run on time,” Quill said,')).toBe(false);
    expect(colonLikeIntro('“The ferries will run,” Brun said. Quill added;')).toBe(true);
  });
});
