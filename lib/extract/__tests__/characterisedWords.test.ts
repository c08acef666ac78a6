import { describe, expect, it } from 'vitest';
import { characterisingVerb } from '../characterisingVerb.ts';
import { article, who } from './inventedArticle.ts';

/** Who said what in an invented article: every sentence is ours, the structures are news writing's. */
const said = (...paragraphs: string[]) => who(article(...paragraphs));

describe('a quoted fragment someone’s verb of characterising governs', () => {
  it('is the words of whoever calls, brands, describes or accuses', () => {
    // A participle after a comma, a determiner before the marks.
    expect(
      said(
        'Ada Quill spoke warmly about her ten years as mayor of Tarrow, calling them a “long and happy voyage together.”',
      ),
    ).toContainEqual(['Ada Quill', 'long and happy voyage together.']);
    // A finite verb, the thing named between the verb and the marks, single marks.
    expect(
      said(
        'Councillor Ben Holt branded the ferry timetable ‘a slap in the face for commuters’ at the meeting.',
      ),
    ).toContainEqual(['Ben Holt', 'a slap in the face for commuters']);
    // "described … as" with a possessive before the marks.
    expect(
      said(
        'Ada Quill, the harbour master, spoke on Monday. She described the plan as the council’s “most reckless idea in years” and left early.',
      ),
    ).toContainEqual(['Ada Quill', 'most reckless idea in years']);
    // "dismissed … as", "hailed … as": other verbs of characterising with "as".
    expect(
      said(
        'The harbour master, Ada Quill, dismissed the complaints as “a storm in a very small teacup” on Tuesday.',
      ),
    ).toContainEqual(['Ada Quill', 'a storm in a very small teacup']);
    expect(
      said('Ben Holt hailed the ferry deal as a “victory for every island family” on Monday.'),
    ).toContainEqual(['Ben Holt', 'victory for every island family']);
    // "accused … of" with a gerund before the marks.
    expect(
      said(
        'Ben Holt accused the ferry company of running “a service nobody can rely on” over the winter.',
      ),
    ).toContainEqual(['Ben Holt', 'a service nobody can rely on']);
  });

  it('is the words of the person named after "with" whose participle governs them', () => {
    // "with NAME describing … as": an absolute clause, the participle's own subject.
    expect(
      said(
        'The opposition mocked the ferry plan on Friday, with island spokesman Ada Quill describing the timetable as “another promise for the year after next.”',
      ),
    ).toContainEqual(['Ada Quill', 'another promise for the year after next.']);
    // "deemed … a": a verb of characterising that needs the thing between.
    expect(
      said(
        'Harbour master Ben Holt deemed the new pier a “sensible answer to rising tides” in a post on Monday.',
      ),
    ).toContainEqual(['Ben Holt', 'sensible answer to rising tides']);
  });

  it('leaves a "with" clause whose subject is not a named person open', () => {
    // A crowd after "with" is nobody in particular.
    expect(
      said(
        'The ferry left late on Friday, with angry passengers describing the delay as “the worst start to a holiday ever.”',
      ).map(([, text]) => text),
    ).not.toContain('the worst start to a holiday ever.');
  });

  it('leaves a name, a slogan or a call for something as a term', () => {
    // "a group called “…”": naming, nobody speaks.
    expect(
      said(
        'Residents of Tarrow formed a group called “keep the harbour for all” in March, Ada Quill said.',
      ).map(([, text]) => text),
    ).not.toContain('keep the harbour for all');
    // "called for a “…”": another verb.
    expect(
      said('Ben Holt called for a “full review of the harbour” at the meeting on Monday.').map(
        ([, text]) => text,
      ),
    ).not.toContain('full review of the harbour');
    // Fewer than four words: a scare quote.
    expect(
      said('Ada Quill called the timetable a “total shambles” at the meeting.').map(
        ([, text]) => text,
      ),
    ).not.toContain('total shambles');
    // A subordinate clause is nobody: "When listening to Holt speak of …".
    expect(
      said(
        'When listening to Ben Holt speak of the “harbour that never sleeps” we all believed him.',
      ),
    ).toEqual([]);
  });
});

describe('characterisingVerb', () => {
  it('finds the verb that governs what follows, or -1', () => {
    expect(characterisingVerb('Holt called the plan a ')).toBe(5);
    expect(characterisingVerb('Warning of ')).toBe(0);
    expect(characterisingVerb('a group called ')).toBe(-1);
    expect(characterisingVerb('Holt deemed the pier a ')).toBe(5);
    expect(characterisingVerb('the pier was deemed by many ')).toBe(-1);
    expect(characterisingVerb('Holt called on the council to ')).toBe(-1);
    expect(characterisingVerb('Holt called the plan, as he put it, a ')).toBe(-1);
  });
});
