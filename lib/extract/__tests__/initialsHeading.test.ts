import { describe, expect, it } from 'vitest';
import { who } from './inventedArticle.ts';

describe('a transcript headed in capitals by its speaker, turns labelled with initials', () => {
  const transcript = (heading: string) =>
    [
      heading,
      'POSTMATCH PRESS CONFERENCE',
      'March 3, 2024',
      'Q: How is the ankle feeling after that tackle?',
      'TM: Honestly it is sore, but I think I will be fine for next week and the physios are happy with it.',
      'Q: Were you worried when you went down?',
      'TM: For a second, yes. Then I stood up and it felt alright, so I stayed on the field.',
    ].join('\n');

  it('“GOALKEEPER TAVI MORROW” over “TM: …” turns: the turns are Tavi Morrow’s', () => {
    const answers = who(transcript('GOALKEEPER TAVI MORROW')).filter(([, t]) => !t.endsWith('?'));
    expect(answers.map(([w]) => w)).toEqual(['Tavi Morrow', 'Tavi Morrow']);
  });

  it('but not when no full name of the heading has those initials', () => {
    const answers = who(transcript('GOALKEEPER TAVI BRANDT')).filter(([, t]) => !t.endsWith('?'));
    expect(answers.some(([w]) => /Tavi/.test(w))).toBe(false);
  });
});
