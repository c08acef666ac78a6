import { describe, expect, it } from 'vitest';
import { article, read, who } from './inventedArticle.ts';

describe('a picture credit glued to a dateline that names its state in mixed case', () => {
  it('“Jo Reed/Harbour Images(TARROW, Fla.) -- …”: the paragraph is read, and its full name registered', () => {
    const text = article(
      'Jo Reed/Harbour Images(TARROW, Fla.) -- A panel of jurors met again on Monday to decide Bertram Ellory’s future at the county hall.',
      'Ellory, 41, insists that he “never touched the ledger” at the ferry office.',
    );
    expect(read(text).text).toMatch(/^\(TARROW, Fla\.\) -- A panel/m);
    expect(who(text)).toContainEqual(['Bertram Ellory', 'never touched the ledger']);
    expect(who(text).map(([name]) => name)).not.toContain('Jo Reed');
  });
});

describe('a line that introduces a statement below, under a line that introduces a list', () => {
  const text = article(
    'HARBOUR STATE, May 4 - Today, Governor Wendell Ashgrove let the following bills pass unsigned:',
    'Governor Ashgrove gave the following statement about House Bill 12:',
    '"The ferry levy drew wide backing in the chamber, yet I still worry that it will burden island families who rely on the morning crossing."',
  );

  it('is no statement itself: the words below are the governor’s, by his full name', () => {
    expect(who(text)).toEqual([
      ['Wendell Ashgrove', expect.stringContaining('The ferry levy drew wide backing')],
    ]);
  });
});

describe('counted and joined epithets before a full name', () => {
  it('“Three-time Oscar-winner Ada Quill”: the epithets are no part of her name', () => {
    const found = who(
      article(
        'Four-time Harbour-award winner Marisol Venn and two-time Lantern-winner Odile Brask took the stage together on Sunday.',
        'Two-time Lantern-winner Odile Brask said she had “never expected a third night like this one” at the hall.',
      ),
    );
    expect(found).toContainEqual(['Odile Brask', 'never expected a third night like this one']);
  });
});

describe('a double surname printed with and without its hyphen', () => {
  it('the label “Ortega-Vane:” is the “Lucia Ortega Vane” the introduction names', () => {
    const found = who(
      article(
        'Lucia Ortega Vane is running for the harbour council seat left open this spring.',
        'Tobin: What made you decide to stand this year?',
        'Ortega-Vane: The ferry timetable has been ignored for a decade and I could not watch it any longer.',
        'Tobin: What comes first if you win?',
        'Ortega-Vane: A public audit of every crossing, published in full before the winter.',
      ),
    );
    expect(found).toContainEqual(['Lucia Ortega Vane', expect.stringContaining('ferry timetable')]);
    expect(found.map(([name]) => name)).not.toContain('Ortega-Vane');
  });
});

describe('a complex preposition at a sentence start', () => {
  it('“Ahead of the vote, Mr Quill …”: the capitalised “Ahead” names no one', () => {
    const found = who(
      article(
        'Treasurer Tomas Quill spoke to the chamber on Monday about the harbour budget.',
        'Ahead of the count, Mr Quill stood by his record on the docks, but told members that where errors were made he would "hear them out and adapt".',
      ),
    );
    expect(found.map(([name]) => name)).not.toContain('Ahead');
    expect(found).toContainEqual(['Tomas Quill', 'hear them out and adapt']);
  });
});

describe('a caption label glued to the caption’s first word', () => {
  it('“Media captionAda Quill, …: “…”” is Ada Quill’s, not “Media captionAda Quill”’s', () => {
    const found = who(
      article(
        'The harbour board voted on Monday to close the north pier for the winter.',
        'Media captionOrla Pennick, harbour users group, speaking before the vote: "We will fight this closure at every meeting from now on"',
        'The closure takes effect in November.',
      ),
    );
    expect(found).toContainEqual([
      'Orla Pennick',
      expect.stringContaining('We will fight this closure'),
    ]);
  });
});

describe('a surname misprinted by one letter', () => {
  it('is the one person named in full under the near surname, so “he” after it is not someone named later', () => {
    const found = who(
      article(
        'The harbour board confirmed its new treasurer, Mr Declan Ferriter, on Monday.',
        'Mr Ferriterr described the hearing that saw two nominees withdraw, including the veteran Mr Osric Tambling, as a healthy sign for the town and he said that Mr Hale had handled the difficult choice as well as anyone could.',
        '"I do not think the chair is harmed in any way at all by this," he said.',
      ),
    );
    expect(found.map(([name]) => name)).not.toContain('Osric Tambling');
    expect(found).toContainEqual([
      'Declan Ferriter',
      expect.stringContaining('I do not think the chair'),
    ]);
  });
});

describe('a share box’s line under a run of quoted paragraphs', () => {
  it('“- Harbour News Like” signs nothing: the paragraphs go on with their speaker', () => {
    const found = who(
      article(
        'Brackwater have signed the winger Tomas Reyna from a club across the bay.',
        '“Joining a club of this size is something I have wanted since I was small,” Reyna told the club’s website.',
        '“I am ready to work hard and I will give everything on the pitch for these supporters.',
        '“The coach has a clear plan for me and I trust him to help me grow as a player here.”',
        '- Harbour News Like',
        '- Be the first one among your pals!',
      ),
    );
    expect(found.map(([name]) => name)).not.toContain('organisation: Harbour News Like');
    expect(found).toContainEqual([
      'Tomas Reyna',
      expect.stringContaining('The coach has a clear plan'),
    ]);
  });
});

describe('a document’s sender read as the subject', () => {
  it('“Sent by Ada Quill, it read: “…””: the words are the sender’s', () => {
    const found = who(
      article(
        'The memo, seen by the Harbour Wire, carried the subject line “Reporters at the gate.” Sent by Nora Vint, it read: “Please tell your staff that a reporter is waiting outside the gate today.”',
      ),
    );
    expect(found).toContainEqual(['Nora Vint', expect.stringContaining('Please tell your staff')]);
  });
});

describe('a party and state in brackets between “with” Name and the participle', () => {
  it('“with Deputy Leader Ada Quill (D-HV) telling reporters that …”: hers', () => {
    const found = who(
      article(
        'Council leaders came back to the hall hinting at a deal after the talks, with Deputy Leader Corin Vasquez (D-HV) telling reporters that members had agreed on a single budget bill.',
      ),
    );
    expect(found).toEqual([['Corin Vasquez', 'members had agreed on a single budget bill']]);
  });
});
