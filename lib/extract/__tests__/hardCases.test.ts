import { describe, expect, it } from 'vitest';
import { corpusQuotes } from '../../corpus/buildCorpus.ts';
import { parseArticle } from '../parseArticle.ts';

/** A plain-text article: a headline line, then paragraphs. */
const article = (...paragraphs: string[]) =>
  ['Test headline for a made-up story', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');

const parsedOk = (text: string) => {
  const parsed = parseArticle('test.txt', text);
  if (!parsed.ok) throw new Error(`${parsed.error.line}: ${parsed.error.message}`);
  return parsed.value;
};
const quotesOf = (text: string) => parsedOk(text).quotes.map((q) => [q.kind, q.speaker, q.text]);
/** Who said each quote: the person, or the unnamed source as "kind: phrase". */
const whoSaid = (text: string) =>
  parsedOk(text).quotes.map((q) => [q.speaker ?? `${q.sourceKind}: ${q.source}`, q.text]);

describe('extraction hard cases', () => {
  it('straight, curly and British single marks', () => {
    expect(quotesOf(article('"We will win," said Mayor Ada Quill.'))).toEqual([
      ['direct', 'Ada Quill', 'We will win,'],
    ]);
    expect(quotesOf(article('“We will win,” said Mayor Ada Quill.'))).toEqual([
      ['direct', 'Ada Quill', 'We will win,'],
    ]);
    expect(quotesOf(article('‘We will win,’ said Mayor Ada Quill.'))).toEqual([
      ['direct', 'Ada Quill', 'We will win,'],
    ]);
  });

  it('a quotation split by its attribution is two quotes of one speaker', () => {
    expect(
      quotesOf(article('“It is late,” Mayor Ada Quill said. “But it is not too late.”')),
    ).toEqual([
      ['direct', 'Ada Quill', 'It is late,'],
      ['direct', 'Ada Quill', 'But it is not too late.'],
    ]);
  });

  it('attribution first, with a colon, and inverted after the quote', () => {
    expect(quotesOf(article('Mayor Ada Quill said: “The bridge opens in May.”'))).toEqual([
      ['direct', 'Ada Quill', 'The bridge opens in May.'],
    ]);
    expect(
      quotesOf(
        article('Mayor Ada Quill visited the site.', '“The bridge opens in May,” said the mayor.'),
      ),
    ).toEqual([['direct', 'Ada Quill', 'The bridge opens in May,']]);
  });

  it('a short quotation standing as its own sentence after an attributed one', () => {
    expect(
      quotesOf(
        article('“I have never seen the river this low,” said Mayor Ada Quill. “Not once.”'),
      ),
    ).toEqual([
      ['direct', 'Ada Quill', 'I have never seen the river this low,'],
      ['direct', 'Ada Quill', 'Not once.'],
    ]);
  });

  it('a dash and a name after the quotation, and a role word read as a title', () => {
    expect(
      quotesOf(
        article(
          'Farmer Ada Quill spoke. She ended with “every drop counts” — Ada Quill, on Monday.',
        ),
      ),
    ).toEqual([['direct', 'Ada Quill', 'every drop counts']]);
  });

  it('several sentences in one quotation stay one quote', () => {
    expect(
      quotesOf(article('“We tried. We failed. We will try again,” Mayor Ada Quill said.')),
    ).toEqual([['direct', 'Ada Quill', 'We tried. We failed. We will try again,']]);
  });

  it('a quotation over several paragraphs: open quote at each paragraph start, closed once', () => {
    expect(
      quotesOf(
        article(
          'Mayor Ada Quill opened the new council session on Monday morning.',
          'Mayor Ada Quill said:',
          '“The first thing is money. We have none.',
          '“The second thing is time. We have less.”',
        ),
      ),
    ).toEqual([
      ['direct', 'Ada Quill', 'The first thing is money. We have none.'],
      ['direct', 'Ada Quill', 'The second thing is time. We have less.'],
    ]);
    expect(
      quotesOf(
        article(
          '“The first thing is money,” said Mayor Ada Quill. “We have none.',
          '“And time is short.”',
        ),
      ),
    ).toEqual([
      ['direct', 'Ada Quill', 'The first thing is money,'],
      ['direct', 'Ada Quill', 'We have none.'],
      ['direct', 'Ada Quill', 'And time is short.'],
    ]);
  });

  it('a quotation opened once and closed once over unmarked paragraphs is one speaker’s, paragraph by paragraph', () => {
    expect(
      quotesOf(
        article(
          'Senator Ada Quill issued these words once the vote closed:',
          '“For years the harbour towns have waited for this bridge.',
          'Today the Senate gave them an answer.',
          'I thank every colleague who voted for it.”',
          'The bill now goes to the governor.',
        ),
      ),
    ).toEqual([
      ['direct', 'Ada Quill', 'For years the harbour towns have waited for this bridge.'],
      ['direct', 'Ada Quill', 'Today the Senate gave them an answer.'],
      ['direct', 'Ada Quill', 'I thank every colleague who voted for it.'],
    ]);
  });

  it('a quotation whose opening mark the page lost runs from its paragraph’s start', () => {
    expect(
      quotesOf(
        article(
          'Coach Ada Quill watched the match from the stand.',
          'When our keeper got hurt, the whole team came together,” Quill said. “We never panicked.”',
        ),
      ),
    ).toEqual([
      ['direct', 'Ada Quill', 'When our keeper got hurt, the whole team came together,'],
      ['direct', 'Ada Quill', 'We never panicked.'],
    ]);
    // Curly and straight marks mixed in one quotation.
    expect(
      quotesOf(article('Mayor Ada Quill said “the fare is fair for everyone." Then she left.')),
    ).toEqual([['direct', 'Ada Quill', 'the fare is fair for everyone.']]);
  });

  it('a fragment governed by a speech verb is a quote; a term after a determiner is not', () => {
    // The clause around a fragment of a word or two is reported speech as a whole.
    expect(quotesOf(article('Mayor Ada Quill said the plan was “plainly unworkable”.'))).toEqual([
      ['reported', 'Ada Quill', 'the plan was “plainly unworkable”'],
      ['direct', 'Ada Quill', 'plainly unworkable'],
    ]);
    expect(
      quotesOf(article('Mayor Ada Quill said the plan was “plainly unworkable for the harbour”.')),
    ).toEqual([['direct', 'Ada Quill', 'plainly unworkable for the harbour']]);
    expect(quotesOf(article('Mayor Ada Quill launched a “green corridor” on Monday.'))).toEqual([]);
    expect(quotesOf(article('Mayor Ada Quill praised the “Clean Streets” campaign.'))).toEqual([]);
    expect(
      quotesOf(article('Mayor Ada Quill spoke to the newspaper ‘Valley Voice’ on Monday.')),
    ).toEqual([]);
  });

  it('a quotation in the headline', () => {
    const text =
      '‘We will not close the library’: Mayor Quill\n\nMayor Ada Quill met readers on Monday.\n';
    expect(quotesOf(text)).toEqual([['direct', 'Ada Quill', 'We will not close the library']]);
  });

  it('attribution verbs beyond "said"', () => {
    for (const verb of ['added', 'told reporters', 'tweeted', 'wrote', 'stated', 'noted']) {
      expect(quotesOf(article(`“Our roads come first,” Mayor Ada Quill ${verb}.`))).toEqual([
        ['direct', 'Ada Quill', 'Our roads come first,'],
      ]);
    }
  });

  it('reported speech is kept as reported: that-clause, bare clause, and trailing attribution', () => {
    expect(quotesOf(article('Mayor Ada Quill said that the bridge would open in May.'))).toEqual([
      ['reported', 'Ada Quill', 'the bridge would open in May'],
    ]);
    expect(quotesOf(article('Mayor Ada Quill said she plans to reopen the ferry.'))).toEqual([
      ['reported', 'Ada Quill', 'she plans to reopen the ferry'],
    ]);
    expect(
      quotesOf(
        article(
          'The bridge will open in May after two years of delays, Mayor Ada Quill said on Monday.',
        ),
      ),
    ).toEqual([['reported', 'Ada Quill', 'The bridge will open in May after two years of delays']]);
    // No clause after the verb: not reported speech.
    expect(
      quotesOf(
        article('Mayor Ada Quill announced plans to expand the ferry service to three towns.'),
      ),
    ).toEqual([]);
    // Passive "is said to": nobody is speaking.
    expect(
      quotesOf(article('The council is said to be considering a new bridge over the river.')),
    ).toEqual([]);
  });

  it('single quotes nested inside a quotation are part of it', () => {
    expect(
      quotesOf(article('“They call it ‘progress’, but it is a car park,” Mayor Ada Quill said.')),
    ).toEqual([['direct', 'Ada Quill', 'They call it ‘progress’, but it is a car park,']]);
  });

  it('apostrophes are not quotation marks', () => {
    expect(
      quotesOf(article('“The town’s drivers’ patience is gone,” Mayor Ada Quill said.')),
    ).toEqual([['direct', 'Ada Quill', 'The town’s drivers’ patience is gone,']]);
  });

  it('two people who share a surname are never merged', () => {
    const text = article(
      'Finance Minister Park Min-ho spoke first. Park Ji-won, the opposition leader, replied later.',
      '“Taxes will not rise,” Minister Park said.',
      '“He said that last year,” Park Ji-won said.',
      '“I keep my word,” the minister said.',
      '“We will see,” the opposition leader said.',
    );
    expect(quotesOf(text)).toEqual([
      ['direct', 'Park Min-ho', 'Taxes will not rise,'],
      ['direct', 'Park Ji-won', 'He said that last year,'],
      ['direct', 'Park Min-ho', 'I keep my word,'],
      ['direct', 'Park Ji-won', 'We will see,'],
    ]);
  });

  it('pronouns resolve to the person last talked about, of a fitting gender', () => {
    const text = article(
      'Ms. Ada Quill, the mayor, met Mr. Ben Holt, the council leader, on Monday.',
      '“We disagree on the budget,” she said.',
      '“We agree on the bridge,” he said.',
    );
    expect(quotesOf(text)).toEqual([
      ['direct', 'Ada Quill', 'We disagree on the budget,'],
      ['direct', 'Ben Holt', 'We agree on the bridge,'],
    ]);
  });

  it('an institution saying something is its reported speech for the reader, narration for the corpus', () => {
    const parsed = parseArticle(
      't.txt',
      article('The transport ministry said that the bridge would open in May.'),
    );
    expect(
      parsed.ok &&
        whoSaid(article('The transport ministry said that the bridge would open in May.')),
    ).toEqual([['organisation: The transport ministry', 'the bridge would open in May']]);
    expect(parsed.ok && corpusQuotes(parsed.value)).toEqual([]);
    expect(parsed.ok && parsed.value.narration).toEqual([
      'Test headline for a made-up story',
      'The transport ministry said that the bridge would open in May.',
    ]);
  });

  it('"he" after a sentence about someone means that someone, not a name in passing', () => {
    const text = article(
      'Mayor Ada Quill spoke after Governor Ben Holt’s budget speech on Monday.',
      'Quill also criticised the budget plan that has been debated since Holt’s election.',
      '“I feel a heavy sense of responsibility,” she said.',
    );
    expect(quotesOf(text)).toEqual([
      ['direct', 'Ada Quill', 'I feel a heavy sense of responsibility,'],
    ]);
  });

  it('a role nobody in the article holds is an unnamed source, never the person talked about', () => {
    const text = article(
      'Chairman Ri Tae Song arrived at the talks on Monday morning.',
      '“We came in good faith,” said the visiting senior official.',
    );
    expect(whoSaid(text)).toEqual([
      ['anonymous: the visiting senior official', 'We came in good faith,'],
    ]);
  });

  it('an organisation’s or a crowd’s quoted words are an unnamed source’s, no person’s', () => {
    const text = article(
      'The transport ministry said in a statement: “The bridge is safe.”',
      '“We are worried,” residents said.',
      'Mayor Ada Quill said: “I trust the engineers.”',
    );
    expect(whoSaid(text)).toEqual([
      ['organisation: The transport ministry', 'The bridge is safe.'],
      ['anonymous: residents', 'We are worried,'],
      ['Ada Quill', 'I trust the engineers.'],
    ]);
    expect(parsedOk(text).narration).toEqual(['Test headline for a made-up story']);
  });

  it('captions, bylines, share buttons and related stories are never quotes', () => {
    const text = [
      'Test headline for a made-up story',
      'By Jo Reed',
      '• Link copied',
      'Mayor Ada Quill at the bridge. (Photo: Town Hall)',
      'Mayor Ada Quill at the bridge. (Photo: Town Hall)',
      'Mayor Ada Quill opened the bridge on Monday morning.',
      'Share on Facebook',
      'Related stories',
      '“We were never told”: residents angry at bridge tolls',
    ].join('\n');
    expect(quotesOf(text)).toEqual([]);
  });
});

describe('plain text metadata', () => {
  it('takes a headline printed twice above the date, and skips a bare "date …" line', () => {
    const text = [
      'Go to contents',
      'date 2024-12-10 Home',
      'Council delegate criticises the bridge tolls',
      'Council delegate criticises the bridge tolls',
      'Posted December 11, 2024 07:41',
      'Mayor Ada Quill said that the bridge would open in May.',
    ].join('\n');
    const parsed = parseArticle('t.txt', text);
    expect(parsed.ok && [parsed.value.meta.title, parsed.value.meta.published]).toEqual([
      'Council delegate criticises the bridge tolls',
      '2024-12-11',
    ]);
  });

  it('reads headline, outlet, byline and date from the text', () => {
    const text = [
      'The Valley Voice',
      '',
      'Bridge to open in May, says mayor',
      '',
      'By Jo Reed',
      '',
      'Published : Oct. 29, 2020 - 09:16',
      '',
      'Mayor Ada Quill said that the bridge would open in May.',
    ].join('\n');
    const parsed = parseArticle('valley.txt', text);
    expect(parsed.ok && parsed.value.meta).toEqual({
      title: 'Bridge to open in May, says mayor',
      outlet: 'The Valley Voice',
      url: null,
      published: '2020-10-29',
      dateSource: 'article',
      byline: 'Jo Reed',
      language: 'en',
    });
  });
});

describe('two people quoted in one sentence or paragraph', () => {
  const people = 'Minister Cho Hyun-woo met opposition leader Ri Sun-ok on Monday.';

  it('each quotation takes the attribution of its own clause', () => {
    expect(
      quotesOf(
        article(
          people,
          'Cho rebutted by saying, “We have kept every promise,” while Ri insisted by saying, “Not one promise has been kept.”',
        ),
      ),
    ).toEqual([
      ['direct', 'Cho Hyun-woo', 'We have kept every promise,'],
      ['direct', 'Ri Sun-ok', 'Not one promise has been kept.'],
    ]);
    expect(
      quotesOf(article(people, '“Winter will not wait,” Cho said, but Ri replied, “Nor will we.”')),
    ).toEqual([
      ['direct', 'Cho Hyun-woo', 'Winter will not wait,'],
      ['direct', 'Ri Sun-ok', 'Nor will we.'],
    ]);
  });

  it('an opening "While X said, …" clause keeps its quotation; the next verb takes the one it leads into', () => {
    expect(
      quotesOf(
        article(
          people,
          'While Cho said, “We are ready,” Ri told reporters, “They are not.”',
          'Ri Sun-ok said, “They are not ready,” and Cho answered that the plan was “on schedule.”',
        ),
      ),
    ).toEqual([
      ['direct', 'Cho Hyun-woo', 'We are ready,'],
      ['direct', 'Ri Sun-ok', 'They are not.'],
      ['direct', 'Ri Sun-ok', 'They are not ready,'],
      ['direct', 'Cho Hyun-woo', 'on schedule.'],
    ]);
  });

  it('a split quotation with one attribution stays with one speaker', () => {
    expect(quotesOf(article(people, '“It is late,” Cho said, “but it is not too late.”'))).toEqual([
      ['direct', 'Cho Hyun-woo', 'It is late,'],
      ['direct', 'Cho Hyun-woo', 'but it is not too late.'],
    ]);
  });

  it('two sentences of one paragraph, two people who share a surname', () => {
    const text = article(
      'Finance Minister Park Min-ho and Park Ji-won, the opposition leader, met on Friday.',
      '“We will not raise taxes,” said Park Min-ho. “You raised them last spring,” Park Ji-won replied. “Twice.”',
    );
    expect(quotesOf(text)).toEqual([
      ['direct', 'Park Min-ho', 'We will not raise taxes,'],
      ['direct', 'Park Ji-won', 'You raised them last spring,'],
      ['direct', 'Park Ji-won', 'Twice.'],
    ]);
  });

  it('a fragment in a clause nobody attributes is a scare quote, not the other speaker’s', () => {
    expect(
      quotesOf(
        article(
          people,
          'Cho said, “We kept every promise,” while Ri dismissed the plan as “a fairy tale”.',
        ),
      ),
    ).toEqual([['direct', 'Cho Hyun-woo', 'We kept every promise,']]);
  });

  it('an institution’s quotation is the institution’s, the person’s in the next clause the person’s', () => {
    expect(
      whoSaid(
        article(
          'Mayor Ada Quill visited the bridge on Monday.',
          '“The bridge is safe,” the ministry said, while Mayor Ada Quill said, “I am not so sure.”',
        ),
      ),
    ).toEqual([
      ['organisation: the ministry', 'The bridge is safe,'],
      ['Ada Quill', 'I am not so sure.'],
    ]);
  });

  it('a colon after a title and surname attributes the quotation', () => {
    expect(quotesOf(article(people, 'Minister Cho: "The budget is balanced."'))).toEqual([
      ['direct', 'Cho Hyun-woo', 'The budget is balanced.'],
    ]);
  });
});

describe('interviews printed as Q: and A:', () => {
  it('answers are quotes of the person named before the questions; questions an unnamed questioner’s', () => {
    const parsed = parseArticle(
      't.txt',
      article(
        'Mayor Ada Quill and Councillor Ben Holt opened the bridge on Monday.',
        'Holt left early. Mayor Quill spoke to the Courier afterwards.',
        'Q: Is the bridge safe for lorries?',
        'A: It is safe. Ben Holt says “wait”, but I have seen the reports.',
        'Q. What about the tolls?',
        'A. They stay.',
        'They stay for a year at least, and then we will see.',
        'Q: Will you stand again?',
        'A: Yes.',
        'The bridge reopens to lorries on Friday.',
      ),
    );
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value.quotes.map((q) => [q.kind, q.speaker ?? q.source, q.text])).toEqual([
      ['direct', 'the questioner', 'Is the bridge safe for lorries?'],
      ['direct', 'Ada Quill', 'It is safe. Ben Holt says “wait”, but I have seen the reports.'],
      ['direct', 'the questioner', 'What about the tolls?'],
      ['direct', 'Ada Quill', 'They stay.'],
      ['direct', 'Ada Quill', 'They stay for a year at least, and then we will see.'],
      ['direct', 'the questioner', 'Will you stand again?'],
      ['direct', 'Ada Quill', 'Yes.'],
    ]);
    expect(parsed.value.narration).toEqual([
      'Test headline for a made-up story',
      'Mayor Ada Quill and Councillor Ben Holt opened the bridge on Monday.',
      'Mayor Quill spoke to the Courier afterwards.',
      'The bridge reopens to lorries on Friday.',
    ]);
  });

  it('an "A:" line with no question before it is an ordinary paragraph', () => {
    expect(quotesOf(article('Mayor Ada Quill visited the bridge.', 'A: We will see.'))).toEqual([]);
  });

  it('answers with nobody named before the questions are listed as unattributed, with their line', () => {
    const found = parsedOk(
      article('The bridge reopened on Monday after repairs.', 'Q: Is it safe?', 'A: It is.'),
    );
    expect(found.quotes.map((q) => [q.source, q.text])).toEqual([
      ['the questioner', 'Is it safe?'],
    ]);
    expect(found.unattributed.map((u) => [u.line, u.text, u.reason])).toEqual([
      [7, 'It is.', 'no person before "the interviewee" fits it'],
    ]);
  });
});

describe('people the article names by surname only', () => {
  it('the speaker of a quotation named by a surname nobody else carries is that surname', () => {
    expect(
      whoSaid(
        article(
          '“I just hit it and hoped,” Okafor said.',
          'Okafor scored from twenty yards with a minute left, his third goal of the season.',
        ),
      ),
    ).toEqual([['Okafor', 'I just hit it and hoped,']]);
  });

  it('a title, an honorific or a role says a surname is a person’s, in reported speech too', () => {
    expect(
      whoSaid(
        article(
          'Shadow transport minister Ms Brandt said the fares were “a tax on the commute”.',
          'The decision, says Lindqvist, author of a book on ferries, came far too late.',
        ),
      ),
    ).toEqual([
      ['Brandt', 'a tax on the commute'],
      ['Lindqvist', 'came far too late'],
    ]);
  });

  it('a place, an organisation or a group word is never a person named by surname', () => {
    const said = whoSaid(
      article(
        '“We will appeal,” Maryland said in a filing.',
        '“The cut is unfair,” Prosecutors said.',
        'Harrowgate Systems said it would appeal. “We disagree with the ruling,” Harrowgate said.',
        'The Committee on Transport and Harbours has pointed out that “the fares have doubled since 2019”.',
      ),
    );
    expect(said).toEqual([
      ['organisation: Maryland', 'We will appeal,'],
      ['anonymous: Prosecutors', 'The cut is unfair,'],
      ['organisation: Harrowgate Systems', 'it would appeal'],
      ['organisation: Harrowgate', 'We disagree with the ruling,'],
      ['organisation: Committee on Transport and Harbours', 'the fares have doubled since 2019'],
    ]);
  });
});

describe('who is the subject, and who only relays or is spoken to', () => {
  it('an outlet that reports a quotation relays it; the person who spoke it is the speaker', () => {
    expect(
      whoSaid(
        article(
          'Judge Ada Quill sentenced Tom Reyes on Friday.',
          'Quill told Reyes: “You showed no remorse at any point,” the Harbour Inquirer reported.',
        ),
      ),
    ).toEqual([['Ada Quill', 'You showed no remorse at any point,']]);
  });

  it('someone unnamed speaks to a named person: the quotation is the unnamed one’s', () => {
    expect(
      whoSaid(
        article(
          'Tom Reyes was sentenced on Friday.',
          '“You had every chance to say sorry,” one victim told Reyes in court.',
          'Another victim, a former player, described years of fear. “It is time you admitted it,” he said.',
        ),
      ),
    ).toEqual([
      ['anonymous: one victim', 'You had every chance to say sorry,'],
      ['anonymous: Another victim', 'It is time you admitted it,'],
    ]);
  });

  it('a sentence opened by “But” is about its name; a name before a role and another name only describes', () => {
    expect(
      whoSaid(
        article(
          'Tom Reyes and his lawyer Ada Quill left the court together.',
          'But Reyes did the opposite of what the victims asked.',
          '“I did nothing wrong,” he told the court.',
          'Reyes attorney Ada Quill filed an appeal on Monday.',
          'Quill cited the “right to a fair trial,” which she said “covers time to prepare a defence”.',
        ),
      ),
    ).toEqual([
      ['Tom Reyes', 'I did nothing wrong,'],
      ['Ada Quill', 'covers time to prepare a defence'],
    ]);
  });

  it('a verb inside a clause after the quotation is not its attribution', () => {
    expect(
      whoSaid(
        article(
          'Tom Reyes, 68, who was convicted in June, told Judge Ada Quill, “I did not do it,” repeating what he said in an interview.',
        ),
      ),
    ).toEqual([['Tom Reyes', 'I did not do it,']]);
  });

  it('a title-cased headline, a place before a name and words run together name nobody', () => {
    const text = [
      'Ferry Chief Tom Reyes Sentenced to Ten Years',
      '',
      'Prime Minister of Mauritius Navin Okoro said the ferries would run, adding that “the islands must not be cut off”.',
      '',
      'ReyesMinneapolis Tom Reyes told the court, “I did nothing wrong.”',
    ].join('\n');
    const parsed = parseArticle('t.txt', text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value.people.map((p) => p.name).sort()).toEqual(['Navin Okoro', 'Tom Reyes']);
  });
});

describe('pronouns and the sentence they stand in', () => {
  it('a person named earlier in the pronoun’s own sentence is the one it means; two such people leave it open', () => {
    const one = parsedOk(
      article(
        'Mayor Ada Quill opened the bridge on Monday.',
        'Councillor Ben Holt cited the old contract, which he said was “never worth the paper it was printed on”.',
      ),
    );
    expect(one.quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Ben Holt', 'never worth the paper it was printed on'],
    ]);
    const two = parsedOk(
      article(
        'Mayor Ada Quill opened the bridge on Monday.',
        'Mayor Ben Holt criticised Councillor Tom Reyes for remarks in which he called the bridge “a folly of the old council”.',
      ),
    );
    expect(two.quotes).toEqual([]);
    expect(two.unattributed.map((u) => u.reason)).toEqual(['"he" could be Ben Holt or Tom Reyes']);
  });

  it('“the source” is one unnamed person a later “he” may mean; a name describing a role names nobody', () => {
    expect(
      whoSaid(
        article(
          'Harbour Shipping chief executive Ada Quill met the union on Monday.',
          'A source close to the talks said the meeting went well. The source added that the unions were “ready to sign”.',
          'But he also said that the date was “not fixed yet”.',
        ),
      ),
    ).toEqual([
      ['anonymous: A source close to the talks', 'the meeting went well'],
      ['anonymous: The source', 'the unions were “ready to sign”'],
      ['anonymous: The source', 'ready to sign'],
      ['anonymous: The source', 'the date was “not fixed yet”'],
      ['anonymous: The source', 'not fixed yet'],
    ]);
  });
});

describe('reported speech: where the reported clause starts and ends', () => {
  const reported = (...paragraphs: string[]) =>
    parsedOk(article(...paragraphs))
      .quotes.filter((q) => q.kind === 'reported')
      .map((q) => [q.speaker ?? `${q.sourceKind}: ${q.source}`, q.text]);

  it('a clause right after the verb, before any relative "that"', () => {
    expect(
      reported(
        'Ada Quill said Tarrow strongly objects to fees on ferries that it said were unfair.',
      ),
    ).toEqual([
      // The clause stops where a relative clause with its own speaker ("that it said") starts.
      ['Ada Quill', 'Tarrow strongly objects to fees on ferries'],
    ]);
  });

  it('a clause after the one told, after a time, and after a name', () => {
    expect(
      reported(
        'Senator Ada Quill told Harbour Radio it is time for the board to resign.',
        'Mayor Ben Holt said earlier in the week the ferry would keep running.',
        'People familiar with the talks said Harrow Freight had offered a new contract.',
      ),
    ).toEqual([
      ['Ada Quill', 'it is time for the board to resign'],
      ['Ben Holt', 'the ferry would keep running'],
      ['anonymous: People familiar with the talks', 'Harrow Freight had offered a new contract'],
    ]);
  });

  it('an attribution between commas closes the clause before it unless a clause goes on after it', () => {
    expect(
      reported(
        'The deal puts the merger on hold for a year, the sources said, according to the newspaper.',
        'Within a month of the sale, Ada Quill said, the ferries were running late.',
      ),
    ).toEqual([
      ['anonymous: the sources', 'The deal puts the merger on hold for a year'],
      ['Ada Quill', 'the ferries were running late'],
    ]);
  });
});

describe('the sentence’s subject speaks through a participle; a role means the holder just named', () => {
  const said = (...paragraphs: string[]) =>
    parsedOk(article(...paragraphs)).quotes.map((q) => [
      q.speaker ?? `${q.sourceKind}: ${q.source}`,
      q.text,
    ]);

  it('“…, saying …”, “issued a statement saying …”, “on record as saying …”', () => {
    expect(
      said(
        'As she left the court, Ada Quill spoke to reporters, saying she would appeal the ruling.',
        'The Harbour Party issued a statement saying that the ruling was unfair to ferry workers.',
      ),
    ).toEqual([
      ['Ada Quill', 'she would appeal the ruling'],
      ['organisation: Harbour Party', 'the ruling was unfair to ferry workers'],
    ]);
  });

  it('“said Harbour Party floor leader Rep. Ben Holt”: the name after the role words', () => {
    expect(
      said(
        'Mayor Ada Quill and Rep. Ben Holt met on Monday.',
        '“The ferries must run,” said Harbour Party floor leader Rep. Ben Holt.',
      ),
    ).toEqual([['Ben Holt', 'The ferries must run,']]);
  });

  it('“the first-term lawmaker” is the one lawmaker the sentence before names', () => {
    expect(
      said(
        'Rep. Ada Quill and Rep. Ben Holt spoke in the debate.',
        'The party put up Rep. Ada Quill for review by the ethics committee.',
        'The first-term lawmaker on Sunday demanded the minister’s resignation, saying that the ferry contract was illegal.',
      ),
    ).toEqual([['Ada Quill', 'the ferry contract was illegal']]);
  });
});

describe('statements printed without quotation marks', () => {
  it('the paragraphs after “released the following statement …:” are the statement, while it speaks in the first person', () => {
    expect(
      whoSaid(
        [
          'WASHBURN — Senator Ada Quill (D-ME) released the following statement on the passage of the Harbour Act (S. 12):',
          '',
          'For years the harbour towns waited for this bill. Today they have it.',
          '',
          'I thank my colleagues, and we will keep working for the ferries.',
          '',
          'The act now goes to the House, where a vote is expected in May.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Ada Quill', 'For years the harbour towns waited for this bill. Today they have it.'],
      ['Ada Quill', 'I thank my colleagues, and we will keep working for the ferries.'],
    ]);
  });

  it('a short “Statement from X:” line introduces the quoted paragraphs after it', () => {
    expect(
      whoSaid(
        [
          'Harbour board statement on the ferry timetable',
          '',
          'Statement from Ada Quill:',
          '',
          '“When we set up the board, we meant it to serve the islands.',
          '',
          '“The new timetable will be ready before the autumn ferries sail.”',
        ].join('\n'),
      ),
    ).toEqual([
      ['Ada Quill', 'When we set up the board, we meant it to serve the islands.'],
      ['Ada Quill', 'The new timetable will be ready before the autumn ferries sail.'],
    ]);
  });
});

describe('participles, openers and split quotations', () => {
  it('a participle leads into a quotation for the sentence’s subject, not for a relative clause’s', () => {
    expect(
      whoSaid(
        article(
          'Ben Holt, the harbour master, fuelled the row when a tape caught him in a recording saying that the board should not “expect the islands to pay twice”.',
          'Mayor Ada Quill answered the Harbour Party, which had tried to rally support by saying that islanders were “leaving in their hundreds”.',
        ),
      ),
    ).toEqual([['Ben Holt', 'expect the islands to pay twice']]);
  });

  it('a preposition before a name does not make it the subject; the name after the comma is', () => {
    expect(
      whoSaid(
        article(
          'At a Harbour Office event on Monday, Ada Quill brushed aside the criticism, saying “most islanders agree with me.”',
        ),
      ),
    ).toEqual([['Ada Quill', 'most islanders agree with me.']]);
  });

  it('a quotation after words of its own does not take the speaker of a later quotation', () => {
    expect(
      whoSaid(
        article(
          'The headline of the harbour newsletter reads, “Ferry fares to rise again in May.” Ada Quill shared the story, saying, “Is anyone surprised?”',
        ),
      ),
    ).toEqual([['Ada Quill', 'Is anyone surprised?']]);
  });
});

describe('reported speech in a sentence that also quotes', () => {
  const all = (...paragraphs: string[]) =>
    parsedOk(article(...paragraphs)).quotes.map((q) => [
      q.kind,
      q.speaker ?? `${q.sourceKind}: ${q.source}`,
      q.text,
    ]);

  it('a reported clause set off from a quotation by a comma is reported speech beside the quotation', () => {
    expect(
      all(
        'To cut the risk, the officials said, the utility replaced most of its covers, “so the pressure cannot build up again.”',
      ),
    ).toEqual([
      ['reported', 'anonymous: the officials', 'the utility replaced most of its covers'],
      ['direct', 'anonymous: the officials', 'so the pressure cannot build up again.'],
    ]);
  });

  it('a clause that runs into a quotation, or stands before an attribution of the quotation, is not', () => {
    expect(
      all(
        'Speaking at the harbour on Monday, Mayor Ada Quill said, “The ferries will run all winter.”',
        'Quill said she planned to play the “role of a mediator between the unions and the board.”',
      ),
    ).toEqual([
      ['direct', 'Ada Quill', 'The ferries will run all winter.'],
      ['direct', 'Ada Quill', 'role of a mediator between the unions and the board.'],
    ]);
  });

  it('a subject of several words before the clause’s verb', () => {
    expect(all('Harrow Freight says over 130 new ferry routes are in the works.')).toEqual([
      ['reported', 'organisation: Harrow Freight', 'over 130 new ferry routes are in the works'],
    ]);
  });
});

describe('subjects of coordinated verbs and relative clauses', () => {
  it('a speech verb joined by "and" speaks for the sentence subject', () => {
    expect(
      whoSaid(
        article(
          'Mayor Ada Quill, who was in the audience, laughed and said, “The bridge opens in May.”',
        ),
      ),
    ).toEqual([['Ada Quill', 'The bridge opens in May.']]);
  });

  it('a subordinate clause before "and said" leaves the verb its own subject', () => {
    const said = whoSaid(
      article(
        'Mayor Ada Quill left because the council voted and said, “The bridge opens in May.”',
      ),
    );
    expect(said.map(([who]) => who)).not.toContain('Ada Quill');
  });

  it('a word joined to another by "or" after a comma is no subject for "and admits"', () => {
    for (const [list, verb] of [
      ['Best Lead in a Harbour Stage Play, Musical or Comedy category', 'admits'],
      ['Best Album in a Live Recording, Folk or Country section', 'said'],
      ['Best Screenplay in a Feature Film, Adapted or Original category', 'conceded'],
    ])
      for (const [who] of whoSaid(
        article(
          `The 'Harbour Lights' star was shortlisted in the ${list} last spring and ${verb} the nod was “a real shock”.`,
        ),
      ))
        expect(who).not.toMatch(/Musical|Folk|Adapted/);
  });

  it('an unnamed source described by a relative clause', () => {
    const [who] = whoSaid(
      article(
        'A senior official at the ministry who would only talk without her name attached said, “The bridge opens in May.”',
      ),
    )[0]!;
    expect(who).toMatch(/^anonymous: .*official/);
  });
});
