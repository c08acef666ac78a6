import { describe, expect, it } from 'vitest';
import { article, read, who } from './inventedArticle.ts';

/** [who, text] for each quote. */
const quotes = (...paragraphs: string[]) => who(article(...paragraphs));
/** The texts left unattributed. */
const open = (...paragraphs: string[]) =>
  read(article(...paragraphs)).unattributed.map((u) => u.text);

describe('a title printed alone after “the” means the one person the article gave it', () => {
  it('“the Taoiseach added” after “Taoiseach Conall Brennick”', () => {
    expect(
      quotes(
        'Taoiseach Conall Brennick told the Dail on Tuesday that no report on the ferry had been kept.',
        'The opposition asked for the file to be published in full.',
        '“I have every confidence in the harbour board,” the Taoiseach added.',
      ),
    ).toContainEqual(['Conall Brennick', 'I have every confidence in the harbour board,']);
  });

  it('“the CM said” after “Chief Minister Ada Quillon”, not after a plain minister', () => {
    expect(
      quotes(
        'Westmarch Chief Minister Ada Quillon met Works Minister Tomas Vell in the capital on Friday.',
        '“The new bridge will open in the spring,” the CM said.',
      ),
    ).toContainEqual(['Ada Quillon', 'The new bridge will open in the spring,']);
  });

  it('“the former minister”, “the former mayor” after “former Trade Minister X”, “former Harbour mayor Y”', () => {
    expect(
      quotes(
        'Senator Ada Quillan met former Trade Minister Tomas Reyes and former Harbour mayor Laura Brennick.',
        '“The talks were useful all the same,” the former minister wrote on his blog.',
        '“We agreed on very little,” the former mayor added.',
      ),
    ).toEqual([
      ['Tomas Reyes', 'The talks were useful all the same,'],
      ['Laura Brennick', 'We agreed on very little,'],
    ]);
  });

  it('a title the article gave nobody before stays what it was (an unnamed source)', () => {
    expect(quotes('“We will open the bridge in May,” the Taoiseach said on Friday.')).toEqual([
      ['organisation: the Taoiseach', 'We will open the bridge in May,'],
    ]);
  });
});

describe('a description by nationality or age means the one person the article tied it to', () => {
  it('“the Spaniard said” after “Spaniard Tomas Ferreiro” (who is Tomas Ferreiro, not “Spaniard Tomas …”)', () => {
    expect(
      quotes(
        'Spaniard Tomas Ferreiro beat the top seed in three sets at Harbourton on Sunday.',
        '“I was very nervous at the start of the match,” the Spaniard said.',
      ),
    ).toEqual([['Tomas Ferreiro', 'I was very nervous at the start of the match,']]);
  });

  it('“the Dutchman” after “Dutch coach Pieter Aalstrom”; “of Spain” ties a nationality too', () => {
    expect(
      quotes(
        'Dutch coach Pieter Aalstrom watched as Ines Corredor of Spain won the final heat.',
        '“We wanted more from the second half,” the Dutchman added.',
        '“My legs felt heavy all afternoon,” the Spaniard told reporters.',
      ),
    ).toEqual([
      ['Pieter Aalstrom', 'We wanted more from the second half,'],
      ['Ines Corredor', 'My legs felt heavy all afternoon,'],
    ]);
  });

  it('“the 36-year-old” after “Ada Quill, 36,”; “the 29-year-old star” after “29-year-old Lena Holt”', () => {
    expect(
      quotes(
        'Veteran striker Ada Quillan, 36, scored twice as Harbour beat 29-year-old Lena Holtby and her side.',
        '“It was a good night for the whole club,” the 36-year-old said.',
        '“We were simply not sharp enough,” the 29-year-old star said.',
      ),
    ).toEqual([
      ['Ada Quillan', 'It was a good night for the whole club,'],
      ['Lena Holtby', 'We were simply not sharp enough,'],
    ]);
  });

  it('“the veteran said” after “veteran striker Tomas Reyes”; “Teenager Laura Holtby” is Laura Holtby', () => {
    const text = [
      'Veteran striker Tomas Reyes scored twice and Teenager Laura Holtby came off the bench.',
      'Coach Ada Quillan praised the whole side after the game on Sunday.',
      '“It was a special night for all of us,” the veteran said.',
      '“I was so nervous before the kick-off,” the youngster said.',
    ];
    expect(quotes(...text)).toEqual([['Tomas Reyes', 'It was a special night for all of us,']]);
    expect(read(article(...text)).people.map((p) => p.name)).toContain('Laura Holtby');
    expect(open(...text)).toEqual(['I was so nervous before the kick-off,']);
  });

  it('two people tied to the age: nobody', () => {
    const text = [
      'Ada Quillan, 30, and Lena Holtby, 30, both scored in the second half on Sunday.',
      '“It was a good night for the whole club,” the 30-year-old said.',
    ];
    expect(quotes(...text)).toEqual([]);
    expect(open(...text)).toEqual(['It was a good night for the whole club,']);
  });

  it('a nationality tied only after the quotation: nobody', () => {
    expect(
      quotes(
        'The final in Harbourton went to five sets on Sunday night.',
        '“I was very nervous at the start of the match,” the Spaniard said.',
        'Tomas Ferreiro, the Spanish number one, will rise to third in the rankings.',
      ),
    ).toEqual([]);
  });

  it('an age tied to nobody: unattributed, never the speaker of the paragraph before', () => {
    const text = [
      'Dutch coach Pieter Aalstrom watched his side lose in Harbourton on Sunday.',
      '“We were not good enough today,” the Dutchman said.',
      '“My legs felt heavy all afternoon,” the 31-year-old told reporters.',
    ];
    expect(quotes(...text)).toEqual([['Pieter Aalstrom', 'We were not good enough today,']]);
    expect(open(...text)).toEqual(['My legs felt heavy all afternoon,']);
  });

  it('an office held by someone tied to another age: nobody', () => {
    expect(
      quotes(
        'Singer Ada Quillan, 29, cancelled her tour of the islands on Monday.',
        '“I am sorry to let so many people down,” the 64-year-old singer said.',
      ),
    ).toEqual([]);
  });
});

describe('“revealed” reports speech after a name or “he”/“she”, nothing else', () => {
  it('“Ada Quill revealed that …”, “Quill has also revealed that …”', () => {
    expect(
      quotes(
        'Actor Ada Quillan revealed that she had never set out to work in films at all.',
        'Quillan has also revealed that she was nervous on the first day of filming in the port.',
      ),
    ).toEqual([
      ['Ada Quillan', 'she had never set out to work in films at all'],
      ['Ada Quillan', 'she was nervous on the first day of filming in the port'],
    ]);
  });

  it('a finding (“the survey revealed that …”, “…, a recording revealed.”) is no speech', () => {
    expect(
      quotes(
        'The harbour survey revealed that most ferry passengers travel before nine.',
        'A harbour councillor privately called the ferry plan a waste of public money, a recording revealed.',
      ),
    ).toEqual([]);
  });

  it('a description that “revealed” something does not stop the “she” after it', () => {
    expect(
      quotes(
        'Laura Marsh wants to make a war film next year.',
        'The 22-year-old singer revealed in a podcast chat that she hopes to “direct a battle picture of her own”.',
        'She said: “I have always wanted to make one of those films.”',
      ),
    ).toEqual([['Laura Marsh', 'I have always wanted to make one of those films.']]);
  });
});

describe('a nickname in quotation marks inside a name is part of the name', () => {
  it('“said Mayor J.R. “Rusty” Norwell”: his words, never a quotation “Rusty”', () => {
    const text = article(
      '“We have read every letter about the budget,” said Mayor J.R. “Rusty” Norwell.',
      'Tomas ‘Big Tom’ Harrow, 58, told the meeting the board should resign.',
    );
    expect(who(text)).toEqual([
      ['J.R. Rusty Norwell', 'We have read every letter about the budget,'],
      ['Tomas Big Tom Harrow', 'the board should resign'],
    ]);
    expect(read(text).unattributed).toEqual([]);
  });

  it('a title after “In” stays a title, no part of the name after it', () => {
    expect(
      read(
        article(
          'Ada Quillan stars in the new series from the harbour studio.',
          'In “Harbour Nights” Quillan plays a ferry captain who never speaks.',
        ),
      ).people.map((p) => p.name),
    ).toEqual(['Ada Quillan']);
  });

  it('after “The” or a lower-case word, words in marks stay a term', () => {
    const text = article(
      'The “Big Three” Carriers said fares would rise, a move critics called a “Trojan Horse” plan.',
    );
    expect(read(text).people.map((p) => p.name)).toEqual([]);
    expect(who(text)).toEqual([
      ['organisation: Carriers', 'fares would rise, a move critics called a “Trojan Horse” plan'],
    ]);
  });
});
