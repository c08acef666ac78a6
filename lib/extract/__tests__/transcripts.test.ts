import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parseArticle.ts';

/** A made-up transcript page: a heading line, then paragraphs; every sentence is ours. */
const page = (...lines: string[]) =>
  ['Press Conference by the Harbour Minister', '', ...lines.flatMap((l) => [l, ''])].join('\n');

const who = (text: string) => {
  const parsed = parseArticle('t.txt', text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.quotes.map((q) => [q.speaker ?? `${q.sourceKind}: ${q.source}`, q.text]);
};

describe('transcripts', () => {
  it('“Name, Team: …” turns in title case, two or more opening with a given name: each the named person’s; a one-word aside label is nobody’s', () => {
    expect(
      who(
        page(
          'Coaches had their say after the regional finals, all of it from the press conferences.',
          'Ada Quill, Tarrow State: Well, we ran out of legs in the last ten minutes.',
          'Verdict: We were never in it.',
          'Ben Holt, Harbour College: Our bench gave us everything tonight.',
          'Verdict: They got lucky.',
          'Zorvan Pell, Kestrel Tech: The referees let a lot go on both ends.',
        ),
      ),
    ).toEqual([
      ['Ada Quill', 'Well, we ran out of legs in the last ten minutes.'],
      ['Ben Holt', 'Our bench gave us everything tonight.'],
      ['Zorvan Pell', 'The referees let a lot go on both ends.'],
    ]);
  });

  it('one “Name, Team: …” line is no transcript', () => {
    expect(
      who(
        page(
          'Ada Quill, Tarrow State: the coach who turned a team around.',
          'The team lost only twice all season.',
        ),
      ),
    ).toEqual([]);
  });

  it('labels in capitals: each turn its speaker’s, over several paragraphs; a stage direction is nobody’s', () => {
    expect(
      who(
        page(
          'The minister spoke at the harbour office on Tuesday.',
          'ADA QUILL: Good morning. Thank you for coming.',
          'The ferries will run every hour from May.',
          '(Applause.)',
          'SENATOR BEN J. HOLT: Thank you, Ada.',
        ),
      ),
    ).toEqual([
      ['Ada Quill', 'Good morning. Thank you for coming.'],
      ['Ada Quill', 'The ferries will run every hour from May.'],
      ['Ben J. Holt', 'Thank you, Ada.'],
    ]);
  });

  it('one label in capitals after the story has begun is a transcript; a surname label is the person named in full', () => {
    expect(
      who(
        page(
          'Ada Quill, the harbour minister, answered questions from members.',
          'QUILL: Well, good morning to everyone.',
          'We have two announcements today.',
        ),
      ),
    ).toEqual([
      ['Ada Quill', 'Well, good morning to everyone.'],
      ['Ada Quill', 'We have two announcements today.'],
    ]);
  });

  it('a label that is a title alone, or a reporter, is an unnamed source; a title with a surname is that person', () => {
    expect(
      who(
        page(
          'HARBOUR OFFICE PRESS SECRETARY (MODERATOR): We will now begin.',
          'HARBOUR MINISTER QUILL: The fares stay as they are.',
          'REPORTER: Will the fares rise next year?',
          'HARBOUR MINISTER QUILL: Not while I am minister.',
        ),
      ),
    ).toEqual([
      ['anonymous: Harbour Office Press Secretary', 'We will now begin.'],
      ['Quill', 'The fares stay as they are.'],
      ['anonymous: Reporter', 'Will the fares rise next year?'],
      ['Quill', 'Not while I am minister.'],
    ]);
  });

  it('a heading that names a speaker gives the unlabelled paragraphs after it to that speaker', () => {
    expect(
      who(
        page(
          'Press Conference by Harbour Minister Ada Quill',
          'HARBOUR OFFICE PRESS SECRETARY: We will now begin. Minister, please.',
          'Opening Statement by Harbour Minister Ada Quill',
          'I am Ada Quill, and today I take office.',
          'My first task is the ferry timetable.',
        ),
      ),
    ).toEqual([
      ['anonymous: Harbour Office Press Secretary', 'We will now begin. Minister, please.'],
      ['Ada Quill', 'I am Ada Quill, and today I take office.'],
      ['Ada Quill', 'My first task is the ferry timetable.'],
    ]);
  });

  it('a dateline in capitals with a colon is no speaker', () => {
    expect(
      who(
        page(
          'Ferry fares rise again, the third time in two years.',
          'NEW DELHI: The harbour board said on Monday that fares would rise, and its chair Ada Quill called the rise “small but necessary for the ferries”.',
        ),
      ),
    ).toEqual([['Ada Quill', 'small but necessary for the ferries']]);
  });

  it('datelines of towns no list knows, one per story of a round-up, are no speakers', () => {
    const found = who(
      page(
        'Round-up of the day on the coast.',
        'PORTVELLAN: The harbour board today said it had offered the ferry union a new timetable, calling on the union to answer by Friday.',
        '“The offer stands until the end of the week,” board spokesman Ada Quill told reporters.',
        'MERRIDOC: A fishing cooperative on Tuesday denied it was behind the blockade of the north quay last month.',
        'The cooperative said it was not active on the north quay.',
      ),
    );
    expect(found.map(([w]) => w)).not.toContain('Portvellan');
    expect(found.map(([w]) => w)).not.toContain('Merridoc');
    expect(found).toContainEqual(['Ada Quill', 'The offer stands until the end of the week,']);
  });

  it('labels with a party and state after the name, turns between them continuing', () => {
    expect(
      who(
        page(
          'Senators spoke before the vote on the harbour bill:',
          'Sen. Quill (D-ME): Go to our harbours and you will see why this matters.',
          'Sen. Holt (R-NH): The best days of the ferries lie ahead.',
        ),
      ),
    ).toEqual([
      ['Quill', 'Go to our harbours and you will see why this matters.'],
      ['Holt', 'The best days of the ferries lie ahead.'],
    ]);
  });

  it('the questions of a press conference are an unnamed questioner’s; a spokesperson labelled first answers', () => {
    expect(
      who(
        page(
          'Harbour Ministry Spokesperson Ada Quill held a regular press conference.',
          'Quill: Good afternoon. I will take your questions now.',
          'Q: Will the ferry to the islands run this winter?',
          'A: It will run twice a day.',
        ),
      ),
    ).toEqual([
      ['Ada Quill', 'Good afternoon. I will take your questions now.'],
      ['anonymous: the questioner', 'Will the ferry to the islands run this winter?'],
      ['Ada Quill', 'It will run twice a day.'],
    ]);
  });
});

describe('names', () => {
  it('a short given name or a name without its middle initial is the person named in full', () => {
    expect(
      who(
        page(
          'Daniel W. Okafor chaired the meeting.',
          '“We start now,” Dan Okafor said.',
          '“Thank you,” said Daniel Okafor.',
        ),
      ),
    ).toEqual([
      ['Daniel W. Okafor', 'We start now,'],
      ['Daniel W. Okafor', 'Thank you,'],
    ]);
  });

  it('two forms with different middle initials are two people', () => {
    const text = page(
      'George H. Marsh and George W. Marsh both spoke at the harbour.',
      '“Sail on,” George W. Marsh said.',
    );
    expect(who(text)).toEqual([['George W. Marsh', 'Sail on,']]);
  });

  it('a contraction is never part of a name; a noun after a determiner is no speech verb', () => {
    expect(
      who(
        page(
          'The harbour board met on Tuesday.',
          'RICHTER: Good morning. I’m Ada Richter, and I chair this meeting.',
          'The office said the remarks about the “night ferry for everyone” were a mistake.',
        ),
      ),
    ).toEqual([
      ['Ada Richter', 'Good morning. I’m Ada Richter, and I chair this meeting.'],
      [
        'organisation: The office',
        'the remarks about the “night ferry for everyone” were a mistake',
      ],
    ]);
  });

  it('a title of a work keeps being a title when the sentence’s full stop falls inside its marks', () => {
    expect(
      who(
        page(
          '“We have a plan,” Minister Ada Quill said, presenting the “Basic Plan for Harbour Ferries and Island Routes.”',
        ),
      ),
    ).toEqual([['Ada Quill', 'We have a plan,']]);
  });
});

describe('labels and signatures on lines of their own', () => {
  it('“Sen. Quill (D-ME):” on its own line labels the paragraph below it', () => {
    expect(
      who(
        page(
          'Here is what senators said before the vote on the harbour bill:',
          'Sen. Quill (D-ME)',
          'Go to our harbours and you will see why this bill matters.',
          'Sen. Holt (R-NH):',
          'The best days of the ferries lie ahead of us.',
        ),
      ),
    ).toEqual([
      ['Quill', 'Go to our harbours and you will see why this bill matters.'],
      ['Holt', 'The best days of the ferries lie ahead of us.'],
    ]);
  });

  it('an embedded post’s words are its author’s, named in its signature', () => {
    expect(
      who(
        page(
          'Senator Ada Quill weighed in on the ferry fares on Sunday.',
          'The fare rise is a tax on every island family. We will fight it — Ada Quill (@adaquill) May 29, 2020',
        ),
      ),
    ).toEqual([['Ada Quill', 'The fare rise is a tax on every island family. We will fight it']]);
  });
});

describe('names the article gives no title or known given name', () => {
  it('a full name that opens a sentence about a man or a woman is a person’s', () => {
    expect(
      who(
        page(
          'Tavish Okonkwo is telling the harbour board he will not sign the contract.',
          '“We cannot accept it,” Tavish Okonkwo said.',
        ),
      ),
    ).toEqual([
      ['Tavish Okonkwo', 'he will not sign the contract'],
      ['Tavish Okonkwo', 'We cannot accept it,'],
    ]);
    // Without any such sign the two words may be a firm's name: never a person.
    expect(who(page('“We cannot accept it,” Tavish Okonkwo said.'))).toEqual([
      ['organisation: Tavish Okonkwo', 'We cannot accept it,'],
    ]);
  });

  it('a long name shortened to its first names is one person', () => {
    expect(
      who(
        page(
          'Te Rangi Moana Hetaraka spoke at the shore, where he has watched whales for forty years.',
          '“Our ancestors watched these whales,” says Te Rangi.',
        ),
      ),
    ).toEqual([['Te Rangi Moana Hetaraka', 'Our ancestors watched these whales,']]);
  });
});
