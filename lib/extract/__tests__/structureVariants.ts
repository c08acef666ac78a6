/**
 * Variants of the structures the sieves claim to read, in invented sentences about invented
 * people and places: other titles and offices, other speech verbs and tenses, other positions
 * of the attribution, name forms, possessives, long appositives and punctuation. Each row is
 * one article (its paragraphs), a few words of one quotation in it, and the speaker a careful
 * reader gives that quotation, or null when the article leaves the speaker unclear (then no
 * named person may get it).
 */
export interface Variant {
  /** What the row varies. */
  label: string;
  paragraphs: string[];
  /** A few words inside the quotation (or reported clause) the row is about. */
  probe: string;
  speaker: string | null;
  /** Why the extractor does not read this variant yet (the test then expects it to fail). */
  gap?: string;
}

export const VARIANTS: readonly Variant[] = [
  // Titles and offices before the name.
  {
    label: 'inverted: said + a long office with “in the Provincial Assembly” + name',
    paragraphs: [
      '“We will oppose this budget line by line,” said Leader of the Opposition in the Provincial Assembly Tomas Varga.',
    ],
    probe: 'oppose this budget line',
    speaker: 'Tomas Varga',
  },
  {
    label: 'a long office with “in the Provincial Assembly” + name + said:',
    paragraphs: [
      'Leader of the Opposition in the Provincial Assembly Tomas Varga said: “We will oppose this budget line by line.”',
    ],
    probe: 'oppose this budget line',
    speaker: 'Tomas Varga',
  },
  {
    label: 'inverted: said + “the deputy mayor of X,” + name',
    paragraphs: [
      '“The tram will run by the spring,” said the deputy mayor of Kestrel Bay, Ines Morrow.',
    ],
    probe: 'tram will run by',
    speaker: 'Ines Morrow',
  },
  {
    label: 'inverted: said + name + “, the deputy mayor of X”',
    paragraphs: [
      '“The tram will run by the spring,” said Ines Morrow, the deputy mayor of Kestrel Bay.',
    ],
    probe: 'tram will run by',
    speaker: 'Ines Morrow',
  },
  {
    label: '“Deputy Mayor” + name + said,',
    paragraphs: ['Deputy Mayor Ines Morrow said, “The tram will run by the spring.”'],
    probe: 'tram will run by',
    speaker: 'Ines Morrow',
  },
  {
    label: '“The deputy mayor of X, NAME, said”',
    paragraphs: [
      'The deputy mayor of Kestrel Bay, Ines Morrow, said the tram would run by the spring.',
    ],
    probe: 'tram would run by',
    speaker: 'Ines Morrow',
  },
  {
    label: 'Rep. + name, chair of the House X Committee',
    paragraphs: [
      '“We need answers on this contract,” said Rep. Dale Ostrander, chair of the House Rivers Committee.',
    ],
    probe: 'need answers on this',
    speaker: 'Dale Ostrander',
  },
  {
    label: '“The chair of the House X Committee, Rep. NAME, said:”',
    paragraphs: [
      'The chair of the House Rivers Committee, Rep. Dale Ostrander, said: “We need answers on this contract.”',
    ],
    probe: 'need answers on this',
    speaker: 'Dale Ostrander',
  },
  {
    label: '“House X Committee Chair NAME said”',
    paragraphs: [
      'House Rivers Committee Chair Dale Ostrander said: “We need answers on this contract.”',
    ],
    probe: 'need answers on this',
    speaker: 'Dale Ostrander',
  },
  {
    label: 'Sen. + name + party-state tag',
    paragraphs: ['“This is a sad day for the valley,” said Sen. Marta Quell, D-Ore.'],
    probe: 'sad day for the',
    speaker: 'Marta Quell',
  },
  {
    label: 'Prof. + name + “of X University”',
    paragraphs: ['“The model holds up well,” said Prof. Anil Rao of Westbrook University.'],
    probe: 'model holds up well',
    speaker: 'Anil Rao',
  },
  {
    label: 'Dr + name without a full stop',
    paragraphs: ['“The wards are full every night,” said Dr Helen Strand.'],
    probe: 'wards are full every',
    speaker: 'Helen Strand',
  },
  {
    label: 'Lt. Gen. + name, commander of …',
    paragraphs: [
      '“The convoy was never attacked,” said Lt. Gen. Oskar Bremer, commander of the northern forces.',
    ],
    probe: 'convoy was never attacked',
    speaker: 'Oskar Bremer',
  },
  {
    label: 'Maj. Gen. + name + told reporters:',
    paragraphs: ['Maj. Gen. Oskar Bremer told reporters: “The convoy was never attacked.”'],
    probe: 'convoy was never attacked',
    speaker: 'Oskar Bremer',
  },
  {
    label: 'Rear Admiral + name',
    paragraphs: ['“Our ships will stay in the strait,” Rear Admiral Celia Moss said.'],
    probe: 'ships will stay in',
    speaker: 'Celia Moss',
  },
  {
    label: 'Vice Adm. + name',
    paragraphs: ['“Our ships will stay in the strait,” said Vice Adm. Celia Moss.'],
    probe: 'ships will stay in',
    speaker: 'Celia Moss',
  },
  {
    label: 'Assemblywoman + name',
    paragraphs: ['“The schools deserve better funding,” said Assemblywoman Rosa Lindqvist.'],
    probe: 'schools deserve better funding',
    speaker: 'Rosa Lindqvist',
  },
  {
    label: 'Congressman + name',
    paragraphs: ['Congressman Abel Fontaine said the schools deserved better funding.'],
    probe: 'schools deserved better funding',
    speaker: 'Abel Fontaine',
  },
  {
    label: 'Alderman + name',
    paragraphs: ['“The ward has waited ten years for this,” said Alderman Joel Kitteridge.'],
    probe: 'ward has waited ten',
    speaker: 'Joel Kitteridge',
  },
  {
    label: 'Rev. + name',
    paragraphs: ['“Everyone is welcome at the shelter tonight,” said the Rev. Grace Obi.'],
    probe: 'welcome at the shelter',
    speaker: 'Grace Obi',
  },
  {
    label: 'Attorney General + name',
    paragraphs: ['Attorney General Noor Haddad said: “No company is above the law in this state.”'],
    probe: 'company is above the',
    speaker: 'Noor Haddad',
  },
  {
    label: 'Lt. Gov. + name',
    paragraphs: ['“The bill will reach my desk next week,” Lt. Gov. Ray Dunleavy said.'],
    probe: 'bill will reach my',
    speaker: 'Ray Dunleavy',
  },
  {
    label: 'Minister of State for X + name',
    paragraphs: [
      'Minister of State for Higher Education Ruth Okafor said: “Fees will not rise this year.”',
    ],
    probe: 'Fees will not rise',
    speaker: 'Ruth Okafor',
  },
  {
    label: 'Superintendent + name',
    paragraphs: ['“Classes resume on Monday,” said Superintendent Lionel Ash.'],
    probe: 'Classes resume on Monday',
    speaker: 'Lionel Ash',
  },
  {
    label: 'Chief Executive Officer + name',
    paragraphs: [
      'Chief Executive Officer Paul Lindgren said: “Demand for our trucks has never been higher.”',
    ],
    probe: 'Demand for our trucks',
    speaker: 'Paul Lindgren',
  },
  {
    label: 'name, chief executive of X, said in a statement',
    paragraphs: [
      '“Demand for our trucks has never been higher,” Paul Lindgren, chief executive of Norland Freight, said in a statement.',
    ],
    probe: 'Demand for our trucks',
    speaker: 'Paul Lindgren',
  },
  // Speech verbs and tenses.
  {
    label: 'present tense: “…,” NAME says.',
    paragraphs: ['“I have fished this bay for forty years,” Harold Dorsey says.'],
    probe: 'fished this bay for',
    speaker: 'Harold Dorsey',
  },
  {
    label: 'present tense, inverted: “…,” says NAME.',
    paragraphs: ['“I have fished this bay for forty years,” says Harold Dorsey.'],
    probe: 'fished this bay for',
    speaker: 'Harold Dorsey',
  },
  {
    label: 'perfect: NAME has said: “…”',
    paragraphs: ['Harold Dorsey has said: “I have fished this bay for forty years.”'],
    probe: 'fished this bay for',
    speaker: 'Harold Dorsey',
  },
  {
    label: 'was quoted as saying',
    paragraphs: ['“I have fished this bay for forty years,” Harold Dorsey was quoted as saying.'],
    probe: 'fished this bay for',
    speaker: 'Harold Dorsey',
  },
  {
    label: 'told the X newspaper:',
    paragraphs: [
      'Harold Dorsey told the Kestrel Courier newspaper: “I have fished this bay for forty years.”',
    ],
    probe: 'fished this bay for',
    speaker: 'Harold Dorsey',
  },
  {
    label: '“…,” NAME told the X newspaper.',
    paragraphs: [
      '“I have fished this bay for forty years,” Harold Dorsey told the Kestrel Courier.',
    ],
    probe: 'fished this bay for',
    speaker: 'Harold Dorsey',
  },
  {
    label: 'said in an interview with X',
    paragraphs: [
      '“I have fished this bay for forty years,” Harold Dorsey said in an interview with the Courier.',
    ],
    probe: 'fished this bay for',
    speaker: 'Harold Dorsey',
  },
  {
    label: 'wrote in a post on social media',
    paragraphs: [
      '“I have fished this bay for forty years,” Harold Dorsey wrote in a post on social media.',
    ],
    probe: 'fished this bay for',
    speaker: 'Harold Dorsey',
  },
  {
    label: 'joked',
    paragraphs: ['“At least the fish are still talking to me,” Harold Dorsey joked.'],
    probe: 'fish are still talking',
    speaker: 'Harold Dorsey',
  },
  {
    label: 'observed',
    paragraphs: ['“The tide comes in faster every year,” Harold Dorsey observed.'],
    probe: 'tide comes in faster',
    speaker: 'Harold Dorsey',
  },
  {
    label: 'complained',
    paragraphs: ['“Nobody from the council ever comes down here,” Harold Dorsey complained.'],
    probe: 'council ever comes down',
    speaker: 'Harold Dorsey',
  },
  {
    label: 'testified',
    paragraphs: ['“I saw the boat leave before midnight,” Harold Dorsey testified.'],
    probe: 'saw the boat leave',
    speaker: 'Harold Dorsey',
  },
  {
    label: 'urged',
    paragraphs: ['“Please keep your children away from the pier,” Harold Dorsey urged.'],
    probe: 'keep your children away',
    speaker: 'Harold Dorsey',
  },
  {
    label: 'recounted',
    paragraphs: ['“The water rose to the second step in an hour,” Harold Dorsey recounted.'],
    probe: 'water rose to the',
    speaker: 'Harold Dorsey',
  },
  {
    label: 'boasted',
    paragraphs: ['“Nobody in this town lands more cod than I do,” Harold Dorsey boasted.'],
    probe: 'lands more cod than',
    speaker: 'Harold Dorsey',
  },
  {
    label: 'had said earlier (past perfect)',
    paragraphs: [
      '“The harbour wall will not last another winter,” Harold Dorsey had said earlier.',
    ],
    probe: 'harbour wall will not',
    speaker: 'Harold Dorsey',
  },
  {
    label: 'would later say (modal)',
    paragraphs: ['“The harbour wall will not last another winter,” Harold Dorsey would later say.'],
    probe: 'harbour wall will not',
    speaker: 'Harold Dorsey',
  },
  {
    label: 'went on to say:',
    paragraphs: ['Harold Dorsey went on to say: “The harbour wall will not last another winter.”'],
    probe: 'harbour wall will not',
    speaker: 'Harold Dorsey',
  },
  {
    label: 'said last week',
    paragraphs: ['“The harbour wall will not last another winter,” Harold Dorsey said last week.'],
    probe: 'harbour wall will not',
    speaker: 'Harold Dorsey',
  },
  {
    label: 'age appositive: “…,” said NAME, 64.',
    paragraphs: ['“The harbour wall will not last another winter,” said Harold Dorsey, 64.'],
    probe: 'harbour wall will not',
    speaker: 'Harold Dorsey',
  },
  {
    label: 'age appositive before the verb: “…,” NAME, 64, said.',
    paragraphs: ['“The harbour wall will not last another winter,” Harold Dorsey, 64, said.'],
    probe: 'harbour wall will not',
    speaker: 'Harold Dorsey',
  },
  // Positions of the attribution.
  {
    label: 'attribution inside: first half',
    paragraphs: ['“We will fight this closure,” Nadia Ferreira said, “and we will win it.”'],
    probe: 'fight this closure',
    speaker: 'Nadia Ferreira',
  },
  {
    label: 'attribution inside: second half',
    paragraphs: ['“We will fight this closure,” Nadia Ferreira said, “and we will win it.”'],
    probe: 'and we will win',
    speaker: 'Nadia Ferreira',
  },
  {
    label: 'attribution before, with a participle clause',
    paragraphs: [
      'Speaking at the rally on Saturday, Nadia Ferreira said: “We will fight this closure.”',
    ],
    probe: 'fight this closure',
    speaker: 'Nadia Ferreira',
  },
  {
    label: 'attribution before: “In a statement, NAME said:”',
    paragraphs: [
      'In a statement, Nadia Ferreira said: “We will fight this closure in every court.”',
    ],
    probe: 'fight this closure',
    speaker: 'Nadia Ferreira',
  },
  {
    label: 'attribution on the paragraph before (reported speech, then the quote alone)',
    paragraphs: [
      'Nadia Ferreira said the union would take the closure to court.',
      '“We will fight this closure in every court in the land.”',
    ],
    probe: 'fight this closure',
    speaker: 'Nadia Ferreira',
  },
  {
    label: 'attribution on the paragraph before, ending in a colon',
    paragraphs: [
      'Nadia Ferreira, the union’s regional secretary, told the crowd outside the plant:',
      '“We will fight this closure in every court in the land.”',
    ],
    probe: 'fight this closure',
    speaker: 'Nadia Ferreira',
  },
  {
    label: '“Asked whether …, NAME said:”',
    paragraphs: [
      'Asked whether the union would strike, Nadia Ferreira said: “Every option is on the table.”',
    ],
    probe: 'Every option is on',
    speaker: 'Nadia Ferreira',
  },
  {
    label: 'according to NAME',
    paragraphs: ['The plant will close in March, according to Nadia Ferreira.'],
    probe: 'plant will close in',
    speaker: 'Nadia Ferreira',
  },
  // Name forms.
  {
    label: 'middle initial',
    paragraphs: [
      '“We expect the bridge to open in June,” said John Q. Harwell, the county engineer.',
    ],
    probe: 'expect the bridge to',
    speaker: 'John Q. Harwell',
  },
  {
    label: 'two initials',
    paragraphs: ['“We expect the bridge to open in June,” said J.R. Harwell, the county engineer.'],
    probe: 'expect the bridge to',
    speaker: 'J.R. Harwell',
  },
  {
    label: 'hyphenated surname with a rank',
    paragraphs: ['“We will not retreat from the ridge,” said Col. Ruth Adeyemi-Clarke.'],
    probe: 'not retreat from the',
    speaker: 'Ruth Adeyemi-Clarke',
  },
  {
    label: 'hyphenated given name',
    paragraphs: ['“We will not retreat from the ridge,” said Jean-Luc Marchetti.'],
    probe: 'not retreat from the',
    speaker: 'Jean-Luc Marchetti',
  },
  {
    label: 'particles “van der”',
    paragraphs: ['“The harvest was poor this year,” said Jan van der Berg, a farmer near Loosdam.'],
    probe: 'harvest was poor this',
    speaker: 'Jan van der Berg',
  },
  {
    label: 'two-word given name and “de la”',
    paragraphs: ['“The harvest was poor this year,” said María José de la Fuente, a grower.'],
    probe: 'harvest was poor this',
    speaker: 'María José de la Fuente',
  },
  {
    label: 'surname with an apostrophe',
    paragraphs: ['“The harvest was poor this year,” said Siobhan O’Rourke, a grower.'],
    probe: 'harvest was poor this',
    speaker: 'Siobhan O’Rourke',
  },
  {
    label: 'generation after the name',
    paragraphs: ['“The harvest was poor this year,” said Walter Pike Jr., a grower.'],
    probe: 'harvest was poor this',
    speaker: 'Walter Pike Jr.',
  },
  {
    label: 'a South Asian given name, no title or role',
    paragraphs: [
      'Rahul Mehtani told the Kestrel Courier: “The mill will reopen before the monsoon.”',
    ],
    probe: 'mill will reopen before',
    speaker: 'Rahul Mehtani',
  },
  {
    label: 'an Irish given name with its accent, no title or role',
    paragraphs: ['“The ferry has not run on time once this winter,” said Pádraig Costigan.'],
    probe: 'ferry has not run',
    speaker: 'Pádraig Costigan',
  },
  {
    label: 'a Japanese given name, no title or role',
    paragraphs: ['“The ferry has not run on time once this winter,” Naoko Ishiwara said.'],
    probe: 'ferry has not run',
    speaker: 'Naoko Ishiwara',
  },
  {
    label: 'a given name the article gives no other sign of, speaking in the first person',
    paragraphs: ['“I have fished this bay for forty years,” Brannoch Dorsey said.'],
    probe: 'fished this bay for',
    speaker: 'Brannoch Dorsey',
  },
  // Possessives and appositives.
  {
    label: 'possessive: “NAME’s spokesman, NAME2, said”',
    paragraphs: [
      'Nadia Ferreira stayed away from the hearing.',
      'Ferreira’s spokesman, Leo Parkes, said: “She has nothing to add to her statement.”',
    ],
    probe: 'nothing to add to',
    speaker: 'Leo Parkes',
  },
  {
    label: 'possessive after: “…,” said NAME2, NAME’s spokesman.',
    paragraphs: [
      'Nadia Ferreira stayed away from the hearing.',
      '“She has nothing to add to her statement,” said Leo Parkes, Ferreira’s spokesman.',
    ],
    probe: 'nothing to add to',
    speaker: 'Leo Parkes',
  },
  {
    label: 'possessive unnamed: “…,” NAME’s spokesman said.',
    paragraphs: [
      'Nadia Ferreira stayed away from the hearing.',
      '“She has nothing to add to her statement,” Ferreira’s spokesman said.',
    ],
    probe: 'nothing to add to',
    speaker: null,
  },
  {
    label: 'unnamed: “…,” said a spokesman for NAME.',
    paragraphs: [
      'Nadia Ferreira stayed away from the hearing.',
      '“She has nothing to add to her statement,” said a spokesman for Ferreira.',
    ],
    probe: 'nothing to add to',
    speaker: null,
  },
  {
    label: 'long appositive with a relative clause before the verb',
    paragraphs: [
      'Ines Morrow, the deputy mayor of Kestrel Bay who has led the tram project since 2019, said: “The line will open in May.”',
    ],
    probe: 'line will open in',
    speaker: 'Ines Morrow',
  },
  {
    label: 'long appositive with a relative clause after an inverted verb',
    paragraphs: [
      '“The line will open in May,” said Ines Morrow, who was elected deputy mayor of Kestrel Bay in 2019 and has led the tram project since.',
    ],
    probe: 'line will open in',
    speaker: 'Ines Morrow',
  },
  {
    label: 'role before the name with “the”: “the city’s deputy mayor, NAME, said”',
    paragraphs: ['“The line will open in May,” the city’s deputy mayor, Ines Morrow, said.'],
    probe: 'line will open in',
    speaker: 'Ines Morrow',
  },
  // Punctuation.
  {
    label: 'straight double marks',
    paragraphs: ['"The line will open in May," Ines Morrow said.'],
    probe: 'line will open in',
    speaker: 'Ines Morrow',
  },
  {
    label: 'single curly marks',
    paragraphs: ['‘The line will open in May,’ Ines Morrow said.'],
    probe: 'line will open in',
    speaker: 'Ines Morrow',
  },
  {
    label: 'single straight marks',
    paragraphs: ["'The line will open in May,' Ines Morrow said."],
    probe: 'line will open in',
    speaker: 'Ines Morrow',
  },
  {
    label: 'an em-dash inside the quotation',
    paragraphs: ['“The line will open in May — whatever the unions say,” Ines Morrow said.'],
    probe: 'line will open in',
    speaker: 'Ines Morrow',
  },
  {
    label: 'an ellipsis ending the quotation',
    paragraphs: ['“The line will open in May, and then we shall see…” Ines Morrow said.'],
    probe: 'line will open in',
    speaker: 'Ines Morrow',
  },
  {
    label: 'a question mark ending the quotation',
    paragraphs: ['“Why should the line not open in May?” Ines Morrow asked.'],
    probe: 'line not open in',
    speaker: 'Ines Morrow',
  },
  {
    label: 'a missing closing mark at the paragraph end, then a continuation',
    paragraphs: [
      'Ines Morrow said: “The line will open in May and the fares will stay as they are.',
      '“Nobody will pay more to ride the tram next year.”',
    ],
    probe: 'fares will stay as',
    speaker: 'Ines Morrow',
  },
  {
    label: 'a quotation continued over paragraphs (no closing mark on the first)',
    paragraphs: [
      '“The line will open in May,” Ines Morrow said. “The fares will stay as they are.',
      '“Nobody will pay more to ride the tram next year.”',
    ],
    probe: 'Nobody will pay more',
    speaker: 'Ines Morrow',
  },
  // More offices, name forms and attribution forms.
  {
    label: 'party-state tag before the verb: “…,” Sen. NAME, R-Texas, said.',
    paragraphs: ['“The valley deserves better,” Sen. Marta Quell, R-Texas, said.'],
    probe: 'valley deserves better',
    speaker: 'Marta Quell',
  },
  {
    label: 'State Sen. + name',
    paragraphs: ['State Sen. Ana Ruiz said: “The valley deserves better.”'],
    probe: 'valley deserves better',
    speaker: 'Ana Ruiz',
  },
  {
    label: 'U.S. Rep. + name',
    paragraphs: ['“The valley deserves better,” said U.S. Rep. Dale Ostrander.'],
    probe: 'valley deserves better',
    speaker: 'Dale Ostrander',
  },
  {
    label: 'President-elect + name',
    paragraphs: ['President-elect Sam Brody told supporters: “The valley deserves better.”'],
    probe: 'valley deserves better',
    speaker: 'Sam Brody',
  },
  {
    label: 'former Prime Minister + name',
    paragraphs: ['“The valley deserves better,” said former Prime Minister Helen Vasko.'],
    probe: 'valley deserves better',
    speaker: 'Helen Vasko',
  },
  {
    label: 'Deputy Prime Minister + name',
    paragraphs: ['Deputy Prime Minister Helen Vasko said: “The valley deserves better.”'],
    probe: 'valley deserves better',
    speaker: 'Helen Vasko',
  },
  {
    label: 'Foreign Secretary + name',
    paragraphs: ['“The valley deserves better,” Foreign Secretary Helen Vasko said.'],
    probe: 'valley deserves better',
    speaker: 'Helen Vasko',
  },
  {
    label: 'Chancellor of the Exchequer + name',
    paragraphs: ['“The valley deserves better,” said Chancellor of the Exchequer Helen Vasko.'],
    probe: 'valley deserves better',
    speaker: 'Helen Vasko',
    gap: 'an office’s own word after “of the” (“Exchequer”) that is no organisation word is read as part of the name',
  },
  {
    label: 'Secretary-General + name',
    paragraphs: ['“The valley deserves better,” said Secretary-General Helen Vasko.'],
    probe: 'valley deserves better',
    speaker: 'Helen Vasko',
  },
  {
    label: 'Chief Justice + name',
    paragraphs: ['Chief Justice Helen Vasko wrote: “The valley deserves better than this ruling.”'],
    probe: 'valley deserves better',
    speaker: 'Helen Vasko',
  },
  {
    label: 'Archbishop + name',
    paragraphs: ['“The valley deserves better,” said Archbishop Helen Vasko.'],
    probe: 'valley deserves better',
    speaker: 'Helen Vasko',
  },
  {
    label: 'Rabbi + name',
    paragraphs: ['“The valley deserves better,” said Rabbi Helen Vasko.'],
    probe: 'valley deserves better',
    speaker: 'Helen Vasko',
  },
  {
    label: 'possessive place before a role, appositive: “X’s deputy mayor, NAME, said”',
    paragraphs: ['Kestrel Bay’s deputy mayor, Ines Morrow, said: “The depot is finished.”'],
    probe: 'depot is finished',
    speaker: 'Ines Morrow',
  },
  {
    label: 'participle phrase between name and verb',
    paragraphs: ['Ines Morrow, speaking to reporters on Tuesday, said: “The depot is finished.”'],
    probe: 'depot is finished',
    speaker: 'Ines Morrow',
  },
  {
    label: 'age and role before the verb',
    paragraphs: ['“The depot is finished,” Ines Morrow, 52, a former engineer, said.'],
    probe: 'depot is finished',
    speaker: 'Ines Morrow',
  },
  {
    label: 'said Tuesday in a phone interview',
    paragraphs: [
      'Ines Morrow, the deputy mayor of Kestrel Bay, opened the new tram depot on Tuesday.',
      '“The depot is finished,” Morrow said Tuesday in a phone interview.',
    ],
    probe: 'depot is finished',
    speaker: 'Ines Morrow',
  },
  {
    label: 'told The Associated Press',
    paragraphs: [
      'Ines Morrow, the deputy mayor of Kestrel Bay, opened the new tram depot on Tuesday.',
      '“The depot is finished,” Morrow told The Associated Press.',
    ],
    probe: 'depot is finished',
    speaker: 'Ines Morrow',
  },
  {
    label: 'honorific and surname after the full name',
    paragraphs: [
      'Ines Morrow, the deputy mayor of Kestrel Bay, opened the new tram depot on Tuesday.',
      '“The depot is finished,” said Ms. Morrow.',
    ],
    probe: 'depot is finished',
    speaker: 'Ines Morrow',
  },
  {
    label: 'surname with a relative clause after an inverted verb',
    paragraphs: [
      'Ines Morrow, the deputy mayor of Kestrel Bay, opened the new tram depot on Tuesday.',
      '“The depot is finished,” said Morrow, who has run the project since 2019.',
    ],
    probe: 'depot is finished',
    speaker: 'Ines Morrow',
  },
  {
    label: 'pronoun after a sentence about one woman',
    paragraphs: [
      'Ines Morrow, the deputy mayor of Kestrel Bay, opened the new tram depot on Tuesday.',
      '“The depot is finished,” she said.',
    ],
    probe: 'depot is finished',
    speaker: 'Ines Morrow',
  },
  {
    label: 'said in a post on Facebook that (reported)',
    paragraphs: [
      'Ines Morrow, the deputy mayor of Kestrel Bay, opened the new tram depot on Tuesday.',
      'Morrow said in a post on Facebook that the depot was finished.',
    ],
    probe: 'depot was finished',
    speaker: 'Ines Morrow',
  },
  {
    label: 'a nested single quotation inside',
    paragraphs: [
      'Ines Morrow, the deputy mayor of Kestrel Bay, opened the new tram depot on Tuesday.',
      '“The foreman told me ‘never again’ and he meant it,” Morrow said.',
    ],
    probe: 'foreman told me',
    speaker: 'Ines Morrow',
  },
  {
    label: 'straight marks with an apostrophe inside',
    paragraphs: [
      'Ines Morrow, the deputy mayor of Kestrel Bay, opened the new tram depot on Tuesday.',
      '"We\'re not done with the depot yet," Morrow said.',
    ],
    probe: 'not done with the',
    speaker: 'Ines Morrow',
  },
  {
    label: 'a dash and the name after the quotation',
    paragraphs: [
      'Ines Morrow, the deputy mayor of Kestrel Bay, opened the new tram depot on Tuesday.',
      '“The depot is finished and the trams are ready.” — Ines Morrow',
    ],
    probe: 'depot is finished',
    speaker: 'Ines Morrow',
  },
  {
    label: 'her office said: an organisation, not the person',
    paragraphs: [
      'Ines Morrow, the deputy mayor of Kestrel Bay, opened the new tram depot on Tuesday.',
      '“The depot will open on Friday,” Morrow’s office said.',
    ],
    probe: 'depot will open on',
    speaker: null,
  },
  {
    label: 'the wife of NAME, NAME2, said',
    paragraphs: [
      'Tomas Varga was not at the depot.',
      'The wife of Tomas Varga, Lena Varga, said: “He is resting at home.”',
    ],
    probe: 'resting at home',
    speaker: 'Lena Varga',
  },
  {
    label: '“According to NAME, “…”” (a direct quotation)',
    paragraphs: [
      'Ines Morrow, the deputy mayor of Kestrel Bay, opened the new tram depot on Tuesday.',
      'According to Morrow, “the depot is finished and paid for.”',
    ],
    probe: 'depot is finished and',
    speaker: 'Ines Morrow',
  },
  {
    label: 'British single marks, a second quotation after the attribution',
    paragraphs: [
      'Ines Morrow, the deputy mayor of Kestrel Bay, opened the new tram depot on Tuesday.',
      '‘The depot is finished,’ Morrow said. ‘The trams are ready to run.’',
    ],
    probe: 'trams are ready to',
    speaker: 'Ines Morrow',
  },
  {
    label: 'NAME added: on the next paragraph',
    paragraphs: [
      'Ines Morrow, the deputy mayor of Kestrel Bay, opened the new tram depot on Tuesday.',
      'Morrow added: “The trams are ready to run on Friday.”',
    ],
    probe: 'trams are ready to',
    speaker: 'Ines Morrow',
  },
  {
    label: 'no comma before the attribution',
    paragraphs: [
      'Ines Morrow, the deputy mayor of Kestrel Bay, opened the new tram depot on Tuesday.',
      '“The depot is finished” Morrow said.',
    ],
    probe: 'depot is finished',
    speaker: 'Ines Morrow',
  },
  {
    label: 'said NAME, adding: “…” (the second quotation)',
    paragraphs: [
      'Ines Morrow, the deputy mayor of Kestrel Bay, opened the new tram depot on Tuesday.',
      '“The depot is finished,” said Morrow, adding: “The trams are ready to run.”',
    ],
    probe: 'trams are ready to',
    speaker: 'Ines Morrow',
  },
  {
    label: 'relative clause between name and verb',
    paragraphs: ['“The depot is finished,” Ines Morrow, who chairs the transport board, said.'],
    probe: 'depot is finished',
    speaker: 'Ines Morrow',
  },
  {
    label: 'the role as anaphora: “…,” the deputy mayor said.',
    paragraphs: [
      'Ines Morrow, the deputy mayor of Kestrel Bay, opened the new tram depot on Tuesday.',
      '“The depot is finished,” the deputy mayor said.',
    ],
    probe: 'depot is finished',
    speaker: 'Ines Morrow',
  },
  {
    label: 'said in a statement released by her office',
    paragraphs: [
      'Ines Morrow, the deputy mayor of Kestrel Bay, opened the new tram depot on Tuesday.',
      '“The depot is finished,” Morrow said in a statement released by her office.',
    ],
    probe: 'depot is finished',
    speaker: 'Ines Morrow',
  },
  {
    label: 'wrote in an email: “In an email to X, NAME wrote:”',
    paragraphs: [
      'Ines Morrow, the deputy mayor of Kestrel Bay, opened the new tram depot on Tuesday.',
      'In an email to the Courier, Morrow wrote: “The depot is finished.”',
    ],
    probe: 'depot is finished',
    speaker: 'Ines Morrow',
  },
  {
    label: 'continuation on the next paragraph with no attribution',
    paragraphs: [
      'Ines Morrow, the deputy mayor of Kestrel Bay, opened the new tram depot on Tuesday.',
      '“The depot is finished,” Morrow said.',
      '“The trams are ready to run on Friday, and the fares stay the same.”',
    ],
    probe: 'trams are ready to',
    speaker: 'Ines Morrow',
  },
  {
    label: 'an unnamed resident',
    paragraphs: [
      'Ines Morrow, the deputy mayor of Kestrel Bay, opened the new tram depot on Tuesday.',
      '“The depot is far too loud at night,” a resident said.',
    ],
    probe: 'too loud at night',
    speaker: null,
  },
  {
    label: 'pronoun after two women',
    paragraphs: [
      'Ines Morrow and Ruth Okafor toured the depot on Tuesday.',
      '“The depot is far too loud at night,” she said.',
    ],
    probe: 'too loud at night',
    speaker: null,
  },
  {
    label: 'a quotation about a named person in a sentence about them',
    paragraphs: [
      'Ines Morrow, the deputy mayor of Kestrel Bay, opened the new tram depot on Tuesday.',
      'Critics have called Morrow “the most stubborn mayor this town has had”.',
    ],
    probe: 'most stubborn mayor',
    speaker: null,
  },
  {
    label: 'a long office, a comma, the name, a day, then said (reported)',
    paragraphs: [
      'Leader of the Opposition in Tarrow Assembly, Tomas Varga, on Monday said the harbour bill had been rushed through.',
    ],
    probe: 'harbour bill had been',
    speaker: 'Tomas Varga',
  },
  {
    label: 'a long office and the name without commas, then a day and said (reported)',
    paragraphs: [
      'Leader of the Opposition in Tarrow Assembly Tomas Varga on Monday said the harbour bill had been rushed through.',
    ],
    probe: 'harbour bill had been',
    speaker: 'Tomas Varga',
  },
  {
    label: 'a party-state tag in brackets before said',
    paragraphs: ['Sen. Marta Quell (R-Ore.) said, “The valley deserves better than this bill.”'],
    probe: 'valley deserves better',
    speaker: 'Marta Quell',
  },
  {
    label: 'a party-state tag in brackets after an inverted said',
    paragraphs: ['“The valley deserves better than this bill,” said Sen. Marta Quell (D-Ore.).'],
    probe: 'valley deserves better',
    speaker: 'Marta Quell',
  },
  {
    label: 'a lower-case office in an inverted clause with a day',
    paragraphs: [
      '“The harbour bill was rushed through,” stated opposition leader in the Tarrow Assembly Tomas Varga on Tuesday.',
    ],
    probe: 'harbour bill was rushed',
    speaker: 'Tomas Varga',
  },
  {
    label: 'Vice + a hyphenated title with a capital (“Vice President-Elect”)',
    paragraphs: ['Vice President-Elect Sam Brody told reporters: “The valley deserves better.”'],
    probe: 'valley deserves better',
    speaker: 'Sam Brody',
  },
  // Unclear speakers: nobody named may get them.
  {
    label: 'pronoun after two men who are the subject of the sentence before',
    paragraphs: [
      'Peter Lund and Mark Varga met at the assembly on Monday.',
      '“We have settled nothing yet,” he said.',
    ],
    probe: 'settled nothing yet',
    speaker: null,
  },
  {
    label: 'a quotation alone after a paragraph naming two people',
    paragraphs: [
      'Tomas Varga and Ines Morrow both spoke at the assembly on Monday.',
      '“The roads in the north are a disgrace.”',
    ],
    probe: 'roads in the north',
    speaker: null,
  },
  {
    label: 'an unnamed official',
    paragraphs: [
      'Tomas Varga left the assembly early.',
      '“The vote will be delayed again,” a senior official said.',
    ],
    probe: 'vote will be delayed',
    speaker: null,
  },
  {
    label: 'critics quoted about a named man',
    paragraphs: [
      'Critics told the Courier that Varga’s plan was “a waste of public money from the start”.',
    ],
    probe: 'waste of public money',
    speaker: null,
  },
  {
    label: 'a quotation said of a man named after it by “by”',
    paragraphs: [
      'Mark Varga leads the council’s largest party.',
      'Our editorial board rated the scheme "a waste of good public money" and complained of "years of drift and muddle" by council leader Mark Varga.',
    ],
    probe: 'waste of good public',
    speaker: null,
  },
  {
    label: 'told NAME2: the speaker is the subject, not the listener',
    paragraphs: ['“We will not sign this deal,” Tomas Varga told Ines Morrow.'],
    probe: 'not sign this deal',
    speaker: 'Tomas Varga',
  },
  {
    label: '“… NAME said of NAME2”',
    paragraphs: ['“She has done more for this town than anyone,” Tomas Varga said of Ines Morrow.'],
    probe: 'done more for this',
    speaker: 'Tomas Varga',
  },
];
