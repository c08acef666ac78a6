import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a lede describes someone the story names right after (“…, a police chief said.”)', () => {
  it('is the one person named next with that office, whatever the verb, tense or word order', () => {
    const variants: [string[], string][] = [
      [
        [
          'HARBOURTON - Police on Monday arrested a man over the fire at the ferry terminal, a police chief said.',
          '“We have the man we were looking for,” Harbourton police chief Ada Quillan told reporters.',
        ],
        'arrested a man over the fire',
      ],
      [
        [
          'The ferry fares will rise by a tenth in spring, a transport minister has said.',
          'Tomas Vellacott, the transport minister, said the rise would pay for two new boats.',
        ],
        'The ferry fares will rise',
      ],
      [
        [
          'TARROW (Wire) -- Two new bridges will be built on the river this year, a government minister said on Thursday.',
          'Works Minister Brenna Oakhurst told a news conference the first bridge would open in May.',
          'Oakhurst said the bridges would cost less than the ferry.',
        ],
        'Two new bridges will be built',
      ],
      [
        [
          'The governor is “deeply worried” about the leak of the harbour plans, a Tarrow House spokesman said Tuesday.',
          'Tarrow House press spokesman Piet Garroway said the leak was under investigation.',
        ],
        'about the leak of the harbour plans',
      ],
    ];
    const holders = ['Ada Quillan', 'Tomas Vellacott', 'Brenna Oakhurst', 'Piet Garroway'];
    for (const [i, [paras, words]] of variants.entries())
      expect(speakerIn(article(...paras), words)).toBe(holders[i]);
  });

  it('stays unnamed when two people hold the office, or the story names its holder later', () => {
    const two = article(
      'The ferry fares will rise by a tenth in spring, a minister said on Monday.',
      'Transport Minister Tomas Vellacott said the rise would pay for two boats.',
      'Finance Minister Ada Quillan said the budget allowed it.',
    );
    expect(speakerIn(two, 'The ferry fares will rise')).toBe('anonymous: a minister');
    const later = article(
      'The ferry fares will rise by a tenth in spring, a minister said on Monday.',
      'The harbour board met on Monday.',
      'The board agreed on the new timetable.',
      'Passengers said the boats were often late.',
      'Transport Minister Tomas Vellacott said the rise would pay for two boats.',
    );
    expect(speakerIn(later, 'The ferry fares will rise')).toBe('anonymous: a minister');
  });

  it('stays unnamed for a source kept anonymous, or a spokesman of no printed body', () => {
    const anonymous = article(
      'The ferry fares will rise by a tenth, a minister said, speaking anonymously.',
      'Transport Minister Tomas Vellacott said the rise would pay for two boats.',
    );
    expect(speakerIn(anonymous, 'The ferry fares will rise')).toBe('anonymous: a minister');
    const spokesman = article(
      'Police arrested a man over the fire at the ferry terminal, a spokesman said.',
      'Harbour Party spokesman Piet Garroway said the terminal should close.',
    );
    expect(speakerIn(spokesman, 'arrested a man over the fire')).toBe('anonymous: a spokesman');
    const otherBody = article(
      'The governor is worried about the leak of the plans, a Tarrow House spokesman said.',
      'Harbour Party spokesman Piet Garroway said the leak was serious.',
    );
    expect(speakerIn(otherBody, 'worried about the leak')).not.toBe('Piet Garroway');
  });
});
