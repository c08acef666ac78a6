import { describe, expect, it } from 'vitest';
import { introHost } from '../introHost.ts';
import { who as whoIn } from './inventedArticle.ts';

/** Who said what on a made-up page: every sentence is ours, the structure is real interviews'. */
const who = (...lines: string[]) => whoIn(lines.flatMap((l) => [l, '']).join('\n'));

describe('introHost', () => {
  it('names the one person an intro says was interviewed, when it announces an interview', () => {
    expect(
      introHost([
        'Last Tuesday I interviewed Harbour Mayor Ada Quill (Green) in her office by the pier. Below is the full transcript of our talk.',
        'What did the first winter teach you?',
      ]),
    ).toEqual({ host: 'Harbour Mayor Ada Quill', announced: true });
    expect(
      introHost([
        'We caught up with Ben Holt to ask about the new ferry. The conversation has been condensed.',
        'Why a new ferry now?',
      ]),
    ).toEqual({ host: 'Ben Holt', announced: true });
    expect(
      introHost([
        'Ben Holt talked to us about the ferry, the crews and the winter. This interview was edited for length.',
        'Why now?',
      ]),
    ).toEqual({ host: 'Ben Holt', announced: true });
  });

  it('a press conference’s intro names who answers, without announcing a transcript', () => {
    expect(
      introHost([
        'Harbour Rovers lost 3-0 at home on Saturday. Here is what Rovers manager Ada Quill had to say afterwards…',
        'How do you reflect on that?',
      ]),
    ).toEqual({ host: 'Ada Quill', announced: false });
    expect(
      introHost([
        'After the game, Rovers manager Ben Holt spoke to reporters at the ground.',
        'Where did it go wrong?',
      ]),
    ).toEqual({ host: 'Ben Holt', announced: false });
    // A club speaks to the media too: only a known given name makes the phrase a person's.
    expect(
      introHost(['Harbour Rovers spoke to the media after the game.', 'Where did it go wrong?']),
    ).toBeNull();
  });

  it('names nobody for a column, two people, or no question after the intro', () => {
    // A column's "I spoke with …" announces no interview.
    expect(
      introHost([
        'I spoke with Ada Quill last week about the ferry fares, and she was not hopeful.',
        'Who will pay for the new pier?',
      ]),
    ).toBeNull();
    expect(
      introHost([
        'We spoke with Ada Quill and Ben Holt about the ferry. The interview has been condensed.',
        'Why now?',
      ]),
    ).toBeNull();
    expect(
      introHost(['Here is a transcript of my interview with Ada Quill.', 'The ferry runs daily.']),
    ).toBeNull();
  });
});

describe('a transcript announced by its intro', () => {
  it('its questions need not say "you"; the last answer runs on while it speaks in the first person', () => {
    expect(
      who(
        'The mayor on her first winter',
        'PORT ELLIS – On Monday I interviewed Harbour Mayor Ada Quill in her office at the town hall. Below is our transcript, trimmed a little.',
        'What are the lessons of the first winter in office?',
        'I think the town wanted the ferries back more than anything, and we underestimated that.',
        'We also learned that the pier repairs cannot wait another year.',
        'The council meets again on Thursday.',
      ),
    ).toEqual([
      ['anonymous: the questioner', 'What are the lessons of the first winter in office?'],
      [
        'Ada Quill',
        'I think the town wanted the ferries back more than anything, and we underestimated that.',
      ],
      ['Ada Quill', 'We also learned that the pier repairs cannot wait another year.'],
    ]);
  });

  it('a press conference: two questions to "you", the answers in marks are the named manager’s', () => {
    const found = who(
      'Everything the Rovers manager said after the defeat',
      'Harbour Rovers lost 3-0 at home to Brackwater on Saturday. Here is what Rovers manager Ada Quill had to say afterwards.',
      'How do you feel about losing like that?',
      '“We are sore about the score. We had more to give than we showed.',
      '“We will go back to work on Tuesday and put it right.”',
      'Was the second goal hard to take, after you had started so well?',
      '“It was a poor goal to give away. We know that.”',
    );
    expect(found).toEqual([
      ['anonymous: the questioner', 'How do you feel about losing like that?'],
      ['Ada Quill', 'We are sore about the score. We had more to give than we showed.'],
      ['Ada Quill', 'We will go back to work on Tuesday and put it right.'],
      [
        'anonymous: the questioner',
        'Was the second goal hard to take, after you had started so well?',
      ],
      ['Ada Quill', 'It was a poor goal to give away. We know that.'],
    ]);
  });

  it('a column that spoke with someone and asks the reader something gives them no words', () => {
    expect(
      who(
        'Who pays for the pier?',
        'I spoke with Harbour Mayor Ada Quill last week about the ferry fares.',
        'Who will pay for the new pier?',
        'I think the answer is the ferry passengers, as it always is.',
      ),
    ).toEqual([]);
  });
});
