import { describe, expect, it } from 'vitest';
import { article, speakerIn, who } from './inventedArticle.ts';

describe('names and roles that name one person the article gives them to', () => {
  it('a surname that is also a title word, after a given name, is a surname (“Ada Bishop”)', () => {
    expect(
      speakerIn(
        article(
          'But planning officer Gareth Bishop told the panel that the new junction was sound.',
        ),
        'the new junction was sound',
      ),
    ).toBe('Gareth Bishop');
    expect(
      who(article('“The verdict was fair to both sides,” said Thomas Judge, a juror.')),
    ).toEqual([['Thomas Judge', 'The verdict was fair to both sides,']]);
    // A title alone, with no given name before it, still names no one.
    expect(
      speakerIn(article('“The hearing is adjourned until noon,” said Judge Pastor.'), 'adjourned'),
    ).not.toBe('Judge Pastor');
  });

  it('“the skipper” is the one captain the article names, and “the captain” its one skipper', () => {
    expect(
      who(
        article(
          'Norland captain Orrin Belcastle admitted his batters chose some careless strokes in the final.',
          'However, the weary skipper remarked, “The whole cup run was a fine one for us.”',
        ),
      ),
    ).toContainEqual(['Orrin Belcastle', 'The whole cup run was a fine one for us.']);
    expect(
      who(
        article(
          'Harbour Rovers skipper Orrin Belcastle led the side out on Saturday.',
          '“We were never in the game,” the captain said afterwards.',
        ),
      ),
    ).toEqual([['Orrin Belcastle', 'We were never in the game,']]);
    expect(
      who(
        article(
          'Harbour Rovers manager Orrin Belcastle watched from the stand.',
          '“We were never in the game,” the Rovers boss said afterwards.',
        ),
      ),
    ).toEqual([['Orrin Belcastle', 'We were never in the game,']]);
  });

  it('but “the skipper” is not a coach the article names', () => {
    expect(
      speakerIn(
        article(
          'Norland coach Orrin Belcastle watched the final from the stand.',
          '“The whole cup run was a fine one for us,” the skipper said.',
        ),
        'whole cup run',
      ),
    ).toBe('unattributed');
  });

  it('“These are the coach’s comments:” gives the quotation to the one coach named before', () => {
    for (const intro of [
      'These are the coach’s first comments after the whistle:',
      'Here are the coach’s comments:',
      'Below are the coach’s remarks after the game:',
    ])
      expect(
        who(
          article(
            'Harbour Rovers head coach Orrin Belcastle left the ground unhappy after the 3-1 loss.',
            `${intro} “Our first half fell well short.”`,
          ),
        ),
      ).toEqual([['Orrin Belcastle', 'Our first half fell well short.']]);
  });
});
