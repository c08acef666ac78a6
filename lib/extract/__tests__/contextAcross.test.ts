import { describe, expect, it } from 'vitest';
import { nameRuns } from '../nameRuns.ts';
import { tokenize } from '../tokenize.ts';
import { article, read, who } from './inventedArticle.ts';

/** [who, text] for each quote (direct or reported) of an invented article. */
const quotes = (...paragraphs: string[]) => who(article(...paragraphs));
const runs = (text: string) =>
  nameRuns(tokenize(text)).map((r) => r.run.map((t) => t.text).join(' '));

describe('a name whose copy printed a middle given name in lower case', () => {
  it('“Ghulam nabi Azad”: two known given names and a surname are one name', () => {
    expect(runs('Party elder Imran nabi Kathwari spoke to the wire.')).toContain(
      'Imran nabi Kathwari',
    );
    expect(
      quotes(
        '“The ministry must stop hiding its accounts from the public,” party elder Imran nabi Kathwari told the Valley Wire.',
        '“They know the figures do not add up,” he added.',
      ).map(([name]) => name),
    ).toEqual(['Imran nabi Kathwari', 'Imran nabi Kathwari']);
  });

  it('but a verb or a noun between two names never joins them', () => {
    expect(runs('Imran told Reuters on Monday.')).toEqual(['Imran', 'Reuters']);
    expect(runs('Imran may Kathwari')).toEqual(['Imran', 'Kathwari']);
  });
});

describe('a picture credit glued to the dateline of the first paragraph', () => {
  it('“Jo Reed/Harbour Images(TARROW) — …”: the paragraph is read, without the credit', () => {
    const text = article(
      'Jo Reed/Harbour Images(TARROW) — Governor Ada Quill and Mayor Tom Brack argued on Monday over the ferry budget, their aides said.',
      'As late as Tuesday, Quill posted that the mayor had failed to “keep the ferry budget on schedule” for years.',
    );
    expect(read(text).paragraphs.filter((p) => p.role === 'body')).toHaveLength(2);
    expect(read(text).text).toMatch(/^\(TARROW\) — Governor Ada Quill/m);
    expect(who(text)).toContainEqual(['Ada Quill', 'keep the ferry budget on schedule']);
    expect(who(text).map(([name]) => name)).not.toContain('Jo Reed');
  });
});

describe('a quotation inside a speaker’s quotation', () => {
  const boy = article(
    'Librarian Nora Pell spoke at the reopening on Friday.',
    '“A girl came to my desk in my first winter and asked me, ‘Is there a book about every river?’ I told her to start with ours,” Pell said.',
  );

  it('is the words of someone the speaker quotes: unattributed, never the speaker’s', () => {
    const found = read(boy);
    expect(found.quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Nora Pell', expect.stringContaining('A girl came to my desk in my first winter')],
    ]);
    expect(found.unattributed.map((u) => u.text)).toEqual(['Is there a book about every river?']);
  });

  it('but the speaker’s own words quoted back, a title or a term stay part of the quotation', () => {
    const found = read(
      article(
        '“I told the board, ‘We will open on Sundays again,’ and we did,” said librarian Nora Pell.',
        '“We played ‘Songs of the Long Harbour Road’ at the door,” Pell said.',
      ),
    );
    expect(found.unattributed).toEqual([]);
    expect(found.quotes.map((q) => q.speaker)).toEqual(['Nora Pell', 'Nora Pell']);
  });

  it('words another’s speech verb relays in the sentence are theirs, however they open', () => {
    const found = read(
      article(
        'Librarian Nora Pell gave the following remarks at the reopening:',
        '“A harbour weekly wrote last month that the library ‘has found its feet again’ after the flood, ‘lending more books than in any year before.’ The town can be glad of that.',
        '“I thank every volunteer who carried a box,” Pell said.',
      ),
    );
    expect(found.unattributed.map((u) => u.text)).toEqual([
      'has found its feet again',
      'lending more books than in any year before.',
    ]);
    expect(found.quotes.map((q) => q.speaker)).toEqual(['Nora Pell', 'Nora Pell']);
  });
});

describe('a quotation standing alone after a sentence that says who spoke', () => {
  it('“Brack said the ferry needed a new engine. “…”” is Brack’s', () => {
    expect(
      quotes(
        'Although the harbour board met twice in May, Tom Brack said the ferry still needed a new engine. “We have patched it for three winters. It will not last a fourth.”',
      ),
    ).toContainEqual([
      'Tom Brack',
      'We have patched it for three winters. It will not last a fourth.',
    ]);
  });

  it('“…, Brack said. “…”” and “He also said …. “…”” too', () => {
    const found = quotes(
      'Skipper Tom Brack spoke to the board on Monday.',
      'The engine failed twice in March, Brack said. “Nobody was hurt, but we were lucky both times.”',
      'He also said the crew had asked for a second boat. “Two boats would let us rest one every winter.”',
    );
    expect(found).toContainEqual(['Tom Brack', 'Nobody was hurt, but we were lucky both times.']);
    expect(found).toContainEqual(['Tom Brack', 'Two boats would let us rest one every winter.']);
  });

  it('but not when the sentence before names two speakers, or an institution', () => {
    const found = quotes(
      'Skipper Tom Brack and Mayor Ada Quill spoke to the board on Monday.',
      'Brack said the engine failed twice, and Quill said the budget was spent. “We cannot buy another one this year.”',
      'The harbour board said the ferry would run until June. “Repairs will follow in the summer.”',
    );
    expect(found.map(([, text]) => text)).not.toContain('We cannot buy another one this year.');
    expect(found).not.toContainEqual([expect.anything(), 'Repairs will follow in the summer.']);
  });
});

describe('a relative clause that speaks for the name before it', () => {
  it('“… by Sen. Ada Quill, R-Texas, who said …”: the lawmaker, not the party and state', () => {
    expect(
      quotes(
        'The ferry bill was opposed last week by Sen. Ada Quill, R-Texas, who said it “does nothing for the river towns at all.”',
      ),
    ).toEqual([['Ada Quill', 'does nothing for the river towns at all.']]);
  });

  it('“… a letter from Senator Ada Quill, who wrote that “…”” after a preposition', () => {
    expect(
      quotes(
        'The harbour board released a letter from Senator Ada Quill, who wrote to its chair that “the delays have gone on for far too long.”',
      ),
    ).toEqual([['Ada Quill', 'the delays have gone on for far too long.']]);
  });

  it('but a relative clause that says nothing gives the name no words', () => {
    expect(
      quotes(
        'Tom Brack is a pen name of Ada Quill, who wrote her first ferry novel at fourteen years old.',
      ),
    ).toEqual([]);
  });
});

describe('a pronoun after a clause that opens its sentence without a subject', () => {
  it('“Speaking about striker Leo Quill, he said”: the role’s holder is the object, not “he”', () => {
    const found = quotes(
      '“We were the better side,” coach Tom Brack said on Saturday.',
      'Speaking about striker Leo Quill, he said: “He was everywhere today and scored twice.”',
      'Reacting to the criticism of rival coach Dan Marsh, he said: “He has built a very good side.”',
    );
    expect(found.map(([name]) => name)).toEqual(['Tom Brack', 'Tom Brack', 'Tom Brack']);
  });

  it('“Also criticising Quill for suggesting that Holt …, he said”: names in the clause are its objects', () => {
    expect(
      quotes(
        '“The talks went well,” harbour chief Tom Brack said on Monday.',
        'Also criticising Ada Quill for suggesting that Ben Holt should delay the vote, he said the board would vote in June as planned.',
      ),
    ).toContainEqual(['Tom Brack', 'the board would vote in June as planned']);
  });

  it('but a clause with its own subject is no object: “he” is never the speaker before it', () => {
    expect(
      quotes(
        '“The talks went well,” harbour chief Tom Brack said on Monday.',
        'When Ben Holt and Ada Quill met on Tuesday, he said the board would vote in June.',
      ),
    ).not.toContainEqual(['Tom Brack', 'the board would vote in June.']);
  });
});

describe('a name and someone unnamed as one subject', () => {
  it('“Minister Ben Holt and his deputy arrived …. He …”: “he” is neither of them alone', () => {
    const found = quotes(
      'Harbour chief Tom Brack wrote on his blog after the talks: The board met for three days in Tarrow. Transport Minister Ben Holt and his deputy arrived late on Saturday.',
      'He also praised the mood of the talks, saying it was “calm and friendly from the first day to the last.”',
    );
    expect(found.map(([name]) => name)).not.toContain('Ben Holt');
  });

  it('but a deputy named after the role is a second person: the pronoun stays open', () => {
    const found = quotes(
      'Councillor Ada Quill and her deputy on the harbour board, Nina Vell, voted against the plan. “We had two days to read it all,” she said.',
    );
    expect(found).toEqual([]);
  });
});

describe('a quotation in curly marks inside a curly quotation', () => {
  it('“… that she “will never raise a harbour tax.” Good news!”: the inner words are the one named inside, once', () => {
    const found = read(
      article(
        'Councillor Ben Holt mocked the mayor in one of his posts.',
        '“Mayor Quill promised us today that she “will never raise a harbour tax.” Good news for all of us!”',
      ),
    );
    const inner = (text: string) => text.startsWith('will never raise a harbour tax');
    expect(found.quotes.filter((q) => inner(q.text)).map((q) => q.speaker)).toEqual(['Quill']);
    expect(found.unattributed.filter((u) => inner(u.text))).toEqual([]);
  });

  it('“… that “will never raise a harbour tax.” Good news!” with no one named inside: listed on its own, unattributed', () => {
    const found = read(
      article(
        'Councillor Ben Holt mocked the mayor in one of his posts.',
        '“The mayor promised us today that it “will never raise a harbour tax.” Good news for all of us!”',
      ),
    );
    expect(found.quotes.map((q) => q.text)).not.toContain('will never raise a harbour tax.');
    expect(found.unattributed.map((u) => u.text)).toContain('will never raise a harbour tax.');
  });
});

describe('an agency that quotes someone “as saying”', () => {
  it('“…,” the Harbour Wire quoted Ada Quill as saying: the one quoted speaks', () => {
    expect(
      quotes(
        'The count in Tarrow ended late on Thursday.',
        '“I accept the result and I wish the winner well,” the Harbour Wire quoted Mayor Ada Quill as saying at a news conference.',
      ),
    ).toContainEqual(['Ada Quill', 'I accept the result and I wish the winner well,']);
  });

  it('“…,” the wire quoted her as saying: the pronoun the agency quotes', () => {
    const found = quotes(
      'Mayor Ada Quill met the ferry crews on Friday. “The crews will be paid in full next week,” the Harbour Wire quoted her as saying.',
    );
    expect(found).toEqual([['Ada Quill', 'The crews will be paid in full next week,']]);
  });
});

describe('a quotation paragraph after a one-sentence paragraph about “he” or “she”', () => {
  it('“But he spoke to the wire on Tuesday.” / “…”: whoever “he” is', () => {
    expect(
      quotes(
        'Ferry chief Tom Brack admitted there were “real problems” on the river crossing.',
        'But he spoke to the Harbour Wire on Tuesday morning.',
        '“Every boat on the river is running on time again this week.”',
      ),
    ).toContainEqual(['Tom Brack', 'Every boat on the river is running on time again this week.']);
  });

  it('but not when “he” could be two people', () => {
    expect(
      quotes(
        'Ferry chief Tom Brack and port director Ben Holt met on Monday.',
        'Later he told the Harbour Wire the company had acted to deal with the delays.',
        '“Every boat on the river is running on time again this week.”',
      ).map(([, text]) => text),
    ).not.toContain('Every boat on the river is running on time again this week.');
  });
});
