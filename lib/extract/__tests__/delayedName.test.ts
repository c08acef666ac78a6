import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a lede describes someone the story names next without describing them again', () => {
  it('is the one undescribed person the story names next, whatever the verb, tense or word order', () => {
    const variants: [string[], string, string][] = [
      [
        [
          'PORT VELLA (Wire) — Tarrow’s harbour minister has said the new ferry timetable “has been met badly by nearly every town on the coast,” adding that talks would go on.',
          'Speaking to reporters, Olivia Brennick called the timetable “a draft and nothing more.”',
          '“We will meet again on Friday,” Brennick said.',
        ],
        'has been met badly by nearly every town',
        'Olivia Brennick',
      ],
      [
        [
          'Coastal mayors will be paid to keep the piers open, the country’s works minister says.',
          'Thomas Arkwell said on Friday that the money would come from the port levy.',
        ],
        'will be paid to keep the piers open',
        'Thomas Arkwell',
      ],
      [
        [
          'The condition of the old lighthouse is “not alarming” and the survey will stay private, his spokeswoman told reporters on Tuesday.',
          '“The board will decide in May,” Helen Farrow told a briefing.',
        ],
        'not alarming',
        'Helen Farrow',
      ],
      [
        [
          'Claims that the harbour fund was emptied in secret are probably "not true", a cabinet minister has said.',
          'But Peter Garroway said the claims would be looked into.',
        ],
        'not true',
        'Peter Garroway',
      ],
      [
        [
          'Vellport’s mayor said the city would fight the cut to its council.',
          'The cut was announced last week by the regional board.',
          'Maria Quillon said Thursday that the city had not been asked.',
        ],
        'the city would fight the cut',
        'Maria Quillon',
      ],
    ];
    for (const [paras, words, speaker] of variants)
      expect(speakerIn(article(...paras), words)).toBe(speaker);
  });

  it('stays open when the next person named is described, not a speaker, of another gender, or named before', () => {
    const LEDE =
      'Tarrow’s harbour minister has said the ferry timetable “has been met badly by every town.”';
    const cases: [string, string[], string, string][] = [
      // Described with an office of their own: someone else than the lede's minister.
      [
        'described',
        [
          LEDE,
          'Olivia Brennick said the timetable was a draft.',
          'Olivia Brennick, the opposition leader, will meet the board on Monday.',
        ],
        'has been met badly',
        'Olivia Brennick',
      ],
      // The first person named after the lede is not its speaker, nor is the one after.
      [
        'passive',
        [
          LEDE,
          'Thomas Arkwell was arrested at the pier on Monday.',
          'Olivia Brennick said the timetable was a draft.',
        ],
        'has been met badly',
        'Olivia Brennick',
      ],
      [
        'passive, its subject',
        [LEDE, 'Thomas Arkwell was arrested at the pier on Monday.'],
        'has been met badly',
        'Thomas Arkwell',
      ],
      // Described right where they are named: a witness, not the lede's chief.
      ...[
        '“It was a terrible noise,” said Thomas Arkwell, who lives nearby.',
        'Thomas Arkwell, 45, said it was a terrible noise.',
        'Thomas Arkwell of Tarrow told reporters it was a terrible noise.',
      ].map((next): [string, string[], string, string] => [
        next,
        ['A fire destroyed two boats at the pier overnight, the harbour police chief said.', next],
        'fire destroyed',
        'Thomas Arkwell',
      ]),
      // An indefinite unnamed source's word stays someone unnamed.
      [
        'a spokesman',
        [
          'A fire destroyed two boats at the pier overnight, a police spokesman said.',
          'Thomas Arkwell said his boat had sunk.',
        ],
        'fire destroyed',
        'Thomas Arkwell',
      ],
      // "the spokeswoman" is no man.
      [
        'gender',
        [
          'The survey of the lighthouse is “not alarming”, his spokeswoman said on Tuesday.',
          '“The board will decide in May,” Thomas Arkwell told a briefing.',
        ],
        'not alarming',
        'Thomas Arkwell',
      ],
      // Named in the lede: someone it speaks about, not the one it describes.
      [
        'named before',
        [
          'Olivia Brennick’s plan is “dead in the water,” the country’s works minister said.',
          'Olivia Brennick said the plan would go ahead.',
        ],
        'dead in the water',
        'Olivia Brennick',
      ],
      // Named further down than the story's next paragraphs.
      [
        'later',
        [
          LEDE,
          'The timetable was printed last week.',
          'Ferries will run twice a day in winter.',
          'Thomas Arkwell said the timetable was a draft.',
        ],
        'has been met badly',
        'Thomas Arkwell',
      ],
    ];
    for (const [what, paras, words, notSpeaker] of cases)
      expect(speakerIn(article(...paras), words), what).not.toBe(notSpeaker);
  });
});
