import { describe, expect, it } from 'vitest';
import { article, read, who } from './inventedArticle.ts';

describe('an organisation, a document or an unnamed group speaks for itself', () => {
  it('“According to the letter, CLAUSE” and “the release said”: a document is the source, no person', () => {
    expect(
      who(
        article(
          'Harbour master Ilse Marrow wrote to the port board on Friday.',
          'According to the letter, forty dockers have been told to stay home this week.',
          '“Wash your hands before every shift and keep the tools apart,” the release said.',
        ),
      ),
    ).toEqual([
      ['organisation: the letter', 'forty dockers have been told to stay home this week'],
      ['organisation: the release', 'Wash your hands before every shift and keep the tools apart,'],
    ]);
  });

  it('a sentence-initial “According to the filing” printed without its comma ends at the clause’s pronoun', () => {
    expect(
      who(
        article(
          'According to the police filing they were seen at the quay on the night of the fire.',
        ),
      ),
    ).toEqual([
      ['organisation: the police filing', 'they were seen at the quay on the night of the fire'],
    ]);
  });

  it('“CLAUSE, according to X, but …” / “…, based at …” / “…, double …”: the clause before the source', () => {
    expect(
      who(
        article(
          'Norland Rail made the first offer for the ferry line, according to people close to the talks, but the price is still open.',
          'The tunnel will never be opened again, according to a Monday statement from the Vessby Mining Office, based in the old town hall.',
          'The chain had more than 60 shops as of last spring, according to Brindle Research, double the number a year before.',
        ),
      ),
    ).toEqual([
      [
        'anonymous: people close to the talks',
        'Norland Rail made the first offer for the ferry line',
      ],
      [
        'organisation: a Monday statement from the Vessby Mining Office',
        'The tunnel will never be opened again',
      ],
      ['organisation: Brindle Research', 'The chain had more than 60 shops as of last spring'],
    ]);
  });

  it('“When it was over, according to police, CLAUSE”: a subordinate clause first leaves the main clause after', () => {
    expect(
      who(
        article(
          'When the alarm was raised, according to harbour police, the two boats already left the bay.',
        ),
      ),
    ).toEqual([['organisation: harbour police', 'the two boats already left the bay']]);
  });
});

describe('a participle of speech after a body or an unnamed group', () => {
  it('“…, with the opposition saying …” / “with the envoys of the two states saying …”: the group “with” introduces', () => {
    expect(
      who(
        article(
          'The two camps traded blows over rents, with the opposition saying rents must be frozen for a year.',
          'The talks ended without a deal, with the envoys of the two states saying they are waiting for the royal speech.',
        ),
      ),
    ).toEqual([
      ['organisation: the opposition', 'rents must be frozen for a year'],
      ['anonymous: the envoys of the two states', 'they are waiting for the royal speech'],
    ]);
  });

  it('“The party hit back alleging that …”, “Police tweeted saying …”: no comma, a body speaks', () => {
    expect(
      who(
        article(
          'The Green Party hit back alleging that the mayor has done nothing for the small shops.',
          'The Vessby Police Department tweeted saying the driver of the stolen van was caught.',
          'Residents are praising the firemen saying the blaze could have spread to the whole street.',
        ),
      ),
    ).toEqual([
      ['organisation: Green Party', 'the mayor has done nothing for the small shops'],
      ['organisation: Vessby Police Department', 'the driver of the stolen van was caught'],
      ['anonymous: Residents', 'the blaze could have spread to the whole street'],
    ]);
  });

  it('a named person before the participle, or one as the subject, takes no words without a comma', () => {
    expect(
      who(
        article(
          'Fans cheered Ada Quill saying she had saved the club from ruin last year.',
          'Ada Quill hit back alleging that the mayor has done nothing for the small shops.',
        ),
      ),
    ).toEqual([]);
  });

  it('“… saying X while the ministers touted Y”: the participle’s clause ends at the contrast', () => {
    expect(
      who(
        article(
          'The camps traded blows, with the opposition saying rents must be frozen while the ministers touted a freeze would hurt builders.',
        ),
      ),
    ).toEqual([['organisation: the opposition', 'rents must be frozen']]);
  });

  it('“CLAUSE, the sources said, with a few of them noting …”: the sentence’s own report first', () => {
    expect(
      who(
        article(
          'The bid puts the merger on hold until June, the sources said, with a few of them noting the port might buy a stake.',
        ),
      ),
    ).toEqual([['anonymous: the sources', 'The bid puts the merger on hold until June']]);
  });
});

describe('a denial or a repetition reports the words of a body or a group', () => {
  it('“The militia on Tuesday denied it was behind …”, “Officials repeated several times that …”', () => {
    expect(
      who(
        article(
          'The Harbour Front militia on Tuesday denied it was behind a blast in the port last week.',
          'Officials repeated several times that the harbour water is safe for swimmers again.',
        ),
      ),
    ).toEqual([
      ['organisation: The Harbour Front militia', 'it was behind a blast in the port last week'],
      ['anonymous: Officials', 'the harbour water is safe for swimmers again'],
    ]);
  });

  it('“denied the charges and was denied bail”: an object, then a second verb, is no clause', () => {
    expect(
      who(
        article(
          'The port board denied the request and was told to pay the costs of the case.',
          'The ferry company announced the new timetable and was praised by the town council.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('“CLAUSE, the military said.”: a body or a crowd named by a common noun closes a clause', () => {
  it('the military, the panel, the club, medics and rebels speak for themselves, never as a person', () => {
    expect(
      who(
        article(
          'Three soldiers were hurt in a blast near the Vessby border post, the military said.',
          '“Pledges made so far put the safe limit beyond reach,” the panel said.',
          'The striker will miss the rest of the season with a knee injury, the club said.',
          'At least twelve people were taken to hospital overnight, medics said.',
          'The convoy was stopped at the bridge before dawn, the rebels said.',
        ),
      ),
    ).toEqual([
      [
        'organisation: the military',
        'Three soldiers were hurt in a blast near the Vessby border post',
      ],
      ['organisation: the panel', 'Pledges made so far put the safe limit beyond reach,'],
      ['organisation: the club', 'The striker will miss the rest of the season with a knee injury'],
      ['anonymous: medics', 'At least twelve people were taken to hospital overnight'],
      ['anonymous: the rebels', 'The convoy was stopped at the bridge before dawn'],
    ]);
  });
});

describe('“said in a new report CLAUSE”: the record the words were said in, then the clause', () => {
  it('reads the clause after “in a/the … statement/report” without “that”', () => {
    expect(
      who(
        article(
          'Two marine biologists said in a fresh report the coral cover on the outer reef has halved since 2000.',
          'The port authority said on Monday in a brief statement the north bridge would reopen on Friday.',
          'The harbour board said in a statement on Friday.',
        ),
      ),
    ).toEqual([
      [
        'anonymous: Two marine biologists',
        'the coral cover on the outer reef has halved since 2000',
      ],
      ['organisation: The port authority', 'the north bridge would reopen on Friday'],
    ]);
  });
});

describe('“The Sea Brotherhood, or Sons of the Tide, said”: a body under another name', () => {
  it('an appositive opened by “or” renames the body; it never makes the body a person', () => {
    expect(
      who(
        article(
          'The Sea Brotherhood, or Sons of the Tide, said it would free the sailors unless the navy withdraws.',
        ),
      ),
    ).toEqual([
      ['organisation: Sea Brotherhood', 'it would free the sailors unless the navy withdraws'],
    ]);
  });
});

describe('“X warned … on Monday, and on Wednesday said CLAUSE”: a day between “and” and its verb', () => {
  it('the joined verb keeps the sentence’s subject, a body here', () => {
    expect(
      who(
        article(
          'Vessby College told parents on Monday about colds going round the dorms, and on Wednesday said 14 students had been seen by a nurse.',
        ),
      ),
    ).toEqual([['organisation: Vessby College', '14 students had been seen by a nurse']]);
  });

  it('a publication reporting: “The Olstad Courier reports (http://…) CLAUSE”, “X reports NAME will …”', () => {
    expect(
      who(
        article(
          'Norland Rail is close to buying the Vessby ferry line.',
          'The Olstad Courier reports (http://olst.ad/x7Kq2) talks were going on through Sunday and a deal could come on Monday.',
          'The line would keep its own crews, though, The Harbour Ledger reports Brindle Ferries will need a new licence to sail under its new owner.',
        ),
      ),
    ).toEqual([
      [
        'organisation: Olstad Courier',
        'talks were going on through Sunday and a deal could come on Monday',
      ],
      [
        'organisation: Harbour Ledger',
        'Brindle Ferries will need a new licence to sail under its new owner',
      ],
    ]);
  });

  it('“According to sources, CLAUSE” with a quoted title or two in it is the sources’ reported clause', () => {
    expect(
      who(
        article(
          'The harbour board met on Tuesday before the vote.',
          'According to sources, the room went quiet when Ada Quill greeted Tomas Vell as “Harbour Master” and Ben Holt as “Deputy.”',
        ),
      ),
    ).toEqual([
      [
        'anonymous: sources',
        'the room went quiet when Ada Quill greeted Tomas Vell as “Harbour Master” and Ben Holt as “Deputy.”',
      ],
    ]);
  });

  it('“In its report, “TITLE,” the research firm says that CLAUSE”: the source starts after the quoted title', () => {
    expect(
      who(
        article(
          'Brindle Research looked at ferry ticket sales across the coast.',
          'In its report, "Harbour Travel Outlook: Why Small Ports Are Not Done Yet," the research firm says that small ports now sell one ticket in five and will sell one in three by 2030.',
        ),
      ),
    ).toEqual([
      [
        'organisation: the research firm',
        'small ports now sell one ticket in five and will sell one in three by 2030',
      ],
    ]);
  });

  it('“… under fire from the Harbour Democrats who claim that CLAUSE”: the party speaks, no person', () => {
    expect(
      who(
        article(
          'Premier Tomas Vell defended the new ferry levy on Monday.',
          'His cabinet is already taking heat from the Harbour Democrats who claim that the levy is draining money from the island schools.',
        ),
      ),
    ).toEqual([
      ['organisation: the Harbour Democrats', 'the levy is draining money from the island schools'],
    ]);
  });

  it('“After a surgeon from X warned CLAUSE, …” and “the association has now said that CLAUSE”: an indefinite role after a subordinator, “now” before the verb', () => {
    expect(
      who(
        article(
          'Wards across the coast filled up during the cold spell.',
          'After a surgeon from Olstad University Hospital warned his ward was only a week away from closing, more doctors spoke out.',
          'The Tarrow Nurses Association has now said that a dozen other wards could close before spring.',
        ),
      ),
    ).toEqual([
      [
        'anonymous: a surgeon from Olstad University Hospital',
        'his ward was only a week away from closing',
      ],
      ['organisation: Tarrow Nurses Association', 'a dozen other wards could close before spring'],
    ]);
  });
});

describe('a document that speaks as the subject of the clause introducing a quotation', () => {
  it('“The survey did offer one caution:”, “… blog had a line:”, “… of the press release read:”, “The ads hinted that …:”: the document, not the clause', () => {
    expect(
      who(
        article(
          'The survey did offer one caution: “Walkers were asked only once how far they walked in a week.”',
          'The Kestrel Courier health blog had a line: “Nobody tested whether the walkers slept any better.”',
          'The second paragraph – the fourth sentence in all – of the press release read: “The walkers chose their own routes, so the trial proves little about distance.”',
          'The ads hinted that the kettle would come in six colours: "The first kettle that matches your kitchen."',
          'The report carried one warning: “Forecasts beyond ten years are little better than guesses.”',
        ),
      ),
    ).toEqual([
      ['organisation: The survey', 'Walkers were asked only once how far they walked in a week.'],
      [
        'organisation: The Kestrel Courier health blog',
        'Nobody tested whether the walkers slept any better.',
      ],
      [
        'organisation: the press release',
        'The walkers chose their own routes, so the trial proves little about distance.',
      ],
      ['organisation: The ads', 'The first kettle that matches your kitchen.'],
      ['organisation: The report', 'Forecasts beyond ten years are little better than guesses.'],
    ]);
  });

  it('“An editorial printed beside the results in … stated that … “…””: the editorial, however long the phrase after it', () => {
    expect(
      who(
        article(
          'An editorial printed beside the results in the Tarrow Medical Journal stated that the link was plausible but “the size of the effect was small and easily confounded.”',
        ),
      ),
    ).toEqual([
      ['organisation: An editorial', 'the size of the effect was small and easily confounded.'],
    ]);
  });

  it('a person’s report, or people named with the document, are not the document speaking', () => {
    expect(
      read(
        article(
          'Ada Quill’s report had one line on it: “The harbour cannot take more ferries.”',
          'Authors of the survey said: “Walkers were asked only once how far they walked in a week.”',
        ),
      ).quotes.map((q) => q.source),
    ).not.toContain('the survey');
  });
});

describe('a relative clause of speech after a body or a group of unnamed people', () => {
  it('“X (TICKER), which announced last week that …,” / “the harbour board, which said … that …,”: the body, the clause up to its closing comma', () => {
    expect(
      who(
        article(
          'Norland Rail (NRL), which announced last week that its Olstad depots would close, lost money.',
          'Fares rose after the harbour board, which said on Monday that the ferry would stop, met again.',
        ),
      ),
    ).toEqual([
      ['organisation: Norland Rail', 'its Olstad depots would close'],
      ['organisation: the harbour board', 'the ferry would stop'],
    ]);
  });

  it('“including divers who testified that …”, “…, said the inspectors, who added that …”: the people, unnamed, whatever their noun', () => {
    expect(
      who(
        article(
          'Prosecutors called 40 witnesses, including divers who testified that the captain had been drinking.',
          'The new tiles resist frost, cracks and damp, said the inspectors, who added that they were replacing 50 roofs each year.',
        ),
      ),
    ).toEqual([
      ['anonymous: divers', 'the captain had been drinking'],
      ['anonymous: the inspectors', 'The new tiles resist frost, cracks and damp'],
      ['anonymous: the inspectors', 'they were replacing 50 roofs each year'],
    ]);
  });

  it('“CLAUSE, the source, who said …, told the Kestrel Courier”: the relative clause inside the attribution reports nothing of its own', () => {
    expect(
      who(
        article(
          'The two envoys hid in a barn after the storm, the source, who said she knew the farmer’s family, told the Kestrel Courier.',
        ),
      ),
    ).toEqual([['anonymous: the source', 'The two envoys hid in a barn after the storm']]);
  });
});

describe('a group of unnamed people printed in capitals like a name', () => {
  it('“Vessby County Public Health Officials say …”, “Harbour Sources said …”: the group, unnamed, never a person called “Health Officials”', () => {
    const quotes = read(
      article(
        'The Vessby County Public Health Officials say they have confirmed 42 cases of measles.',
        'Tarrow Harbour Security Officers said the gates were locked before midnight.',
      ),
    ).quotes;
    expect(quotes.map((q) => [q.speaker, q.sourceKind, q.source])).toEqual([
      [null, 'anonymous', 'Vessby County Public Health Officials'],
      [null, 'anonymous', 'Tarrow Harbour Security Officers'],
    ]);
  });

  it('a surname that only looks plural is still the person’s (“Ada Williams said”)', () => {
    expect(
      who(
        article(
          'Harbour chief Ada Williams spoke on Monday.',
          'Ada Williams said the gates were locked before midnight on the quay.',
        ),
      ),
    ).toEqual([['Ada Williams', 'the gates were locked before midnight on the quay']]);
  });
});

describe('a body, then an aside set off by commas, then its verb of speech', () => {
  it('“The ministry, however, said”, “The study, published … in a journal, noted that”, “The union, which represents …, said”: the body', () => {
    expect(
      who(
        article(
          'The ministry, however, said the bridge would stay shut until spring.',
          'The study, published Wednesday in the journal Tarrow Science, noted that the galaxy resembles ours in two ways.',
          'The report, released on Monday by the harbour board, said the docks were losing money.',
          'The union, which represents 3,000 dockers, said the strike would go ahead on Monday.',
        ),
      ),
    ).toEqual([
      ['organisation: The ministry', 'the bridge would stay shut until spring'],
      ['organisation: The study', 'the galaxy resembles ours in two ways'],
      ['organisation: The report', 'the docks were losing money'],
      ['organisation: The union', 'the strike would go ahead on Monday'],
    ]);
  });

  it('a person before the aside is still the person (“Ada Quill, however, said”)', () => {
    expect(
      who(article('Ada Quill, however, said the bridge would stay shut until spring.')),
    ).toEqual([['Ada Quill', 'the bridge would stay shut until spring']]);
  });
});

describe('a word of degree opening a reported clause', () => {
  it('“officials said only four slicks …”, “the bureau says nearly 600 homes …”, “said just three …”: the clause, its first word included', () => {
    expect(
      who(
        article(
          'Harbour officials said only four slicks of diesel still drifted off the pier.',
          'The weather bureau says nearly 600 homes were left without roofs in the storm.',
          'Port workers said just three ferries sailed on the first day of the strike.',
        ),
      ),
    ).toEqual([
      ['anonymous: Harbour officials', 'only four slicks of diesel still drifted off the pier'],
      ['organisation: The weather bureau', 'nearly 600 homes were left without roofs in the storm'],
      ['anonymous: Port workers', 'just three ferries sailed on the first day of the strike'],
    ]);
  });
});

describe('a body’s verb and object, then “and said …”', () => {
  it('“Norland Rail contested that figure, and said that …”, “The company denied any wrongdoing and said …”, “The harbour police published sketches … and said …”: the body, the clause after the verb of speech', () => {
    expect(
      who(
        article(
          'Norland Rail contested that figure, and said that the tunnel had passed every safety check.',
          'The company denied any wrongdoing and said it would appeal the fine in the spring.',
          'The harbour police published sketches of the pair and said both men had left Olstad by boat.',
          'The ministry rejected the report, and added that the figures were out of date.',
        ),
      ),
    ).toEqual([
      ['organisation: Norland Rail', 'the tunnel had passed every safety check'],
      ['organisation: The company', 'it would appeal the fine in the spring'],
      ['organisation: The harbour police', 'both men had left Olstad by boat'],
      ['organisation: The ministry', 'the figures were out of date'],
    ]);
  });

  it('a clause before “and said” is still the first verb’s (“said the plan was late and added …”)', () => {
    expect(
      who(
        article(
          'The ministry said the new ferry was late and added that the old one would sail until May.',
        ),
      ).map(([, text]) => text)[0],
    ).toMatch(/^the new ferry was late/);
  });
});
