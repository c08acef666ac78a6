import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('an appositive ending in the employer’s name, its closing comma left out', () => {
  it('gives the words to the full name before it, not to the employer', () => {
    const variants: [string, string, string][] = [
      [
        'Ada Quillan, the minister for fisheries in the Premier’s Department said the quay was safe, Wire reported.',
        'the quay was safe',
        'Ada Quillan',
      ],
      [
        '“Based on what we know, this quay should last a century,” Tomas Vellard, a scientist at Harbour’s Tide Laboratory said in a post.',
        'this quay should last a century',
        'Tomas Vellard',
      ],
      [
        'Sergeant Piet Garroway, of the Tarrow Police Department says, "We talked with him through the door for an hour."',
        'We talked with him through the door',
        'Piet Garroway',
      ],
      [
        'Brenna Oakhurst, an engineer with Tarrow Bridge Works told reporters the span had been checked twice.',
        'the span had been checked twice',
        'Brenna Oakhurst',
      ],
      [
        '“The tide tables were wrong,” Nils Ardentin, the director of the Harbour Survey Office added.',
        'The tide tables were wrong',
        'Nils Ardentin',
      ],
    ];
    for (const [paragraph, words, speaker] of variants)
      expect(speakerIn(article(paragraph), words)).toBe(speaker);
  });

  it('not when the name before it is an object, nor for an appositive with no role', () => {
    const object = article(
      'The board met Ada Quillan, the minister for fisheries in the Premier’s Department said the report was late.',
    );
    expect(speakerIn(object, 'the report was late')).not.toBe('Ada Quillan');
    const noRole = article(
      'Tomas Vellard, the quay in front of the Tarrow Harbour Office said the sign was new.',
    );
    expect(speakerIn(noRole, 'the sign was new')).not.toBe('Tomas Vellard');
  });
});
