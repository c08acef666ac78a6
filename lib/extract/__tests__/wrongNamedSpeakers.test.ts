import { describe, expect, it } from 'vitest';
import { quotesOf, speakerAmong } from './inventedArticle.ts';

describe('a dateline is no part of the name after it', () => {
  it('a state’s abbreviation before a hyphen typed as a dash: “TARROW, Wash. - Ada Quill …”', () => {
    const found = quotesOf(
      'TARROW, Wash. - Mara Quell conceded the harbour board race on Thursday evening.',
      'In a statement, Quell said, "Tonight I called my opponent to wish him a good term."',
    );
    expect(speakerAmong(found, 'called my opponent')).toBe('Mara Quell');
  });
});

describe('a name described as an organisation speaks as one, never as a person', () => {
  it('one word, then “an activist organisation that …”', () => {
    const found = quotesOf(
      'Quorvel, an activist organization that rallies online backing for island causes, said it started a drive this month which 20,000 people have signed.',
      '"This is the moment to act," Quorvel Campaign Director Ilse Marran said.',
    );
    expect(speakerAmong(found, 'started a drive')).toBe('organisation: Quorvel');
    expect(speakerAmong(found, 'moment to act')).toBe('Ilse Marran');
  });

  it('two capitalised words, then “an advocacy network that …”; after “said” too', () => {
    const found = quotesOf(
      'Harbour Watch, an advocacy network that monitors the port, said it had filed a complaint with the tide board.',
      '"The port must close the old quay before winter," said Harbour Watch, an advocacy network for dock workers.',
    );
    expect(speakerAmong(found, 'filed a complaint')).toBe('organisation: Harbour Watch');
    expect(speakerAmong(found, 'close the old quay')).toBe('organisation: Harbour Watch');
  });

  it('a person described by a role or by a word organisations share stays a person', () => {
    const found = quotesOf(
      'Ada Quill, a rising star of the Tide Party, said the vote would be close.',
      'Dov Hask, an election observer from the island, said the count was fair.',
    );
    expect(speakerAmong(found, 'vote would be close')).toBe('Ada Quill');
    expect(speakerAmong(found, 'count was fair')).toBe('Dov Hask');
  });
});

describe('someone a person has (“Quill’s father”) is who a later pronoun means', () => {
  const lawyer =
    'Tomas Brell, a lawyer who represented the Quill family, spoke after the hearing: "Nothing will bring her back. The family will stay silent."';
  const father =
    'This calm stands in contrast to the family’s anger during the trial. Quill’s father gave evidence that his grief had made him ill. "Some nights I could not breathe for the weight of it," he told the court in June.';

  it('an unnamed relative of a person the article names: an anonymous source', () => {
    const found = quotesOf(
      'Jonas Vell was jailed for the death of his partner, Ada Quill, on the harbour road.',
      lawyer,
      father,
    );
    expect(speakerAmong(found, 'could not breathe')).toBe('anonymous: Quill’s father');
  });

  it('whoever the owner is, never the person named a sentence before', () => {
    const found = quotesOf(lawyer, father);
    expect(speakerAmong(found, 'Nothing will bring her back')).toBe('Tomas Brell');
    expect(speakerAmong(found, 'could not breathe') ?? 'none').not.toBe('Tomas Brell');
  });
});

describe('a quotation with an attribution of its own is never the person before', () => {
  const before = [
    'Dr Ada Quill declined to say whether any of the sick were pupils. She said the sickness appears unrelated to the harbour’s water.',
    'Quill said the patients are between 17 and 39 years old.',
  ];

  it('a document an organisation issues speaks for it: “…,” the release said', () => {
    const found = quotesOf(
      ...before,
      '"The illness spreads mostly through food that was not cooked well. Washing hands helps stop it," the release said.',
      '"Keep children away from the beach until Friday," the advisory warned.',
      'The lawsuit says the ferry company "ignored every warning from the crew for two years."',
    );
    expect(speakerAmong(found, 'food that was not cooked')).toBe('organisation: the release');
    expect(speakerAmong(found, 'away from the beach')).toBe('organisation: the advisory');
    expect(speakerAmong(found, 'ignored every warning')).toBe('organisation: The lawsuit');
  });

  it('a source no sieve reads (“the leaflet said”) leaves it open', () => {
    const found = quotesOf(
      ...before,
      '"Boil the water for a minute before you drink it," the leaflet said.',
    );
    expect(speakerAmong(found, 'Boil the water') ?? 'none').not.toBe('Ada Quill');
  });
});

describe('“Name of Organisation officials say”: the unnamed people speak, not the name', () => {
  it('a group or one role after an office’s name with “of”', () => {
    const found = quotesOf(
      'Health officials are looking into a measles outbreak among pupils. Westshire Division of Harbour Safety officials say the county has six confirmed cases.',
      'Bank of Tarrow analysts said the harbour fees would rise in the spring.',
      'Tarrow Board of Fisheries spokeswoman said the boats would stay in port until Monday.',
    );
    expect(speakerAmong(found, 'six confirmed cases')).toMatch(/^anonymous: Westshire Division/);
    expect(speakerAmong(found, 'fees would rise')).toMatch(/^anonymous: Bank of Tarrow/);
    expect(speakerAmong(found, 'stay in port')).toMatch(/^anonymous: Tarrow Board/);
  });

  it('a person named before “of” still speaks', () => {
    const found = quotesOf(
      'Ada Quill of the Harbour Party said the vote was fair.',
      'Tomas Vell of the party’s press office said the count would end on Friday.',
    );
    expect(speakerAmong(found, 'vote was fair')).toBe('Ada Quill');
    expect(speakerAmong(found, 'count would end')).toBe('Tomas Vell');
  });
});

describe('“X and his attorney denounced … and said”: both of them, never X alone', () => {
  it('a name and a role, or two names, before verbs joined by “and”', () => {
    const found = quotesOf(
      'His brother, Jin Dal-ho, has asked the harbour board to release the tapes.',
      'Jin and his attorney denounced the board’s ruling and said they may weigh a suit against the board.',
      'Ada Quill and Tomas Vell met the harbour board on Monday and said they would appeal the ruling.',
    );
    expect(speakerAmong(found, 'weigh a suit') ?? 'none').not.toMatch(/Jin/);
    expect(speakerAmong(found, 'appeal the ruling') ?? 'none').not.toMatch(/Ada Quill|Tomas Vell/);
  });

  it('one name before the joined verbs still speaks', () => {
    const found = quotesOf(
      'Tomas Vell met the harbour board on Monday and said he would appeal the ruling.',
    );
    expect(speakerAmong(found, 'appeal the ruling')).toBe('Tomas Vell');
  });
});

describe('a release that announces its statement with a full stop', () => {
  it('“…, Sen. Quell (D-Tarr.), issued the following statement.” then quoted paragraphs', () => {
    const found = quotesOf(
      '(TARROW) – The island council voted 7-2 on Thursday to close debate on the ferry bill. The bill’s sponsor, Sen. Quell (D-Tarr.), issued the following statement.',
      '"Today the council voted to move to a final vote on the ferry bill. It is time to move on.',
      'Those who fought the safety rules in this bill have lost."',
    );
    expect(speakerAmong(found, 'time to move on')).toBe('Quell');
    expect(speakerAmong(found, 'fought the safety rules')).toBe('Quell');
  });

  it('“the statement below.” too', () => {
    const found = quotesOf(
      'The harbour board met on Friday. Mayor Ada Quill and Tomas Vell spoke. The mayor released the statement below.',
      '"The quay will reopen on Monday for every boat."',
    );
    expect(speakerAmong(found, 'quay will reopen')).toBe('Ada Quill');
  });
});

describe('a record speaks for whoever issued it', () => {
  it('“Quill’s tweet said”: the person whose record it is', () => {
    const found = quotesOf(
      'Governor Ada Quill wrote about the border on Friday.',
      '"The island has waited long enough. Sad that it took this,’’ Quill’s tweet said. "Now we must act.’’',
      'Tarrow Freight’s statement said the ferry would run on Sunday.',
    );
    expect(speakerAmong(found, 'waited long enough')).toBe('Ada Quill');
    expect(speakerAmong(found, 'we must act')).toBe('Ada Quill');
    expect(speakerAmong(found, 'ferry would run')).toBe('organisation: Tarrow Freight’s statement');
  });

  it('“the panel said”, “according to the letter”: the body that issued it', () => {
    const found = quotesOf(
      'Ada Quill chairs the sea-level review.',
      '"The sea will rise faster than the models show," the panel said.',
      'According to the letter, at least 40 workers have been told to stay home.',
    );
    expect(speakerAmong(found, 'sea will rise')).toBe('organisation: the panel');
    expect(speakerAmong(found, 'told to stay home')).toBe('organisation: the letter');
  });
});

describe('“the report’s co-chair, Ada Quill of Tarrow College, told …”: the name between the commas', () => {
  it('a name with its employer between commas after a role, or after an opening phrase', () => {
    const found = quotesOf(
      'The report’s co-chair, Tomas Vell of Tarrow College, told the Harbour Wire: "If we keep acting as we are now, the quay will flood by 2040."',
      'In other words, Ada Quill of the Harbour Trust, said: "We will not wait for the next storm."',
    );
    expect(speakerAmong(found, 'quay will flood')).toBe('Tomas Vell');
    expect(speakerAmong(found, 'next storm')).toBe('Ada Quill');
  });
});

describe('a pronoun with its auxiliary contracted (“He’s claimed that …”)', () => {
  it('is the pronoun, never an organisation called “He’s”', () => {
    const found = quotesOf(
      'Jonas Vell, a ferry captain, lost his licence over the crash on the harbour road.',
      'He’s claimed that the brakes of the ferry failed before the crash.',
    );
    expect(speakerAmong(found, 'brakes of the ferry')).toBe('Jonas Vell');
  });
});

describe('“…,” said First Last of the Organisation', () => {
  it('a full name with where the speaker works is a person, even with a given name no list holds', () => {
    const found = quotesOf(
      '"The engineers have done their part and more," said Orrin Tadlow of the Union of Worried Engineers. "The risks are plain."',
    );
    expect(speakerAmong(found, 'done their part')).toBe('Orrin Tadlow');
    expect(speakerAmong(found, 'risks are plain')).toBe('Orrin Tadlow');
  });
});

describe('a verb in a question reports nothing: “When asked whether Tarrow had confirmed …, the spokesman said that …”', () => {
  it('the main clause’s speaker, never the subject of the question', () => {
    const found = quotesOf(
      'Ministry spokesman Tomas Vell told reporters on Tuesday that there had been many reports about the visitor.',
      'When asked whether Tarrow had confirmed the visitor’s name, the spokesman said that, as a rule, Tarrow made such visits public when it saw fit.',
    );
    expect(found.map(([who]) => who)).not.toContain('organisation: Tarrow');
    expect(found).toContainEqual([
      'Tomas Vell',
      'as a rule, Tarrow made such visits public when it saw fit',
    ]);
  });
});

describe('“… warned students on Monday …, and on Wednesday said …”: a day between “and” and the verb', () => {
  it('the verb is the first clause’s subject’s', () => {
    const found = quotesOf(
      'Tarrow College warned pupils on Monday about stomach bugs spreading through its halls, and on Wednesday said 14 pupils with the same complaints had been seen by nurses.',
    );
    expect(found).toContainEqual([
      'organisation: Tarrow College',
      '14 pupils with the same complaints had been seen by nurses',
    ]);
  });
});

describe('a title with a prefix of office (“Co-CEO”, “Vice-Chair”) before a name', () => {
  it('is a title, so the name after it is a person', () => {
    const found = quotesOf(
      'Harbour Foods (HBF) Co-CEO Tomas Vell says the best result is one where every side gains.',
      'Tide Board Vice-Chair Dara Pell said the vote would wait until May.',
    );
    expect(speakerAmong(found, 'every side gains')).toBe('Tomas Vell');
    expect(speakerAmong(found, 'wait until May')).toBe('Dara Pell');
  });
});

describe('“One of her old friends, Ilse Marran, wrote …”: one of a group of people is a person', () => {
  it('a full name after “one of … friends” is a person, not an organisation', () => {
    const found = quotesOf(
      'One of her old friends, Ilse Marran, replied under the photo, writing, “Stay strong, we stand beside you every step.”',
    );
    expect(speakerAmong(found, 'stand beside you')).toBe('Ilse Marran');
  });
});

describe('“Quill in a statement today claimed that …”: the record between the name and its verb', () => {
  it('is no part of the subject', () => {
    const found = quotesOf(
      'Earlier, Tarrow Minister for Transport Tomas Vell in a statement today claimed that boats from the mainland had entered its waters 14 times.',
      'Ada Quill in a letter on Monday said the quay would close.',
    );
    expect(speakerAmong(found, 'entered its waters')).toBe('Tomas Vell');
    expect(speakerAmong(found, 'quay would close')).toBe('Ada Quill');
  });
});
