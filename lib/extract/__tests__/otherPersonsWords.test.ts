import { describe, expect, it } from 'vitest';
import { quotesOf, who } from './inventedArticle.ts';

/** An invented page given as printed: a headline line, then its paragraphs. */
const page = (...lines: string[]) => who(lines.join('\n\n'));

/** Who is given the shortest quote holding `words` (a quotation inside a question or turn, not the turn). */
const speakerAmong = (found: [string, string][], words: string) =>
  found
    .filter(([, text]) => text.includes(words))
    .sort((a, b) => a[1].length - b[1].length)[0]?.[0];

describe('a degree adverb opening a sentence is no name', () => {
  it('“Quite surprisingly, Quillon …”: “he” after it is Quillon, never “Quite”', () => {
    const found = quotesOf(
      'Governor Ravik Singh Quillon on Monday attacked the election board for doubting the new voting machines. He then said the board had been tougher on his party.',
      'Quillon said that by questioning the machines, the opposition was preparing for its own defeat.',
      'Quite surprisingly, Quillon turned his fire on the Election Board.',
      '"There were days when the board treated us with no respect at all," he said.',
      'He mentioned that the board refused to give him leave to attend the funeral of a party worker.',
      '"If the board has treated anyone badly, it is our party," he said.',
    );
    expect(found.map(([w]) => w)).not.toContain('Quite');
    expect(speakerAmong(found, 'treated anyone badly')).toBe('Ravik Singh Quillon');
    expect(speakerAmong(found, 'attend the funeral')).toBe('Ravik Singh Quillon');
  });
});

describe('a pronoun is not whom its own verb acts on', () => {
  it('“Vell …, telling reporters he told Holt he could not support the bill”: never Holt’s words', () => {
    const found = quotesOf(
      'Two senators — Ada Brill of Harbour and Tomas Vell of Tarrow — joined the opposition to vote against the ferry bill.',
      'Premier Ben Holt worked the phones on Friday and Saturday to shore up the count. He called Vell on Friday night, according to a person familiar with the talks. Vell later confirmed the call, telling reporters he told Holt he could not support the bill because of the ferry levy.',
    );
    expect(speakerAmong(found, 'could not support the bill')).not.toBe('Ben Holt');
  });
});

describe('a pronoun inside a labelled turn', () => {
  it('a questioner’s “Belmar said … He also pledged to “…”” is Belmar’s, not someone the answer before named', () => {
    const found = page(
      "Foreign Ministry Spokesperson Lin Arawa's Regular Press Conference",
      "Lin Arawa: The visit will be the president's first state visit. President Tomas Ferrolt will have talks with her, and Premier Oda Venn will meet her.",
      'Harbour Radio: My question is about the northern strait. Several incidents have happened recently between the ships of the two countries. Coastal President Belmar said yesterday that his country "will never be frightened or pushed around by anyone." He also pledged to "keep using our rights at sea in line with international law." Do you think these comments target us?',
      'Lin Arawa: The facts of the dispute are very clear.',
    );
    expect(speakerAmong(found, 'keep using our rights at sea')).toBe('Belmar');
  });
});

describe('an office that serves another office', () => {
  it('“According to the spokesperson of the Coastian president” in Spokesperson Arawa’s briefing is not Arawa', () => {
    const found = page(
      "Foreign Ministry Spokesperson Lin Arawa's Regular Press Conference on May 3",
      'Q: According to the spokesperson of the Coastian president, Vantish President Oren Kalt has written to the Coastian leader to apologise over the downing of a plane last year. What is your comment?',
      'A: We have noted the report and hope the two countries will improve their ties.',
    );
    expect(speakerAmong(found, 'has written to the Coastian leader')).toBe(
      'anonymous: the spokesperson of the Coastian president',
    );
  });
});

describe('a bare “Q” set off by spaces opens a question in a briefing transcript', () => {
  it('“Q    Thanks, Ada. …” is the reporter’s, not the press secretary’s turn going on', () => {
    const found = page(
      'Press Briefing by Press Secretary Ada Quillon',
      'MS. QUILLON:  Good afternoon, everybody.  I have nothing at the top today, so we can go straight to your questions.',
      'Q    Thanks, Ada.  Let me start with the memo that went to the governor last week about the harbour contracts.  Was the premier also told about it?',
      'MS. QUILLON:  What I can tell you is that the premier reads his briefing every morning.',
      'Q    And did anyone on the staff see the memo before it leaked?',
      'MS. QUILLON:  I am not going to get into that from here.',
    );
    expect(speakerAmong(found, 'Let me start with the memo')).not.toBe('Ada Quillon');
    expect(speakerAmong(found, 'see the memo before it leaked')).not.toBe('Ada Quillon');
    expect(speakerAmong(found, 'reads his briefing every morning')).toBe('Ada Quillon');
  });
});

describe('“in which he said” after someone’s speech', () => {
  it('“Quillon’s remarks follow Governor Ben Tarrow’s speech …, in which he said …” is Tarrow’s', () => {
    const found = quotesOf(
      'Council leader Mara Quillon said Thursday that the plan was dead. Quillon’s remarks follow Governor Ben Tarrow’s speech on Saturday, in which he said he would hand the budget back to the council.',
    );
    expect(speakerAmong(found, 'hand the budget back')).toBe('Ben Tarrow');
  });
});

describe('a person’s office speaks as a body', () => {
  it('“Former Governor Mara Quillon’s office in a statement said …” is the office’s', () => {
    const found = quotesOf(
      'The army said the raid killed nine fighters.',
      'Former Governor Mara Quillon’s office in a statement said homes should never be bombed in raids.',
    );
    expect(speakerAmong(found, 'never be bombed')).not.toBe('Mara Quillon');
  });
});

describe('a sentence closed by “…, authorities said.”', () => {
  it('the closing source owns the sentence, not the name that opens it', () => {
    const found = quotesOf(
      'A man was arrested on Sunday after the shooting at the Tarrow mall.',
      'Sheriff Ben Tarrow said at a news conference they had received word that Vell, of Harbour Bay, was in the area Vell, who moved to the city from Coastia, is a resident who has lived in Harbour Bay for years, authorities said.',
    );
    expect(speakerAmong(found, 'has lived in Harbour Bay')).not.toBe('Ben Tarrow');
  });
});

describe('a video platform speaks as a company', () => {
  it('“YouTube has said it is “working around the clock” …” names no person', () => {
    const found = quotesOf(
      'The footage of the attack was copied and shared widely on other sites, including YouTube and Twitter.',
      'Facebook says it has removed more than two million copies of the footage.',
      'YouTube has said it is "working around the clock" to remove any such footage.',
    );
    expect(found.map(([w]) => w)).not.toContain('YouTube');
  });
});

describe('a quoted term is nobody’s words', () => {
  it('the self-declared “special border action” is a term, not the speaker’s quotation', () => {
    const found = quotesOf(
      'Former envoy Ada Quillon spoke to Harbour Radio on Monday.',
      'Despite the failures of the self-declared “special border action” in Coastia, Quillon said the goals first set out had not changed.',
    );
    expect(found.map(([, text]) => text)).not.toContain('special border action');
  });

  it('“explained what ‘30-day truce’ means”: the words are explained, not said', () => {
    const found = quotesOf(
      "Truce: Vell explained what '30-day truce' means.",
      'Foreign Minister Tomas Vell said on Monday that a truce would not end the talks.',
    );
    expect(found.map(([, text]) => text)).not.toContain('30-day truce');
  });
});
