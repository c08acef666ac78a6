import { describe, expect, it } from 'vitest';
import { article, read } from './inventedArticle.ts';

/** [who, text] for each quote of one kind ("reported" or "direct") of an invented article. */
const ofKind =
  (kind: 'reported' | 'direct') =>
  (...paragraphs: string[]) =>
    read(article(...paragraphs))
      .quotes.filter((q) => q.kind === kind)
      .map((q) => [q.speaker ?? `${q.sourceKind}: ${q.source}`, q.text]);
const reported = ofKind('reported');
const direct = ofKind('direct');

/**
 * Words the writer narrates around a verb of speech that are no one's statement: a verb's
 * object ("conceded the race", "reiterated the town's policy"), something told of, a verb
 * denied, an opening phrase of occasion, a subject's appositive. A named person given them
 * is a quotation that never was (issue #8: "a wrong named speaker is worse than none").
 */
describe('narration around a verb of speech is not reported speech', () => {
  it('a noun object of “conceded”, “confirmed”, “added”, “reiterated”', () => {
    expect(
      reported(
        'Councillor Brina Holloway has conceded the mayoral race to Petra Linde, who will be the town’s first harbour mayor.',
        'Port director Kasimir Ostrow confirmed her resignation this morning, a day before the dockers plan to strike.',
        'Ostrow, however, added a caution for the ferry board, saying its timetable was late.',
        'Deputy mayor Ilse Varga reiterated Vellmore’s policy on public records.',
      ),
    ).toEqual([['Kasimir Ostrow', 'its timetable was late']]);
  });

  it('still a clause after those verbs when a subject pronoun or an auxiliary shows one', () => {
    expect(
      reported(
        'Councillor Brina Holloway conceded she had lost the harbour wards.',
        'Port director Kasimir Ostrow confirmed the north quay will close in May.',
        'Ostrow confirmed the budget and the levy, the sum each household pays the port, was agreed in private.',
        'Deputy mayor Ilse Varga admits the stretch of quay where the crane fell is one the town must mend.',
      ),
    ).toEqual([
      ['Brina Holloway', 'she had lost the harbour wards'],
      ['Kasimir Ostrow', 'the north quay will close in May'],
      [
        'Kasimir Ostrow',
        'the budget and the levy, the sum each household pays the port, was agreed in private',
      ],
      ['Ilse Varga', 'the stretch of quay where the crane fell is one the town must mend'],
    ]);
  });

  it('what is told of (“told reporters of …”, “has told of …”) is no clause', () => {
    expect(
      reported(
        'Harbour master Teodor Quist told reporters of the danger the loose crane posed.',
        'The singer Alma Rudd has told of her nerves hours before the concert began.',
      ),
    ).toEqual([]);
  });

  it('a verb denied (“would not confirm”, “never said”) reports nothing said', () => {
    expect(
      reported(
        'Fire chief Odile Marchetti would not confirm the cause of the warehouse blaze on Tuesday.',
        'Odile Marchetti did not say the warehouse had been empty for a year.',
      ),
    ).toEqual([]);
  });

  it('an opening phrase of occasion before “NAME said” or “NAME tells me” is no clause', () => {
    expect(
      reported(
        'In a long interview over video, Osric Tallent tells me harbour silt weighs heavily on the town’s fortunes.',
        'In a sharp reply to the Harbour Board, which praised Mayor Tallent for the ferry timetable, Wenna Lusk said so.',
        'In 2019, the board sold the old quay to a developer, Councillor Wenna Lusk said.',
      ),
    ).toEqual([['Wenna Lusk', 'In 2019, the board sold the old quay to a developer']]);
  });

  it('a subject and its appositive before “has announced” are not that subject’s words', () => {
    expect(
      reported(
        'Board chair Wenna Lusk, a fierce critic of the mayor’s ferry plans, has also announced her candidacy.',
      ),
    ).toEqual([]);
  });
});

describe('an organisation named by its head noun', () => {
  it('“the bureau said” is the bureau speaking, as “the agency said” is', () => {
    const quotes = read(
      article(
        'The Tide Bureau opened an inquiry on Tuesday.',
        '“We are looking into the loss of the harbour charts and working with the port. We will say no more for now,” the bureau said in a short note.',
      ),
    ).quotes;
    expect(quotes.map((q) => [q.speaker, q.sourceKind, q.source])).toEqual([
      [null, 'organisation', 'the bureau'],
    ]);
  });
});

describe('quoted words that are a term, a nickname or a title, not a quotation', () => {
  it('a modifier or a nickname run into the name after it', () => {
    expect(
      direct(
        'Mayor Osric Tallent said his party would work with rivals to stop ‘no deal’ Brexit.',
        'The actor Mira Holt said she was glad to play a cousin of “tide P.I.” Nick Bannon in the film.',
      ),
    ).toEqual([]);
  });

  it('a noun phrase’s head after “a” and an adjective', () => {
    expect(
      direct(
        'Councillor Osric Tallent disclosed news of a mild “telling off” given to a rival by the port police.',
      ),
    ).toEqual([]);
  });

  it('a programme named after “said on”, its full stop inside the marks', () => {
    expect(
      direct(
        '“The tide tables were wrong for a month,” Dr. Ivo Brandt, a harbour doctor, said on “Morning Harbour.”',
      ),
    ).toEqual([['Ivo Brandt', 'The tide tables were wrong for a month,']]);
  });

  it('still a quotation: a short phrase the speaker used, or one closed before “NAME said”', () => {
    expect(
      direct(
        'Dr. Ivo Brandt called the tide counts “rather striking” but urged some caution.',
        '“We held the line” Brandt said after the vote.',
      ),
    ).toEqual([
      ['Ivo Brandt', 'rather striking'],
      ['Ivo Brandt', 'We held the line'],
    ]);
  });
});

describe('an office qualified by a firm is not the same office of another firm', () => {
  it('“Velocar CEO told …” after “Harrow Mining CEO Piet Vandersloot” names nobody', () => {
    const text = article(
      'Take Harrow Mining CEO Piet Vandersloot, who was asked on a call about spending.',
      '“You are a disgrace,” Vandersloot said during the call.',
      '“Idle questions waste my morning,” Velocar CEO told a banker on a call in 2021.',
    );
    expect(read(text).quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Piet Vandersloot', 'You are a disgrace,'],
    ]);
  });

  it('the same firm, or a country for a holder named without one, still finds the holder', () => {
    const text = article(
      'Harrow Mining CEO Piet Vandersloot spoke to analysts on Tuesday.',
      '“We will build the new shaft this year,” the Harrow Mining CEO said.',
      'Harbour Minister Ilse Varga met the port board.',
      '“The quay will reopen in May,” the UK minister said.',
    );
    expect(read(text).quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Piet Vandersloot', 'We will build the new shaft this year,'],
      ['Ilse Varga', 'The quay will reopen in May,'],
    ]);
  });

  it('a party’s abbreviation is a body too: “the TUP leader” is not the Harbour Front leader', () => {
    const text = article(
      'Tarrow Union Party General Secretary Orrin Vellack on Sunday claimed that the ferry levy would fall.',
      'Harbour Front leader Ada Quill had questioned the levy on Friday.',
      '“The quays are behind us,” the TUP leader said.',
    );
    expect(read(text).quotes.map((q) => q.speaker)).not.toContain('Ada Quill');
  });

  it('the initials of the body the holder’s title spells out still find the holder', () => {
    const text = article(
      'Tarrow Union Party leader Orrin Vellack spoke at the quay on Sunday.',
      '“The quays are behind us,” the TUP leader said.',
    );
    expect(read(text).quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Orrin Vellack', 'The quays are behind us,'],
    ]);
  });
});

describe('what is said about the speaker after the attribution is not their words', () => {
  it('a relative clause on the speaker after “…”, said NAME, ROLE, who …', () => {
    expect(
      reported(
        'These joint counts “matter because readers can check the numbers”, said Ola Brenn, head of ice studies at Tarrow University, who was not among the authors of the new survey.',
      ),
    ).toEqual([]);
  });

  it('the appositive after “according to NAME,” leaves the clause before it', () => {
    expect(
      reported(
        'In the Velm district, 312 homes were flooded, with 40 more cut off, according to Ivo Sharrock, a senior officer in the district office there.',
      ),
    ).toEqual([
      ['Ivo Sharrock', 'In the Velm district, 312 homes were flooded, with 40 more cut off'],
    ]);
  });

  it('“the …” after “CLAUSE according to NAME,” is the source’s office; a sentence-initial source keeps its clause', () => {
    expect(
      reported(
        'The verdict against the smuggler marks a victory in the fight on drugs according to Lena Korvath, the chief prosecutor for the Velm district.',
        'According to Lena Korvath, a long appeal awaits the defence.',
      ),
    ).toEqual([
      ['Lena Korvath', 'The verdict against the smuggler marks a victory in the fight on drugs'],
      ['Lena Korvath', 'a long appeal awaits the defence'],
    ]);
  });

  it('a relative “that was …” on a noun after the verb’s own phrase reports nothing', () => {
    expect(
      reported(
        'Prime Minister Ada Quill pledged to form a new cabinet quickly after a narrow win that was carried by the island vote.',
        // (The pledge itself, "to form …", is her words: `commitment`; the relative is not.)
      ).filter(([, words]) => !words?.startsWith('to form')),
    ).toEqual([]);
  });
});
