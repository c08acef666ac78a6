import { describe, expect, it } from 'vitest';
import { article, who } from './inventedArticle.ts';

describe('an interviewer labelled with initials nobody in the article has (“TP: …?”)', () => {
  it('asks the questions as an unnamed source; the named label answers them', () => {
    const text = article(
      'TARROW (TP) -- In her new film, Mira Solberg plays a fisherwoman, her first role on screen.',
      'TP: How did this part find you?',
      'Solberg: My agent sent me the script and I loved the sea in it, so I said yes within a day.',
      'TP: What are some of your favourite films?',
      'Solberg: Old sea films, mostly, and anything with storms in it.',
    );
    expect(who(text)).toEqual([
      ['anonymous: TP', 'How did this part find you?'],
      [
        'Mira Solberg',
        'My agent sent me the script and I loved the sea in it, so I said yes within a day.',
      ],
      ['anonymous: TP', 'What are some of your favourite films?'],
      ['Mira Solberg', 'Old sea films, mostly, and anything with storms in it.'],
    ]);
  });

  it('not when a turn under the label answers rather than asks', () => {
    const text = article(
      'TARROW (TP) -- In her new film, Mira Solberg plays a fisherwoman, her first role on screen.',
      'TP: How did this part find you?',
      'Solberg: My agent sent me the script and I loved the sea in it, so I said yes within a day.',
      'TP: The sea was calm on the first day of shooting, and stormy on the last.',
      'Solberg: Old sea films, mostly, and anything with storms in it.',
    );
    expect(who(text).some(([speaker]) => speaker === 'anonymous: TP')).toBe(false);
  });
});
