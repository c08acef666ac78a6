import { describe, expect, it } from 'vitest';
import { headlineNamedWords } from '../headlineNamedWords.ts';
import { who as whoIn } from './inventedArticle.ts';

/** Who said what on a made-up page: every sentence is ours, the structure is real headlines'. */
const who = (...lines: string[]) => whoIn(lines.join('\n'));

describe('a headline that repeats a quotation of the body', () => {
  it('gives a headline’s marked words, set in title case, to the speaker of the body’s quotation', () => {
    // "Subject Verb …: 'Words'" (a tabloid or entertainment headline).
    expect(
      who(
        'Ada Quill Cancels Harbour Concert After Fall: ‘I Am Sorry to Let You Down’',
        'The singer Ada Quill called off Saturday’s concert at Tarrow harbour after a fall during rehearsals.',
        '“I hurt my wrist badly and I am sorry to let you down, but I will be back in spring,” she wrote on her website.',
      ),
    ).toContainEqual(['Ada Quill', 'I Am Sorry to Let You Down']);
    // Double marks, a news headline's verb, the body's quotation in two sentences.
    expect(
      who(
        'Ferry Operator Raises Fares, Says "We Cannot Run at a Loss"',
        'Tarrow Ferries will raise its fares by a tenth from March, its chief executive Ben Holt announced on Monday.',
        '"Fuel has doubled in price. We cannot run at a loss for another winter," Holt told reporters in Tarrow.',
      ),
    ).toContainEqual(['Ben Holt', 'We Cannot Run at a Loss']);
  });

  it('gives unmarked words of "Words – Name" or "Name: words" to that person when the body quotes them', () => {
    // Words not in the first person: the body's quotation shows they are hers.
    expect(
      who(
        'Tarrow and Brackwater are like two old neighbours - Ada Quill',
        'The mayor of Tarrow, Ada Quill, spoke about the two towns at a dinner on Friday.',
        '“Tarrow and Brackwater are like two old neighbours who still argue over the fence,” Quill said.',
      ),
    ).toContainEqual(['Ada Quill', 'Tarrow and Brackwater are like two old neighbours']);
    // Three words in a row are enough when the headline names its speaker.
    expect(
      who(
        'Holt: Rovers Defence Simply Not Good Enough',
        'Harbour Rovers goalkeeper Ben Holt was critical of his side after the 3-0 defeat at Brackwater.',
        '"It was not good enough from any of us at the back," Holt said.',
      ),
    ).toContainEqual(['Ben Holt', 'Rovers Defence Simply Not Good Enough']);
  });

  it('leaves a headline nothing in the body echoes, a title of a work, or a subhead in marks', () => {
    // Unmarked words about someone, not repeated in any quotation.
    expect(
      who(
        'Ada Quill: The harbour after the storm has passed',
        'Ada Quill has painted the harbour at Tarrow for thirty years.',
        '“I paint what I see from my window,” Quill said.',
      ),
    ).toEqual([['Ada Quill', 'I paint what I see from my window,']]);
    // A book's title in marks, which no quotation repeats.
    expect(
      who(
        'Ada Quill Launches Her Novel ‘The Lantern Lit at Sea’ in Tarrow',
        'The writer Ada Quill read from her new novel at the Tarrow library on Thursday.',
        '“I wrote most of it on the ferry to Brackwater,” Quill said.',
      ),
    ).toEqual([['Ada Quill', 'I wrote most of it on the ferry to Brackwater,']]);
    // A line that is nothing but a quotation is a subhead set in marks, even when it echoes.
    expect(
      who(
        'Harbour Wall to Be Rebuilt Next Year',
        '"A Serious Threat to the Harbour as We Know It"',
        'The council will rebuild the Tarrow harbour wall next year, its engineer Ben Holt said on Monday.',
        '"The storms are a serious threat to the harbour as we know it," Holt said.',
      ),
    ).toEqual([
      ['Ben Holt', 'The council will rebuild the Tarrow harbour wall next year'],
      ['Ben Holt', 'The storms are a serious threat to the harbour as we know it,'],
    ]);
  });

  it('leaves the words when two speakers’ quotations echo them equally', () => {
    expect(
      who(
        'Harbour Vote Delayed Again: ‘We Need More Time to Decide’',
        'Tarrow council postponed its vote on the harbour wall for the third time on Monday.',
        '“We need more time to decide on the wall,” councillor Ada Quill said.',
        '“Honestly, we need more time to decide anything here,” councillor Ben Holt said.',
      ).map(([, text]) => text),
    ).not.toContain('We Need More Time to Decide');
  });
});

describe('headlineNamedWords', () => {
  it('reads the name and the words whether or not they speak in the first person', () => {
    const line = 'Ada Quill: Harbour budget simply not good enough';
    const found = headlineNamedWords(line)!;
    expect(found.name).toBe('Ada Quill');
    expect(line.slice(found.start, found.end)).toBe('Harbour budget simply not good enough');
    expect(found.firstPerson).toBe(false);
    expect(headlineNamedWords('Ada Quill: We were not good enough today')!.firstPerson).toBe(true);
  });
});
