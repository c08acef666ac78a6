import { describe, expect, it } from 'vitest';
import { nameRuns } from '../nameRuns.ts';
import { parseNameRun } from '../parseNameRun.ts';
import { tokenize } from '../tokenize.ts';
import { article, who } from './inventedArticle.ts';

const nameOf = (run: string) => parseNameRun(tokenize(run));

describe('a speaker’s name without the title printed before it', () => {
  it('an abbreviated title in capitals ends the title phrase before a full name', () => {
    expect(nameOf('Green Party TD Aoife Kearns')).toEqual({
      title: 'Green Party TD',
      name: ['Aoife', 'Kearns'],
    });
    expect(nameOf('North Harbour MLA Rory Teague')?.name).toEqual(['Rory', 'Teague']);
    expect(
      who(article('“The board failed everyone,” said Green Party TD Aoife Kearns on Tuesday.')),
    ).toEqual([['Aoife Kearns', 'The board failed everyone,']]);
  });

  it('but not before a single word, nor in a name printed in capitals', () => {
    expect(nameOf('NHS Lothian')?.name).toEqual(['NHS', 'Lothian']);
    expect(nameOf('AOIFE KEARNS')?.name).toEqual(['AOIFE', 'KEARNS']);
  });

  it('a name printed twice in a row (a caption repeating its picture’s text) is one name', () => {
    expect(nameOf('Dana Whitcombe Dana Whitcombe')?.name).toEqual(['Dana', 'Whitcombe']);
    expect(nameOf('Dana Whitcombe Dana Price')?.name).toEqual([
      'Dana',
      'Whitcombe',
      'Dana',
      'Price',
    ]);
    expect(
      who(
        article(
          'Dana Whitcombe Dana Whitcombe left the court on Monday.',
          '“I regret what I did,” Whitcombe told reporters.',
        ),
      ),
    ).toEqual([['Dana Whitcombe', 'I regret what I did,']]);
  });

  it('titles and role nouns of news: Taoiseach, Tánaiste, Justices, lobbyist', () => {
    expect(nameOf('Taoiseach Ronan Keogh')).toEqual({
      title: 'Taoiseach',
      name: ['Ronan', 'Keogh'],
    });
    expect(nameOf('Tánaiste Ciara Mooney')?.name).toEqual(['Ciara', 'Mooney']);
    expect(nameOf('Justices Anil Varma')?.name).toEqual(['Anil', 'Varma']);
    expect(nameOf('Lobbyist Dana Whitcombe')?.name).toEqual(['Dana', 'Whitcombe']);
  });
});

describe('a whip’s and a police rank’s title, and a day between a speaker and the verb', () => {
  it('“House Harbour Whip Lena V. Stroud (NH)” and “Sgt. Milo Brack” are people, without their titles', () => {
    expect(nameOf('House Harbour Whip Lena V. Stroud')).toEqual({
      title: 'House Harbour Whip',
      name: ['Lena', 'V.', 'Stroud'],
    });
    expect(nameOf('Sgt Milo Brack')?.name).toEqual(['Milo', 'Brack']);
    expect(
      who(
        article(
          'House Harbour Whip Lena V. Stroud (NH) released the following statement:',
          '“The tide bill passed today is overdue.”',
          'A crate had been left on the quay, Sgt. Milo Brack said later by phone.',
        ),
      ),
    ).toEqual([
      ['Lena V. Stroud', 'The tide bill passed today is overdue.'],
      ['Milo Brack', 'A crate had been left on the quay'],
    ]);
  });

  it('“Stroud on Saturday told …” and “Stroud today said …” are Stroud’s', () => {
    const said = who(
      article(
        'Lena Stroud chairs the tide board.',
        'To end the row, Stroud on Saturday told the members she would move the vote to June.',
        'Stroud today said: “We finally did what we had to do.”',
      ),
    );
    expect(said).toEqual([
      ['Lena Stroud', 'she would move the vote to June'],
      ['Lena Stroud', 'We finally did what we had to do.'],
    ]);
  });
});

describe('an imperative that opens a line is no part of a name', () => {
  it('“Let Quill be Quill” names Quill, not “Let Quill”', () => {
    const text = [
      'Sat., Mar. 4, 2023, noon',
      'Let Quill be Quill',
      'Today I turn another year older, and so, it happens, does Ada Quill’s? Quill would be 90 this year.',
      'She sparred for years with the harbour board. Quill once said of the board, “Our quarrels kept the harbour honest.”',
    ].join('\n');
    expect(who(text)).toEqual([['Ada Quill', 'Our quarrels kept the harbour honest.']]);
  });
});

describe('honorifics and post-nominal letters are titles, never part of a speaker’s name', () => {
  it('Malaysian honorifics before a name: “Tan Sri”, “Datuk Seri”, “Dato’”, “Tun Dr”', () => {
    expect(nameOf('Tan Sri Rahim Kassan')).toEqual({ title: 'Tan Sri', name: ['Rahim', 'Kassan'] });
    expect(nameOf('Deputy Minister Datuk Seri Nor Azlan Idris')?.name).toEqual([
      'Nor',
      'Azlan',
      'Idris',
    ]);
    expect(nameOf('Dato’ Farah Wahid')?.name).toEqual(['Farah', 'Wahid']);
    expect(nameOf('Tun Dr Hamzah Yusri')?.name).toEqual(['Hamzah', 'Yusri']);
    // "Tan" alone is a surname, "Sri" alone a given name.
    expect(nameOf('Tan Wei Ling')?.name).toEqual(['Tan', 'Wei', 'Ling']);
    expect(nameOf('Sri Ayu Lestari')?.name).toEqual(['Sri', 'Ayu', 'Lestari']);
    expect(
      who(
        article(
          'Home Minister Tan Sri Rahim Kassan said the ferry link would reopen in May.',
          '“We will not wait for another season,” Rahim Kassan told reporters.',
        ),
      ),
    ).toEqual([
      ['Rahim Kassan', 'the ferry link would reopen in May'],
      ['Rahim Kassan', 'We will not wait for another season,'],
    ]);
  });

  it('letters after a name (QC, TD, MP, OBE) are a title; a generation (Jr.) stays in the name', () => {
    expect(nameOf('Judge Orla Fenwick QC')).toEqual({
      title: 'Judge',
      name: ['Orla', 'Fenwick'],
      postNominal: 'QC',
    });
    expect(nameOf('Ciaran Brody TD')?.name).toEqual(['Ciaran', 'Brody']);
    expect(nameOf('Mabel Rook MP OBE')?.name).toEqual(['Mabel', 'Rook']);
    // A member of a devolved or state assembly: the Senedd's AM and MS, a council's MLC.
    expect(nameOf('Gethin Pryce AM')?.name).toEqual(['Gethin', 'Pryce']);
    expect(nameOf('Nerys Vaughan MS')?.name).toEqual(['Nerys', 'Vaughan']);
    expect(nameOf('Colin Barrow MLC')?.name).toEqual(['Colin', 'Barrow']);
    // Two offices one person holds, joined by a hyphen: a title, no part of the name.
    expect(nameOf('County Sheriff-Coroner Wes Harlan')?.name).toEqual(['Wes', 'Harlan']);
    expect(
      who(
        article('The opposition’s health spokesman, Gethin Pryce AM, said: “The wards are full.”'),
      ),
    ).toEqual([['Gethin Pryce', 'The wards are full.']]);
    expect(nameOf('Walter Penn Jr.')?.name).toEqual(['Walter', 'Penn', 'Jr.']);
    expect(
      who(
        article(
          'Judge Orla Fenwick QC said: “The harm done here cannot be undone.”',
          'Walter Penn Jr. runs the mill. “We start again on Monday,” Penn said.',
        ),
      ),
    ).toEqual([
      ['Orla Fenwick', 'The harm done here cannot be undone.'],
      ['Walter Penn Jr.', 'We start again on Monday,'],
    ]);
  });

  it('a portfolio or an assembly between a title and the name is part of the title', () => {
    expect(nameOf('Finance Moira Kinsella')).toEqual({
      title: 'Finance',
      name: ['Moira', 'Kinsella'],
    });
    expect(nameOf('National Assembly Tariq Hamdani')?.name).toEqual(['Tariq', 'Hamdani']);
    expect(nameOf('Senate President Pro Tempore Lino Abad')?.name).toEqual(['Lino', 'Abad']);
    expect(nameOf('CM Abad')).toEqual({ title: 'CM', name: ['Abad'] });
    expect(nameOf('PM Abad')).toEqual({ title: 'PM', name: ['Abad'] });
    expect(
      who(
        article(
          '“The scheme was closed last year,” Minister for Finance Moira Kinsella said.',
          '“It was never meant to last,” Ms Kinsella said.',
        ),
      ),
    ).toEqual([
      ['Moira Kinsella', 'The scheme was closed last year,'],
      ['Moira Kinsella', 'It was never meant to last,'],
    ]);
  });
});

describe('a surname used alone is the full name the article prints once', () => {
  it('a titled full name in a title-cased headline completes a lone surname', () => {
    const text = [
      'Briefing by President Oskar Lindqvist Brand with Harbour Chief Mira Sol',
      '',
      'PRESIDENT BRAND: The ferries will run again in spring, and we will pay for them.',
      '',
      '“We owe the islands that much,” Brand said.',
    ].join('\n');
    expect(who(text)).toContainEqual(['Oskar Lindqvist Brand', 'We owe the islands that much,']);
    expect(who(text).map(([w]) => w)).not.toContain('Brand');
  });

  it('but not when the headline prints two full names with that surname', () => {
    const text = [
      'Talks With President Oskar Brand And Minister Ella Brand',
      '',
      '“We owe the islands that much,” Brand said.',
    ].join('\n');
    expect(who(text).map(([w]) => w)).not.toContain('Oskar Brand');
    expect(who(text).map(([w]) => w)).not.toContain('Ella Brand');
  });
});

describe('an office printed after the name, between commas', () => {
  it('“X, Regional Councilor for Tourism, added that “…”” is X’s, and so is the “he added” after it', () => {
    const said = who(
      article(
        'Jon Kellaway, chief of Ferrox, said that “we will grow.”',
        'Dario Lenti, Regional Councilor for Tourism, added that “A new day begins!” “Things rarely happen by luck” – he added – “and we worked through the winter.”',
      ),
    );
    expect(said).toContainEqual(['Dario Lenti', 'A new day begins!']);
    expect(said).toContainEqual(['Dario Lenti', 'Things rarely happen by luck']);
    expect(said.filter(([w]) => w === 'Jon Kellaway')).toHaveLength(1);
  });
});

describe('a role mention and a family name that come first', () => {
  it('“the transport minister” is not the person titled Prime Minister', () => {
    const said = who(
      article(
        'Harbour Prime Minister Tomas Vell met the delegation on Monday.',
        'Only three officials attended the talks, the transport minister told the assembly today.',
      ),
    );
    expect(said.map(([w]) => w)).not.toContain('Tomas Vell');
  });

  it('“Goh Wei Lun … Goh said”: a three-word name whose first word the text uses alone is a person', () => {
    const said = who(
      article(
        'The ferry talks will resume in June, said Goh Wei Lun.',
        'Goh was answering a question in parliament. He said the ferry would be rebuilt.',
      ),
    );
    expect(said).toContainEqual(['Goh Wei Lun', 'The ferry talks will resume in June']);
    expect(said).toContainEqual(['Goh Wei Lun', 'the ferry would be rebuilt']);
  });
});

describe('military ranks, a clerk, a Teachta and a Menteri Besar are titles, not names', () => {
  it('reads the name after them', () => {
    expect(nameOf('Lt. Col. Ada Quill')).toEqual({ title: 'Lt. Col.', name: ['Ada', 'Quill'] });
    expect(nameOf('Col Ada Quill')?.name).toEqual(['Ada', 'Quill']);
    expect(nameOf('Village Clerk Ada Quill')?.name).toEqual(['Ada', 'Quill']);
    expect(nameOf('Teachta Quill')).toEqual({ title: 'Teachta', name: ['Quill'] });
    expect(nameOf('Harbour Menteri Besar Farid Osman')?.name).toEqual(['Farid', 'Osman']);
  });

  it('so the person they title speaks, under the name alone', () => {
    expect(
      who(
        article(
          'Harbour Party TD for Westvale, Orla Keogh, has called on the minister to resign.',
          'Teachta Keogh said: “The minister has misled the house twice this week.”',
        ),
      ),
    ).toEqual([['Orla Keogh', 'The minister has misled the house twice this week.']]);
  });
});

describe('a body’s or a portfolio’s name between a long title and the name', () => {
  it('any capitalised words ending in an organisation or portfolio word qualify the title', () => {
    expect(nameOf('Provincial Assembly Tomas Varga')).toEqual({
      title: 'Provincial Assembly',
      name: ['Tomas', 'Varga'],
    });
    expect(nameOf('Higher Education Ruth Okafor')).toEqual({
      title: 'Higher Education',
      name: ['Ruth', 'Okafor'],
    });
    // Not before a single name word, nor with no organisation or portfolio word.
    expect(nameOf('Provincial Assembly Varga')?.title).toBeNull();
    expect(nameOf('Kestrel Bay Tomas Varga')?.title).toBeNull();
  });

  it('“Minister of State for Higher Education NAME said” and the inverted long titles', () => {
    expect(
      who(
        article('Minister of State for Higher Education Ruth Okafor said: “Fees will not rise.”'),
      ),
    ).toEqual([['Ruth Okafor', 'Fees will not rise.']]);
    expect(
      who(
        article(
          '“The tram will run by the spring,” said the deputy mayor of Kestrel Bay, Ines Morrow.',
          '“We will oppose this budget,” said Leader of the Opposition in the Provincial Assembly Tomas Varga.',
        ),
      ),
    ).toEqual([
      ['Ines Morrow', 'The tram will run by the spring,'],
      ['Tomas Varga', 'We will oppose this budget,'],
    ]);
    // A name before the "of" phrase is the speaker, not the body after it.
    expect(
      who(article('“We will oppose this budget,” said Tomas Varga of the Harbour Party.')),
    ).toEqual([['Tomas Varga', 'We will oppose this budget,']]);
  });
});

describe('a middle initial that reads as a word, and a club’s “of” name before a role', () => {
  it('“Jonas A. Whitfield” and “Ruth I. Marlow” keep their initial: no surname alone', () => {
    expect(
      who(
        article(
          'Speaking about the contract, Jonas A. Whitfield, chief executive of Orlan Labs, said, “We won this order fairly and early.”',
          'Ruth I. Marlow, the firm’s finance director, said “the cash arrives in March.”',
        ),
      ),
    ).toEqual([
      ['Jonas A. Whitfield', 'We won this order fairly and early.'],
      ['Ruth I. Marlow', 'the cash arrives in March.'],
    ]);
  });

  it('“Lions of Delta coach Milo Brant says”: the name after the role speaks, never the club', () => {
    const found = who(
      article(
        'Lions of Delta coach Milo Brant says his team were the better side in the 2-0 win over Port Ester on Sunday.',
        '“We kept the ball well and scored when it mattered,” he said.',
        'Bank of Tarrow chief executive Nadia Orsk said the loan book would grow next year.',
      ),
    );
    expect(found.map(([name]) => name)).toEqual(['Milo Brant', 'Milo Brant', 'Nadia Orsk']);
  });
});

describe('an appositive ending in a city and its state before the verb', () => {
  it('“Dr. Lena Farrow, a hydrologist with … in Tarrow, Nevada, said”: the state speaks for nobody', () => {
    expect(
      who(
        article(
          'Dr. Lena Farrow, a regional hydrologist with the Basin Research Institute in Tarrow, Nevada, said, “When the rain fails, we go fishing.”',
        ),
      ),
    ).toEqual([['Lena Farrow', 'When the rain fails, we go fishing.']]);
  });

  it('and with a relative clause after the place: “…in Duluth, Minnesota, who ran the trial, told”', () => {
    expect(
      who(
        article(
          '“The results are excellent,” Dr. Ivo Kessel, a blood specialist at the Harbour Clinic in Duluth, Minnesota, who ran the trial, told The Courier.',
        ),
      ),
    ).toEqual([['Ivo Kessel', 'The results are excellent,']]);
  });
});

describe('“Prof” without its full stop, and “NAME from ORG” after a clause opener', () => {
  it('“Prof Amsel explained” is the professor, not an organisation called “Prof Amsel”', () => {
    expect(who(article('“Every year we wait costs us more ice,” Prof Amsel explained.'))).toEqual([
      ['Amsel', 'Every year we wait costs us more ice,'],
    ]);
  });

  it('“But Omar Qadri from the group’s political office said …” and “And Ana Kowal of … said”', () => {
    const found = who(
      article(
        'But Omar Qadri from the group’s political office said on Monday that a “renewal” of talks had begun.',
        'And Ana Kowal of the Tarrow Institute said that “the data is clear”.',
      ),
    );
    expect(found.map(([name]) => name)).toEqual(['Omar Qadri', 'Ana Kowal']);
  });
});

describe('an age after a full name whose given name no list holds', () => {
  it('“said Tamrak Besholi, 29, who …” is a person, not an organisation', () => {
    expect(
      who(
        article(
          '“Not one wall was left standing,” said Tamrak Besholi, 29, who was visiting his family in the valley for a festival. “No one sleeps indoors now.”',
        ),
      ),
    ).toEqual([
      ['Tamrak Besholi', 'Not one wall was left standing,'],
      ['Tamrak Besholi', 'No one sleeps indoors now.'],
    ]);
  });
});

describe('a surname that is also a role word', () => {
  it('a subordinator that opens a sentence is no part of the name after it (“Unless”, “Whenever”)', () => {
    for (const text of [
      'Unless Ada Quill agrees, the plan fails.',
      'Whenever Ada Quill spoke, the hall listened.',
    ])
      expect(
        nameRuns(tokenize(text)).map((r) => r.run.map((t) => t.text)),
        text,
      ).toEqual([['Ada', 'Quill']]);
  });

  it('every courtesy title is a title before a name: “Miss”, “Mx” and “Baroness” as “Mr” and “Dame”', () => {
    for (const title of ['Miss', 'Mx', 'Baroness', 'Mr', 'Dame'])
      expect(nameOf(`${title} Ada Quill`), title).toEqual({ title, name: ['Ada', 'Quill'] });
  });

  it('“Judge Harold Pastor”, “Coach Jim Boss”: the last word is the surname, not a title', () => {
    expect(nameOf('Judge Harold Pastor')).toEqual({ title: 'Judge', name: ['Harold', 'Pastor'] });
    expect(nameOf('Coach Jim Boss')?.name).toEqual(['Jim', 'Boss']);
    // The given name is known with its accents as without them ("Jérôme" is "Jerome").
    expect(nameOf('Judge Jérôme Pastor')).toEqual({ title: 'Judge', name: ['Jérôme', 'Pastor'] });
    expect(nameOf('The Prime Minister')).toBeNull();
    // After a courtesy title, a title word that is a given name ("Dean") is the given name.
    expect(nameOf('Dr Dean Marshall')).toEqual({ title: 'Dr', name: ['Dean', 'Marshall'] });
    expect(nameOf('Professor Dean Marshall')).toEqual({
      title: 'Professor Dean',
      name: ['Marshall'],
    });
    expect(
      who(
        article(
          'After the hearing, Judge Harold Pastor said that Vance was “a danger to the town”.',
        ),
      ),
    ).toEqual([['Harold Pastor', 'a danger to the town']]);
  });
});

describe('a job printed as a title before a full name', () => {
  it('“Paraeducator Ada Quill”, “Firefighter Tom Reyes”: the job word is a title, not a name word', () => {
    expect(nameOf('Paraeducator Ada Quill')).toEqual({
      title: 'Paraeducator',
      name: ['Ada', 'Quill'],
    });
    expect(nameOf('Firefighter Tom Reyes')?.name).toEqual(['Tom', 'Reyes']);
    expect(nameOf('Hygienist Laura Benning')?.name).toEqual(['Laura', 'Benning']);
    expect(nameOf('Paramedic Owen Carrow')?.name).toEqual(['Owen', 'Carrow']);
    // A job that ends with a role noun is a title before a given name no list holds.
    expect(nameOf('Screenwriter Orsa Vellimund')?.name).toEqual(['Orsa', 'Vellimund']);
    expect(nameOf('Songwriter Tamsk Orrin')?.name).toEqual(['Tamsk', 'Orrin']);
    expect(
      who(
        article(
          'Screenwriter Orsa Vellimund stayed in Tarnhollow while the crew filmed by the coast.',
          '“I read every page twice before the first day,” Vellimund said.',
        ),
      ),
    ).toEqual([['Orsa Vellimund', 'I read every page twice before the first day,']]);
    expect(
      who(
        article(
          'Firefighter Tom Reyes carried a neighbour down four flights on Friday night.',
          '“The smoke was so thick I worked by touch,” said Reyes.',
        ),
      ),
    ).toEqual([['Tom Reyes', 'The smoke was so thick I worked by touch,']]);
  });

  it('but a surname with a job’s ending stays a name: no given name after it, or too short a word', () => {
    expect(nameOf('Baker Mayfield')?.name).toEqual(['Baker', 'Mayfield']);
    expect(nameOf('Fletcher Quillon Marsh')?.name).toEqual(['Fletcher', 'Quillon', 'Marsh']);
    expect(nameOf('Taylor Ada Quill')?.name).toEqual(['Taylor', 'Ada', 'Quill']);
  });
});

describe('a two-letter surname after its particle', () => {
  it('“coach Tomas de Sa”: the word after “de” is a surname, not a company’s “SA”', () => {
    for (const [line, role, name] of [
      [
        'Harbour Rovers will be at full strength on Saturday, said coach Tomas de Sa.',
        'coach',
        'Tomas de Sa',
      ],
      ['Every player trained on Monday, according to manager Lia da Sa.', 'manager', 'Lia da Sa'],
    ] as const)
      expect(
        who(
          article(line, `The ${role} said there were no doubts about the squad before the final.`),
        ),
      ).toContainEqual([name, 'there were no doubts about the squad before the final']);
  });
});

describe('a surname with its particle joined and capitalised inside', () => {
  it('“Kite founder and CEO Marcus VanderMolen said”: one name word, not two words run together', () => {
    expect(
      who(
        article(
          '“We are glad to welcome Zoomo to our family,” Kite founder and CEO Marcus VanderMolen said in a statement.',
        ),
      ),
    ).toEqual([['Marcus VanderMolen', 'We are glad to welcome Zoomo to our family,']]);
    expect(
      nameRuns(tokenize('Ada FitzGerald spoke.')).map((r) => r.run.map((t) => t.text)),
    ).toEqual([['Ada', 'FitzGerald']]);
  });
});
