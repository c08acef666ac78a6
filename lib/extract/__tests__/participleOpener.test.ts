import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a capitalised participle opening a clause is never a name', () => {
  it('"Noting that …, he said" gives the words to the person named before', () => {
    const variants: [string, string][] = [
      ['Noting that the pier had been shut since June, he said:', 'Tomas Vell'],
      ['Adding the crews had worked through the gales, he said:', 'Tomas Vell'],
      ['Stressing that the pier was built to last, he said:', 'Tomas Vell'],
    ];
    for (const [lead, who] of variants) {
      const text = article(
        'Tomas Vell, the harbour master, opened the new pier at Tarrow on Saturday.',
        `“The pier will carry twice the boats of the old one,” said Vell.`,
        'Noting that the old pier dated from 1890 and had cracked in two places, the town council had first asked for a new one in 2015.',
        `${lead} “Every fisher in this town will feel the change by spring.”`,
      );
      expect(speakerIn(text, 'Every fisher in this town'), lead).toBe(who);
    }
  });

  it('keeps a surname in -ing before a verb ("Manning said")', () => {
    const text = article(
      'Orla Manning, the harbour master, opened the new pier at Tarrow on Saturday.',
      'Manning said the pier would carry twice the boats of the old one.',
      '“Every fisher in this town will feel the change by spring,” Manning said.',
    );
    expect(speakerIn(text, 'Every fisher in this town')).toBe('Orla Manning');
  });
});
