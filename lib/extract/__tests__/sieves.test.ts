import { describe, expect, it } from 'vitest';
import { SIEVES } from '../sieves/SIEVES.ts';
import { article, read, who } from './inventedArticle.ts';

/*
 * One invented article per attribution pattern of real news (issue #8): each names who
 * said what, and which sieve found it. Every sentence here is ours.
 */

describe('attribution patterns of real news', () => {
  it('runs its sieves in one fixed order, most precise first', () => {
    expect(SIEVES.map((s) => s.name)).toEqual([
      'interview',
      'speaker-label',
      'embedded-post',
      'headline-words',
      'statement-intro',
      'characterised',
      'own-attribution',
      'clause-attribution',
      'sentence-attribution',
      'one-name-sentence',
      'reported',
      'according-to',
      'following-sentence',
      'round-up-credit',
      'split-quote',
      'signed-quotes',
      'topic-label',
      'topic-lines',
      'headed-answers',
      'words-of-intro',
      'continuation',
      'block-quote',
      'listed-statements',
      'runs-on',
      'preceding-subject',
      'preceding-sentence',
      'runs-on',
      'headline-echo',
      'sole-speaker',
      'scare-quotes',
      'nested-quote',
      'repeated-quote',
    ]);
  });

  it('a statement page: "X issued the following statement:" then quoted paragraphs', () => {
    const text = article(
      'ELMWOOD — Today, Senator Ada Quill issued the following statement once the river bill had passed:',
      '"For ten years the river towns have waited for this money.',
      '"Today they have it, and I thank every volunteer who testified."',
      'Representative Bo Lind, who wrote the House version, added:',
      '"The vote shows that clean water is not a party matter."',
    );
    expect(who(text)).toEqual([
      ['Ada Quill', 'For ten years the river towns have waited for this money.'],
      ['Ada Quill', 'Today they have it, and I thank every volunteer who testified.'],
      ['Bo Lind', 'The vote shows that clean water is not a party matter.'],
    ]);
  });

  it('a statement issued by "Firm’s Chief Executive, Name," is the named person’s, not the firm’s', () => {
    const text = article(
      'Harrowgate’s Chairman and Chief Executive, Nils Ardent, issued the following statement:',
      '“This was a record year for Harrowgate, and we delivered more than we promised.”',
      '“We enter the new year with confidence in our plans.”',
    );
    expect(who(text)).toEqual([
      [
        'Nils Ardent',
        'This was a record year for Harrowgate, and we delivered more than we promised.',
      ],
      ['Nils Ardent', 'We enter the new year with confidence in our plans.'],
    ]);
  });

  it('"…, with Ada Quill tweeting: “…”": the name "with" introduces speaks, not the subject', () => {
    const text = article(
      'Commuters vented their anger online, with Ada Quill tweeting: “Three cancelled ferries in one week is a disgrace.”',
      '“My daughter missed her exam because of it.”',
      'Ferry staff stayed calm, with Ben Holt leading the passengers to the buses.',
    );
    expect(who(text)).toEqual([
      ['Ada Quill', 'Three cancelled ferries in one week is a disgrace.'],
      ['Ada Quill', 'My daughter missed her exam because of it.'],
    ]);
  });

  it('"Name, role said:" with the appositive’s closing comma left out: the named person, with the role', () => {
    const text = article(
      'Ferries from Tarrow were cancelled for a third day on Tuesday.',
      'Nils Ardent, Tarrow Harbour’s operations director said: “We are sorry that passengers have been let down again.”',
      '“We sympathise with everyone affected,” Ada Quill, a spokeswoman for the ferry operator said.',
    );
    expect(who(text)).toEqual([
      ['Nils Ardent', 'We are sorry that passengers have been let down again.'],
      ['Ada Quill', 'We sympathise with everyone affected,'],
    ]);
  });

  it('an opening phrase before the subject ("Speaking in the chamber,", "Earlier today,") is nobody', () => {
    const text = article(
      'Speaking in the chamber, Harbour Party’s Ada Quill held up the map and said: “This is the ferry route they want to close.”',
      'Earlier today, Eastmoor councillor Ben Holt also criticised the map directly saying: “Nobody has asked the people who use it.”',
      'To cries of “shame” from the benches, Mr Holt went on: “The council owes the island an answer.”',
    );
    expect(who(text)).toEqual([
      ['Ada Quill', 'This is the ferry route they want to close.'],
      ['Ben Holt', 'Nobody has asked the people who use it.'],
      ['Ben Holt', 'The council owes the island an answer.'],
    ]);
  });

  it('"“…,” she began, “…”" and "“…,” he implored" attribute quotations, never a clause', () => {
    const text = article(
      'Ada Quill rose to speak after the vote on the ferry bill.',
      '"Madam Chair," she began, "let me say a few words about the island ferries."',
      'Ben Holt answered her. "Give the islanders one more year," he implored.',
      'The meeting began that afternoon with the budget.',
    );
    expect(who(text)).toEqual([
      ['Ada Quill', 'let me say a few words about the island ferries.'],
      ['Ben Holt', 'Give the islanders one more year,'],
    ]);
  });

  it('"Here’s what she said …" announces the next paragraph’s quotation by a pronoun', () => {
    const text = article(
      'Harbour Minister Ada Quill criticised the ferry strike on Monday.',
      'Here’s what she said during a meeting with the island councils.',
      '"I believe the islanders will see that this strike helps nobody."',
    );
    expect(who(text)).toEqual([
      ['Ada Quill', 'I believe the islanders will see that this strike helps nobody.'],
    ]);
  });

  it('"…, asserting that … “…”" and "…, claiming …": the sentence subject’s quotation', () => {
    const text = article(
      'Councillor Ada Quill welcomed the vote, asserting that the council had finally “listened to the island families”.',
      'Ben Holt opposed it, claiming the plan would “leave the north pier without a ferry”.',
    );
    expect(who(text)).toEqual([
      ['Ada Quill', 'listened to the island families'],
      ['Ben Holt', 'leave the north pier without a ferry'],
    ]);
  });

  it('an email passed on: its paragraphs and its list, greeting left out, are the sender’s', () => {
    const text = article(
      'I received an email from Ada Quill this morning that I want to pass on:',
      'Dear friends and neighbours of the old harbour and the ferry steps,',
      'Next month I will ask the council to protect the old ferry steps for good.',
      'The motion I am bringing will:',
      '* Keep the steps open to walkers all year round.',
      '* Set aside money for repairs after every winter storm.',
      'Last year the council voted my first motion down without a debate, and I will not let that happen again.',
      'The ferry steps were built in 1851 and are the oldest in the county.',
    );
    expect(who(text)).toEqual([
      ['Ada Quill', 'Next month I will ask the council to protect the old ferry steps for good.'],
      ['Ada Quill', 'The motion I am bringing will:'],
      ['Ada Quill', '* Keep the steps open to walkers all year round.'],
      ['Ada Quill', '* Set aside money for repairs after every winter storm.'],
      [
        'Ada Quill',
        'Last year the council voted my first motion down without a debate, and I will not let that happen again.',
      ],
    ]);
  });

  it('list items after a paragraph that introduces no one’s words are the article’s', () => {
    const text = article(
      'Ada Quill chairs the harbour committee. The new rules, published on Monday, will:',
      '* Keep the steps open to walkers all year round.',
      '* Set aside money for repairs after every winter storm.',
    );
    expect(who(text)).toEqual([]);
  });

  it('"X told Reuters" and "X wrote on X/Twitter"', () => {
    expect(
      who(
        article(
          'Joan Mercer runs the Harrow shipyard.',
          '“We will appeal the fine,” Mercer told Reuters on Monday.',
          'Mercer wrote on X: “The yard stays open.”',
          '“Thank you for the support,” she wrote on Twitter.',
        ),
      ),
    ).toEqual([
      ['Joan Mercer', 'We will appeal the fine,'],
      ['Joan Mercer', 'The yard stays open.'],
      ['Joan Mercer', 'Thank you for the support,'],
    ]);
  });

  it('apposition, and inversion with a long title', () => {
    expect(
      who(
        article(
          'Kwon Ha-rin, a senior fellow at the Seoul Policy Forum, said: “The talks will not resume this year.”',
          '“Our freight volumes doubled in a year,” said Tomas R. Vell, President and Chief Executive Officer of Harrow Freight.',
        ),
      ),
    ).toEqual([
      ['Kwon Ha-rin', 'The talks will not resume this year.'],
      ['Tomas R. Vell', 'Our freight volumes doubled in a year,'],
    ]);
  });

  it('"according to X" in every position, and "according to plan" which is nobody', () => {
    const found = read(
      article(
        'The bridge will reopen in May, according to Mara Lind, the council’s engineer.',
        'According to Lind, the repairs will cost twice the estimate.',
        'The cable was worth about £40,000, according to police.',
        'Work on the footbridge is going according to plan and should finish soon.',
      ),
    );
    expect(found.quotes.map((q) => [q.kind, q.speaker ?? q.sourceKind, q.text])).toEqual([
      ['reported', 'Mara Lind', 'The bridge will reopen in May'],
      ['reported', 'Mara Lind', 'the repairs will cost twice the estimate'],
      ['reported', 'organisation', 'The cable was worth about £40,000'],
    ]);
  });

  it('quotations continued over paragraphs in double and in single marks', () => {
    expect(
      who(
        article(
          'Keith Dane, 71, who has lived on the street for forty years, said: ‘When the water came in it reached the second stair.',
          '‘My wife keeps a bag packed by the door now.',
          '‘They keep saying “next spring”.’',
        ),
      ),
    ).toEqual([
      ['Keith Dane', 'When the water came in it reached the second stair.'],
      ['Keith Dane', 'My wife keeps a bag packed by the door now.'],
      ['Keith Dane', 'They keep saying “next spring”.'],
    ]);
  });

  it('the second half of a split quote after "said lead study author Dr. X in a statement"', () => {
    expect(
      who(
        article(
          '“Five flights a day made a difference,” said lead study author Dr. Hana Ruiz in a statement. “You do not need a gym.”',
        ),
      ),
    ).toEqual([
      ['Hana Ruiz', 'Five flights a day made a difference,'],
      ['Hana Ruiz', 'You do not need a gym.'],
    ]);
  });

  it('Q&A with names and with initials as labels', () => {
    const text = article(
      'Rosa Tell (RT), who chairs the water board, talked to our reporter Jonah Mwe (JM) about the drought.',
      'JM: How low is the reservoir this week?',
      'RT: Lower than in any June since records began.',
      'JM: Will there be rationing?',
      'RT: Only if the autumn rain fails as well.',
    );
    expect(who(text)).toEqual([
      ['Jonah Mwe', 'How low is the reservoir this week?'],
      ['Rosa Tell', 'Lower than in any June since records began.'],
      ['Jonah Mwe', 'Will there be rationing?'],
      ['Rosa Tell', 'Only if the autumn rain fails as well.'],
    ]);
  });

  it('an organisation as a label is never a person', () => {
    const text = article(
      'The Council on Shipping Affairs spoke with Oren Pals about the ports.',
      'Council on Shipping Affairs: Why were the terminals sold?',
      'Pals: Because the ice season is shorter.',
    );
    expect(who(text)).toEqual([
      ['organisation: Council on Shipping Affairs', 'Why were the terminals sold?'],
      ['Oren Pals', 'Because the ice season is shorter.'],
    ]);
  });

  it('post-match: "the coach said … he added" is the coach named before', () => {
    expect(
      who(
        article(
          'Rovers coach Niall Corr watched his side win 2-1 on Saturday.',
          '“We were poor for an hour,” the coach said.',
          'He added: “The second half was the answer I wanted.”',
        ),
      ),
    ).toEqual([
      ['Niall Corr', 'We were poor for an hour,'],
      ['Niall Corr', 'The second half was the answer I wanted.'],
    ]);
  });
});

describe('a wrong named speaker is worse than none', () => {
  it('a pronoun means the subject of the sentence before, not the last name printed', () => {
    expect(
      who(
        article(
          'Lena Holm met the ministers Tom Baker and Rob Ince on Friday.',
          '“We agreed on nothing,” she tweeted afterwards.',
        ),
      ),
    ).toEqual([['Lena Holm', 'We agreed on nothing,']]);
  });

  it('a pronoun with two people who fit, a bare surname two people share: unattributed', () => {
    const found = read(
      article(
        'Kim Do-hyun and Park Se-jin met in Seoul on Friday.',
        '“It went well,” he said.',
        'Ruth and Samuel Obi run the bakery on Mill Street.',
        '“We never closed,” Obi said.',
      ),
    );
    expect(found.quotes).toEqual([]);
    expect(found.unattributed.map((u) => u.reason)).toEqual([
      '"he" could be Kim Do-hyun or Park Se-jin',
      '"Obi" could be Ruth Obi or Samuel Obi',
    ]);
  });

  it('a title without a name, a place, an organisation: never a person', () => {
    const found = read(
      article(
        '“Profits will fall,” said the Chief Executive Officer.',
        '“We will not sign,” Washington said.',
        '“We regret the delay,” Harrow Freight Company said.',
      ),
    );
    expect(found.quotes.filter((q) => q.speaker !== null)).toEqual([]);
    // A place or a company speaking as itself is an organisation, never a person.
    expect(found.quotes.map((q) => [q.sourceKind, q.source])).toEqual([
      ['organisation', 'Washington'],
      ['organisation', 'Harrow Freight Company'],
    ]);
    expect(found.unattributed.map((u) => u.text)).toEqual(['Profits will fall,']);
  });

  it('an unnamed source is kept with its phrase, never pinned on the named person beside it', () => {
    const text = article(
      'Defence Minister Cora Vale has backed the purchase.',
      'But a senior official said the minister had been outvoted at a meeting last week.',
      '“The numbers do not work this year,” the official said.',
      'A spokesperson for the defence ministry said it did not comment on cabinet discussions.',
    );
    expect(read(text).quotes.map((q) => [q.kind, q.speaker, q.source])).toEqual([
      ['reported', null, 'a senior official'],
      ['direct', null, 'a senior official'],
      ['reported', null, 'A spokesperson for the defence ministry'],
    ]);
  });
});

describe('what every quotation carries', () => {
  it('its offsets in the article text, its line and its sieve', () => {
    const found = read(article('Mayor Ada Quill opened the bridge.', '“It is open,” she said.'));
    const q = found.quotes[0]!;
    expect(found.text.slice(q.start, q.end)).toBe(q.text);
    expect([q.line, q.sieve]).toEqual([5, 'own-attribution']);
  });
});
