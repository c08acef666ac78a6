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
      'He mentioned that the board had turned down his request to attend the funeral of an old ally.',
      '"If the board has treated anyone badly, it is our party," he said.',
    );
    expect(found.map(([w]) => w)).not.toContain('Quite');
    expect(speakerAmong(found, 'treated anyone badly')).toBe('Ravik Singh Quillon');
    expect(speakerAmong(found, 'attend the funeral')).toBe('Ravik Singh Quillon');
  });
});

describe('a pronoun is not whom its own verb acts on', () => {
  it('“Vell …, telling reporters he told Holt he would vote no on the bill”: never Holt’s words', () => {
    const found = quotesOf(
      'Two senators — Ada Brill of Harbour and Tomas Vell of Tarrow — joined the opposition to vote against the ferry bill.',
      'Premier Ben Holt spent the weekend ringing waverers to hold his majority. He rang Vell late on Friday, according to a person who was briefed on the talks. Vell later confirmed the call, telling reporters he told Holt he would vote no on the bill because of the ferry levy.',
    );
    expect(speakerAmong(found, 'would vote no on the bill')).not.toBe('Ben Holt');
  });
});

describe('a pronoun inside a labelled turn', () => {
  it('a questioner’s “Belmar said … He also pledged to “…”” is Belmar’s, not someone the answer before named', () => {
    const found = page(
      "Foreign Ministry Spokesperson Lin Arawa's Regular Press Conference",
      "Lin Arawa: This trip is the queen's first to our country. President Tomas Ferrolt will host a dinner for her, and Premier Oda Venn will see her on Friday.",
      'Harbour Radio: I want to ask about the northern strait. Coast guard boats of the two sides have met there three times this month. Coastal President Belmar said yesterday that his country "will not be bullied off its own fishing grounds." He also pledged to "keep using our rights at sea in line with international law." Do you think these comments target us?',
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
      'MS. QUILLON:  Hello, all.  No announcements from me this afternoon, so let us take questions.',
      'Q    Thanks, Ada.  Let me start with the memo that went to the governor last week about the harbour contracts.  Was the premier also told about it?',
      'MS. QUILLON:  All I will say is that the premier reads his briefing every morning.',
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
      'Sheriff Ben Tarrow told reporters his deputies had been tipped off that Vell, of Harbour Bay, was nearby Vell, who came to the city from Coastia, is a resident who has lived in Harbour Bay for years, authorities said.',
    );
    expect(speakerAmong(found, 'has lived in Harbour Bay')).not.toBe('Ben Tarrow');
  });
});

describe('a video platform speaks as a company', () => {
  it('“YouTube has said it is “taking down every copy we find” …” names no person', () => {
    const found = quotesOf(
      'Clips of the crash spread within hours to other sites, YouTube among them.',
      'The harbour board asked every platform to take the clips down.',
      'YouTube has said it is "taking down every copy we find" of the crash clips.',
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
