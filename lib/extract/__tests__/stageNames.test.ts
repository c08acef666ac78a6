import { describe, expect, it } from 'vitest';
import { article, who } from './inventedArticle.ts';

describe('a stage name that opens with a courtesy title', () => {
  it('“Lady Quixa” with no given name is the singer’s whole name, and “Quixa” alone is her', () => {
    expect(
      who(
        article(
          'Lady Quixa has called off her concert in Porto Verde after a night in hospital.',
          '“I am so sorry to everyone who travelled to see me,” Quixa wrote on Instagram.',
          '“I promise I will come back stronger,” Quixa added.',
        ),
      ),
    ).toEqual([
      ['Lady Quixa', 'I am so sorry to everyone who travelled to see me,'],
      ['Lady Quixa', 'I promise I will come back stronger,'],
    ]);
  });

  it('but not a title before a given name, nor a surname the article prints after another title', () => {
    expect(
      who(
        article(
          'Lady Varnholt opened the new wing of the hospital on Friday.',
          'Mrs Varnholt had raised money for it for a decade.',
          '“This is a proud day for the town,” Varnholt said.',
        ),
      ),
    ).toEqual([['Varnholt', 'This is a proud day for the town,']]);
  });
});

describe('a cleric styled by one name', () => {
  it('“Bishop Tomas” and “Pope Anselm” keep their title: the one word names no one alone', () => {
    expect(
      who(
        article(
          'Bishop Tomas visited the harbour chapel at Velmore on Friday.',
          'Said Bishop Tomas: “It was a real pleasure to be asked by my neighbours to speak.”',
          'Pope Anselm greeted the walkers from Norland on Sunday.',
          '“We walk together in hope and in patience,” Pope Anselm wrote.',
        ),
      ),
    ).toEqual([
      ['Bishop Tomas', 'It was a real pleasure to be asked by my neighbours to speak.'],
      ['Pope Anselm', 'We walk together in hope and in patience,'],
    ]);
  });
});
