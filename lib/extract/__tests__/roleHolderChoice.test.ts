import { describe, expect, it } from 'vitest';
import { article, read, who } from './inventedArticle.ts';

/** [who, text] for each quote. */
const quotes = (...paragraphs: string[]) => who(article(...paragraphs));
/** The texts left unattributed. */
const open = (...paragraphs: string[]) =>
  read(article(...paragraphs)).unattributed.map((u) => u.text);

describe('a plain role two people hold means one of them only where the text singles one out', () => {
  it('two coaches named paragraphs before “the coach said”: nobody', () => {
    const text = [
      'Harbour coach Tomas Vell praised his side after the derby on Sunday.',
      'Tarrow coach Ben Holt was less pleased with the referee.',
      'The match turned on a penalty early in the second half.',
      '“We never stopped running and I am proud of every one of them,” the coach said.',
    ];
    expect(quotes(...text)).toEqual([]);
    expect(open(...text)).toEqual([
      'We never stopped running and I am proud of every one of them,',
    ]);
  });

  it('two ministers, the last named a paragraph before: nobody', () => {
    const text = [
      'Transport Minister Ines Varga met the ferry unions on Monday.',
      'Trade Minister Pia Holm spoke to exporters later in the week.',
      'Talks on the harbour dues will resume next month.',
      '“The ferries will run all winter,” the minister said.',
    ];
    expect(quotes(...text)).toEqual([]);
  });

  it('the holder the sentence just before is about: that one', () => {
    expect(
      quotes(
        'Harbour coach Tomas Vell praised his side after the derby on Sunday.',
        'Tarrow coach Ben Holt was less pleased with the referee.',
        '“He gave them every decision that mattered,” the coach said.',
      ),
    ).toEqual([['Ben Holt', 'He gave them every decision that mattered,']]);
  });

  it('the last holder named earlier in the same paragraph, nobody else in between: that one', () => {
    expect(
      quotes(
        'Harbour coach Tomas Vell praised his side after the derby on Sunday.',
        'Tarrow coach Ben Holt was less pleased. The match turned on a late penalty. “He gave them every decision that mattered,” the coach said.',
      ),
    ).toEqual([['Ben Holt', 'He gave them every decision that mattered,']]);
  });

  it('the role with its team named (“the Tarrow coach”): the one who holds it there', () => {
    expect(
      quotes(
        'Harbour coach Tomas Vell praised his side after the derby on Sunday.',
        'Tarrow coach Ben Holt was less pleased with the referee.',
        'The match turned on a penalty early in the second half.',
        '“We never stopped running and I am proud of them,” the Harbour coach said.',
      ),
    ).toEqual([['Tomas Vell', 'We never stopped running and I am proud of them,']]);
  });
});

describe('“the head of X” means someone whose office names X', () => {
  it('“the head of trustees” is not the gallery’s director; the chair of trustees is', () => {
    const found = quotes(
      'The head of trustees at the Harbour Gallery said that the gallery had found some of the missing paintings.',
      'Chair of trustees Ada Quillan said the gallery had been badly let down.',
      'Gallery director Tomas Vellacott resigned this week after the thefts.',
    );
    expect(found).not.toContainEqual([
      'Tomas Vellacott',
      'the gallery had found some of the missing paintings',
    ]);
    expect(found).toContainEqual([
      'Ada Quillan',
      'the gallery had found some of the missing paintings',
    ]);
  });

  it('“the head of the gallery” is still its director', () => {
    expect(
      quotes(
        'Gallery director Tomas Vellacott met the board on Monday.',
        'The head of the gallery said that the missing paintings would be found.',
      ),
    ).toEqual([['Tomas Vellacott', 'the missing paintings would be found']]);
  });
});

describe('a pronoun after a speaker who could not be told', () => {
  it('never means someone that sentence names in passing', () => {
    const text = [
      'Harbour manager Tomas Vell went through every emotion as his side won on penalties.',
      'However, the 41-year-old said his mind went to his assistant Ben Holt as the night wore on.',
      '“It was a wild night and I am glad it is over for us all,” he told reporters.',
    ];
    expect(quotes(...text)).not.toContainEqual([
      'Ben Holt',
      'It was a wild night and I am glad it is over for us all,',
    ]);
    expect(open(...text)).toContain('It was a wild night and I am glad it is over for us all,');
  });
});
