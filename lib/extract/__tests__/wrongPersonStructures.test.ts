import { describe, expect, it } from 'vitest';
import { quotesOf, speakerAmong, who } from './inventedArticle.ts';

describe('a role word before a full name is the title, never part of the name', () => {
  it('“Council Member”, “Board Member”, “Assembly Member” before a name', () => {
    const found = quotesOf(
      '“The ferry timetable needs a second look,” said Council Member Orla Penhale.',
      'Board Member Tobias Wrenfield said the harbour fund “is nearly empty.”',
      '“We were told nothing until Friday,” Assembly Member Dana Kestrel said.',
    );
    expect(speakerAmong(found, 'ferry timetable')).toBe('Orla Penhale');
    expect(speakerAmong(found, 'nearly empty')).toBe('Tobias Wrenfield');
    expect(speakerAmong(found, 'told nothing')).toBe('Dana Kestrel');
  });

  it('a sentence opening “Incumbent Ada Quill, …” or “Incumbent councillor …”', () => {
    const found = quotesOf(
      'Incumbent Helen Velloway, a cautious moderate, was expected to keep the seat.',
      'Velloway said she was confident her lead would hold.',
      '“The count is not over,” said Incumbent Tomas Tressel.',
    );
    expect(speakerAmong(found, 'lead would hold')).toBe('Helen Velloway');
    expect(speakerAmong(found, 'count is not over')).toBe('Tomas Tressel');
  });
});

describe('a transcript labelled “MR SURNAME:” under a line naming the speaker in full', () => {
  const transcript = (header: string, label: string) =>
    [
      'Harbour Office Press Briefings',
      '',
      header,
      '',
      `${label}: Good morning, everyone. Two items before we turn to questions.`,
      '',
      'QUESTION: Will the ferry run on Sunday?',
      '',
      `${label}: The ferry will run on the winter timetable until the pier is repaired.`,
      '',
      'QUESTION: And the toll?',
      '',
      `${label}: The toll stays where it is for this season.`,
      '',
    ].join('\n');

  it('“Tomas Kelleway, Harbour Spokesperson” above “MR KELLEWAY:” turns', () => {
    const found = who(transcript('Tomas Kelleway, Harbour Spokesperson', 'MR KELLEWAY'));
    expect(speakerAmong(found, 'winter timetable')).toBe('Tomas Kelleway');
    expect(speakerAmong(found, 'toll stays')).toBe('Tomas Kelleway');
  });

  it('“Spokesperson Helen Marrick” above “MS MARRICK:” turns', () => {
    const found = who(transcript('Weekly update from Spokesperson Helen Marrick', 'MS MARRICK'));
    expect(speakerAmong(found, 'winter timetable')).toBe('Helen Marrick');
  });

  it('two people above with the surname: the label stays the surname', () => {
    const found = who(
      transcript('Tomas Kelleway and Helen Kelleway, Harbour Spokespeople', 'MR KELLEWAY'),
    );
    expect(speakerAmong(found, 'winter timetable')).not.toBe('Helen Kelleway');
  });
});

describe('a compound surname used alone is the person named in full', () => {
  it('“Tomas Barrow Quintal” then “Barrow Quintal said”, “saying Barrow Quintal had …”', () => {
    const found = quotesOf(
      'PORT ELLIS: Harbour strongman Tomas Barrow Quintal was on Friday declared the winner of the island vote.',
      'The election board announced the count at dawn, saying Barrow Quintal had won 61 percent.',
      'Barrow Quintal thanked his supporters, saying the islanders had "chosen calm over noise".',
      '"We will build the new pier this year," Barrow Quintal said.',
    );
    expect(speakerAmong(found, 'chosen calm')).toBe('Tomas Barrow Quintal');
    expect(speakerAmong(found, 'new pier')).toBe('Tomas Barrow Quintal');
  });

  it('the short form first, the full name later', () => {
    const found = quotesOf(
      'Officials said Ortega Villanueva had won the mayoral race by a wide margin.',
      'Mayor-elect Carlos Ortega Villanueva, 58, spoke to supporters late on Sunday.',
      '"The town asked for change and it will get it," Ortega Villanueva said.',
    );
    expect(speakerAmong(found, 'asked for change')).toBe('Carlos Ortega Villanueva');
  });
});

describe('a passive speech verb with a time between (“was on Friday declared”) says nothing', () => {
  it('the marked words belong to who “says” them, never to the one declared', () => {
    for (const opening of [
      'Harbour strongman Tomas Velloway was on Friday declared the winner',
      'Tomas Velloway was yesterday declared the winner',
      'Tomas Velloway was on Sunday night announced as the winner',
    ]) {
      const found = quotesOf(
        `${opening}, in a count the opposition says was spoiled by "massive fraud".`,
      );
      expect(found.filter(([, text]) => text.includes('massive fraud'))).not.toContainEqual([
        'Tomas Velloway',
        'massive fraud',
      ]);
    }
  });
});

describe('a body’s name printed in capitals is no person’s name', () => {
  it('“Tarrow County Health Officials now say …”: officials, no one named', () => {
    const found = quotesOf(
      'Tarrow County Health Officials now say they have confirmed 12 cases of measles.',
      'Port Authority Officials said the ferry would stay in dock until Monday.',
    );
    expect(speakerAmong(found, 'confirmed 12 cases')).not.toBe('Health Officials');
    expect(speakerAmong(found, 'confirmed 12 cases')).not.toBe('County Health Officials');
    expect(speakerAmong(found, 'stay in dock')).not.toBe('Authority Officials');
  });

  it('“Coast Guard officials …, he said” after an officer whose given name no list holds', () => {
    const found = quotesOf(
      'Residents had reported that the oil had reached the marsh, said Petty Officer Quenby Darrow, a Coast Guard spokesman.',
      'Coast Guard officials were set to fly over the bay on Monday to confirm how far the slick had spread, he said. "Our crews say the oil has reached the shore," he said.',
      'National Guard crews laid more boom along the bay, he said.',
    );
    for (const [speaker] of found) expect(speaker).not.toMatch(/^(?:Coast|National) Guard$/);
    expect(speakerAmong(found, 'reached the shore')).toBe('Quenby Darrow');
  });
});

describe('a deputy’s office is not the office (“Deputy Opposition Leader” is no “the Opposition Leader”)', () => {
  it('a word of the office between “Deputy” and the head does not make it the same office', () => {
    const found = quotesOf(
      'Deputy Opposition Leader Tomas Wrenley spoke against every clause of the harbour bill.',
      'Before the vote, the Opposition Leader added that his members would not ask for a quorum count.',
      'Later the Assistant Harbour Commissioner, Helen Varga, said the pier would reopen.',
      'The Harbour Commissioner said the tolls would stay.',
      'The session was run by the chairman, Sir Tomas Kelleway.',
      'Later the Opposition Leader said his members would return next week.',
      '“We will look at it again,” the premier’s spokesman, Dov Harrel, told reporters.',
      'The premier will meet the unions on Friday, his spokesman said.',
    );
    expect(speakerAmong(found, 'return next week')).toBeUndefined();
    expect(speakerAmong(found, 'meet the unions')).toBe('Dov Harrel');
    expect(speakerAmong(found, 'quorum count')).not.toBe('Tomas Wrenley');
    expect(speakerAmong(found, 'tolls would stay')).not.toBe('Helen Varga');
  });
});

describe('a couple sharing a surname: the bare surname is the one first named in full', () => {
  it('“Quillan and his wife, Orla,” then “Quillan said” means Tomas Quillan', () => {
    const found = quotesOf(
      'An appeals court upheld former Harbour Gov. Tomas Quillan’s corruption convictions on Friday.',
      'A jury found Quillan and his wife, Orla, guilty of doing favours for a ferry owner.',
      '“I am deeply let down by today’s ruling,” Quillan said in a written statement.',
      'The court has not yet set a date to hear Orla Quillan’s appeal.',
      'Quillan argued in his appeal that the jury had been misdirected.',
    );
    expect(speakerAmong(found, 'deeply let down')).toBe('Tomas Quillan');
    expect(speakerAmong(found, 'jury had been misdirected')).toBe('Tomas Quillan');
  });
});

describe('“…” – Name inside a sentence is no signature: a document’s words around its subject', () => {
  it('a charge’s marked words before and after the defendant’s name, set off by dashes', () => {
    for (const sentence of [
      'Then on March 3, 2019 — "at the request of Partner A" – Vell, while still working at the harbour office, "sent an email to [the bank] that falsely described the source" of the funds.',
      'Weeks later — "acting on the orders of Partner B" — Vell "moved the money through three accounts," the indictment says.',
    ]) {
      const found = quotesOf(
        'Prosecutors allege that Tomas Vell and two unnamed partners misled a bank about "millions of dollars in funds from abroad."',
        sentence,
      );
      for (const [speaker] of found) expect(speaker).not.toBe('Tomas Vell');
    }
  });

  it('a signature after a quotation that opens its paragraph still names its speaker', () => {
    const found = quotesOf('"The harbour belongs to everyone who works on it." – Helen Varga');
    expect(speakerAmong(found, 'harbour belongs')).toBe('Helen Varga');
  });
});

describe('“When asked about meeting with Place former governor Ada Quill, he said …”', () => {
  it('the name after a preposition, a place and a role is no antecedent of “he”', () => {
    const found = quotesOf(
      'Chief Minister Tomas Bhaskar said the harbour police would guard the opposition leaders.',
      'When asked about meeting with Tarrow former governor Ravanti Devkar, he said that he had called on Devkar to wish her well in her new post.',
    );
    expect(speakerAmong(found, 'wish her well')).not.toBe('Ravanti Devkar');
  });
});
