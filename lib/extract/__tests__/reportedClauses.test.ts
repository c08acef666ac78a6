import { describe, expect, it } from 'vitest';
import { article, read } from './inventedArticle.ts';

/** [who, text] for each reported quote of an invented article. */
const reported = (...paragraphs: string[]) =>
  read(article(...paragraphs))
    .quotes.filter((q) => q.kind === 'reported')
    .map((q) => [q.speaker ?? `${q.sourceKind}: ${q.source}`, q.text]);

describe('reported speech as news prints it', () => {
  it('a speaker with a long appositive of two roles', () => {
    expect(
      reported(
        'Dr. Mira Solberg, deputy head of the Tarrow Sea Centre and professor of tides at the Tarrow School of Marine Science, said these early results are striking but need more work.',
      ),
    ).toEqual([['Mira Solberg', 'these early results are striking but need more work']]);
  });

  it('“alleged that”, “maintains that”, “disclosed that”', () => {
    expect(
      reported(
        'Mayor Rina Castell alleged on Wednesday that the tide board had hidden its accounts.',
        'Councillor Abel Fenwick maintains that the board can only delay the vote for a while.',
        'Oskar Brandvold, the harbour master, disclosed that the port had received two warnings.',
      ),
    ).toEqual([
      ['Rina Castell', 'the tide board had hidden its accounts'],
      ['Abel Fenwick', 'the board can only delay the vote for a while'],
      ['Oskar Brandvold', 'the port had received two warnings'],
    ]);
  });

  it('a reported clause opened by “although” or “while”, but not “said while visiting …”', () => {
    expect(
      reported(
        'Chief Tide Secretary Tomas Quell said although the board took steps after the crash, he believed more was needed.',
        'Omar Vesk said while the forecast of a small loss had been beaten, the firm still had work to do.',
        'Omar Vesk said while visiting the quay after the meeting on the merger.',
      ),
    ).toEqual([
      ['Tomas Quell', 'although the board took steps after the crash, he believed more was needed'],
      [
        'Omar Vesk',
        'while the forecast of a small loss had been beaten, the firm still had work to do',
      ],
    ]);
  });

  it('a clause opening with a contracted pronoun (“they’ve”)', () => {
    expect(
      reported('Dr. Idris Palmer said Wednesday they’ve found bones in the northern desert.'),
    ).toEqual([['Idris Palmer', 'they’ve found bones in the northern desert']]);
  });

  it('a named person’s relative clause (“…, who confirmed …”), not a role’s', () => {
    expect(
      reported(
        'She asked the harbour lawyer Nils Ardent, who confirmed the board had no power to hide the ledgers.',
      ),
    ).toEqual([['Nils Ardent', 'the board had no power to hide the ledgers']]);
    // After a role, the sentence's own attribution follows: the relative clause is not read.
    const roles = reported(
      'The crews are two welders, who left the dock after the storm, the source, who said both men had phoned him, told reporters.',
    );
    expect(roles.some(([, text]) => text?.startsWith('both men had'))).toBe(false);
  });
  it('“said” with a clause opening on a common noun and a verb of its own (“said hackers broke …”)', () => {
    expect(
      reported(
        'Senator Ilse Marwick said intruders entered the tide board archive overnight.',
        'Mayor Tomas Quell says repairs include new pumps, gates and cables.',
        'Councillor Abel Fenwick said such a delay undermines every plan for the quay.',
        // An object, a preposition or an adverb opens no clause.
        'Omar Vesk said goodbye to the crews at the quay on Friday.',
        'Omar Vesk said nothing about the merger at the meeting.',
        // Another verb of speech later may make the sentence someone else's account.
        'Nils Ardent has said ferries face a long winter, the Tarrow Post said, citing a letter.',
      ),
    ).toEqual([
      ['Ilse Marwick', 'intruders entered the tide board archive overnight'],
      ['Tomas Quell', 'repairs include new pumps, gates and cables'],
      ['Abel Fenwick', 'such a delay undermines every plan for the quay'],
      ['organisation: Tarrow Post', 'Nils Ardent has said ferries face a long winter'],
    ]);
  });
  it('“announced”, “stated”, “suggested” with a clause of a finite verb, not with an object', () => {
    expect(
      reported(
        'Mayor Rina Castell has announced she will leave the tide board in May.',
        'Councillor Abel Fenwick previously stated a vote could be held in June.',
        'Omar Vesk suggested the merger may be delayed until the spring.',
        // An object of the verb, however long, is no clause.
        'Mayor Rina Castell announced her resignation from the tide board on Friday.',
        'Omar Vesk stated his objections to the plan for the quay at length.',
      ),
    ).toEqual([
      ['Rina Castell', 'she will leave the tide board in May'],
      ['Abel Fenwick', 'a vote could be held in June'],
      ['Omar Vesk', 'the merger may be delayed until the spring'],
    ]);
  });
  it('“… and said” after a subject named behind lower-case role words, or “but ultimately said”', () => {
    expect(
      reported(
        'Speaking at the quay, party leader Rina Castell dismissed the complaint and said that the board had broken no rule.',
        'Councillor Abel Fenwick backed the harbour notice, but ultimately said the dispute was a matter for the port.',
      ),
    ).toEqual([
      ['Rina Castell', 'the board had broken no rule'],
      ['Abel Fenwick', 'the dispute was a matter for the port'],
    ]);
  });
  it('a participle of speech after “by”, the sentence opening “But he …”', () => {
    expect(
      reported(
        'Mayor Rina Castell said the quay would open in May.',
        'But she offered a small gesture to the boatmen by saying she would keep the old slipway open.',
      ),
    ).toEqual([
      ['Rina Castell', 'the quay would open in May'],
      ['Rina Castell', 'she would keep the old slipway open'],
    ]);
  });
});

describe('officials’ reported clauses without “that”', () => {
  it('“maintain” reports a clause, and “to the town” inside the clause’s subject is a preposition', () => {
    expect(
      reported(
        'Four samples from the harbour wait for results, yet officials explained the danger to the town is small.',
        'Port health officials maintain the harbour clinic can take in more patients.',
        'Mayor Rina Castell announced plans to widen the quay on Monday.',
      ),
    ).toEqual([
      ['anonymous: officials', 'the danger to the town is small'],
      ['anonymous: Port health officials', 'the harbour clinic can take in more patients'],
    ]);
  });

  it('a possessive time word opens the clause (“said yesterday’s vote …”), no time phrase to skip', () => {
    expect(
      reported(
        'The port’s spokesman, Ada Quill, said yesterday’s vote in Tarrow was held to settle the fees.',
      ),
    ).toEqual([['Ada Quill', 'yesterday’s vote in Tarrow was held to settle the fees']]);
  });
});

describe('a reported clause that opens with a count', () => {
  it('“said 1,136 people died and 2,397 were hurt”, but not “said 10 days ago that …” from the count', () => {
    expect(
      reported(
        'Harbour minister Rina Castell said 1,136 people died and 2,397 were hurt in the flood.',
        'Mayor Abel Fenwick said 10 days ago that the quay would close.',
      ),
    ).toEqual([
      ['Rina Castell', '1,136 people died and 2,397 were hurt in the flood'],
      ['Abel Fenwick', 'the quay would close'],
    ]);
  });

  it('“prosecutors said NAME, 47, of TOWN, STATE, entered …”: an accused with an age and a home town opens the clause', () => {
    expect(
      reported(
        'The ferry smuggling case in Vessby came to court on Friday.',
        'In a statement, federal prosecutors said Tomas Ardent Vell, 47, of Ulby, Tarrow, entered his plea before a judge in Olstad.',
        'Police said Mira Holt, 29, was held overnight after the chase.',
      ),
    ).toEqual([
      [
        'anonymous: federal prosecutors',
        'Tomas Ardent Vell, 47, of Ulby, Tarrow, entered his plea before a judge in Olstad',
      ],
      ['organisation: Police', 'Mira Holt, 29, was held overnight after the chase'],
    ]);
  });
});

describe('a second speaker joined by “, but” ends the first speaker’s clause', () => {
  it('“Brenner said that …, but Quill said that …”: each clause its own speaker’s', () => {
    const found = read(
      article(
        'Harbour master Tomas Brenner and councillor Ada Quill spoke after the vote on Monday.',
        'In his defence, Brenner said that he was only repeating what the crews had told him, but Quill said that the crews had never been asked about the levy.',
      ),
    )
      .quotes.filter((q) => q.kind === 'reported')
      .map((q) => [q.speaker, q.text]);
    expect(found).toContainEqual(['Ada Quill', expect.stringContaining('had never been asked')]);
    expect(found).not.toContainEqual([
      'Tomas Brenner',
      expect.stringContaining('never been asked'),
    ]);
  });
});
