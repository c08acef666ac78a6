import { describe, expect, it } from 'vitest';
import { article, speakerIn, who } from './inventedArticle.ts';

/**
 * Turns of interviews, transcripts and press-conference round-ups on made-up pages (every
 * sentence is ours; the layouts are those of real broadcast transcripts, Q&A blogs and
 * post-match reports): a turn belongs to its label or to the one who answers, never to
 * another person the same page names.
 */

describe('a broadcast transcript labels its turns by surname in capitals', () => {
  const transcript = (analystTurn: string) =>
    article(
      'ADA QUILL, HOST:',
      'The harbour news starts with a new ferry.',
      'QUILL: The Portvellan yard launched its largest ferry yet on Monday, a vessel built for the northern crossing and the winter storms.',
      'BEN HOLT, BYLINE: If this were a regatta, the judges would have walked out. The launch ran long and the band played twice.',
      'TOMAS VELL: The hull is good work.',
      'HOLT: That was Tomas Vell, who builds boats at the south quay.',
      analystTurn,
    );

  it('a surname label of someone the page names in full is their turn, not a dateline', () => {
    for (const turn of [
      'VELL: All of the music really is a sideshow, away from a hull that the yard has built with great care over two years.',
      'VELL: The engines are the real story here, since the new design burns far less fuel than the old ferries of the line.',
    ]) {
      const text = transcript(turn);
      expect(speakerIn(text, turn.slice(6, 40))).toBe('Tomas Vell');
      expect(speakerIn(text, 'The launch ran long')).toBe('Ben Holt');
      expect(speakerIn(text, 'launched its largest ferry')).toBe('Ada Quill');
    }
  });

  it('a wire round-up’s town datelines are still no speakers', () => {
    const found = who(
      article(
        'Round-up of the day on the coast.',
        'MERRIDOC: A fishing cooperative on Tuesday denied it was behind the blockade of the north quay last month.',
        'GREYHAVEN: The port board on Wednesday approved a new timetable for the winter ferries to the islands.',
      ),
    );
    expect(found.map(([w]) => w)).not.toContain('Merridoc');
    expect(found.map(([w]) => w)).not.toContain('Greyhaven');
  });
});

describe('an interviewer labelled with a name the page never gives to a person', () => {
  for (const outlet of ['Harbour Weekly', 'Quaynews', 'The Tidewater Review']) {
    it(`"${outlet}: …?" asks as an unnamed interviewer, never a person`, () => {
      const found = who(
        article(
          'With her second season on the island drama about to return, the actress looks back.',
          `${outlet}: What did the first season teach you about working on the water?`,
          'Mira Solberg: What did it teach me? That boats are hard work, and that I love them.',
          'I learned to keep my feet dry, mostly.',
        ),
      );
      expect(found[0]).toEqual([
        `anonymous: ${outlet}`,
        'What did the first season teach you about working on the water?',
      ]);
      expect(found.some(([w]) => w === outlet)).toBe(false);
      expect(found[1]![0]).toBe('Mira Solberg');
    });
  }

  it('a label the page names as its interviewer stays that person', () => {
    const found = who(
      article(
        'Interview by Ada Quill, our ferry correspondent.',
        'Quill: What did the first season teach you?',
        'Solberg: That boats are hard work. Mira Solberg, that is me, loves them anyway.',
      ),
    );
    expect(found[0]![0]).toBe('Ada Quill');
  });
});

describe('the one a Q&A is "with" in the interviewee’s own intro asks the questions', () => {
  for (const intro of [
    'From her Q&A with Ada Quill:',
    'From her interview with Ada Quill at the Harbour Review:',
    'Read more of her conversation with Ada Quill:',
    'The questions were asked by Ada Quill:',
  ])
    it(`"${intro}"`, () => {
      const text = article(
        'Maria Solberg',
        'Maria Solberg’s new novel for young readers is Tidewater.',
        intro,
        'Q: You grew up by the sea. What made you write about the ferries?',
        'A: My father ran the night ferry for twenty years, and I rode it most weekends.',
      );
      expect(speakerIn(text, 'My father ran the night ferry')).not.toBe('Ada Quill');
    });

  it('a "you" clause in a question is the question’s, never a source called "You"', () => {
    const text = article(
      'Maria Solberg',
      'Maria Solberg’s new novel for young readers is Tidewater.',
      'From her Q&A with Ada Quill:',
      'Q: You note that you grew up by the sea. What made you write about the ferries?',
      'A: My father ran the night ferry for twenty years, and I rode it most weekends.',
    );
    expect(speakerIn(text, 'you grew up by the sea')).toBe('anonymous: the questioner');
    expect(who(text).filter(([, words]) => words.includes('you grew up by the sea'))).toHaveLength(
      1,
    );
  });

  for (const intro of ['Here is our Q&A with Maria Solberg:', 'My interview with Maria Solberg:'])
    it(`"${intro}": the outlet’s or the writer’s Q&A with the interviewee is still hers`, () => {
      const text = article(
        'Maria Solberg’s new novel for young readers is Tidewater.',
        intro,
        'Q: You grew up by the sea. What made you write about the ferries?',
        'A: My father ran the night ferry for twenty years, and I rode it most weekends.',
      );
      expect(speakerIn(text, 'My father ran the night ferry')).toBe('Maria Solberg');
    });
});

describe('a press-conference round-up: "On TOPIC, “…”" goes on with the speaker before', () => {
  for (const topic of [
    'On Tomas Vell, who had 31 points, 9 assists and 7 rebounds in 48 minutes,',
    'On Vell’s night,',
    'About the late penalty,',
    'And on Tomas Vell, who scored 12 points,',
  ])
    it(topic, () => {
      const text = article(
        'The Gulls lost at home again on Friday, the fourth straight defeat at the Quay Arena.',
        'Gulls coach Ada Quill said of the comeback, “We fought back in the second half and we were close.”',
        `${topic} “What can you do? He gave us everything.”`,
      );
      expect(speakerIn(text, 'He gave us everything')).toBe('Ada Quill');
    });

  it('a number before a speech verb’s word makes it a noun: "had 31 points" names no speaker', () => {
    const text = article(
      'The Gulls lost at home again on Friday.',
      'Tomas Vell, who had 31 points, 9 assists and 7 rebounds, “What can you do? We were close.”',
    );
    expect(speakerIn(text, 'We were close')).not.toBe('Tomas Vell');
  });

  it('a lead with a speech verb or a day is an attribution or a time, no topic', () => {
    const text = article(
      'The Gulls lost at home again on Friday.',
      'Gulls coach Ada Quill said of the comeback, “We fought back in the second half and we were close.”',
      'On Saturday, forward Tomas Vell said, “We will be back next week.”',
    );
    expect(speakerIn(text, 'We will be back next week')).toBe('Tomas Vell');
  });
});

describe('a report relayed by a named person: "Holt says Vell told deputies that …"', () => {
  const intro =
    'Harbour Sheriff Ben Holt said his officers picked up 50-year-old Tomas Vell late on Friday.';
  for (const [sentence, words] of [
    [
      'Holt says Vell told deputies that he kept the ledgers since he meant to study them.',
      'he kept the ledgers',
    ],
    [
      'Holt said Vell told the officers he had only borrowed the boat for the night.',
      'only borrowed the boat',
    ],
    [
      'Holt says Vell admitted that he had moved the nets before dawn.',
      'moved the nets before dawn',
    ],
  ] as const)
    it(sentence, () => {
      const text = article(intro, sentence);
      expect(speakerIn(text, words)).toBe('Tomas Vell');
    });

  it('an inner speaker nobody in the article is, is never the relayer', () => {
    const text = article(
      intro,
      'Holt says Vellen told deputies that he kept the ledgers to study them.',
    );
    expect(speakerIn(text, 'kept the ledgers')).not.toBe('Ben Holt');
  });

  it('what unnamed sources say someone said stays the sources’', () => {
    const text = article(
      intro,
      'Sources told the Courier that Sheriff Holt said the deputies would not be wearing badges at the fair.',
    );
    expect(speakerIn(text, 'would not be wearing badges')).not.toBe('Ben Holt');
  });
});
