import { describe, expect, it } from 'vitest';
import { briefingHost } from '../briefingHost.ts';
import { foldCapitals } from '../foldCapitals.ts';
import { introducesWords } from '../introducesStatement.ts';
import { memberHeader } from '../memberHeader.ts';
import { signatureName } from '../signatureName.ts';
import { titledHeadingName } from '../titledHeadingName.ts';
import { read, who as whoIn } from './inventedArticle.ts';

/** Who said what on a made-up page: every sentence is ours, the structures are real transcripts'. */
const who = (...lines: string[]) => whoIn(lines.flatMap((l) => [l, '']).join('\n'));

describe('labels printed without a space after the colon', () => {
  it('a label in capitals glued to the words is still the turn’s speaker', () => {
    expect(
      who(
        'Press Conference by the Harbour Minister (Excerpt)',
        'REPORTER:I would like to ask about the ferry strike at the northern pier.',
        'HARBOUR MINISTER QUILL:Yes, we are talking with the crews every day.',
        'REPORTER:Will the fares rise?',
        'HARBOUR MINISTER QUILL:That has not been decided.',
      ),
    ).toEqual([
      ['anonymous: Reporter', 'I would like to ask about the ferry strike at the northern pier.'],
      ['Quill', 'Yes, we are talking with the crews every day.'],
      ['anonymous: Reporter', 'Will the fares rise?'],
      ['Quill', 'That has not been decided.'],
    ]);
  });

  it('a ticker or a run-together word with a colon is no label', () => {
    expect(
      who(
        'Harbour Freight shares rise',
        'NYSE:HFC shares rose on Tuesday after the company said "we had a very good year" in its report.',
      ),
    ).not.toContainEqual(expect.arrayContaining([expect.stringMatching(/^HFC shares/)]));
  });
});

describe('briefings: labels "Q)" and "Q -", and the host their title names', () => {
  it('the title’s host answers, not the minister a section before the questions is about', () => {
    expect(
      who(
        'Regular Briefing by Spokesperson Ada Quill',
        'Date: Monday, March 3, 2025',
        '1. Schedule',
        'This morning, Harbour Minister Ben Holt opened the new ferry terminal at the north pier.',
        '2. Questions and answers',
        'Q) Is the southern ferry line closing in June?',
        'A) As reported, the southern line will close for repairs in June.',
        'The repairs will take about six weeks.',
        'Q) Will the fares change?',
        'A) There is no plan to change the fares this year.',
      ),
    ).toEqual([
      ['anonymous: the questioner', 'Is the southern ferry line closing in June?'],
      ['Ada Quill', 'As reported, the southern line will close for repairs in June.'],
      ['Ada Quill', 'The repairs will take about six weeks.'],
      ['anonymous: the questioner', 'Will the fares change?'],
      ['Ada Quill', 'There is no plan to change the fares this year.'],
    ]);
  });

  it('with only the questions labelled, the paragraphs between them are the named host’s answers', () => {
    expect(
      who(
        'Foreign Ministry Spokesperson Ada Quill’s Regular Press Conference on March 3, 2025',
        'Q - Is the harbour ministry planning to reopen the southern line?',
        'I refer you to what the harbour minister said yesterday.',
        'Q - Do you have any comment on the strike?',
        'We hope the talks succeed.',
      ),
    ).toEqual([
      [
        'anonymous: the questioner',
        'Is the harbour ministry planning to reopen the southern line?',
      ],
      ['Ada Quill', 'I refer you to what the harbour minister said yesterday.'],
      ['anonymous: the questioner', 'Do you have any comment on the strike?'],
    ]);
  });

  it('unlabelled answers with no named host stay unattributed, never the last person named', () => {
    const said = who(
      'Daily Press Briefing',
      'Harbour Minister Ben Holt will visit the northern islands on Monday and Tuesday next week.',
      'Q - Is the harbour ministry planning to reopen the southern line?',
      'I refer you to what the harbour minister said yesterday.',
      'Q - Do you have any comment on the strike?',
      'We hope the talks succeed.',
    );
    expect(said.filter(([speaker]) => speaker === 'Ben Holt')).toEqual([]);
  });
});

describe('briefingHost', () => {
  it('reads the one named person a transcript’s title gives, with their title', () => {
    expect(briefingHost('Press Briefing by Press Secretary Ada Quill 3/4/25 Transcript')).toBe(
      'Press Secretary Ada Quill',
    );
    expect(briefingHost('Harbour Spokesperson Ada Quill’s Regular Press Conference on May 2')).toBe(
      'Harbour Spokesperson Ada Quill',
    );
    expect(briefingHost('An interview with Ada Quill, the harbour minister')).toBe('Ada Quill');
    // Every particle of a name stays in lower case inside it ("dos", "della").
    expect(briefingHost('Press Briefing by Spokesperson Ana dos Santos')).toBe(
      'Spokesperson Ana dos Santos',
    );
    expect(briefingHost('Regular Briefing by Minister of Harbours Ana della Fuente')).toBe(
      'Minister of Harbours Ana della Fuente',
    );
  });

  it('two people, a role alone or a surname name no host', () => {
    expect(briefingHost('Press Briefing by Ada Quill and Ben Holt')).toBeNull();
    expect(briefingHost('Press Conference by the Chief Harbour Secretary (Excerpt)')).toBeNull();
    expect(briefingHost('Daily Press Briefing')).toBeNull();
    expect(briefingHost('Interview with Quill')).toBeNull();
  });
});

describe('round-ups of reactions: quoted paragraphs signed on a line of their own', () => {
  it('a signature after the quotations names their speaker; the next run has its own', () => {
    expect(
      who(
        'Harbour Rovers stun Brackwater in the derby',
        '"I am so proud of this group. We never stopped running.',
        '"We knew we could beat anyone at home."',
        ' – Harbour Rovers coach, Ada Quill',
        '“It was a hard night for us. We made too many errors in the second half.',
        '"We will be better next week."',
        'Brackwater captain, Ben Holt',
      ),
    ).toEqual([
      ['Ada Quill', 'I am so proud of this group. We never stopped running.'],
      ['Ada Quill', 'We knew we could beat anyone at home.'],
      ['Ben Holt', 'It was a hard night for us. We made too many errors in the second half.'],
      ['Ben Holt', 'We will be better next week.'],
    ]);
  });

  it('a speaker’s heading above quoted paragraphs names their speaker, over topic lines', () => {
    expect(
      who(
        'All the reaction as Harbour College win the Schools Cup',
        'Harbour College won the Schools Cup for a second year on Saturday after beating Brackwater 21-14.',
        'Harbour College Head Coach, Ada Quill:',
        'On the final:',
        '“I thought we were superb today, the forwards were outstanding.”',
        'On next season:',
        '“We lose a lot of players, so we will have to rebuild.”',
      ),
    ).toEqual([
      ['Ada Quill', 'I thought we were superb today, the forwards were outstanding.'],
      ['Ada Quill', 'We lose a lot of players, so we will have to rebuild.'],
    ]);
  });

  it('a line cut short after a name, or a byline, signs nothing', () => {
    const said = who(
      'Harbour fares to rise',
      'The minister was asked on Tuesday about the cost of the new ferries.',
      '"We expect the fares to cover the cost within ten years."',
      'Ben Holt, Harbour Secr',
      '"The ferries will be ready by May."',
      '– By Ben Holt',
    );
    expect(said.filter(([speaker]) => speaker === 'Ben Holt')).toEqual([]);
  });
});

describe('parliamentary records: a member’s heading, then their speech without quotation marks', () => {
  it('the speech runs to the end, over a link line under the heading and paragraphs that narrate; words it introduces (“He said:”) are not the member’s', () => {
    expect(
      who(
        'Assembly debates',
        'Tuesday, 4 March 2025',
        '2:35 pm',
        'Photo of Ada QuillAda Quill (Harbour North, Green Party)',
        'Link to this: Individually | In context | Record source',
        'The ferry timetable published by the Minister this morning leaves the islands without a crossing on Sundays, and nobody on the islands was asked about it.',
        'This week people also learned that fares will rise by a fifth from May. This is a heavy blow to families on the islands.',
        'Let us read what the Minister told the radio on Sunday. He said:',
        'The timetable was agreed with the island councils last year and nothing has changed since then.',
        'That is not what the councils remember. Will the Minister now withdraw the timetable?',
        'Comments',
        'No comments',
      ).map(([speaker, text]) => [speaker, text.split(' ').slice(0, 4).join(' ')]),
    ).toEqual([
      ['Ada Quill', 'The ferry timetable published'],
      ['Ada Quill', 'This week people also'],
      ['Ada Quill', 'Let us read what'],
      ['Ada Quill', 'That is not what'],
    ]);
  });

  it('a heading that cannot be read ends the turn above it; "(Harbour South) (Lab)" labels too', () => {
    const said = who(
      'Oral Answers to Questions',
      'Thursday 6 March 2025',
      'Ben Holt Portrait Ben Holt (Harbour South) (Lab)',
      'What steps the Department is taking to keep the southern ferry line open through the winter.',
      'The Minister for Harbours (Ms Ada Quill)',
      'We have kept the line open every winter and the new ferries will make that easier still.',
      'Ben Holt Portrait Ben Holt',
      'I thank the Minister, but the islanders have heard that promise before and want it in writing.',
    ).map(([speaker, text]) => [speaker, text.split(' ').slice(0, 3).join(' ')]);
    expect(said).toEqual([
      ['Ben Holt', 'What steps the'],
      ['Ada Quill', 'We have kept'],
    ]);
  });
});

describe('memberHeader', () => {
  it('reads a member’s full name before the brackets, or in them after a role', () => {
    expect(memberHeader('Ada Quill (Harbour North, Green Party) | Record source')).toBe(
      'Ada Quill',
    );
    expect(memberHeader('Mr Ben Holt (Harbour South) (Lab)')).toBe('Ben Holt');
    expect(memberHeader('Photo of Ada QuillAda Quill (Harbour North, Green Party)')).toBe(
      'Ada Quill',
    );
    expect(memberHeader('The Minister for Harbours (Mr Ben Holt)')).toBe('Ben Holt');
  });

  it('a credit, a note, a company, a place or a surname in brackets is no member’s heading', () => {
    for (const line of [
      'New York (Reuters)',
      'Ada Quill (pictured)',
      'Harbour Freight Company (HFC)',
      'Washington Post (2019)',
      'Quill (Harbour North, Green Party)',
      'Ada Quill (left) and Ben Holt (right)',
    ])
      expect(memberHeader(line), line).toBeNull();
  });
});

describe('answers printed in quotation marks', () => {
  it('lose the marks around the whole answer, never the marks of words it quotes', () => {
    expect(
      who(
        'Q&A with Ada Quill',
        'Ada Quill has run the harbour for ten years.',
        'Q: What did the crews say to you?',
        'A: “Stop the ferries,” they told me, and I said no.',
        'Q: And the council?',
        'A: “It backed me from the first day.”',
      ),
    ).toEqual([
      ['anonymous: the questioner', 'What did the crews say to you?'],
      ['Ada Quill', '“Stop the ferries,” they told me, and I said no.'],
      ['anonymous: the questioner', 'And the council?'],
      ['Ada Quill', 'It backed me from the first day.'],
    ]);
  });
});

describe('interviews printed without labels', () => {
  it('with the interviewee in the title, paragraphs asking “you” are questions, those between them answers', () => {
    expect(
      who(
        'Q&A with Ada Quill',
        'Ada Quill has written four novels about the islands; her new one follows a ferry crew through one winter.',
        'How did you come to write about a ferry crew?',
        'My grandfather worked the northern crossing for thirty years, and his stories stayed with me.',
        'What research did you do for the book?',
        'I spent a winter on the boats and kept a notebook of everything the crew said.',
        'Did you find it hard to leave the islands afterwards?',
        'Very hard, and I still go back every spring.',
      ),
    ).toEqual([
      ['anonymous: the questioner', 'How did you come to write about a ferry crew?'],
      [
        'Ada Quill',
        'My grandfather worked the northern crossing for thirty years, and his stories stayed with me.',
      ],
      ['anonymous: the questioner', 'What research did you do for the book?'],
      [
        'Ada Quill',
        'I spent a winter on the boats and kept a notebook of everything the crew said.',
      ],
      ['anonymous: the questioner', 'Did you find it hard to leave the islands afterwards?'],
      ['Ada Quill', 'Very hard, and I still go back every spring.'],
    ]);
  });

  it('a title saying who "talks about" it names the interviewee; a question may open with a long remark', () => {
    expect(
      who(
        'Ben Holt talks about his lighthouse novel, the winter he spent writing it and what comes next',
        'I met Ben Holt at a reading in the harbour town years ago, and we have traded drafts ever since.',
        'Your novel spends a long time on the keeper’s logbook, page after page of weather and ships and small repairs, and readers have told me it was their favourite part of the whole book, which surprised me at first and then did not surprise me at all. Why did you give it so much room?',
        'The logbook is the keeper’s only company. I wanted readers to feel the weeks the way he did.',
        'What are you writing now?',
        'A story about the ferry crews, set in the same town.',
        'It should be finished by the spring.',
      ),
    ).toEqual([
      [
        'anonymous: the questioner',
        expect.stringMatching(/^Your novel spends a long time .* so much room\?$/),
      ],
      [
        'Ben Holt',
        'The logbook is the keeper’s only company. I wanted readers to feel the weeks the way he did.',
      ],
      ['anonymous: the questioner', 'What are you writing now?'],
      ['Ben Holt', 'A story about the ferry crews, set in the same town.'],
    ]);
  });

  it('a title "… interview: Name" labels the interview: it is no claim of hers', () => {
    const found = who(
      'Harbour Books author interview: Ada Quill',
      'Ada Quill’s third novel follows a ferry crew through one winter on the northern crossing.',
      'Where did you find the idea for the crew?',
      'From my grandfather, who worked the crossing for thirty years.',
      'How long did you spend on the boats?',
      'A whole winter, with a notebook in my pocket.',
    );
    expect(found).not.toContainEqual(['Ada Quill', 'Harbour Books author interview']);
    expect(found).toContainEqual(['Ada Quill', 'A whole winter, with a notebook in my pocket.']);
  });

  it('without an interviewee in the title, questions to the reader stay the article’s own', () => {
    expect(
      who(
        'Why the ferries keep running late',
        'The northern ferries were late on nine days out of ten last winter, the operator’s figures show.',
        'Have you ever waited two hours at the pier in January?',
        'The operator blames the weather, but the southern line ran on time through the same storms.',
        'Would you accept that excuse from any other service?',
        'The council will discuss the figures on Monday.',
      ),
    ).toEqual([]);
  });
});

describe('reported speech inside a labelled turn', () => {
  it('is the turn’s speaker’s unless a named third person said it', () => {
    expect(
      who(
        'Transcript: Mayor Ada Quill on the Morning Show',
        'Ben Holt: Good morning. Your predecessor, Carl Wren, said in 2019 that the city would build a second ferry pier. What happened to it?',
        "Mayor Ada Quill: Well, the pier is coming along nicely, I'm glad to report. Work starts in May.",
        'Holt: And the fares?',
        'Mayor: They stay as they are this year.',
      ),
    ).toEqual([
      [
        'Ben Holt',
        'Good morning. Your predecessor, Carl Wren, said in 2019 that the city would build a second ferry pier. What happened to it?',
      ],
      ['Carl Wren', 'the city would build a second ferry pier'],
      [
        'Ada Quill',
        "Well, the pier is coming along nicely, I'm glad to report. Work starts in May.",
      ],
      ['Ben Holt', 'And the fares?'],
      ['Ada Quill', 'They stay as they are this year.'],
    ]);
  });
});

describe('closed captions: ">>" marks a change of speaker', () => {
  it('a label after ">>" is the turn’s; brackets with a constituency or a name say who it is', () => {
    expect(
      who(
        'Questions to the Harbour Minister, with subtitles',
        '• >>Ada Quill (Harbour North) (Grn): Will the Minister guarantee that the southern line stays open?',
        '• >>The Harbour Minister (Mr Ben Holt): I can give that guarantee today.',
        '• >>Ada Quill: Then will he publish the contracts?',
      ),
    ).toEqual([
      ['Ada Quill', 'Will the Minister guarantee that the southern line stays open?'],
      ['Ben Holt', 'I can give that guarantee today.'],
      ['Ada Quill', 'Then will he publish the contracts?'],
    ]);
  });
});

describe('signatureName', () => {
  it('a dashed signature may run on after the name; the title may hold capitals and places', () => {
    expect(
      signatureName(
        '– UN harbour envoy Ada Quill, speaking at the end of a visit to Kenya (as quoted on Radio North).',
      ),
    ).toBe('UN harbour envoy Ada Quill');
    expect(signatureName('— Kenya Governor Ada Quill, after the storm')).toBe(
      'Kenya Governor Ada Quill',
    );
  });

  it('a dashed signature may give the occasion right after the name, without a comma', () => {
    expect(signatureName('- Mr Holt on the plan to close the ferry office.')).toBe('Mr Holt');
    expect(signatureName('– Ada Quill in response.')).toBe('Ada Quill');
    for (const line of [
      '- New Harbour in the rain.',
      '- Harbour Council on the ferry plan.',
      '- Tarrow candidate for Eastmoor Ada Quill on the ferry plan.',
      'Mr Holt on the plan to close the ferry office.',
    ])
      expect(signatureName(line), line).toBeNull();
  });

  it('a sentence, a byline, a heading of a statement or a place signs nothing', () => {
    for (const line of [
      '— Ada Quill, the mayor, said the plan would go ahead.',
      '– By Ada Quill',
      'Statement from Ada Quill:',
      'Harbour coach, New Zealand',
      '- Ada Quill HARBOUR TODAY',
      '- Ada Quill, AP',
      '— Ada Quill, Harbour Images',
    ])
      expect(signatureName(line), line).toBeNull();
  });
});

describe('a round-up whose signatures run on as sentences', () => {
  it('each quotation is its signature’s', () => {
    expect(
      who(
        'They said it this week',
        '“We will need to rebuild the whole harbour front.”',
        '– Harbour Governor Ada Quill, speaking as the storm damage was counted (as quoted on Radio North).',
        '“It was clear to me that the season has changed for good.”',
        '– UN weather chief Ben Holt, speaking at the end of a visit to the islands.',
      ),
    ).toEqual([
      ['Ada Quill', 'We will need to rebuild the whole harbour front.'],
      ['Ben Holt', 'It was clear to me that the season has changed for good.'],
    ]);
  });
});

describe('a statement put out by someone, introduced with a comma or a colon', () => {
  it('the subject of "issued this statement," speaks the quotation and the paragraphs it runs on into', () => {
    expect(
      who(
        'Harbour councillor resigns',
        'Ada Quill, a councillor for ten years, resigned on Tuesday after the audit of the ferry fund.',
        'Afterward, she issued this statement, "This morning, I stepped down from the harbour council.',
        '"Serving the islands has been an honour, and I will remain active in my community."',
        'The harbour board will publish the audit in full next month.',
      ),
    ).toEqual([
      ['Ada Quill', 'This morning, I stepped down from the harbour council.'],
      [
        'Ada Quill',
        'Serving the islands has been an honour, and I will remain active in my community.',
      ],
    ]);
  });
});

describe('transcription services: a label with the time on a line of its own', () => {
  it('“Name (01:20):” and “Name: (02:10)” label the paragraphs below; “Speaker 2” names nobody', () => {
    expect(
      who(
        'Press Briefing by Press Secretary Ada Quill 3/4/25 Transcript',
        'Speaker 1 (00:08):',
        'Okay, settle down now. There we go.',
        'Ada Quill (00:31):',
        'Good afternoon, everyone. I have two announcements today about the ferry timetable.',
        'The southern line will reopen in May, and the fares will not change this year.',
        'Speaker 2 (01:05):',
        'Thank you. Will you visit the islands yourself?',
        'Ada Quill (01:13):',
        'I will travel there next week, and I will share the schedule tomorrow.',
        'Ben Holt: (02:10)',
        'Ada, one more on the fares. Are you sure they stay as they are?',
        'Ada Quill: (02:20)',
        'Yes, I am sure.',
      ),
    ).toEqual([
      [
        'Ada Quill',
        'Good afternoon, everyone. I have two announcements today about the ferry timetable.',
      ],
      [
        'Ada Quill',
        'The southern line will reopen in May, and the fares will not change this year.',
      ],
      ['Ada Quill', 'I will travel there next week, and I will share the schedule tomorrow.'],
      ['Ben Holt', 'Ada, one more on the fares. Are you sure they stay as they are?'],
      ['Ada Quill', 'Yes, I am sure.'],
    ]);
  });
});

describe('broadcast transcripts: "NAME, TITLE:" in capitals', () => {
  it('the name before the comma speaks; a later surname label in capitals is that person, not initials', () => {
    expect(
      who(
        'Quill Addresses Reporters',
        'THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM.',
        'BEN HOLT, HARBOUR NEWS ANCHOR: We are waiting for the weekly briefing from the harbour master. She is beginning to speak now.',
        'CAPT. ADA QUILL, HARBOUR MASTER: All the piers have been inspected. The northern pier will reopen on Monday.',
        'QUESTION: Will the ferries run on time next week?',
        'QUILL: We expect them to, yes.',
      ),
    ).toEqual([
      [
        'Ben Holt',
        'We are waiting for the weekly briefing from the harbour master. She is beginning to speak now.',
      ],
      ['Ada Quill', 'All the piers have been inspected. The northern pier will reopen on Monday.'],
      ['Ada Quill', 'We expect them to, yes.'],
    ]);
  });
});

describe('memberHeader: a name printed twice', () => {
  it('takes the longest name the portrait’s caption repeats', () => {
    expect(memberHeader('Photo of Ada Ó QuillAda Ó Quill (Harbour South, Ceann Comhairle)')).toBe(
      'Ada Ó Quill',
    );
  });
});

describe('a round-up signed "Name, title, after …" under each quotation', () => {
  it('the line after a quotation signs it; an unsigned quotation after it is nobody’s, not the last signer’s', () => {
    expect(
      who(
        'Who said what at the weekend',
        '“We were strong for seventy minutes and lucky for the last twenty.”',
        'Ada Quill, Harbour Rovers manager, after her side’s 1-0 win over Brackwater.',
        '“The whole performance was not good enough, with or without the ball.”',
        'After a 4-2 loss at home, Ben Holt was unhappy with his defence.',
      ),
    ).toEqual([['Ada Quill', 'We were strong for seventy minutes and lucky for the last twenty.']]);
  });

  it('a sentence that opens like a name is no signature', () => {
    expect(
      signatureName(
        'For Harbour Democrats, the ferry question is likely to help turn out their voters',
      ),
    ).toBeNull();
    expect(signatureName('Ada Quill, Harbour Secr')).toBeNull();
    expect(signatureName('Ada Quill, the mayor, has resigned.')).toBeNull();
  });
});

describe('a list of candidates printed like member headings', () => {
  it('a paragraph about the person (their surname, or “He”/“She” first) is not their speech', () => {
    expect(
      who(
        'Harbour North: who is standing',
        'The election on Thursday has four candidates for the seat.',
        'Ada Quill (Harbour North, Green Party)',
        'Quill, 45, is a teacher and has held the seat since 2016. She wants the southern ferry line reopened.',
        'Ben Holt (Harbour North, Labour)',
        'He is a former harbour master and a member of the island council for ten years.',
      ),
    ).toEqual([]);
  });
});

describe('statement-intro runs before the verb-next-to-quotation sieves', () => {
  it('the sender of the message speaks it, not the one who reports that it was sent', () => {
    expect(
      who(
        'Harbour company answers critics',
        'After meeting the islanders on Monday, the council released a letter: "The fares will not change this year."',
        'Carl Wren said Ada Quill had sent him a message, "I will not resign."',
      ).filter(([, text]) => text.split(' ').length > 3),
    ).toEqual([
      ['organisation: the council', 'The fares will not change this year.'],
      ['Carl Wren', 'Ada Quill had sent him a message'],
      ['Ada Quill', 'I will not resign.'],
    ]);
  });
});

describe('pages printed in capitals (radio copy)', () => {
  it('names and speech verbs are told apart; a sentence before a sound clip is reported speech', () => {
    expect(
      who(
        'HARBOUR MASTER GIVES NEW DETAILS ON THE FERRY FIRE',
        'THE COAST GUARD IS STILL INVESTIGATING THE FIRE ON THE NORTHERN FERRY ON WEDNESDAY EVENING.',
        'COAST GUARD CAPTAIN ADA QUILL SAYS THE FIRE STARTED IN THE ENGINE ROOM SHORTLY AFTER THE FERRY LEFT THE PIER AT A QUARTER TO SIX:',
        'FIRE1 OC… THE ENGINE ROOM. :20',
        'THE COAST GUARD WILL PUBLISH ITS REPORT ON THE FIRE NEXT MONTH.',
      ),
    ).toEqual([
      [
        'Ada Quill',
        'THE FIRE STARTED IN THE ENGINE ROOM SHORTLY AFTER THE FERRY LEFT THE PIER AT A QUARTER TO SIX',
      ],
    ]);
  });
});

describe('foldCapitals', () => {
  it('keeps grammar and speech verbs in lower case and capitalises the rest, letter for letter', () => {
    const text = 'HARBOUR MASTER ADA QUILL SAYS THE FIRE STARTED IN THE ENGINE ROOM.';
    expect(foldCapitals(text)).toBe(
      'Harbour Master Ada Quill says the Fire Started in the Engine Room.',
    );
    expect(foldCapitals(text).length).toBe(text.length);
  });

  it('leaves a paragraph in ordinary case, and a short line in capitals, as they are', () => {
    expect(foldCapitals('Harbour Master Ada Quill says the fire started early.')).toBe(
      'Harbour Master Ada Quill says the fire started early.',
    );
    expect(foldCapitals('BREAKING NEWS')).toBe('BREAKING NEWS');
  });
});

describe('introducesWords', () => {
  it('a speech verb close to the colon introduces words below; one followed by a whole clause does not', () => {
    expect(introducesWords('Ada Quill told reporters after the vote on Tuesday:')).toBe(true);
    expect(introducesWords('The harbour board released the following statement:')).toBe(true);
    expect(
      introducesWords(
        'Quill says the crews were paid in full last week and the ferries will run again:',
      ),
    ).toBe(false);
    expect(introducesWords('Ada Quill said the ferries were late.')).toBe(false);
  });
});

describe('sound bites in square brackets, as broadcasters’ web copies print them', () => {
  it('“[Name / Title: …]” is the named speaker’s, up to the closing bracket', () => {
    expect(
      who(
        'Harbour talks fail again',
        'The two floor leaders met for about two hours on Tuesday, but no agreement was reached.',
        '[Ada Quill / Harbour Party Floor Leader: We needed many hours just to listen to one another.',
        'However, it is hard to say there has been any real progress.]',
        'The plenary session will go ahead on Wednesday as planned.',
      ),
    ).toEqual([
      ['Ada Quill', 'We needed many hours just to listen to one another.'],
      ['Ada Quill', 'However, it is hard to say there has been any real progress.]'],
    ]);
  });
});

describe('a member heading inside a story', () => {
  it('one heading after the story has begun is a caption: the paragraphs below are not that person’s', () => {
    const said = who(
      'Harbour fares to stay the same this year',
      'The harbour board said on Tuesday that ferry fares would not rise this year, after a month of protests on the islands.',
      'Ada Quill (Harbour North, Green Party)',
      'The board’s decision follows a campaign led by local councillors and the island’s ferry crews.',
      'The fares have risen every year since 2016, and the board had planned a rise of a fifth from May.',
    );
    expect(said.filter(([speaker]) => speaker === 'Ada Quill')).toEqual([]);
  });
});

describe('press conference transcripts: "Q." questions, answers labelled by name', () => {
  it('each answer is its labelled speaker’s, over the unlabelled paragraphs that go on with it', () => {
    expect(
      who(
        'HARBOUR OPEN',
        'March 4, 2025',
        'Ada Quill',
        'Brackwater, England',
        'THE MODERATOR: Questions, please.',
        'Q. You came back from a long injury. How did you keep going this week?',
        'ADA QUILL: Honestly I just took it one match at a time. I never looked at the draw.',
        'I knew the grass would suit me if I stayed patient.',
        'Q. Will you play the mixed doubles next year?',
        'ADA QUILL: I would love to, if my partner is ready for it.',
      ),
    ).toEqual([
      [
        'anonymous: the questioner',
        'You came back from a long injury. How did you keep going this week?',
      ],
      ['Ada Quill', 'Honestly I just took it one match at a time. I never looked at the draw.'],
      ['Ada Quill', 'I knew the grass would suit me if I stayed patient.'],
      ['anonymous: the questioner', 'Will you play the mixed doubles next year?'],
      ['Ada Quill', 'I would love to, if my partner is ready for it.'],
    ]);
  });
});

describe('a round-up of what they said: quotations signed "- Mr Holt on …"', () => {
  it('the honorific and surname are the person the article names in full', () => {
    expect(
      who(
        'Prime Minister Ben Holt campaigned in Eastmoor and opposition leader Ada Quill in Tarrow.',
        'WHAT THEY SAID:',
        '"We all want lower fares, but the opposition has no plan to pay for them."',
        '- Mr Holt on the ferry fares.',
        '"The prime minister has had six years to fix the ferries."',
        '- Ms Quill in response.',
      ),
    ).toEqual([
      ['Ben Holt', 'We all want lower fares, but the opposition has no plan to pay for them.'],
      ['Ada Quill', 'The prime minister has had six years to fix the ferries.'],
    ]);
  });
});

describe('post-game quotes: a speaker’s heading line, then topic lines and quoted paragraphs', () => {
  /** The page as a browser copy gives it: one line per paragraph, no blank lines. */
  const copied = (...lines: string[]) =>
    read(lines.join('\n')).quotes.map((q): [string | null, string] => [
      q.speaker,
      q.text.slice(0, 30),
    ]);

  it('each heading’s speaker says the quoted paragraphs under it, to the next heading', () => {
    expect(
      copied(
        'Women’s Volleyball Postgame Quotes',
        'Feb. 3, 2024',
        'Recap |  Box Score |  Photo Gallery',
        'HEAD COACH Ada Quill',
        'Opening statement:',
        '“We served well in the third set and that turned the match for us. I told them at the break to keep the ball deep and they did exactly that, which is hard to do against a side that blocks so well.”',
        'On whether the libero wasn’t ready:',
        '“She has been with us for two weeks and already talks more than anyone on the court. That is what you want from a libero, and the rest of the team feeds off her energy in the back row.”',
        'CAPTAIN Nell Hartigan',
        'On the comeback:',
        '“Nobody panicked when we lost the first set, we just kept talking to each other and trusted the plan that the coaches gave us before the match.”',
      ),
    ).toEqual([
      ['Ada Quill', 'We served well in the third se'],
      ['Ada Quill', 'She has been with us for two w'],
      ['Nell Hartigan', 'Nobody panicked when we lost t'],
    ]);
  });

  it('a byline above a story that opens with a quotation is no speaker’s heading', () => {
    const said = copied(
      'Harbour ferry fares to rise in spring',
      'Staff reporter Ada Quill',
      'Fares:',
      '“We have no choice,” said Ben Holt, who runs the ferry company, on Tuesday in a long interview with this newspaper.',
      '“The fuel bill has doubled since last year and the fares have not moved in all that time, so something had to give.”',
    );
    expect(said.map(([s]) => s)).not.toContain('Ada Quill');
  });

  it('titledHeadingName reads a title then a name, never a byline, a sentence or capitals alone', () => {
    expect(titledHeadingName('HEAD COACH Ada Quill')).toBe('Ada Quill');
    expect(titledHeadingName('Assistant Coach Ben Lin Holt')).toBe('Ben Lin Holt');
    for (const line of [
      'Staff reporter Ada Quill',
      'HEAD COACH ADA QUILL',
      'The coach said Ada Quill would start',
      'Ada Quill',
      'Coach of the Year Ada Quill Holt Smith',
    ])
      expect(titledHeadingName(line), line).toBeNull();
  });
});
